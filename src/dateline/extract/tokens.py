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
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from dateline.sentences import rules

_TOKEN = re.compile(r"-?\d+(?:[.,]\d+)+|-?\w+(?:[-'’.&]\w+)*(?:(?<=s)[’'](?!\w))?\.?|''|[^\w\s]")
_PUNCT = frozenset([*",;:()[]\"„“”«»‚‘’'–—―‒-…/.!?", "''"])
_OPEN = frozenset(["„", "«", "“", "‚", "‘", '"', "''"])  # may open a quotation
_CLOSE = frozenset(["“", "”", "»", "’", '"', "''"])  # may close one
_QUOTES = _OPEN | _CLOSE


@dataclass(frozen=True, slots=True)
class Token:
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


def _split(sentence: str, lang: str) -> list[tuple[str, int, int]]:
    """Word and punctuation tokens; a word's final period is kept only for abbreviations and initials."""
    abbreviations = rules(lang).exact
    out: list[tuple[str, int, int]] = []
    for m in _TOKEN.finditer(sentence):
        word, a, b = m.group(), m.start(), m.end()
        if len(word) > 1 and word.endswith("."):
            stem = word[:-1]
            keep = stem in abbreviations or (len(stem) == 1 and stem.isupper()) or "." in stem
            if not keep or b == len(sentence.rstrip()):
                out.append((stem, a, b - 1))
                out.append((".", b - 1, b))
                continue
        out.append((word, a, b))
    return out


def _tokenise(sentence: str, lang: str, dates: list[tuple[int, int]]) -> list[Token]:
    ends = [b for _, b in dates]
    out: list[Token] = []
    quoted = False
    initial = True
    for word, a, b in _split(sentence, lang):
        punct = word in _PUNCT
        opening = False
        if word in _QUOTES:
            before = sentence[a - 1 : a]
            opens = word in _OPEN and (not before or before.isspace() or before in "([—–:")
            if quoted and not opens and (word in _CLOSE or word in _OPEN):
                quoted = False  # glued to the word before it, any quotation mark closes ("kann.„Fügt …")
            elif opens or (word in ('"', "''") and not quoted):
                quoted = opening = True
        i = bisect_right(ends, a)
        date = i < len(dates) and dates[i][0] < b
        out.append(
            Token(
                text=word,
                start=a,
                end=b,
                low=word.casefold(),
                cap=word.lstrip("-")[:1].isupper(),
                initial=initial and not punct,
                quoted=quoted and not opening,
                number=word.lstrip("-")[:1].isdigit(),
                date=date,
                punct=punct,
            )
        )
        if not punct:
            initial = False
        elif opening or word in (":", ".", "!", "?"):
            initial = True  # a quotation's, a list's or a glued next sentence's first word ("kann.„Fügt")
    first = next((k for k, tok in enumerate(out) if tok.text in _QUOTES and tok.text not in "’'"), None)
    if first and not out[first].quoted and out[first].text in _CLOSE and not sentence[out[first].start - 1].isspace():
        out[:first] = [_requote(tok) for tok in out[:first]]  # a quotation opened in an earlier sentence
    return out


def _requote(tok: Token) -> Token:
    return Token(tok.text, tok.start, tok.end, tok.low, tok.cap, tok.initial, True, tok.number, tok.date, tok.punct)
