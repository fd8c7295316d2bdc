"""TIMEX3 calendar arithmetic: pure functions over dates, no language knowledge.

Units are TIMEX3 letters: Y (year), H (half year), Q (quarter), M (month), W (ISO week), D (day),
DE (decade), CE (century). Directions say where an underspecified name (month, weekday, season)
lies relative to the anchor: "past" (on or before, a day just ahead excepted: SOON_DAYS), "done" (on or before,
always), "future" (on or after), "prev" (strictly before), "next" (strictly after), "this" (the anchor's own
year/week).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

SEASONS = ("SP", "SU", "FA", "WI")
SOON_DAYS = 60  # a past-tense sentence may still name a date this close ahead ("payable Dec. 7")
JUST_GONE_DAYS = 7  # a future-tense sentence naming a day this close behind means it, not next year's ("by Jan. 14",
# written on Jan. 15: a deadline just passed, or a plan reported a day late)
NEAR_MONTHS = 2  # without a tense cue, a month this close ahead is meant rather than last year's
LEAP_REACH = 4  # years each way a February 29 named without its year is looked for (the nearest leap years)


CLOCK_HOURS = {"HOUR": 1.0, "MIN": 1 / 60, "SEC": 1 / 3600}


def week_value(d: date) -> str:
    """ISO week of `d`, e.g. `2024-W47`."""
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) moved by `n` months."""
    index = year * 12 + month - 1 + n
    return index // 12, index % 12 + 1


def shift(anchor: date, unit: str, n: int) -> str:
    """The TIMEX3 value of the `unit` containing `anchor`, moved by `n` units ("last week" = shift(d, "W", -1))."""
    if unit == "D":
        return (anchor + timedelta(days=n)).isoformat()
    if unit in CLOCK_HOURS:  # "two hours ago": the day it falls on (the time of day of the anchor is unknown)
        hours = CLOCK_HOURS[unit] * n
        return (anchor + timedelta(days=int(hours / 24))).isoformat()
    if unit == "W":
        return week_value(anchor + timedelta(weeks=n))
    if unit == "M":
        y, m = add_months(anchor.year, anchor.month, n)
        return f"{y:04d}-{m:02d}"
    if unit == "Q":
        index = anchor.year * 4 + (anchor.month - 1) // 3 + n
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit == "H":
        index = anchor.year * 2 + (anchor.month - 1) // 6 + n
        return f"{index // 2:04d}-H{index % 2 + 1}"
    if unit == "DE":
        return f"{anchor.year // 10 + n:03d}X"  # the 1990s: 199X, as dateline writes every decade
    if unit == "CE":
        return f"{anchor.year // 100 + n:02d}"
    return f"{anchor.year + n:04d}"


def unknown(unit: str) -> str:
    """The fully underspecified value at a unit's granularity."""
    return {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Q": "XXXX-QX", "H": "XXXX-HX"}.get(
        unit, "XXXX-XX-XX" if unit in CLOCK_HOURS else "XXXX"
    )


def month_year(anchor: date, month: int, direction: str | None) -> int:
    """The year of a month named without one, seen from `anchor`: the latest one not after the anchor
    month, unless the direction points forward (or, without a direction, it is at most two months ahead)."""
    y = anchor.year
    if direction in ("future", "next"):
        return y if month > anchor.month or (month == anchor.month and direction == "future") else y + 1
    if direction == "this":
        return y
    if direction == "prev":
        return y if month < anchor.month else y - 1
    if direction in (None, "past") and 0 < (month - anchor.month) % 12 <= NEAR_MONTHS:
        # no tense cue, or a past-tense sentence naming a month just ahead ("extended the loans through
        # January"): the coming month or the one after
        return y if month > anchor.month else y + 1
    return y if month <= anchor.month else y - 1


