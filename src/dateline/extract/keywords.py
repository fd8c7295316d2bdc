"""One word-tokenising pass per sentence, shared by the keyword matchers (events, modality, actors, cues).

`Words(text)` splits a text once into its words (maximal `\\w+` runs, lower-cased alongside). A `KeywordIndex`
finds keyword occurrences exactly as `re.finditer` over the alternation of the keywords' regexes would (the
first keyword in try order that matches at the leftmost position wins; scanning resumes after the match),
but looks up only the keywords whose first letters a word begins with (a dict lookup), so a sentence costs a
few dict lookups per word instead of a regex attempt per character. Keywords that can begin inside a word
(`*part*`) are searched for as substrings of each word. Every candidate is confirmed with its own regex, so
the index changes the speed of matching, never its result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import accumulate
from operator import itemgetter

_RUN = re.compile(r"\w+")
_SPLIT = re.compile(r"(\w+)")
KEY = 3  # letters of a keyword's first word used as its lookup key


def lower(token: str) -> str:
    """`token` in lower case, letter for letter (a letter whose lower case is longer is kept as written)."""
    low = token.lower()
    if len(low) == len(token):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in token)


class Words:
    """The words of a text: where they start and end, their lower-case forms (and the lower-cased text)."""

    __slots__ = ("_prefixes", "ends", "low", "lowtext", "starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        low = text.lower()
        self.lowtext = low if len(low) == len(text) else lower(text)
        # Lower-casing keeps each character's length and whether it is a word character (true of every code
        # point), so the words of the lower-cased text are the lower-cased words, at the same places: one split
        # of it gives the words and, from the lengths of the pieces, where they begin and end.
        pieces = _SPLIT.split(self.lowtext)  # the text between words and the words, alternating
        self.low: list[str] = pieces[1::2]
        bounds = list(accumulate(map(len, pieces)))  # where each piece ends
        self.starts: list[int] = bounds[0:-1:2]
        self.ends: list[int] = bounds[1::2]
        self._prefixes: dict[int, list[str]] = {}

    def prefixes(self, n: int) -> list[str]:
        """Each word's first `n` letters in lower case (computed once)."""
        found = self._prefixes.get(n)
        if found is None:
            found = self._prefixes[n] = list(map(itemgetter(slice(0, n)), self.low))
        return found


@dataclass
class KeywordIndex:
    """Keyword regexes in try order (a keyword's rank is its position), indexed by the words they begin with.

    A keyword is indexed under its first word (the first `\\w+` run of its text as written) when that must be
    a whole word of the text, under the word's first letters when a `*` follows it (`Waffen*`), and kept
    apart when it may begin inside a word (`infix`). One that does not begin with a word character cannot be
    indexed: `usable` is then False and callers fall back to their combined regex. `whole` overrides the words
    a one-word keyword is indexed under (lower case); `trusted` says that a word found under them, or one that
    begins with its stem, is a match without asking the regex (case-insensitive keywords).
    """

    regexes: list[str] = field(default_factory=list)  # compiled on first use: most keywords never need it
    heads: dict[str, list[int]] = field(default_factory=dict)
    keys: dict[int, set[str]] = field(default_factory=dict)
    stems: dict[int, str] = field(default_factory=dict)
    whole: dict[str, list[int]] = field(default_factory=dict)
    trusted: set[int] = field(default_factory=set)
    infixes: list[tuple[str, int]] = field(default_factory=list)
    usable: bool = True
    _compiled: dict[int, re.Pattern[str]] = field(default_factory=dict)

    def add(
        self, keyword: str, regex: str, infix: bool = False, whole: tuple[str, ...] = (), trusted: bool = False
    ) -> None:
        """Append a keyword in try order: its text as written (without a leading `*`) and its regex.

        `regex` has no word boundary before it; `infix`: the keyword may begin inside a word.
        """
        rank = len(self.regexes)
        self.regexes.append(regex)
        run = _RUN.match(keyword)
        if run is None:
            self.usable = False
            return
        first = lower(run.group())
        if trusted and not infix:
            self.trusted.add(rank)
        if infix:
            self.infixes.append((first, rank))
        elif keyword[run.end() : run.end() + 1] == "*":
            self.stems[rank] = first
            key = first[:KEY]
            self.heads.setdefault(key, []).append(rank)
            self.keys.setdefault(len(key), set()).add(key)
        else:
            for word in whole or (first,):
                self.whole.setdefault(word, []).append(rank)

    def compiled(self, rank: int) -> re.Pattern[str]:
        """The regex of the keyword of `rank`, compiled once."""
        found = self._compiled.get(rank)
        if found is None:
            found = self._compiled[rank] = re.compile(self.regexes[rank])
        return found

    def find(self, words: Words) -> list[tuple[int, int, int]]:
        """(rank, start, end) of every keyword occurrence in `words.text`, left to right, without overlaps."""
        starts: dict[int, list[int]] = {}  # word → ranks of keywords that may begin with it
        for n, keys in self.keys.items():
            prefixes = words.prefixes(n)
            if not keys.isdisjoint(prefixes):
                for i in [i for i, key in enumerate(prefixes) if key in keys]:
                    starts.setdefault(i, []).extend(self.heads[prefixes[i]])
        whole, lows = self.whole, words.low
        if not whole.keys().isdisjoint(lows):
            for i in [i for i, low in enumerate(lows) if low in whole]:
                starts.setdefault(i, []).extend(whole[lows[i]])
        infixes = [(part, rank) for part, rank in self.infixes if part in words.lowtext] if self.infixes else []
        for part, _ in infixes:
            for i in [i for i, low in enumerate(lows) if part in low]:
                starts.setdefault(i, [])
        if not starts:
            return []
        out: list[tuple[int, int, int]] = []
        resume = 0
        begins, ends, text = words.starts, words.ends, words.text
        stems, trusted, compiled = self.stems, self.trusted, self._compiled
        for i in sorted(starts):
            start, end = begins[i], ends[i]
            if end <= resume:
                continue
            low = lows[i]
            offset = max(start, resume) - start
            hit: tuple[int, int, int] | None = None
            if offset == 0:
                ranks = starts[i]
                if infixes:
                    ranks = ranks + [r for part, r in infixes if low.startswith(part)]
                for rank in sorted(ranks) if len(ranks) > 1 else ranks:
                    stem = stems.get(rank)
                    if stem is not None and not low.startswith(stem):
                        continue
                    if rank in trusted:
                        hit = (rank, start, end)
                        break
                    m = (compiled.get(rank) or self.compiled(rank)).match(text, start)
                    if m:
                        hit = (rank, start, m.end())
                        break
                offset = 1
            if hit is None and infixes:
                hit = self._inside(text, start, low, offset, infixes)
            if hit is not None:
                out.append(hit)
                resume = hit[2]
        return out

    def _inside(
        self, text: str, start: int, low: str, offset: int, infixes: list[tuple[str, int]]
    ) -> tuple[int, int, int] | None:
        """The leftmost (then first in try order) infix keyword occurrence in a word, from `offset` on."""
        best: tuple[int, int, int] | None = None
        for part, rank in infixes:
            at = low.find(part, offset)
            while at >= 0 and (best is None or (at, rank) < (best[1] - start, best[0])):
                m = self.compiled(rank).match(text, start + at)
                if m:
                    best = (rank, start + at, m.end())
                    break
                at = low.find(part, at + 1)
        return best
