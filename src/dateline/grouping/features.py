"""What the comparison of two claims looks at, computed once per claim: date range, buckets, actors, events,
quantities by unit, names, numbers and word stems. Language-independent: the date expressions are masked, so a
month name or "Monday" never counts as a shared name."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from typing import Any

from dateline.grouping.rules import Rules

_PUNCT = ".,;:!?\"“”„«»‘’'()[]{}<>–—-/…*"
_DIGITS = re.compile(r"\d(?:[\d.,]*\d)?")
# A word, then three digits or more alone: "del 777", not "A380", "1.500" or a group of "2 000" (spaced thousands).
_LABEL = re.compile(r"(\S+)\s+(\d{3,})(?!\w|[.,]\d|\s\d)")
_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")  # between two letters: "Apple-engineers", "Nato-Gipfel"
_OPENERS = frozenset(".!?:;\"“”„«»‘'(")
_EMPTY: frozenset[Any] = frozenset()
_BLANK = frozenset([""])


@dataclass(slots=True)
class Features:
    """One claim as the grouper sees it."""

    id: str
    doc: str
    lang: str
    value: str
    start: int | None  # first day (proleptic ordinal) of the claim's range; None: no range
    end: int | None
    actors: frozenset[str]
    events: frozenset[str]
    quantities: dict[str, tuple[float, ...]]
    names: frozenset[str]
    capitals: frozenset[str]
    openers: frozenset[
        str
    ]  # capitalised sentence openers that are no function word: names where the other is in another language
    numbers: frozenset[str]
    dates: frozenset[tuple[int, int]]  # the ranges of the sentence's other dates (proleptic ordinals)
    words: frozenset[str]

    @property
    def days(self) -> int:
        return 0 if self.start is None or self.end is None else self.end - self.start + 1


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case without accents: "Páncreas" → "pancreas"."""
    if text.isascii():
        return text.lower()  # no accents to strip (most words of most claims)
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def unit_code(quantity: dict[str, Any]) -> str:
    """The quantity's unit_code when the extractor gives one, else its unit as written, folded ("" for none)."""
    code = quantity.get("unit_code")
    if code:
        return str(code)
    unit = quantity.get("unit")
    return fold(str(unit)).strip() if unit else ""


def _masked(claim: dict[str, Any]) -> str:
    """The claim text with its date expressions and actor mentions blanked out: a date is compared as a range,
    an actor as its code, never again as words. The mentions are the claim's `actor_spans` (what `extract` found);
    in a record without them (older versions), the gazetteer finds them again."""
    text = str(claim.get("text") or "")
    dates = claim.get("dates")
    spans = [(int(d.get("start", 0)), int(d.get("end", 0))) for d in dates] if dates else []
    if claim.get("actors") and isinstance(claim.get("lang"), str):
        known = _mentions(claim.get("actor_spans"))
        spans.extend(known if known is not None else _found(claim["lang"], text))
    for start, end in spans:
        if 0 <= start < end <= len(text):
            text = text[:start] + " " * (end - start) + text[end:]
    return text


def _found(lang: str, text: str) -> list[tuple[int, int]]:
    """The actor mentions the gazetteer finds in a text (imported here: loading the extractors costs a fifth of a
    second, which `dateline group` pays only for records without `actor_spans`)."""
    from dateline.extract.actors import gazetteer

    return [(a, b) for _, a, b in gazetteer(lang).find(text)]


def _mentions(spans: Any) -> list[tuple[int, int]] | None:
    """A record's `actor_spans` as (start, end) pairs; None when it has none or they are not pairs of integers."""
    if not isinstance(spans, list):
        return None
    try:
        return [(int(a), int(b)) for a, b in spans]
    except (TypeError, ValueError):
        return None


