"""Tense of the sentence around an expression, from each language's cue words."""

from __future__ import annotations

import re
from functools import cache

from dateline.resources import load
from dateline.timex.patterns import Grammar

BOUNDARY = re.compile(r"[.!?;](?=\s)|\n")
WINDOW = 250  # at most this many characters either side of an expression count as its sentence
CHUNK = 1024  # cue words are found chunk by chunk, each chunk once, only near expressions that need a tense
STEM = 2  # letters a word needs before a past-tense ending ("closed", not "red")
LONGEST = 30  # longer letter runs are no words


@cache
def _endings(lang: str) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    """Past-tense endings (`[tense] past_endings`, English "-ed") as one regex of literals, found fast, and the
    auxiliaries (`passive`) that make such a word a participle instead."""
    tense = load(lang, "timex").get("tense", {})
    endings = tense.get("past_endings", [])
    if not endings:
        return None, frozenset()
    regex = re.compile("(?:" + "|".join(re.escape(e) for e in endings) + r")(?!\w)")
    return regex, frozenset(tense.get("passive", []))


def _regular_past(text: str, lo: int, hi: int, lang: str) -> list[tuple[int, int]]:
    """Spans of lower-case words with a past-tense ending starting in [lo, hi), not after an auxiliary."""
    regex, passive = _endings(lang)
    if regex is None:
        return []
    found: list[tuple[int, int]] = []
    for m in regex.finditer(text, lo, min(len(text), hi + LONGEST)):
        start = m.start()
        while start > 0 and m.start() - start < LONGEST and text[start - 1].isalpha():
            start -= 1
        word = text[start : m.end()]
        if not lo <= start < hi or m.start() - start < STEM or not word.islower() or not word.isalpha():
            continue
        before = text[max(0, start - 12) : start].split()
        if before and before[-1].lower() in passive:
            continue
        found.append((start, m.end()))
    return found


class Tenses:
    """Answers "past", "future" or None for spans of one text: the cue word nearest to the span wins."""

    def __init__(self, text: str, g: Grammar) -> None:
        self.text = text
        self.g = g
        self.chunks: dict[int, list[tuple[int, int, str]]] = {}

    def _cues(self, k: int) -> list[tuple[int, int, str]]:
        """Cue words starting in chunk `k`; a word that is a future cue is not also a past one ("planned")."""
        if k not in self.chunks:
            lo, hi = k * CHUNK, (k + 1) * CHUNK
            found: list[tuple[int, int, str]] = []
            taken: set[int] = set()
            for label, cue in (("future", self.g.future), ("past", self.g.past)):
                if cue is None:
                    continue
                for m in cue.finditer(self.text, lo, min(len(self.text), hi + 64)):
                    if m.start() < hi and m.start() not in taken:
                        found.append((m.start(), m.end(), label))
                        taken.add(m.start())
            for start, end in _regular_past(self.text, lo, hi, self.g.lang):
                if start not in taken:
                    found.append((start, end, "past"))
            self.chunks[k] = found
        return self.chunks[k]

    def at(self, start: int, end: int) -> str | None:
        """Tense of the sentence containing text[start:end]."""
        lo = max(0, start - WINDOW)
        cuts = [m.end() for m in BOUNDARY.finditer(self.text, lo, start)]
        if cuts:
            lo = cuts[-1]
        stop = BOUNDARY.search(self.text, end, end + WINDOW)
        hi = stop.start() if stop else min(len(self.text), end + WINDOW)
        best: tuple[int, str] | None = None
        for k in range(lo // CHUNK, hi // CHUNK + 1):
            for c_start, c_end, label in self._cues(k):
                if c_start < lo or c_end > hi or (c_end > start and c_start < end):
                    continue
                distance = start - c_end if c_end <= start else c_start - end
                if best is None or distance < best[0]:
                    best = (distance, label)
        return best[1] if best else None
