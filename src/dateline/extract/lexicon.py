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
new categories or more keywords to shipped ones.

Evidence: a keyword listed directly under the category is strong: one is enough. Words that often mean
something else go into sub-tables of the category, each again language codes to lists:
```toml
[categories.casualties.weak]      # counts only with a second keyword or a context word of the category
de = ["gefallen*", "Opfer"]
[categories.casualties.context]   # never a category by itself; supports a weak keyword ("Krieg", "Angriff")
de = ["Krieg*", "Angriff*"]
[categories.casualties.not]       # phrases in which no keyword counts ("safe space", "sin embargo")
en = ["fallen asleep"]
```
A sentence gets a category when it holds one of its strong keywords, or one of its weak keywords together
with a second, different weak keyword or a context word of the category; categories come in the order of
their first keyword in the sentence. A `not` phrase hides every keyword inside it, of any category.
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
TIERS = ("strong", "weak", "context", "not")  # how much a keyword says about its category (see the module)


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


def _line_of(source: str, needle: str, start: int = 0) -> int:
    """The 1-based line where `needle` first occurs in `source` from `start` on (1 when absent)."""
    at = source.find(needle, start)
    return source.count("\n", 0, at) + 1 if at >= 0 else 1


def load_pack(path: Path) -> dict[str, dict[str, dict[str, list[str]]]]:
    """A pack file as {category: {tier: {lang: [keywords]}}}; a malformed one raises `InputError` naming the line."""
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
    out: dict[str, dict[str, dict[str, list[str]]]] = {}
    for cat, table in categories.items():
        line = _line_of(source, cat)
        if not _NAME.match(cat):
            raise InputError(name, f"line {line}: bad category name {cat!r}")
        if not isinstance(table, dict):
            raise InputError(name, f"line {line}: category {cat!r} must be a table of language = [keywords]")
        out[cat] = {"strong": {}}
        for lang, words in table.items():
            if lang in TIERS[1:]:
                header = source.find(f"{cat}.{lang}")
                if not isinstance(words, dict):
                    line = _line_of(source, lang + " =", source.find(cat))
                    raise InputError(name, f"line {line}: {cat}.{lang} must be a table [categories.{cat}.{lang}]")
                out[cat][lang] = _languages(name, source, f"{cat}.{lang}", words, max(header, 0))
            else:
                out[cat]["strong"].update(_languages(name, source, cat, {lang: words}, source.find(cat)))
    return out


def _languages(name: str, source: str, where: str, table: dict[str, Any], start: int) -> dict[str, list[str]]:
    """A table of language code = [keywords], checked; `where` names it in messages, found from `start` on."""
    out: dict[str, list[str]] = {}
    for lang, words in table.items():
        if not _LANG.match(lang):
            raise InputError(name, f"line {_line_of(source, lang + ' =', start)}: bad language code {lang!r}")
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip("*= ") for w in words):
            line = _line_of(source, lang + " =", start)
            raise InputError(name, f"line {line}: {where}.{lang} must be a list of keywords")
        out[lang] = list(words)
    return out


class EventMatcher:
    """The categories a text gives evidence for (strong, weak, context and `not` keywords: see the module).

    Each category has its own `CategoryMatcher` (of tiers), so one word can be a keyword of several categories
    ("Raketen": a weapon, and context of a weapons test); the `not` phrases of all categories form one more.
    An index of all strong and weak keywords runs first: only the categories one of whose keywords it finds are
    looked at (most sentences hold none). So a keyword inside a longer keyword of another category does not count
    ("Waffen" in "Waffenstillstand").
    """

    def __init__(self, tiers: dict[str, dict[str, list[str]]]) -> None:
        """`tiers`: category → tier → keywords (one language)."""
        self.names = sorted(tiers)
        self.by_category = [
            CategoryMatcher({tier: list(tiers[c].get(tier, [])) for tier in TIERS[:3]}) for c in self.names
        ]
        self.hidden = CategoryMatcher({"not": [w for c in self.names for w in tiers[c].get("not", [])]})
        owners: dict[str, set[int]] = {}
        for i, c in enumerate(self.names):
            for tier in TIERS[:2]:
                for word in tiers[c].get(tier, []):
                    owners.setdefault(word, set()).add(i)
        order = _ordered(owners)
        self.owners = [owners[k] for k in order]
        self.any = index(order)
        self.any_regex = re.compile(dispatch(order, "({})")) if order and not self.any.usable else None

    def categories(self, text: str, words: Words | None = None) -> list[str]:
        """The categories with enough evidence in `text`, in order of their first keyword."""
        words = words or Words(text)
        if self.any_regex is not None:
            ranks = [(m.lastindex or 1) - 1 for m in self.any_regex.finditer(text)]
        else:
            ranks = [rank for rank, _, _ in self.any.find(words)] if self.owners else []
        touched = sorted({i for rank in ranks for i in self.owners[rank]})
        if not touched:  # no strong or weak keyword: no category
            return []
        hidden = [(a, b) for _, a, b in self.hidden.find(text, words)]
        first: dict[str, int] = {}
        for i in touched:
            name, matcher = self.names[i], self.by_category[i]
            weak: set[str] = set()
            strong = context = False
            start = len(text)
            for tier, a, b in matcher.find(text, words):
                if any(x < b and a < y for x, y in hidden):
                    continue
                if tier == "context":
                    context = True
                    continue
                start = min(start, a)
                if tier == "strong":
                    strong = True
                else:
                    weak.add(text[a:b].casefold())
            if strong or len(weak) >= 2 or (weak and context):
                first[name] = start
        return sorted(first, key=first.__getitem__)


class Lexicon:
    """Event keyword packs: the shipped ones (`data/packs/*.toml`) plus users' `--lexicon` files."""

    def __init__(self, extra: list[str] | None = None) -> None:
        self.extra = list(extra or [])
        self.packs: dict[str, dict[str, dict[str, list[str]]]] = {}  # category → tier → language → keywords
        for path in [*sorted(PACKS.glob("*.toml")), *(Path(p) for p in self.extra)]:
            for cat, tiers in load_pack(path).items():
                mine = self.packs.setdefault(cat, {})
                for tier, langs in tiers.items():
                    for lang, words in langs.items():
                        mine.setdefault(tier, {}).setdefault(lang, []).extend(words)
        self._matchers: dict[str, EventMatcher] = {}

    def matcher(self, lang: str) -> EventMatcher:
        """The compiled matcher for one language (built once)."""
        found = self._matchers.get(lang)
        if found is None:
            tiers = {
                c: {tier: [*t.get(lang, []), *t.get("any", [])] for tier, t in cat.items()}
                for c, cat in self.packs.items()
            }
            found = self._matchers[lang] = EventMatcher(tiers)
        return found

    def categories(self) -> list[str]:
        """All category names."""
        return sorted(self.packs)
