"""Calendar ranges of TIMEX3 values: the first and last day a value can mean, for sorting and filtering.

`2024-W46` is 2024-11-11..2024-11-17, `199X` the 1990s, `2024-10-XX` some day of October 2024 (so the month),
`2024-11-22TEV` its day. References (`PRESENT_REF`), durations, sets and values without a known year have no
range: they name no interval on the calendar. Seasons are meteorological, of the northern hemisphere: spring is
March to May, summer June to August, autumn September to November, and winter `2024-WI` is December 2024 to
February 2025.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

Range = tuple[date, date]

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?")
_MONTH = re.compile(r"(\d{4})-(\d{2})(?:-XX(?:T.*)?)?")
_YEAR = re.compile(r"(\d{4})(?:-(?:XX|WXX|QX|HX)(?:-XX)?(?:T.*)?)?")
_WEEK = re.compile(r"(\d{4})-W(\d{2})(?:(-WE)|-([1-7])(?:T.*)?)?")
_PART = re.compile(r"(\d{4})-([QH])([1-4])")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_DECADE = re.compile(r"(\d{3})X?")
_CENTURY = re.compile(r"(\d{2})(?:XX)?")
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
# Modifiers that put the meant time outside the value's own interval: "before 2020" is no day of 2020.
OUTSIDE = frozenset({"BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"})


def value_range(value: str, mod: str | None = None) -> Range | None:
    """The first and last day `value` can mean, or None when it names no interval of the calendar."""
    if mod in OUTSIDE:
        return None
    try:
        return _range(value)
    except ValueError:  # 2024-02-30, week 54: not a day of the calendar
        return None


def _range(value: str) -> Range | None:
    if m := _DAY.fullmatch(value):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return day, day
    if m := _MONTH.fullmatch(value):
        return _months(int(m[1]), int(m[2]), int(m[2]))
    if m := _WEEK.fullmatch(value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return monday + timedelta(days=5), monday + timedelta(days=6)
        if m[4]:  # 2024-W46-3: a weekday of the week
            day = monday + timedelta(days=int(m[4]) - 1)
            return day, day
        return monday, monday + timedelta(days=6)
    if m := _PART.fullmatch(value):
        size = 3 if m[2] == "Q" else 6
        first = (int(m[3]) - 1) * size + 1
        if first > 12:
            return None
        return _months(int(m[1]), first, first + size - 1)
    if m := _SEASON.fullmatch(value):
        first, last = _SEASON_MONTHS[m[2]]
        return _months(int(m[1]), first, last)
    if m := _YEAR.fullmatch(value):
        year = int(m[1])
        return date(year, 1, 1), date(year, 12, 31)
    if m := _DECADE.fullmatch(value):
        start = int(m[1]) * 10
        return date(max(start, 1), 1, 1), date(start + 9, 12, 31)
    if m := _CENTURY.fullmatch(value):
        start = int(m[1]) * 100
        return date(max(start, 1), 1, 1), date(start + 99, 12, 31)
    return None


def _months(year: int, first: int, last: int) -> Range:
    """From the first day of month `first` to the last day of month `last` (months past 12 run into next year)."""
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return date(year, first, 1), date(end_year, end_month, monthrange(end_year, end_month)[1])


def iso_range(value: str, mod: str | None = None) -> list[str] | None:
    """`value_range` as the JSON form: `["2024-11-11", "2024-11-17"]` or None."""
    found = value_range(value, mod)
    return [found[0].isoformat(), found[1].isoformat()] if found else None


def sort_key(value: str, mod: str | None = None) -> tuple[str, str, str]:
    """Chronological order of values: by first day, then the narrower interval first; no range last."""
    found = iso_range(value, mod)
    return (found[0], found[1], value) if found else ("~", "~", value)