def day_date(anchor: date, month: int, day: int, direction: str | None, weekday: int | None = None) -> date | None:
    """Day and month named without a year: the nearest such date without a direction, else the first
    one on/after (future), after (next), before (prev) or on/before (past, unless one is just ahead).
    With a weekday only a year where the day falls on it, within a year of the anchor ("vrijdag 6 december"),
    in a past clause not beyond the days a past one may name ahead; none: no date ("zondag 3-1", a score).
    February 29 comes every four years: the leap years within four of the anchor's."""
    options: list[date] = []
    reach = LEAP_REACH if (month, day) == (2, 29) else 1
    for year in range(anchor.year - reach, anchor.year + reach + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    if weekday is not None:
        options = [d for d in options if d.isoweekday() == weekday and abs((d - anchor).days) <= 366]
        if direction in ("past", "done", "prev"):  # a past clause names no day a year ahead, whatever its weekday
            options = [d for d in options if (d - anchor).days <= (SOON_DAYS if direction == "past" else 0)]
    return pick(anchor, options, direction)


def possible(year: int | None, month: int, day: int) -> bool:
    """Whether a day of a month exists (in `year`, or in some year when it is None: February 29)."""
    try:
        date(2000 if year is None else year, month, day)
    except ValueError:
        return False
    return True


def month_day(anchor: date, day: int, direction: str | None) -> date | None:
    """A day of the month named without its month ("il 3 scorso", "op de 12e"): in the anchor's month, or the
    month before or after when the direction points there."""
    options: list[date] = []
    for n in (-1, 0, 1):
        y, m = add_months(anchor.year, anchor.month, n)
        try:
            options.append(date(y, m, day))
        except ValueError:
            continue
    if direction in (None, "this"):
        options = [d for d in options if d.month == anchor.month] or options
        return options[0] if len(options) == 1 else None
    return pick(anchor, options, direction)


def weekday_day(anchor: date, weekday: int, day: int, direction: str | None) -> date | None:
    """A weekday with its day of the month and no month ("Friday the 13th"): the last such day up to the anchor
    and the first after it (within a year each way), of which the direction picks one."""
    before: date | None = None
    after: date | None = None
    for n in range(-12, 13):  # months in order: the last match up to the anchor, the first after it
        y, m = add_months(anchor.year, anchor.month, n)
        try:
            d = date(y, m, day)
        except ValueError:
            continue
        if d.isoweekday() != weekday:
            continue
        if d <= anchor:
            before = d
        elif after is None:
            after = d
    return pick(anchor, [d for d in (before, after) if d], direction)


def pick(anchor: date, options: list[date], direction: str | None) -> date | None:
    """The one of a yearly date's occurrences (last, this and next year) that a direction points to."""
    if direction == "future" and any(0 < (anchor - d).days <= JUST_GONE_DAYS for d in options):
        return max(d for d in options if d < anchor)
    if direction in ("future", "next"):
        options = [d for d in options if d >= anchor] or options
        return min(options) if options else None
    soon = direction == "past" and any(0 < (d - anchor).days <= SOON_DAYS for d in options)
    if direction in ("prev", "done") or (direction == "past" and not soon):
        options = [d for d in options if d < anchor or (direction in ("past", "done") and d == anchor)] or options
        return max(options) if options else None
    if direction == "this":
        options = [d for d in options if d.year == anchor.year] or options
    return min(options, key=lambda d: (abs((d - anchor).days), d > anchor)) if options else None


def easter(year: int) -> date:
    """Easter Sunday (Gregorian calendar, anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holiday(year: int, spec: str) -> date | None:
    """The date of a holiday in `year`: `12-25` (fixed), `E-2` (days from Easter Sunday) or `11-4#4`
    (the fourth Thursday of November; `#-1` = the last one; `11-4#4+1` the day after it, Black Friday)."""
    if spec.startswith("E"):
        return easter(year) + timedelta(days=int(spec[1:]))
    month, rest = int(spec[:2]), spec[3:]
    if "#" not in rest:
        return date(year, month, int(rest))
    weekday_s, nth = rest.split("#")
    weekday, n = int(weekday_s), int(nth[:2] if nth.startswith("-") else nth[:1])
    offset = int(nth[len(str(n)) :] or 0)  # "+1": days after that weekday
    first = date(year, month, 1)
    day = first + timedelta(days=(weekday - first.isoweekday()) % 7)
    if n > 0:
        day += timedelta(weeks=n - 1)
    else:
        y, m = add_months(year, month, 1)
        last = date(y, m, 1) - timedelta(days=1)
        day = last - timedelta(days=(last.isoweekday() - weekday) % 7)
    return day + timedelta(days=offset)


def weekday_date(anchor: date, weekday: int, direction: str | None) -> date:
    """The date of an ISO weekday (1 = Monday) named without a date, seen from `anchor`."""
    delta = weekday - anchor.isoweekday()
    if direction == "this":
        return anchor + timedelta(days=delta)
    if direction in ("future", "next"):
        ahead = delta % 7
        if ahead == 0 and direction == "next":
            ahead = 7
        return anchor + timedelta(days=ahead)
    back = (-delta) % 7
    if back == 0 and direction == "prev":
        back = 7
    if direction is None and back > 3:  # no tense cue: the nearest such day
        return anchor + timedelta(days=7 - back)
    return anchor - timedelta(days=back)


def season_of(d: date) -> tuple[int, int]:
    """(year, season index) of a date; January and February belong to the previous year's winter."""
    if d.month <= 2:
        return d.year - 1, 3
    return d.year, (d.month - 3) // 3


def season_year(anchor: date, season: str, direction: str | None) -> int:
    """The year of a season named without one: the anchor's unless the direction says otherwise."""
    year, current = season_of(anchor)
    index = SEASONS.index(season)
    if direction == "prev":
        return year if index < current else year - 1
    if direction == "next":
        return year if index > current else year + 1
    if direction == "past":
        return year if index <= current else year - 1
    if direction == "future":
        return year if index >= current else year + 1
    return year


def duration(n: float | None, unit: str) -> str:
    """A TIMEX3 duration: `P3M`, `PT24H`, `PXY` when the amount is unknown."""
    if n is not None and not float(n).is_integer() and unit in ("DE", "CE"):
        n, unit = n * (10 if unit == "DE" else 100), "Y"  # "un quart de siècle" = P25Y
    amount = "X" if n is None else duration_amount(n)
    clock = {"HOUR": "H", "MIN": "M", "SEC": "S"}
    if unit in clock:
        return f"PT{amount}{clock[unit]}"
    return f"P{amount}{unit}"


SMALLER = {
    "CE": (100, "Y"),
    "DE": (10, "Y"),
    "Y": (12, "M"),
    "W": (7, "D"),
    "D": (24, "HOUR"),
    "HOUR": (60, "MIN"),
    "MIN": (60, "SEC"),
}


def mixed(n: float, unit: str) -> str:
    """A whole number of units and a fraction, the fraction in the next smaller unit when it is whole there:
    2.5 years = `P2Y6M`, 5.5 hours = `PT5H30M` (else the decimal form, `P1.5M`)."""
    whole = int(n)
    factor, smaller = SMALLER.get(unit, (0, ""))
    rest = (n - whole) * factor
    if not factor or not float(round(rest, 6)).is_integer():
        return duration(n, unit)
    part = duration(round(rest), smaller)
    return combine(duration(whole, unit), part) if whole else part


DATE_RANKS = {"CE": 0, "DE": 1, "Y": 2, "Q": 3, "M": 4, "W": 5, "D": 6}  # a duration's units, larger first
TIME_RANKS = {"H": 7, "M": 8, "S": 9}


def _ranks(duration: str) -> list[int]:
    """The ranks of a duration's units in the order written (`P3Y4M` = [2, 4], `PT2H` = [7])."""
    date_part, _, time_part = duration[1:].partition("T")
    return [DATE_RANKS[u] for u in re.findall(r"CE|DE|[A-Z]", date_part)] + [
        TIME_RANKS[u] for u in re.findall(r"[A-Z]", time_part)
    ]


def combine(first: str, second: str) -> str:
    """Two durations written as one: `P3Y` + `P4M` = `P3Y4M`, `PT2H` + `PT30M` = `PT2H30M`; empty unless the
    second's units are smaller than the first's ("six months and 19 years of age" is no one duration), and unless both
    amounts are known ("a few years and several decades" is none)."""
    if "X" in first + second:
        return ""
    if min(_ranks(second), default=len(DATE_RANKS)) <= max(_ranks(first), default=-1):
        return ""
    if second.startswith("PT") and "T" in first:
        return first + second[2:]
    return first + second[1:]


def duration_amount(n: float) -> str:
    """A number as written in a duration (no trailing `.0`)."""
    return str(int(n)) if float(n).is_integer() else str(n)
