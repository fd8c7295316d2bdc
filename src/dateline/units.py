"""Unit codes: the language-independent code of a unit as written ("Prozent" → %, "Soldaten" → person).

The forms live in `data/units.toml` (see its header): `symbols` are the same in every language and matched
case-sensitively, `prefix` symbols may stand before the number, and each language has its own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from dateline.resources import load_shared


@dataclass(frozen=True)
class UnitForms:
    """One language's unit forms and their codes."""

    symbols: dict[str, str]  # as written → code
    prefix: dict[str, str]  # as written → code
    words: dict[str, str]  # case-folded → code
    longest: int = field(default=1)  # the most words a form has
    sizes: tuple[int, ...] = field(default=())  # the lengths of the symbols, longest first
    heads: frozenset[str] = field(default=frozenset())  # the first characters of all forms (a quick test)
    symbol_heads: frozenset[str] = field(default=frozenset())  # the first characters of symbols, either case
    first_words: frozenset[str] = field(default=frozenset())  # the first words of the word forms
    after_scale: dict[str, str] = field(default_factory=dict)  # case-folded → code, only after a large scale
    after_amount: dict[str, str] = field(default_factory=dict)  # the same, only after a counted amount

    def match(self, text: str, at: int, links: tuple[str, ...] = ()) -> tuple[str, str, int] | None:
        """The longest unit form at `at` (after 0–3 spaces, and after a `links` word such as "de"): the form as
        written, its code and where it ends; None when there is none."""
        m = _SPACE.match(text, at) or _HYPHEN.match(text, at)
        pos = m.end() if m else at
        for link in links:
            if text[pos : pos + len(link)].casefold() == link:
                after = _SPACE.match(text, pos + len(link))
                if after or link[-1] in "'’":
                    pos = after.end() if after else pos + len(link)
                    break
        if text[pos : pos + 1].casefold() not in self.heads:
            return None
        w = _WORDS.match(text, pos)
        if text[pos] in self.symbol_heads:
            for size in self.sizes:
                form = text[pos : pos + size]
                if len(form) < size:
                    continue
                code = self.symbols.get(form) or (
                    self.symbols.get(form.upper()) if size == 3 and form.isalpha() else None
                )
                glued = text[pos + size : pos + size + 1]
                # a digit on a sign is a footnote mark ("40 %1"), a letter on a symbol another word ("5 cms"), an
                # apostrophe on a letter an elided word ("20 l'uno", "5 m'a")
                # and a prefix on digits the next amount ("1 $10 bill")
                if code and not (
                    glued.isalpha()
                    or ((glued.isdigit() or (glued and glued in "'’")) and form[-1].isalnum())
                    or (glued.isdigit() and form in self.prefix)
                ):
                    return form, code, pos + size
        if not w or pos == at or w.group(1).casefold() not in self.first_words:
            return None
        return self.words_at(text, pos, w)

    def words_at(self, text: str, pos: int, w: re.Match[str] | None = None) -> tuple[str, str, int] | None:
        """The longest unit word form beginning exactly at `pos`: as written, its code and where it ends."""
        w = w or _WORDS.match(text, pos)
        if not w:
            return None
        ends = [w.end(i) for i in range(1, 4) if w.group(i)][: self.longest]
        for end in reversed(ends):
            form = text[pos:end]
            code = self.words.get(" ".join(form.split()).casefold())
            if code:
                return form, code, end
        return None

    def code(self, unit: str | None) -> str | None:
        """The code of `unit` as written: the whole unit, else its last word, else its first word; or None.

        A currency is only known by its whole name: a word before it names another currency ("Canadian
        dollars", "dollars australiens" are no USD).
        """
        if not unit:
            return None
        if unit in self.symbols:
            return self.symbols[unit]
        folded = " ".join(unit.split()).casefold()
        if folded in self.words:
            return self.words[folded]
        parts = folded.split()
        for part in (parts[-1], parts[0]):
            code = self.words.get(part)
            if code and not _CURRENCY.fullmatch(code):
                return code
        return None


_SPACE = re.compile(r"\s{1,3}")
_HYPHEN = re.compile(r"-(?=[^\W\d])")  # "a 10-litre cooler", "ein 40-Tonnen-Lkw"
_WORD = r"[\w'’/-]+"
_WORDS = re.compile(rf"({_WORD})(?:\s{{1,3}}({_WORD}))?(?:\s{{1,3}}({_WORD}))?")
_CURRENCY = re.compile(r"[A-Z]{3}")  # ISO 4217


@cache
def unit_forms(lang: str) -> UnitForms:
    """The unit forms of `lang` (symbols for every language plus the language's words)."""
    symbols: dict[str, str] = {}
    prefix: dict[str, str] = {}
    words: dict[str, str] = {}
    after_scale: dict[str, str] = {}
    after_amount: dict[str, str] = {}
    for code, entry in load_shared("units")["code"].items():
        for form in entry.get("after_scale", {}).get(lang, []):
            after_scale[" ".join(form.split()).casefold()] = code
        for form in entry.get("after_amount", {}).get(lang, []):
            after_amount[" ".join(form.split()).casefold()] = code
        for form in entry.get("symbols", []):
            symbols.setdefault(form, code)
        for form in entry.get("prefix", []):
            prefix.setdefault(form, code)
        for form in entry.get(lang, []):
            words.setdefault(" ".join(form.split()).casefold(), code)
    longest = max((len(w.split()) for w in words), default=1)
    sizes = tuple(sorted({len(s) for s in symbols}, reverse=True))
    heads = frozenset(f[0].casefold() for f in [*symbols, *words])
    symbol_heads = frozenset(c for f in symbols for c in (f[0], f[0].lower(), f[0].upper()))
    first_words = frozenset(w.split()[0] for w in words)
    return UnitForms(
        symbols, prefix, words, longest, sizes, heads, symbol_heads, first_words, after_scale, after_amount
    )
