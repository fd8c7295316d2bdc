"""How much a sentence looks like an analyst's claim: a weighted sum of signals, 0..1.

| signal | weight |
|---|---|
| date: a DATE naming a day 0.30, a month or week 0.25, a year or season 0.15; other timexes 0.05 | ≤ 0.30 |
| an attribution (who says so) | 0.20 |
| at least one quantity | 0.15 |
| actors: two or more (0.15), one (0.10) | ≤ 0.15 |
| at least one event category | 0.10 |
| modality: asserted or reported 0.10, hedged or denied 0.05 | ≤ 0.10 |

The weights add up to 1.0; the score is rounded to two decimals.
"""

from __future__ import annotations

import re

from dateline.model import Anatomy, Timex

_DAY = re.compile(r"^\d{4}-\d\d-\d\d")
_MONTH = re.compile(r"^\d{4}-(?:\d\d|W\d\d)$")
_YEAR = re.compile(r"^\d{4}(?:-(?:SP|SU|FA|WI|Q\d|H\d))?$")


def date_weight(timexes: list[Timex]) -> float:
    """The weight of the most specific date among `timexes`."""
    best = 0.0
    for t in timexes:
        if t.type != "DATE":
            best = max(best, 0.05)
        elif _DAY.match(t.value):
            best = max(best, 0.30)
        elif _MONTH.match(t.value):
            best = max(best, 0.25)
        elif _YEAR.match(t.value):
            best = max(best, 0.15)
        else:
            best = max(best, 0.05)
    return best


def score(anatomy: Anatomy, timexes: list[Timex]) -> float:
    """The claim score of a sentence with this anatomy and these timexes."""
    total = date_weight(timexes)
    total += 0.20 if anatomy.attribution else 0.0
    total += 0.15 if anatomy.quantities else 0.0
    total += 0.15 if len(anatomy.actors) >= 2 else 0.10 if anatomy.actors else 0.0
    total += 0.10 if anatomy.event else 0.0
    total += 0.10 if anatomy.modality in ("asserted", "reported") else 0.05
    return round(min(total, 1.0), 2)
