"""One token view of a sentence, built once and shared by the extractors.

`Tokens(sentence, lang, dates)` splits a sentence into word and punctuation tokens and says of each what the
extractors would otherwise each decide on their own:

- `cap`: begins with a capital letter; `initial`: the sentence's first word, or the first after an opening
  quotation mark or a colon (a capital there says nothing about the word); `mid_cap`: capitalised elsewhere (in
  English, French, … a name, never a verb: "As the United States prepares", "a Morning Consult Reports poll");
- `quoted`: inside quotation marks; `number`: a numeral written in digits; `date`: overlaps a date or time
  expression already found (a date is no quantity and no noun phrase); `punct`: punctuation.

Abbreviations of the language (`data/<lang>/sentences.toml`) and initials keep their period ("Sen.", "M.",
"J."), so a name is one run of tokens: "Sen. John Doe", "Karl J. Meyer".
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from functools import cached_property, partial
from itertools import accumulate, compress
from typing import NamedTuple

from dateline.sentences import rules

_TOKEN = re.compile(r"-?\d+(?:[.,]\d+)+|-?\w+(?:[-'’.&]\w+)*(?:(?<=s)[’'](?!\w))?\.?|''|[^\w\s]")
_SPLIT = re.compile(f"({_TOKEN.pattern})")  # the same tokens, for `re.split`
_PUNCT = frozenset([*",;:()[]\"„“”«»‚‘’'–—―‒-…/.!?", "''"])
_OPEN = frozenset(["„", "«", "“", "‚", "‘", '"', "''"])  # may open a quotation
_CLOSE = frozenset(["“", "”", "»", "’", '"', "''"])  # may close one
_QUOTES = _OPEN | _CLOSE


class Token(NamedTuple):
    """A word or punctuation mark of a sentence; `start`/`end` are offsets into the sentence."""

    text: str
    start: int
    end: int
    low: str
    cap: bool
    initial: bool
    quoted: bool
    number: bool
    date: bool
    punct: bool

    @property
    def mid_cap(self) -> bool:
        """Capitalised, and not where any word is capitalised (the sentence's or a quotation's first word)."""
        return self.cap and not self.initial


# NamedTuples built without their Python-level constructor
_NEW: Callable[[Iterable[object]], Token] = partial(tuple.__new__, Token)


class Tokens:
    """The token view of one sentence (tokenised on first use: most sentences need no token view)."""

    def __init__(self, sentence: str, lang: str, dates: list[tuple[int, int]] | None = None) -> None:
        self.text = sentence
        self.lang = lang
        self.dates = sorted(dates or [])

    @cached_property
    def tokens(self) -> list[Token]:
        """The tokens, left to right."""
        return _tokenise(self.text, self.lang, self.dates)

    def __len__(self) -> int:
        return len(self.tokens)


def _tokenise(sentence: str, lang: str, dates: list[tuple[int, int]]) -> list[Token]:
    """The tokens of `sentence`: one regex pass, per-token flags in comprehensions, and one loop over the
    punctuation only for what depends on what came before (quotations, first words): a hot path."""
    pieces = _SPLIT.split(sentence)  # the text between tokens and the tokens, alternating (no Match objects)
    texts = pieces[1::2]
    bounds = list(accumulate(map(len, pieces)))  # where each piece ends
    starts, ends = bounds[0:-1:2], bounds[1::2]
    dotted = [k for k, w in enumerate(texts) if w[-1] == "." and len(w) > 1]
    if dotted:  # a word's period stays only with an abbreviation, an initial or a dotted abbreviation
        abbreviations, last = rules(lang).exact, len(sentence.rstrip())
        for k in reversed(dotted):
            w, b = texts[k], ends[k]
            stem = w[:-1]
            if b == last or not (stem in abbreviations or (len(stem) == 1 and stem.isupper()) or "." in stem):
                texts[k : k + 1] = [stem, "."]
                starts.insert(k + 1, b - 1)
                ends.insert(k, b - 1)
    n = len(texts)
    lowtext = sentence.casefold()
    if len(lowtext) == len(sentence):
        lows = [lowtext[a:b] for a, b in zip(starts, ends, strict=True)]
    else:
        lows = [w.casefold() for w in texts]
    firsts = [w[1:2] if w[:1] == "-" else w[:1] for w in texts]
    punct = list(map(_PUNCT.__contains__, texts))
    date = [False] * n
    for da, db in dates:  # the tokens overlapping each date: two bisections, not a loop over the tokens
        i, j = bisect_right(ends, da), bisect_left(starts, db)
        if i < j:
            date[i:j] = [True] * (j - i)
    quoted = [False] * n
    initial = [False] * n
    inside, want_initial, prev, at, opener = False, True, -1, -1, ""
    marks = list(compress(range(n), punct))
    marks.append(n)
    for k in marks:
        if prev + 1 < k:  # the words between two punctuation marks
            if want_initial:
                initial[prev + 1] = True
                want_initial = False
            if inside:
                quoted[prev + 1 : k] = [True] * (k - prev - 1)
        if k == n:
            break
        w = texts[k]
        opening = False
        if w in _QUOTES:
            if at < 0 and w not in "’'":
                at = k  # the first quotation mark
            before = sentence[starts[k] - 1 : starts[k]]
            # '…,'" and '…,' ": after a nested quotation's closing mark, or a straight mark inside a quotation that
            # one opened, it closes the quotation
            nested = inside and (before in "’'" or w == opener == '"')
            opens = w in _OPEN and not nested and (not before or before.isspace() or before in "([—–:\"'")
            if inside and not opens and (w in _CLOSE or w in _OPEN):
                inside = False  # glued to the word before it, any quotation mark closes ("kann.„Fügt …")
            elif opens:  # a straight quotation mark glued to the word before it closes an earlier one
                inside, opening, opener = True, True, w
        quoted[k] = inside and not opening
        if opening or w in (":", ".", "!", "?"):
            want_initial = True  # a quotation's, a list's or a glued next sentence's first word ("kann.„Fügt")
        prev = k
    if at > 0 and not quoted[at] and texts[at] in _CLOSE and not sentence[starts[at] - 1].isspace():
        quoted[:at] = [True] * at  # a quotation opened in an earlier sentence
    fields = zip(
        texts,
        starts,
        ends,
        lows,
        map(str.isupper, firsts),
        initial,
        quoted,
        map(str.isdigit, firsts),
        date,
        punct,
        strict=True,
    )
    return list(map(_NEW, fields))
