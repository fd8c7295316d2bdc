"""Tense of the sentence around an expression, from each language's cue words."""

from __future__ import annotations

import re

from dateline.timex.patterns import Grammar

BOUNDARY = re.compile(r"[.!?;\n](?=\s)|\n")
WINDOW = 250


class Tenses:
    """Answers "past", "future" or None for spans of one text: the cue word nearest to the span wins."""

    def __init__(self, text: str, g: Grammar) -> None:
        self.text = text
        self.g = g

    def at(self, start: int, end: int) -> str | None:
        """Tense of the sentence containing text[start:end]."""
        lo = max(0, start - WINDOW)
        before = self.text[lo:start]
        cuts = [m.end() for m in BOUNDARY.finditer(before)]
        if cuts:
            lo += cuts[-1]
        after = self.text[end : end + WINDOW]
        stop = BOUNDARY.search(after)
        hi = end + (stop.start() if stop else len(after))
        best: tuple[int, str] | None = None
        for label, cue in (("future", self.g.future), ("past", self.g.past)):
            if cue is None:
                continue
            for m in cue.finditer(self.text, lo, hi):
                if start <= m.start() < end:
                    continue
                distance = start - m.end() if m.end() <= start else m.start() - end
                if best is None or distance < best[0]:
                    best = (distance, label)
        return best[1] if best else None
