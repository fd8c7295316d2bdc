"""Line filtering and assembly shared by the HTML and plain-text cleaners."""

from __future__ import annotations

from dateline.clean.furniture import is_furniture, is_prose, is_stop, key
from dateline.model import Block, BlockKind, Cleaned

HEADING_WORDS = 15  # an unpunctuated line up to this long between paragraphs is a subheading
LABEL_WORDS = 3  # a repeated unpunctuated line up to this long is a label of the page ("Details", "Merkliste")
Line = tuple[str, BlockKind]


def fold(text: str) -> str:
    """Runs of white space (including no-break spaces) folded to one space, ends trimmed."""
    return " ".join(text.split())


def drop_furniture(lines: list[Line]) -> list[Line]:
    """Lines without furniture, trailers (a stop line and the teasers after it) and repeated labels.

    A line seen before is dropped only when it is a label (see `is_repeated_label`): a repeated sentence,
    interview question or list row is body text.
    """
    out: list[Line] = []
    seen: set[str] = set()
    in_trailer = False
    for text, kind in lines:
        if is_stop(text):
            in_trailer = True
            continue
        if in_trailer:
            if not is_prose(text):
                continue
            in_trailer = False
        if (text in seen and is_repeated_label(text)) or is_furniture(text):
            continue
        seen.add(text)
        out.append((text, kind))
    return out


def is_repeated_label(text: str) -> bool:
    """Whether a line that occurred before is page furniture by shape: short and without final punctuation."""
    return not is_prose(text) and len(text.split()) <= LABEL_WORDS


def without_title(lines: list[Line], title: str | None) -> list[Line]:
    """Lines other than copies of the headline."""
    if not title:
        return lines
    title_key = key(title)
    return [line for line in lines if key(line[0]) != title_key]


def kind_of(text: str) -> BlockKind:
    """ "heading" for a short line without final punctuation, else "body"."""
    if not is_prose(text) and not text.endswith(":") and len(text.split()) <= HEADING_WORDS:
        return "heading"
    return "body"


def assemble(title: str | None, lines: list[Line]) -> Cleaned:
    """The cleaned text: headline first, then one line per paragraph, with a block per line."""
    parts: list[Line] = [(title, "title")] if title else []
    parts += lines
    blocks: list[Block] = []
    pos = 0
    for text, kind in parts:
        blocks.append(Block(pos, pos + len(text), kind))
        pos += len(text) + 1
    text = "\n".join(t for t, _ in parts)
    return Cleaned(text=text, blocks=blocks, title=title)