def features(claim: dict[str, Any], rules: Rules) -> Features:
    """The features of one claim record (as `dateline extract` writes it)."""
    get = claim.get
    span = get("range")
    start = end = None
    if isinstance(span, (list, tuple)) and len(span) == 2:
        start, end = ordinals(span[0], span[1])
    text = _masked(claim)
    lang = get("lang")
    nouns = lang in rules.capitalised_nouns
    raw = (_HYPHEN.sub(" ", text) if "-" in text else text).split()
    seen = list(map(_known(rules).__getitem__, raw))
    words = frozenset(map(itemgetter(3), seen))
    if "" in words:
        words = words - _BLANK
    names: set[str] = set()
    capitals: set[str] = set()  # capitalised words of a language that capitalises nouns: names or nouns
    openers: set[str] = set()
    candidates = list(compress(range(len(seen)), map(itemgetter(1), seen)))
    if candidates and nouns:
        capitals.update([seen[i][2] for i in candidates])
    elif candidates:
        function = rules.function_words
        last = len(raw) - 1
        for i in candidates:
            # A capital after a sentence opening is a name only when a capitalised word follows ("Steve Jobs").
            here = raw[i]
            if i == 0 or raw[i - 1][-1] in _OPENERS or here[0] in _OPENERS:
                if i < last and seen[i + 1][0][:1].isupper() and here[-1].isalnum() and raw[i + 1][0].isalnum():
                    names.add(seen[i][2])
                elif seen[i][0].casefold() not in function:
                    openers.add(seen[i][2])
            else:
                names.add(seen[i][2])
    # The source's resolved name ("he" → "Steve Jobs"): its capitalised words are names, whatever the language.
    if get("attribution"):
        names.update(_attributed(claim, rules.names["min_length"]))
    # digits only ("33.000" → 33000), of two or more, and the quantities' values whatever the unit
    numbers = {n for d in _DIGITS.findall(text) if len(n := d.replace(".", "").replace(",", "")) >= 2}
    quantities: dict[str, tuple[float, ...]] = {}
    for q in get("quantities") or ():
        value = q.get("value")
        if isinstance(value, (int, float)):
            unit = unit_code(q)
            quantities[unit] = (*quantities.get(unit, ()), float(value))
            if value >= 10:  # as digits, whatever the unit: "zehn Soldaten" and "10 soldiers" share "10"
                value = float(value)
                numbers.add(str(int(value)) if value.is_integer() else repr(value))
    if any(len(n) >= 3 for n in numbers):  # a label has three digits or more (most claims have none)
        labels = [n for n in _labels(text, rules.function_words) if not any(n in v for v in quantities.values())]
        if labels:
            quantities[""] = (*quantities.get("", ()), *labels)
    main = get("date")
    other = get("dates")
    actors = get("actors")
    events = get("event")
    # An empty set is the one shared _EMPTY: most claims have no events, capitals, openers or other dates.
    return Features(
        str(claim["id"]),
        str(get("doc_id") or get("source") or ""),
        str(lang or ""),
        str(main or ""),
        start,
        end,
        frozenset(map(str, actors)) if actors else _EMPTY,
        frozenset(map(str, events)) if events else _EMPTY,
        quantities,
        frozenset(names) if names else _EMPTY,
        frozenset(capitals) if capitals else _EMPTY,
        frozenset(openers - names) if openers else _EMPTY,
        frozenset(numbers) if numbers else _EMPTY,
        frozenset(ordinals(*d["range"]) for d in other if d.get("range") and d.get("value") != main)
        if other
        else _EMPTY,
        words or _EMPTY,
    )


def _labels(text: str, function: frozenset[str]) -> list[float]:
    """The numbers of three digits or more written alone after an article or another word that is no name: a model or
    a label ("el 777", "il 787", by `label_articles`) is a value without unit, as "the 777" that the extractor reads
    as a count without unit is; whether a language calls it a label must not decide whether two claims agree. After
    a name the number is part of the name ("Boeing 787", "S&P 500"), compared as a name and a number."""
    found = []
    for before, digits in _LABEL.findall(text):
        word = before.strip(_PUNCT)
        if word and word[-1].isdigit():
            continue  # a group of spaced thousands: "2 000"
        if not word or not word[0].isupper() or word.casefold() in function:
            found.append(float(digits))
    return found


Token = tuple[str, bool, str, str]  # (word, a capitalised name candidate, folded, word stem or "")


