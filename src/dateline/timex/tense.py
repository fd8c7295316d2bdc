"""Tense of the sentence around an expression, from each language's cue words."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from dateline.timex.patterns import Grammar

BOUNDARY = re.compile(r"[.!?;](?=\s)|\n")
WINDOW = 250  # at most this many characters either side of an expression count as its sentence


class Tenses:
    """Answers "past", "future" or None for spans of one text: the cue word nearest to the span wins.

    The text is scanned for cue words and sentence ends once, on the first question.
    """

    def __init__(self, text: str, g: Grammar) -> None:
        self.text = text
        self.g = g
        self.ready = False
        self.starts: list[int] = []
        self.cues: list[tuple[int, int, str]] = []
        self.bounds: list[int] = []

    def _scan(self) -> None:
        found: list[tuple[int, int, str]] = []
        taken: set[int] = set()
        for label, cue in (("future", self.g.future), ("past", self.g.past)):
            if cue is not None:  # a word that is a future cue is not also a past one ("planned")
                found.extend((m.start(), m.end(), label) for m in cue.finditer(self.text) if m.start() not in taken)
                taken.update(start for start, _, _ in found)
        found.sort()
        self.cues = found
        self.starts = [c[0] for c in found]
        self.bounds = [m.end() for m in BOUNDARY.finditer(self.text)]
        self.ready = True

    def at(self, start: int, end: int) -> str | None:
        """Tense of the sentence containing text[start:end]."""
        if not self.ready:
            self._scan()
        i = bisect_right(self.bounds, start)
        lo = max(self.bounds[i - 1] if i else 0, start - WINDOW)
        j = bisect_left(self.bounds, end)
        hi = min(self.bounds[j] if j < len(self.bounds) else len(self.text), end + WINDOW)
        best: tuple[int, str] | None = None
        k = bisect_left(self.starts, start) - 1  # the cues before the span, nearest first
        while k >= 0 and self.cues[k][0] >= lo:
            _, c_end, label = self.cues[k]
            if c_end <= start:
                best = (start - c_end, label)
                break
            k -= 1
        k = bisect_left(self.starts, end)  # the first cue after the span
        if k < len(self.cues) and self.cues[k][1] <= hi:
            distance = self.cues[k][0] - end
            if best is None or distance < best[0]:
                best = (distance, self.cues[k][2])
        return best[1] if best else None
