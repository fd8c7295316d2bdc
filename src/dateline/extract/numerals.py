"""Number words, simple and compound, read from the parts in `data/<lang>/numbers.toml` `[numerals]`.

A compound number word is its parts joined: "dreiundzwanzig" (3 + 20), "vingt-cinq" (20 + 5), "veintitrés"
(20 + 3), "ventitré", "drieëntwintig", "two hundred and forty" (2 × 100 + 40), "quatre-vingt-dix-sept"
(80 + 10 + 7). Only the parts are data, never whole numbers; the value follows one rule for every language:
parts add up, `hundred` multiplies what precedes it, `thousand` closes a group of thousands. A sequence is well
formed when each added part fits into the zeros of the one before it (20 + 3, 200 + 50; 60 + 12 where the
language says so in `teens_after`), or, in languages that write the unit first (`units_first`), a unit is
followed by its tens (3 + 20). Reading stops before the first part that does not fit: "three and five" is 3.

`[numerals]` keys: `parts` (part → value), `hundred` / `thousand` (multiplier parts), `joiners` (written
between parts: "und", "-", " y "), `glued` (parts may also touch: "ventitré"), `spaced` (parts may be separate
words: "two hundred"), `[numerals.halves]` (a fraction that ends a number: "einhalb", "a half"; one worth 1 or
more stands alone: "anderthalb"), `units_first`, `teens_after` (tens that take 10–19 after them:
"soixante-douze"), `not_alone` (parts that are no quantity on their own: "one", "ein", "un", French "neuf" = new),
`joined_after` (the only parts a joiner that is a word may follow: Spanish "y" joins tens and units, "treinta y
cuatro", never "dos mil y cuatro"), `joined_before` (the only parts it may precede: French "et" only "un" and
"onze", "vingt et un", never "vingt et trois").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_MAX_PARTS = 12  # "quatre-vingt-dix-sept mille trois cent vingt-deux" has 9


def _alt(words: list[str]) -> str:
    """A case-insensitive alternation, longest first; a space in a phrase matches 1–3 white-space characters."""
    words = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?i:" + "|".join(r"\s{1,3}".join(re.escape(p) for p in w.split(" ")) for w in words) + ")"


def _trailing_zeros(n: int) -> int:
    zeros = 0
    while n and n % 10 == 0:
        n //= 10
        zeros += 1
    return zeros


@dataclass(frozen=True)
class Numerals:
    """One language's number-word parts and how they join."""

    pattern: str  # regex source of a numeral phrase, for the quantity grammar
    part: re.Pattern[str]
    join: re.Pattern[str] | None
    join_word: re.Pattern[str] | None  # a joiner that is a word of its own, then white space ("en ", "and ")
    glued: bool
    values: dict[str, int]
    halves: dict[str, float]  # parts worth a fraction that end a number ("einhalb" 0.5)
    hundred: frozenset[str]
    thousand: frozenset[str]
    teens_after: frozenset[int]
    not_alone: frozenset[str]
    units_first: bool
    joined_after: frozenset[str] = frozenset()  # empty: a word joiner may follow any part
    joined_before: frozenset[str] = frozenset()  # empty: a word joiner may precede any part

    def read(self, phrase: str, alone: bool = False) -> tuple[float, int] | None:
        """The value of the longest well-formed numeral at the start of `phrase`, and its length in characters;
        `alone`: a `not_alone` part on its own counts too."""
        total = current = 0
        half = 0.0
        last: int | None = None  # the last added part's value; -100 after `hundred`, -1000 after `thousand`
        end = pos = 0
        count = 0
        first = last_word = ""
        while pos < len(phrase):
            m = None
            if count:
                j = self.join.match(phrase, pos) if self.join else None
                if j:
                    m = self.part.match(phrase, j.end())
                    if m and self._unjoined(j.group(), last_word, m.group()):
                        m = None  # "dos mil y cuatro": "y" joins tens and units only ("two and a half" stays)
                if m is None and self.glued:
                    m = self.part.match(phrase, pos)
            else:
                m = self.part.match(phrase, pos)
            if m is None:
                break
            word = " ".join(m.group().lower().split())
            if word in self.halves:
                if (count and (last is None or last < 0)) or (not count and self.halves[word] < 1):
                    break  # "einhalb" follows a number; "anderthalb" (1.5) stands alone
                half, end = self.halves[word], m.end()
                first, count = first or word, count + 1
                break  # a half ends the number: "zweieinhalb", "tweeënhalf", "two and a half"
            if word in self.thousand:
                if total or last == -1000:
                    break
                total, current, last = (current or 1) * 1000, 0, -1000
            elif word in self.hundred:
                if current >= 100 or last == -100:
                    break
                current, last = (current or 1) * 100, -100
            else:
                value = self.values[word]
                if not self._fits(last, value, current):
                    break
                current, last = current + value, value
            first, last_word = first or word, word
            count += 1
            end = pos = m.end()
        if count == 0 or (count == 1 and first in self.not_alone and not alone):
            return None
        return total + current + half, end

    def _unjoined(self, joiner: str, last: str, part: str) -> bool:
        """Whether a joiner that is a word may not stand between `last` and `part` (`joined_after`,
        `joined_before`; a half may always follow: "two and a half"); a spaced hyphen joins only tens and units
        ("fifty - two"; "one hundred - five" is a dash)."""
        word = " ".join(part.lower().split())
        if not joiner.strip().isalpha():
            if not joiner.strip() or joiner == joiner.strip():
                return False  # white space ("two hundred") or a hyphen ("fifty-two")
            tens, unit = self.values.get(last, 0), self.values.get(word, 0)
            return not (20 <= tens < 100 and tens % 10 == 0 and 0 < unit < 10)
        if word in self.halves:
            return False
        return bool(self.joined_after and last not in self.joined_after) or bool(
            self.joined_before and word not in self.joined_before
        )

    def _fits(self, last: int | None, value: int, current: int) -> bool:
        """Whether a part worth `value` may follow a part worth `last` (None: nothing; -100/-1000: multipliers)."""
        if last is None or last == -1000:
            return True
        if last == -100:
            return value < 100
        if value >= 100:
            return False
        if self.units_first and last < 10 and current % 100 == last and value >= 20 and value % 10 == 0:
            return True
        room = 20 if last in self.teens_after else 10 ** _trailing_zeros(last)
        return last > value and room > value and current % 10 == 0


