"""Is a line page furniture? Phrases come from `data/furniture.toml` and `data/<lang>/furniture.toml`
(all languages together: sites mix them); the shape rules (web addresses, slugs, tag runs) are code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from dateline.resources import languages, load, load_shared

SHORT_WORDS = 8  # `contains` phrases only condemn lines this short
MAX_TOKEN = 120  # longer tokens are not looked at for glued slugs
PARAGRAPH_WORDS = 40  # a line this long is a paragraph even when it starts like "Quelle: …"
_DIGITS = re.compile(r"\d+")
_NON_WORD = re.compile(r"[^\w ]+")
_SLUG = re.compile(r"[a-z0-9]{1,40}(?:-[a-z0-9]{1,40}){1,12}")
_TAG_RUN = re.compile(r"(?:[A-ZÄÖÜ][a-zäöüß]{2,40}){2,12}")
_DOMAIN = re.compile(r"(?:https?://)?(?:[\w-]{1,63}\.){1,8}([a-z]{2,12})(?:/\S{0,300})?", re.ASCII | re.IGNORECASE)
_URL = re.compile(r"(?:https?://|www\.)\S{1,2000}")
_FINAL = frozenset(".!?…:;")
_CLOSING = frozenset("\"'”“’»«)]")


@dataclass(frozen=True, slots=True)
class Furniture:
    """The furniture phrases of all languages, normalised for lookup."""

    lines: frozenset[str]
    prefixes: tuple[str, ...]
    contains: tuple[str, ...]
    stops: frozenset[str]
    tlds: frozenset[str]


def key(line: str) -> str:
    """Case-folded words of a line: punctuation dropped, white space folded."""
    return " ".join(_NON_WORD.sub(" ", line.casefold()).replace("_", " ").split())


def norm(line: str) -> str:
    """`key` with every number folded to 0, for looking lines up in the furniture lists."""
    return key(_DIGITS.sub("0", line))


@cache
def furniture() -> Furniture:
    """Shared phrases plus those of every language with a furniture file."""
    tables = [load_shared("furniture"), *(load(lang, "furniture") for lang in languages("furniture"))]

    def strings(key: str) -> list[str]:
        return [str(s) for table in tables for s in table.get(key, [])]

    return Furniture(
        lines=frozenset(norm(s) for s in strings("lines")),
        prefixes=tuple(sorted(set(strings("prefixes")), key=len, reverse=True)),
        contains=tuple(s.casefold() for s in strings("contains")),
        stops=frozenset(norm(s) for s in strings("stops")),
        tlds=frozenset(s.lower() for s in strings("tlds")),
    )


def is_prose(line: str) -> bool:
    """Ends like a sentence (final punctuation, possibly before closing quotes)."""
    end = len(line)
    while end > 0 and line[end - 1] in _CLOSING:
        end -= 1
    return end > 0 and line[end - 1] in _FINAL and line[end - 1] != ":"


def is_stop(line: str) -> bool:
    """A line that opens a trailer of related articles or comments."""
    return norm(line) in furniture().stops


def is_furniture(line: str) -> bool:
    """Whether a (stripped) line is page furniture by phrase or by shape."""
    f = furniture()
    key = norm(line)
    if not key or key in f.lines or key in f.stops:
        return True
    words = len(key.split())
    for prefix in f.prefixes:
        if line.startswith(prefix) and (not is_prose(line) or (prefix.endswith(":") and words < PARAGRAPH_WORDS)):
            return True
    if words <= SHORT_WORDS:
        low = line.casefold()
        if any(phrase in low for phrase in f.contains):
            return True
    return _furniture_shape(line, f)


def _furniture_shape(line: str, f: Furniture) -> bool:
    """Lines whose shape gives them away: addresses, slugs, tag runs, pipe-framed labels."""
    if " " not in line:
        if _SLUG.fullmatch(line) or _TAG_RUN.fullmatch(line) or _URL.fullmatch(line):
            return True
        domain = _DOMAIN.fullmatch(line)
        if domain and domain.group(1).lower() in f.tlds:
            return True
    if line.startswith("|") and line.endswith("|") and len(line) > 1:
        return not is_prose(line[1:-1].strip())
    return False


def strip_glued_slug(line: str) -> str:
    """Drop a site slug glued to the end of a sentence: "… mit Russland.toi-allgemeines" → "… mit Russland."."""
    cut = line.rfind(" ")
    tail = line[cut + 1 :]
    if len(tail) > MAX_TOKEN:
        return line
    for i, ch in enumerate(tail[:-1]):
        if ch in '.!?"”“»' and _SLUG.fullmatch(tail[i + 1 :]):
            return line[: cut + 1 + i + 1]
    return line
