"""Keyword lists as regexes, and the event keyword packs (`Lexicon`).

Keyword syntax (event packs, modality cues, gazetteer entries)
---------------------------------------------------------------
- `word` matches the whole word `word`; case is ignored (`drone` matches `Drone`, `DRONE`).
- `stem*` matches words that begin with `stem` (`Waffenliefer*` → `Waffenlieferungen`).
- `*part*` / `*part` also match inside a compound (`*lieferung*` → `Munitionslieferungen`).
- A keyword of several words matches them separated by any white space (`told reporters`).
- A keyword written in capitals only (`US`, `NATO`) or starting with `=` (`=may`) matches exactly as written.

Pack format (`data/packs/*.toml`, and user files given with `--lexicon FILE`)
------------------------------------------------------------------------------
```toml
[categories.cyber_attack]
en = ["cyberattack*", "hack*"]
de = ["Cyberangriff*", "Hackerangriff*"]
any = ["DDoS"]          # keywords for every language
```
A category is a table of language codes (`de`, `en`, …, or `any`) to lists of keywords. A user pack may add
new categories or more keywords to shipped ones. A sentence gets every category one of whose keywords it
contains, in the order of first mention.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from dateline.errors import InputError
from dateline.extract.keywords import KeywordIndex, Words

PACKS = Path(__file__).resolve().parents[1] / "data" / "packs"
_LANG = re.compile(r"^(?:[a-z]{2,3}|any)$")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")
_WORD = re.compile(r"\w+")


def _parse(keyword: str) -> tuple[str, bool, bool]:
    """A keyword's words (without `=` and `*`), whether it matches exactly as written, whether it ends in `*`."""
    word = keyword.strip()
    exact = word.startswith("=")
    if exact:
        word = word[1:]
    trail = word.endswith("*")
    word = word.strip("*")
    if not word:
        raise ValueError(f"empty keyword {keyword!r}")
    letters = [c for c in word if c.isalpha()]
    return word, exact or (len(letters) >= 2 and all(c.isupper() for c in letters)), trail


def keyword_pattern(keyword: str) -> str:
    """The regex (no groups) for one keyword in the syntax above, without the word boundary before it."""
    word, exact, trail = _parse(keyword)
    body = r"\s+".join(re.escape(part) for part in word.split())
    if not exact:
        body = f"(?i:{body})"
    tail = r"\w*" if trail else r"(?!\w)"
    return body + tail


def _head(keyword: str) -> str:
    """The first letter of a keyword (lower case), for dispatching."""
    return keyword.strip().lstrip("=*")[:1].casefold()


def _infix(keyword: str) -> bool:
    return keyword.strip().lstrip("=").startswith("*")


def _key(keyword: str) -> tuple[bool, str]:
    """Where a keyword goes in `dispatch`'s regex: whole-word keywords first, then by first letter."""
    return _infix(keyword), _head(keyword)


def dispatch(keywords: list[str], wrap: str = "(?:{})") -> str:
    """An alternation of keywords (in `_key` order), grouped by first letter behind a lookahead.

    Python's `re` tries every alternative at every position; the word-boundary check in front and the
    first-letter lookaheads let a position try only the keywords that can start there, which makes large
    keyword lists many times faster. `wrap` formats each keyword's regex (e.g. as a capturing group).
    """
    parts = []
    for infix in (False, True):
        groups: dict[str, list[str]] = {}
        for k in keywords:
            if _infix(k) == infix:
                groups.setdefault(_head(k), []).append(wrap.format(keyword_pattern(k)))
        if groups:
            branches = "|".join(
                f"(?=[{re.escape(h)}{re.escape(h.upper())}])(?:{'|'.join(r)})" for h, r in groups.items()
            )
            parts.append(("" if infix else r"(?<!\w)") + f"(?:{branches})")
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def _ordered(keywords: Iterable[str]) -> list[str]:
    """Keywords longest first (so the longest wins at a position), then in `dispatch` order (stable)."""
    return sorted(sorted(set(keywords), key=lambda k: (-len(k.strip("*=")), k)), key=_key)


def alternation(keywords: Iterable[str]) -> str:
    """One non-capturing alternation of keywords (see `dispatch`)."""
    return dispatch(_ordered(keywords))


def index(keywords: Iterable[str], into: KeywordIndex | None = None) -> KeywordIndex:
    """A `KeywordIndex` of keywords in `alternation`'s try order (appended to `into` when given)."""
    found = KeywordIndex() if into is None else into
    for k in _ordered(keywords):
        word, exact, trail = _parse(k)
        simple = _WORD.fullmatch(word) is not None  # one word: the index alone decides, unless exact
        found.add(word + "*" * trail, keyword_pattern(k), _infix(k), trusted=simple and not exact)
    return found