def numerals(data: dict[str, Any]) -> Numerals | None:
    """The compiled `[numerals]` table of a numbers.toml, or None when it has none."""
    table = data.get("numerals")
    if not table:
        return None
    values = {str(k).lower(): int(v) for k, v in table.get("parts", {}).items()}
    hundred = frozenset(str(w).lower() for w in table.get("hundred", []))
    thousand = frozenset(str(w).lower() for w in table.get("thousand", []))
    halves = {" ".join(str(k).lower().split()): float(v) for k, v in table.get("halves", {}).items()}
    part = _alt([*values, *hundred, *thousand, *halves])
    joiners = [str(j) for j in table.get("joiners", [])]
    alts = ["(?i:" + re.escape(j).replace(r"\ ", r"\s{1,3}") + ")" for j in sorted(joiners, key=len, reverse=True)]
    if table.get("spaced", False):
        alts.append(r"\s{1,3}")
    glued = bool(table.get("glued", False))
    join = "(?:" + "|".join(alts) + ")" if alts else ""
    if join and glued:
        join += "?"
    pattern = rf"{part}(?:{join}{part}){{0,{_MAX_PARTS}}}(?!\w)"
    return Numerals(
        pattern=pattern,
        part=re.compile(part),
        join=re.compile("(?:" + "|".join(alts) + ")") if alts else None,
        join_word=re.compile("(?i:" + "|".join(words) + r")\s{1,3}")
        if (words := [re.escape(j.strip()) for j in joiners if j.strip().isalpha()])
        else None,
        glued=glued,
        values=values,
        halves=halves,
        hundred=hundred,
        thousand=thousand,
        teens_after=frozenset(values[str(w).lower()] for w in table.get("teens_after", [])),
        not_alone=frozenset(str(w).lower() for w in table.get("not_alone", [])),
        units_first=bool(table.get("units_first", False)),
        joined_after=frozenset(str(w).lower() for w in table.get("joined_after", [])),
        joined_before=frozenset(str(w).lower() for w in table.get("joined_before", [])),
    )
