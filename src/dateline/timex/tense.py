"""Tense of the sentence around an expression, from each language's cue words."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from typing import NamedTuple

from dateline.resources import load
from dateline.sentences import split
from dateline.timex.patterns import Grammar

WINDOW = 250  # at most this many characters either side of an expression count as its sentence
CHUNK = 1024  # cue words are found chunk by chunk, each chunk once, only near expressions that need a tense
STEM = 2  # letters a word needs before a past-tense ending ("closed", not "red")
LONGEST = 30  # longer letter runs are no words
RANK = {"future": 0, "past": 1, "reporting": 2}  # which cue counts where two start at one place
ADJACENT = 4  # a verb of saying this close to an expression is its own verb ("said on Friday")


class Endings(NamedTuple):
    """A language's regular past tense (`[tense]` in timex.toml)."""

    regex: re.Pattern[str] | None  # the endings (`past_endings`, English "-ed") as one regex of literals
    not_after: frozenset[str]  # no past tense after these: an auxiliary (participle), an article (adjective)
    not_past: frozenset[str]  # words with such an ending that are no past tense ("succeed", "hundred")


@cache
def _endings(lang: str) -> Endings:
    tense = load(lang, "timex").get("tense", {})
    endings = tense.get("past_endings", [])
    regex = re.compile("(?:" + "|".join(re.escape(e) for e in endings) + r")(?!\w)") if endings else None
    return Endings(regex, frozenset(tense.get("not_after", [])), frozenset(tense.get("not_past", [])))


def _no_past_after(text: str, start: int, lang: str) -> bool:
    """Whether the word before `start` makes a past form there no past tense ("will be held", "an unspecified")."""
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1].lower() in _endings(lang).not_after


def _regular_past(text: str, lo: int, hi: int, lang: str) -> list[tuple[int, int]]:
    """Spans of lower-case words with a past-tense ending starting in [lo, hi), not after a `not_after` word."""
    regex, _, not_past = _endings(lang)
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
        if word in not_past:
            continue
        if _no_past_after(text, start, lang):
            continue
        found.append((start, m.end()))
    return found


class Tenses:
    """Answers "past", "future" or None for spans of one text: the cue word nearest to the span wins."""

    def __init__(self, text: str, g: Grammar) -> None:
        self.text = text
        self.g = g
        self.chunks: dict[int, list[tuple[int, int, str]]] = {}
        self.sentences: list[tuple[int, int]] | None = None  # the text's sentences, split when first needed
        self.starts: list[int] = []

    def _cues(self, k: int) -> list[tuple[int, int, str]]:
        """Cue words starting in chunk `k`. Where cues overlap the longer one counts ("had been scheduled" is past,
        not the future "scheduled"), and a future cue wins a tie ("planned"); a past form after an auxiliary or
        article is no cue ("will be held")."""
        if k not in self.chunks:
            lo, hi = k * CHUNK, (k + 1) * CHUNK
            found: list[tuple[int, int, int, str]] = []
            if self.g.cues is not None:
                for m in self.g.cues.finditer(self.text, lo, min(len(self.text), hi + 64)):
                    kind = str(m.lastgroup)  # the enclosing named group closes last
                    if m.start() < hi and (kind == "future" or not _no_past_after(self.text, m.start(), self.g.lang)):
                        found.append((m.start(), -m.end(), RANK[kind], kind))
            found += [(start, -end, 3, "past") for start, end in _regular_past(self.text, lo, hi, self.g.lang)]
            kept: list[tuple[int, int, str]] = []
            for start, neg_end, _, label in sorted(found):
                if not kept or start >= kept[-1][1]:
                    kept.append((start, -neg_end, label))
            self.chunks[k] = kept
        return self.chunks[k]

    def _sentence(self, start: int, end: int) -> tuple[int, int]:
        """The sentence (dateline.sentences) holding text[start:end], or the span itself when it straddles two."""
        if self.sentences is None:
            self.sentences = split(self.text, 0, len(self.text), self.g.lang)
            self.starts = [s for s, _ in self.sentences]
        i = bisect_right(self.starts, start) - 1
        if i >= 0 and self.sentences[i][1] >= end:
            return self.sentences[i]
        return start, end

    def at(self, start: int, end: int) -> str | None:
        """Tense of the sentence containing text[start:end]."""
        lo, hi = self._sentence(start, end)
        lo, hi = max(lo, start - WINDOW), min(hi, end + WINDOW)
        best: dict[bool, tuple[int, str]] = {}  # nearest cue, by whether it is a reporting verb
        for k in range(lo // CHUNK, hi // CHUNK + 1):
            for c_start, c_end, label in self._cues(k):
                if c_start < lo or c_end > hi or (c_end > start and c_start < end):
                    continue
                distance = start - c_end if c_end <= start else c_start - end
                weak = label == "reporting"
                if weak not in best or distance < best[weak][0]:
                    best[weak] = (distance, "past" if weak else label)
        # "will leave Thursday, he said": the verb of saying dates the report, not the event, unless it is
        # the expression's own verb ("said Thursday")
        if True in best and (False not in best or best[True][0] <= ADJACENT < best[False][0]):
            return best[True][1]
        return best[False][1] if False in best else None
