"""Unit codes: the language-independent code of a unit as written ("Prozent" → %, "Soldaten" → person).

The forms live in `data/units.toml` (see its header): `symbols` are the same in every language and matched
case-sensitively, `prefix` symbols may stand before the number, and each language has its own words.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from dateline.resources import load_shared


@dataclass(frozen=True)
class UnitForms:
    """One language's unit forms and their codes."""

    symbols: dict[str, str]  # as written → code
    prefix: dict[str, str]  # as written → code
    words: dict[str, str]  # case-folded → code

    def code(self, unit: str | None) -> str | None:
        """The code of `unit` as written: the whole unit, else its last word, else its first word; or None."""
        if not unit:
            return None
        if unit in self.symbols:
            return self.symbols[unit]
        folded = " ".join(unit.split()).casefold()
        if folded in self.words:
            return self.words[folded]
        parts = folded.split()
        for part in (parts[-1], parts[0]):
            if part in self.words:
                return self.words[part]
        return None


@cache
def unit_forms(lang: str) -> UnitForms:
    """The unit forms of `lang` (symbols for every language plus the language's words)."""
    symbols: dict[str, str] = {}
    prefix: dict[str, str] = {}
    words: dict[str, str] = {}
    for code, entry in load_shared("units")["code"].items():
        for form in entry.get("symbols", []):
            symbols.setdefault(form, code)
        for form in entry.get("prefix", []):
            prefix.setdefault(form, code)
        for form in entry.get(lang, []):
            words.setdefault(" ".join(form.split()).casefold(), code)
    return UnitForms(symbols, prefix, words)
