"""Sentence spans: offsets into the text, which is never rewritten.

One linear scan per line: every run of terminators (`.`, `!`, `?`, `…`) is a candidate boundary, decided by
looking a bounded distance back (the word before: abbreviation, initial, ordinal number?) and forward (closing
quotes, then white space and a sentence opener). A period glued between two words ("verschickt.er hat") also
ends a sentence unless the token is a web address or dotted abbreviation. Newlines always end a sentence.
Per-language knowledge (abbreviations, ordinal numbers) lives in `data/<lang>/sentences.toml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from dateline.resources import load, load_shared

_TERMINATORS = re.compile(r"[.!?…]+")
_LINES = re.compile(r"[^\n\r]+")
CLOSERS = frozenset("\"'”“’‘»«)]")  # may follow a terminator and stay with its sentence
GUILLEMETS = {"»": "«", "«": "»"}  # each closes a quotation the other opened (French « … », German » … «)
OPENERS = frozenset("\"'„“”‚‘«»([¿¡–—-")  # may open the next sentence
_SPACES = frozenset(" \t\u00a0\u202f\u2009")
MAX_WORD = 40  # how far back the word before a period is looked for


@dataclass(frozen=True, slots=True)
class Rules:
    """A language's abbreviations (exact and lowercase forms, endings of compounds) and ordinal-number length."""

    exact: frozenset[str]
    lower: frozenset[str]
    ordinal_digits: int
    tlds: frozenset[str]
    endings: tuple[str, ...] = ()  # a word with one of these before its period is abbreviated ("Kruppstr.")


@cache
def rules(lang: str) -> Rules:
    """The splitting rules of `lang`; a language without data gets the shared rules only."""
    data = load(lang, "sentences")
    abbrevs = [str(a) for a in data.get("abbreviations", [])]
    tlds = frozenset(str(t) for t in load_shared("furniture").get("tlds", []))
    return Rules(
        exact=frozenset(abbrevs),
        lower=frozenset(a for a in abbrevs if a == a.lower()),
        ordinal_digits=int(data.get("ordinal_digits", 0)),
        tlds=tlds,
        endings=tuple(str(e).lower() for e in data.get("abbreviation_endings", [])),
    )


def split(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Sentence spans within text[start:end], white space trimmed, in order."""
    r = rules(lang or "und")
    spans: list[tuple[int, int]] = []
    for line in _LINES.finditer(text, start, end):
        _split_line(text, line.start(), line.end(), r, spans)
    return spans


def _split_line(text: str, start: int, end: int, r: Rules, out: list[tuple[int, int]]) -> None:
    begin = start
    for m in _TERMINATORS.finditer(text, start, end):
        cut = _boundary(text, m.start(), m.end(), end, r, begin)
        if cut is not None and cut > begin:
            _emit(text, begin, cut, out)
            begin = cut
    _emit(text, begin, end, out)


def _emit(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


def _boundary(text: str, t0: int, t1: int, end: int, r: Rules, begin: int) -> int | None:
    """Where the sentence ends if the terminators text[t0:t1] end it, else None (the sentence began at `begin`)."""
    if t1 < end and text[t0:t1] == "." and _glued(text, t0, end, r):
        return t1
    cut = t1
    j = t1
    while j < end and text[j] in _SPACES:  # French style: "prêts. »"
        j += 1
    k = j
    while k < end and text[k] in CLOSERS:
        k += 1
    if k > j and (k == end or text[k] in _SPACES) and _closes(text, begin, t0, text[j]):
        cut = k
    elif t1 < end and text[t1] in CLOSERS:
        cut = t1
        while cut < end and text[cut] in CLOSERS:
            cut += 1
    if cut < end and text[cut] not in _SPACES:
        return None
    n = cut
    while n < end and text[n] in _SPACES:
        n += 1
    if n == end:
        return cut
    if not _opens(text[n]):
        return None
    if text[t1 - 1] == "." and t1 - t0 == 1 and not _period_ends(text, t0, n, r):
        return None
    return cut


def _closes(text: str, begin: int, t0: int, mark: str) -> bool:
    """Whether a guillemet after a terminator and a space closes a quotation of the sentence ("prêts. »", German
    "gehen.« ") rather than opening the next one ("le 7 mars. « Nous …"): its partner is open in the sentence."""
    partner = GUILLEMETS.get(mark)
    return partner is None or text.count(partner, begin, t0) > text.count(mark, begin, t0)


def _opens(ch: str) -> bool:
    return ch.isupper() or ch.isdigit() or ch in OPENERS


def _word_before(text: str, pos: int) -> str:
    """The letters, digits and dots directly before `pos` (bounded look-back)."""
    i = pos
    stop = max(0, pos - MAX_WORD)
    while i > stop and (text[i - 1].isalnum() or text[i - 1] == "."):
        i -= 1
    return text[i:pos]


def _period_ends(text: str, dot: int, nxt: int, r: Rules) -> bool:
    """Whether the single period at `dot`, followed by a sentence opener at `nxt`, ends the sentence."""
    word = _word_before(text, dot)
    if not word:
        return True
    if word.isdigit():
        return not (len(word) <= r.ordinal_digits and not text[nxt].isdigit())
    return not _is_abbreviation(word, r)


def _is_abbreviation(word: str, r: Rules) -> bool:
    if len(word) == 1 and word.isalpha():
        return True  # initials and "z. B."
    if word in r.exact or word.lower() in r.lower:
        return True
    if r.endings and word.isalpha() and word.lower().endswith(r.endings):
        return True
    if "." in word:
        parts = word.split(".")
        return all(0 < len(p) <= 3 and p.isalpha() for p in parts)
    return False


def _glued(text: str, dot: int, end: int, r: Rules) -> bool:
    """A period between a lowercase word and a following word with no space: a run-together sentence."""
    if dot == 0 or not text[dot - 1].islower() or not text[dot + 1].isalpha():
        return False
    i = dot
    stop = max(0, dot - MAX_WORD)
    while i > stop and text[i - 1].isalpha():
        i -= 1
    left = text[i:dot]
    if len(left) < 3 or left in r.exact or left.lower() in r.lower:
        return False
    if i > 0 and not (text[i - 1].isspace() or text[i - 1] in OPENERS):
        return False  # part of an address or path: "www.x.org", "user@host.de"
    k = dot + 1
    stop = min(end, k + MAX_WORD)
    while k < stop and text[k].isalpha():
        k += 1
    right = text[dot + 1 : k]
    if right.lower() in r.tlds or (k < end and (text[k] in "./@:_" or text[k].isalnum())):
        return False
    if right[0].isupper():
        return len(right) >= 2 and right[1:].islower()
    return len(right) >= 2
