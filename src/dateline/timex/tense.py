"""Tense of the sentence around an expression, from each language's cue words."""

from __future__ import annotations

import re

from dateline.timex.patterns import Grammar

BOUNDARY = re.compile(r"[.!?;](?=\s)|\n")
WINDOW = 250  # at most this many characters either side of an expression count as its sentence
CHUNK = 4096  # cue words are found chunk by chunk, each chunk once


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