class CategoryMatcher:
    """Finds which categories' keywords occur in a text (a `KeywordIndex`; a combined regex as fallback)."""

    def __init__(self, categories: dict[str, list[str]]) -> None:
        owner: dict[str, str] = {}
        for name in sorted(categories):
            for word in categories[name]:
                owner.setdefault(word, name)
        order = _ordered(owner)  # the order of dispatch's groups
        self.names = [owner[k] for k in order]
        self.index = index(order)
        self.regex = re.compile(dispatch(order, "({})")) if order and not self.index.usable else None

    def find(self, text: str, words: Words | None = None) -> list[tuple[str, int, int]]:
        """(category, start, end) of every keyword occurrence, left to right (`words`: `Words(text)`)."""
        if self.regex is not None:
            return [(self.names[(m.lastindex or 1) - 1], m.start(), m.end()) for m in self.regex.finditer(text)]
        if not self.names:
            return []
        return [(self.names[rank], a, b) for rank, a, b in self.index.find(words or Words(text))]

    def categories(self, text: str, words: Words | None = None) -> list[str]:
        """The categories found, in order of first mention, without duplicates."""
        return list(dict.fromkeys(name for name, _, _ in self.find(text, words)))


def _line_of(source: str, needle: str) -> int:
    """The 1-based line where `needle` first occurs in `source` (1 when absent)."""
    at = source.find(needle)
    return source.count("\n", 0, at) + 1 if at >= 0 else 1


def load_pack(path: Path) -> dict[str, dict[str, list[str]]]:
    """A pack file as {category: {lang: [keywords]}}; a malformed one raises `InputError` naming the line."""
    name = str(path)
    try:
        source = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(name, f"cannot read keyword pack: {exc.strerror or exc}") from exc
    try:
        data: dict[str, Any] = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"\(at line (\d+)", str(exc))
        line = getattr(exc, "lineno", None) or (int(found.group(1)) if found else source.count("\n") + 1)
        raise InputError(name, f"line {line}: {str(exc).split(' (at ')[0]}") from exc
    for key in data:
        if key != "categories":
            raise InputError(name, f"line {_line_of(source, key)}: unknown key {key!r} (expected [categories.NAME])")
    categories = data.get("categories")
    if not isinstance(categories, dict) or not categories:
        raise InputError(name, "line 1: no [categories.NAME] tables")
    out: dict[str, dict[str, list[str]]] = {}
    for cat, table in categories.items():
        line = _line_of(source, cat)
        if not _NAME.match(cat):
            raise InputError(name, f"line {line}: bad category name {cat!r}")
        if not isinstance(table, dict):
            raise InputError(name, f"line {line}: category {cat!r} must be a table of language = [keywords]")
        out[cat] = {}
        for lang, words in table.items():
            if not _LANG.match(lang):
                raise InputError(name, f"line {_line_of(source, lang + ' =')}: bad language code {lang!r}")
            if not isinstance(words, list) or not all(isinstance(w, str) and w.strip("*= ") for w in words):
                raise InputError(name, f"line {_line_of(source, lang + ' =')}: {cat}.{lang} must be a list of keywords")
            out[cat][lang] = list(words)
    return out


class Lexicon:
    """Event keyword packs: the shipped ones (`data/packs/*.toml`) plus users' `--lexicon` files."""

    def __init__(self, extra: list[str] | None = None) -> None:
        self.extra = list(extra or [])
        self.packs: dict[str, dict[str, list[str]]] = {}
        for path in [*sorted(PACKS.glob("*.toml")), *(Path(p) for p in self.extra)]:
            for cat, langs in load_pack(path).items():
                mine = self.packs.setdefault(cat, {})
                for lang, words in langs.items():
                    mine.setdefault(lang, []).extend(words)
        self._matchers: dict[str, CategoryMatcher] = {}

    def matcher(self, lang: str) -> CategoryMatcher:
        """The compiled matcher for one language (built once)."""
        found = self._matchers.get(lang)
        if found is None:
            cats = {c: [*t.get(lang, []), *t.get("any", [])] for c, t in self.packs.items()}
            found = self._matchers[lang] = CategoryMatcher(cats)
        return found

    def categories(self) -> list[str]:
        """All category names."""
        return sorted(self.packs)
