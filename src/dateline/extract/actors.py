"""Actors: the states (ISO 3166-1 alpha-3) and international organisations a sentence names.

Sources, merged per language into one regex (longest entry first):
- `data/gazetteer/countries.toml`: country names per language, generated from CLDR (`tools/gen_countries.py`);
- `data/gazetteer/actors.toml`: organisations (`UN`, `NATO`, `EU`, emitted by name) and shared names;
- `data/<lang>/actors.toml`: adjectives, demonyms and metonyms (`nordkoreanisch*`, `Kreml*`, `Weiße* Haus`).

Entry syntax: an entry matches as written, as a whole word; one written in lower case (an adjective) also
matches with a capital first letter; `*` at the end allows any ending; `-` or a space inside an entry also
matches a hyphen with stray spaces (`Noord -Korea`) and a plain space (`Nord Korea`). A language's optional
`suffix` (German `s`) may follow any entry without `*` (`Russlands`).

Kinds: a mention right before a word of the language's `kinds_after` list, or right after a word of its
`kinds_before` list, names a kind of thing, not a state ("English breakfast", "French fries", "Schweizer
Käse", "cuisine italienne", "ensaladilla rusa") and gives no actor; so does a lower-case mention right after a
word of the language's `language_before` list: it names a language ("en français", "in italiano").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from dateline.extract.keywords import KeywordIndex, Words, lower
from dateline.resources import load, load_shared

_SEP = re.compile(r"\s*-\s*|\s+")
_NEXT = re.compile(r"[\s-]*(\w+|\$)")  # a word, or a currency sign ("US$")
_PREVIOUS = re.compile(r"(\w+)[\s'’-]*$")


def entry_pattern(entry: str, suffix: str = "") -> str:
    """The regex (no capturing groups) for one gazetteer entry, after its first character."""
    trail = entry.endswith("*")
    word = entry.rstrip("*")
    parts = [re.escape(p).replace(r"\*", r"\w*") for p in _SEP.split(word)]
    body = r"(?:\s?-\s?|\s)".join(parts)[len(word[:1]) :]
    if trail:
        end = r"\w*"
    elif suffix:
        end = f"(?:{re.escape(suffix)})?(?!\\w)"
    else:
        end = r"(?!\w)"
    return body + end


@dataclass(frozen=True)
class Gazetteer:
    """One language's compiled gazetteer: entry k (in try order) names `codes[k]`.

    `index` finds the entries; `regex` (whose k-th group is entry k - 1) is used when the index cannot be.
    """

    regex: re.Pattern[str] | None
    codes: tuple[str, ...]
    index: KeywordIndex | None = None

    def find(self, text: str, words: Words | None = None) -> list[tuple[str, int, int]]:
        """(code, start, end) of every mention, left to right (`words`: `Words(text)`)."""
        if self.index is not None and self.index.usable:
            return [(self.codes[rank], a, b) for rank, a, b in self.index.find(words or Words(text))]
        if self.regex is None:
            return []
        return [(self.codes[(m.lastindex or 1) - 1], m.start(), m.end()) for m in self.regex.finditer(text)]


def entries(lang: str) -> dict[str, set[str]]:
    """Entry → the codes it names, for one language (all sources merged)."""
    out: dict[str, set[str]] = {}
    shared = load_shared("gazetteer/actors")
    tables = [
        load_shared("gazetteer/countries").get(lang, {}),
        shared.get("states", {}),
        shared.get("organisations", {}),
        shared.get("leaders", {}),
        load(lang, "actors").get("states", {}),
    ]
    for table in tables:
        for code, names in table.items():
            for name in names:
                out.setdefault(name, set()).add(code)
    return out


@cache
def gazetteer(lang: str) -> Gazetteer:
    """The compiled gazetteer of `lang` (built once per process)."""
    suffix = str(load(lang, "actors").get("suffix", ""))
    found = entries(lang)
    order = sorted(found, key=lambda e: (-len(e.rstrip("*")), e))
    if not order:
        return Gazetteer(None, ())
    # Dispatch on the first character so each position tries only the entries that can start there.
    heads: dict[str, list[str]] = {}
    for e in order:
        heads.setdefault(e[0], []).append(e)
    codes: list[str] = []
    branches = []
    index = KeywordIndex()
    for head, group in heads.items():
        alts = []
        first = f"[{head}{head.upper()}]" if head.islower() else re.escape(head)
        for e in group:
            codes.append(sorted(found[e])[0])
            alts.append(f"({entry_pattern(e, suffix)})")
            simple = e.isalnum()  # one word, matched whole: index it under its forms
            whole = (lower(e), lower(e + suffix)) if simple and suffix else (lower(e),) if simple else ()
            index.add(e, f"{first}(?:{entry_pattern(e, suffix)})", whole=whole)
        branches.append(first + "(?:" + "|".join(alts) + ")")
    regex = re.compile(r"(?<!\w)(?:" + "|".join(branches) + ")")
    return Gazetteer(regex, tuple(codes), index)


@cache
def kinds(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The nouns after and before which a state's adjective names a kind of thing, and the words before which a
    lower-case adjective names a language (lower case)."""
    data = load(lang, "actors")
    return (
        frozenset(lower(w) for w in data.get("kinds_after", [])),
        frozenset(lower(w) for w in data.get("kinds_before", [])),
        frozenset(lower(w) for w in data.get("language_before", [])),
    )


def is_kind(sentence: str, start: int, end: int, lang: str) -> bool:
    """Whether the mention `sentence[start:end]` is part of the name of a kind of thing ("French fries")."""
    after, before, language = kinds(lang)
    if after:
        m = _NEXT.match(sentence, end)
        if m and lower(m.group(1)) in after:
            return True
    if before or language:
        m = _PREVIOUS.search(sentence, max(0, start - 40), start)
        if m and lower(m.group(1)) in before:
            return True
        if m and sentence[start].islower() and lower(m.group(1)) in language:
            return True
    return False


def actors(
    sentence: str, lang: str, words: Words | None = None, found: list[tuple[str, int, int]] | None = None
) -> list[str]:
    """Codes of the states and organisations named in `sentence`, in order of first mention, once each (`found`:
    the gazetteer's mentions in it, when already looked up)."""
    if found is None:
        found = gazetteer(lang).find(sentence, words)
    return list(dict.fromkeys(code for code, a, b in found if not is_kind(sentence, a, b, lang)))
