"""Quantities: locale-aware numbers with their qualifier (`op`) and unit, from `data/<lang>/numbers.toml`.

A quantity is `[qualifier] number [scale] [unit]`: "mehr als 10.000 Soldaten" (10000, `>`), "1,5 Millionen"
(1500000, `=`), "mehr als einer Million Barrel" (1000000, `>`), "ongeveer 11.000" (11000, `~`), "Hunderte"
(100, `>=`). Numbers inside a TIMEX3 span (dates, years, durations), calibres ("122-mm", "170 mm"), times,
model names ("Mohajer-6", "S-400") and bare years are not quantities.

numbers.toml keys: `thousands` / `decimal` (separator characters), `ordinal_dot` (a number followed by "."
and a word is an ordinal, as in German), `[words]` number words, `[articles]` ("eine" = 1, counted only before
a scale word), `[scales]` ("Millionen" = 1e6, "Dutzend" = 12), `[indefinite]` ("Hunderte" = 100, op `>=`),
`[qualifiers]` op → phrases, `[units]` `stop` (words that end a unit), `link` (words between a scale and its
unit: "millions of barrels"), `measures` (units that take a following noun: "Barrel Öl"), `calibres`,
`max_words` (unit length in words), `nouns_capitalised` (German: skip lower-case adjectives to the noun),
`adjective_endings` / `capitalised_adjectives` (the unit ends at the first word that is not an adjective).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from dateline.extract.keywords import Words
from dateline.model import Quantity
from dateline.resources import load

_TOKEN = re.compile(r"\s{1,3}([-\w’'.%€$]{1,60})")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _norm(phrase: str) -> str:
    return " ".join(phrase.split()).casefold()


def _alt(words: list[str]) -> str:
    words = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?i:" + "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in words) + ")"


@dataclass(frozen=True)
class Grammar:
    """One language's compiled number grammar and tables."""

    regex: re.Pattern[str]
    thousands: str
    decimal: str
    ordinal_dot: bool
    words: dict[str, float]
    articles: dict[str, float]
    scales: dict[str, float]
    indefinite: dict[str, float]
    qualifiers: dict[str, str]
    units: dict[str, Any]
    stop: frozenset[str]
    link: frozenset[str]
    measures: frozenset[str]
    calibres: frozenset[str]
    firsts: frozenset[str] | None  # the first words of the number words and qualifiers (None: not all are words)

    def matches(self, sentence: str, words: Words | None = None) -> Iterator[re.Match[str]]:
        """`regex.finditer(sentence)`, but trying only where a word begins with a digit or is in `firsts`."""
        if self.firsts is None:
            yield from self.regex.finditer(sentence)
            return
        words = words or Words(sentence)
        firsts, spans = self.firsts, words.spans
        resume = 0
        for i in [i for i, low in enumerate(words.low) if low in firsts or low[0].isdigit()]:
            start = spans[i][0]
            if start >= resume:
                m = self.regex.match(sentence, start)
                if m:
                    resume = m.end()
                    yield m


def _table(data: dict[str, Any], key: str) -> dict[str, float]:
    return {_norm(k): float(v) for k, v in data.get(key, {}).items()}


@cache
def grammar(lang: str) -> Grammar | None:
    """The compiled grammar of `lang`, or None when it has no numbers.toml."""
    data = load(lang, "numbers")
    if not data:
        return None
    thousands = str(data.get("thousands", ","))
    decimal = str(data.get("decimal", "."))
    sep = "[" + re.escape(thousands) + "]"
    dec = "[" + re.escape(decimal) + "]"
    num = rf"\d{{1,3}}(?:{sep}\d{{3}}){{1,5}}(?:{dec}\d{{1,3}})?(?!\d)|\d{{1,9}}(?:{dec}\d{{1,3}})?(?!\d)"
    words, articles = _table(data, "words"), _table(data, "articles")
    scales, indefinite = _table(data, "scales"), _table(data, "indefinite")
    qualifiers = {_norm(p): op for op, phrases in data.get("qualifiers", {}).items() for p in phrases}
    parts = [rf"(?P<num>{num})(?:\s{{1,3}}(?P<scale>{_alt(list(scales))})(?!\w))?"]
    if articles:
        parts.append(rf"(?P<art>{_alt(list(articles))})\s{{1,3}}(?P<ascale>{_alt(list(scales))})(?!\w)")
    if words:
        parts.append(rf"(?P<word>{_alt(list(words))})(?!\w)(?:\s{{1,3}}(?P<wscale>{_alt(list(scales))})(?!\w))?")
    if indefinite:
        parts.append(rf"(?P<indef>{_alt(list(indefinite))})(?!\w)")
    qual = rf"(?:(?P<qual>{_alt(list(qualifiers))})\s{{1,3}})?" if qualifiers else ""
    regex = re.compile(rf"(?<![\w\-./,:]){qual}(?:{'|'.join(parts)})")
    units = data.get("units", {})
    phrases = [*words, *articles, *indefinite, *qualifiers]
    runs = [re.match(r"\w+", p) for p in phrases]
    return Grammar(
        regex=regex,
        thousands=thousands,
        decimal=decimal,
        ordinal_dot=bool(data.get("ordinal_dot", False)),
        words=words,
        articles=articles,
        scales=scales,
        indefinite=indefinite,
        qualifiers=qualifiers,
        units=units,
        stop=frozenset(_norm(w) for w in units.get("stop", [])),
        link=frozenset(_norm(w) for w in units.get("link", [])),
        measures=frozenset(_norm(w) for w in units.get("measures", [])),
        calibres=frozenset(_norm(w) for w in units.get("calibres", [])),
        firsts=frozenset(r.group().lower() for r in runs if r) if all(runs) else None,
    )


