"""Plain-text dumps: drop furniture lines, find the headline, mark subheadings.

Rules, in order: a line written as a CSV field (in quotation marks, the marks inside doubled) is unquoted;
furniture phrases and shapes (see `furniture.py`) and repeated lines are dropped; the first remaining line is the
headline when it looks like one (short, no final period) unless the document brings its own title; copies of the
headline are dropped; short unpunctuated lines between the headline and the first paragraph that share no content
word with the rest of the article are stray teasers of other articles and are dropped; short unpunctuated lines
elsewhere are subheadings.
"""

from __future__ import annotations

import re
from collections import Counter

from dateline.clean.furniture import is_prose, key, strip_glued_slug
from dateline.clean.lines import Line, assemble, drop_furniture, fold, kind_of, without_title
from dateline.model import Cleaned

TITLE_WORDS = 30  # a first line longer than this is a paragraph, not a headline
STEM = 6  # content words are compared on their first letters ("Russland" ~ "Russlands")
_WORDS = re.compile(r"[^\W\d_]{4,}")


def clean_text(content: str, title: str | None = None) -> Cleaned:
    """The cleaned article of a plain-text dump; `title` is a headline known from elsewhere."""
    raw: list[Line] = []
    for line in content.splitlines():
        text = strip_glued_slug(fold(_csv_field(line.strip())))
        if text:
            raw.append((text, "body"))
    lines = drop_furniture(raw)
    headline = fold(title) if title else None
    if headline is None and lines and _looks_like_headline(lines[0][0]):
        headline = lines[0][0]
    lines = _drop_strays(without_title(_from_headline(lines, headline), headline), headline)
    return assemble(headline or None, [(text, kind_of(text)) for text, _ in lines])


def _csv_field(line: str) -> str:
    """The text of a line written as a CSV field (a spreadsheet export): in quotation marks, with the marks inside
    doubled (`"… of"" bumper, ""die …"`); any other line as it is."""
    if len(line) > 2 and line[0] == line[-1] == '"' and '""' in line[1:-1]:
        return line[1:-1].replace('""', '"')
    return line


def _from_headline(lines: list[Line], headline: str | None) -> list[Line]:
    """Without the navigation before the headline: unpunctuated lines ahead of its first copy."""
    if not headline:
        return lines
    title_key = key(headline)
    for i, (text, _) in enumerate(lines):
        if key(text) == title_key:
            return lines[i:]
        if is_prose(text):
            break
    return lines


def _looks_like_headline(line: str) -> bool:
    return len(line.split()) <= TITLE_WORDS and not line.endswith(".")


def _stems(text: str) -> set[str]:
    return {w.casefold()[:STEM] for w in _WORDS.findall(text)}


def _drop_strays(lines: list[Line], headline: str | None) -> list[Line]:
    """Without the unrelated teaser lines that sit between the headline and the first paragraph."""
    lead = 0
    while lead < len(lines) and kind_of(lines[lead][0]) == "heading" and not is_prose(lines[lead][0]):
        lead += 1
    if lead == 0 or lead == len(lines):
        return lines
    stems = [_stems(text) for text, _ in lines]
    counts = Counter(s for line_stems in [_stems(headline or ""), *stems] for s in line_stems)
    return [line for i, line in enumerate(lines) if i >= lead or not stems[i] or any(counts[s] > 1 for s in stems[i])]