class _Tokens(dict[str, Token]):
    """Whitespace token → what it gives, computed on first sight (news repeats its words): its word (punctuation
    stripped, elision resolved), whether it is capitalised and long enough to be a name, its folded form, and its
    word stem when it is long enough to count as a word."""

    def __init__(self, least: float, word_min: int, stem: int) -> None:
        super().__init__()
        self.least, self.word_min, self.stem = least, word_min, stem

    def __missing__(self, raw: str) -> Token:
        if len(self) > 1 << 18:
            self.clear()  # bounded: a long run of new words starts over
        token = raw.strip(_PUNCT)
        if "'" in token or "’" in token:
            token = _elided(token)
        folded = token.lower() if token.isascii() else fold(token)  # `fold`, without its cache for plain words
        upper = bool(token) and token[0].isupper() and len(token) >= self.least
        stem = folded[: self.stem] if len(token) >= self.word_min and token.isalpha() else ""
        self[raw] = found = (token, upper, folded, stem)
        return found


_TOKENS: dict[tuple[float, int, int], _Tokens] = {}


def _known(rules: Rules) -> _Tokens:
    """The token cache for these rules' lengths."""
    key = (rules.names["min_length"], rules.word_min, rules.word_stem)
    found = _TOKENS.get(key)
    if found is None:
        found = _TOKENS[key] = _Tokens(*key)
    return found


@lru_cache(maxsize=1 << 14)
def ordinals(first: str, last: str) -> tuple[int, int]:
    """An ISO date range as proleptic ordinals."""
    return date.fromisoformat(first).toordinal(), date.fromisoformat(last).toordinal()


def _attributed(claim: dict[str, Any], least: float) -> set[str]:
    """The capitalised words of the claim's attribution name where it was resolved from elsewhere (`name` other
    than the source as written, "hij" → "Apple CEO Steve Jobs"), folded; a name as written is in the text."""
    attribution = claim.get("attribution") or {}
    name = attribution.get("name")
    if not isinstance(name, str) or name == attribution.get("text"):
        return set()
    tokens = (_elided(t.strip(_PUNCT)) for t in name.split())
    return {fold(t) for t in tokens if len(t) >= least and t[0].isupper()}


def _elided(token: str) -> str:
    """The word of a token with an apostrophe: the capitalised part after an elision ("d'Oslo", "l'Aquila" →
    the name), else the part before a clitic ("Apple's" → "Apple"), else the longer part."""
    if "'" not in token and "’" not in token:
        return token
    before, _, after = token.replace("’", "'").rpartition("'")
    if after[:1].isupper():
        return after
    if before[:1].isupper():
        return before
    return max(before, after, key=len)


def buckets(f: Features, rules: Rules) -> tuple[tuple[str, str, bool], ...]:
    """The date buckets of a claim as (level, bucket, own): every bucket its range touches, at each level where it
    touches few; `own` is True at its own (finest) level, False at the coarser ones, where it meets longer ranges."""
    if f.start is None or f.end is None:
        return (("day", f"v:{f.value}", True),)
    return _buckets(f.start, f.end, rules.levels, rules.max_buckets)


def own_buckets(start: int, end: int, rules: Rules) -> list[str]:
    """The buckets of a range (first and last day, proleptic ordinals) at its own level, the first of `buckets`."""
    return [bucket for _, bucket, mine in _buckets(start, end, rules.levels, rules.max_buckets) if mine]


@lru_cache(maxsize=1 << 14)
def _buckets(start: int, end: int, levels: tuple[str, ...], most: int) -> tuple[tuple[str, str, bool], ...]:
    first, last = date.fromordinal(start), date.fromordinal(end)
    found: list[tuple[str, str, bool]] = []
    for level in levels:
        keys = _level_keys(level, first, last, most)
        if keys is not None:
            found.extend((level, key, not found) for key in keys)
    return tuple(found)


def _level_keys(level: str, first: date, last: date, most: int) -> list[str] | None:
    if level == "day":
        n = (last - first).days + 1
        return None if n > most else [date.fromordinal(first.toordinal() + i).isoformat() for i in range(n)]
    if level == "month":
        a, b = first.year * 12 + first.month - 1, last.year * 12 + last.month - 1
        return None if b - a + 1 > most else [f"{m // 12:04d}-{m % 12 + 1:02d}" for m in range(a, b + 1)]
    if level == "year":
        return None if last.year - first.year + 1 > most else [f"{y:04d}" for y in range(first.year, last.year + 1)]
    a, b = first.year // 10, last.year // 10
    return None if b - a + 1 > most else [f"{d:03d}X" for d in range(a, b + 1)]