def parse_number(digits: str, g: Grammar) -> float:
    """The value of a numeral written with the language's separators ("10.000", "1,5")."""
    for ch in g.thousands:
        if ch not in g.decimal:
            digits = digits.replace(ch, "")
    if g.decimal:
        digits = digits.replace(g.decimal[0], ".")
    return float(digits)


def _unit(sentence: str, at: int, g: Grammar, after_scale: bool) -> tuple[str | None, int]:
    """The unit after position `at` (as written) and where it ends; (None, at) when there is none."""
    tokens: list[tuple[str, int, int]] = []
    pos = at
    while len(tokens) < 5:
        m = _TOKEN.match(sentence, pos)
        if not m:
            break
        tokens.append((m.group(1).rstrip("."), m.start(1), m.start(1) + len(m.group(1).rstrip("."))))
        if m.group(1).endswith("."):
            break
        pos = m.end()
    if tokens and after_scale and _norm(tokens[0][0]) in g.link:
        tokens = tokens[1:]
    if not tokens:
        return None, at
    first = tokens[0][0]
    if first[:1].isdigit() or _norm(first) in g.stop or _norm(first) in g.calibres:
        return None, at
    if g.units.get("nouns_capitalised", False):
        for i, (tok, _, end) in enumerate(tokens[:3]):
            if _norm(tok) in g.stop or tok[:1].isdigit():
                return None, at
            if tok[:1].isupper():
                begin = tokens[0][1]
                if _norm(tok) in g.measures and i + 1 < len(tokens) and tokens[i + 1][0][:1].isupper():
                    end = tokens[i + 1][2]
                return sentence[begin:end], end
        return None, at
    endings = tuple(g.units.get("adjective_endings", []))
    taken: list[tuple[str, int, int]] = []
    for token in tokens[: int(g.units.get("max_words", 1))]:
        if _norm(token[0]) in g.stop or token[0][:1].isdigit():
            break
        taken.append(token)
        word = token[0].lstrip("-")
        adjective = word.casefold().endswith(endings) or (g.units.get("capitalised_adjectives") and word[:1].isupper())
        if endings and not adjective:
            break
    if not taken:
        return None, at
    return sentence[taken[0][1] : taken[-1][2]], taken[-1][2]


def _excluded(sentence: str, start: int, end: int, g: Grammar, number: str) -> bool:
    """Whether the number at [start, end) is a calibre, time, ordinal, model name or bare year."""
    rest = sentence[end : end + 16]
    if re.match(r"[:/]\d", rest):
        return True
    m = re.match(r"\s?-?\s?([^\W\d]+)", rest)
    if m and _norm(m.group(1)) in g.calibres:
        return True
    return g.ordinal_dot and bool(re.match(r"\.\s+\w", rest)) and number.isdigit()


def quantities(
    sentence: str, lang: str, spans: list[tuple[int, int]] | None = None, words: Words | None = None
) -> list[Quantity]:
    """The quantities of `sentence`; `spans` are TIMEX3 spans (offsets into the sentence) to leave out."""
    g = grammar(lang)
    if g is None:
        return []
    blocked = spans or []
    out: list[Quantity] = []
    for m in g.matches(sentence, words):
        begin = m.start("qual") if m.group("qual") else m.start()
        core_start = m.end("qual") if m.group("qual") else m.start()
        if any(s < m.end() and core_start < e for s, e in blocked):
            continue
        op = g.qualifiers.get(_norm(m.group("qual") or ""), "=")
        scale_word = m.group("scale") or m.group("ascale") or m.group("wscale")
        scale = g.scales[_norm(scale_word)] if scale_word else 1.0
        if m.group("num"):
            number = m.group("num")
            if _excluded(sentence, m.start("num"), m.end("num"), g, number):
                continue
            value = parse_number(number, g)
        elif m.group("art"):
            value = g.articles[_norm(m.group("art"))]
        elif m.group("word"):
            value = g.words[_norm(m.group("word"))]
        else:
            value = g.indefinite[_norm(m.group("indef"))]
            if not m.group("qual"):
                op = ">="
        value *= scale
        unit, end = _unit(sentence, m.end(), g, bool(scale_word or m.group("indef")))
        if unit is None and m.group("num") and not scale_word and _YEAR.fullmatch(m.group("num")):
            continue
        out.append(Quantity(sentence[begin : end or m.end()], value, op, unit, begin, end or m.end()))
    return out
