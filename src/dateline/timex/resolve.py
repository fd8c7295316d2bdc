"""Turn the slots of a matched rule into a TIMEX3 value and mod, given an anchor date and tense."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from dateline.timex import calendar as cal
from dateline.timex.patterns import Rule

Slots = dict[str, Any]
SPEC = re.compile(r"^([A-Z]{1,2})([+-][0-9]+)(.*)$")
LENGTH = {"Y": 4, "M": 7}  # characters of a value at year and month precision
DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
PRESENT_AHEAD = 8  # in a present-tense clause a month up to this many months ahead is the coming one
NOON_PM = 6  # at noon an hour below this one is after noon ("1 Uhr mittags" = 13:00)
NIGHT_PM = 6  # at night an hour from this one on is in the evening half of the day ("las 10 de la noche")
NO_DATE = ""  # the value of an expression that names an impossible day: it is not tagged
PARTS = (("quarter", "Q", 3), ("half", "H", 6))  # parts of a year: slot, value letter, months each


@dataclass(frozen=True)
class Context:
    """What a relative expression is resolved against.

    `anchor` is the dct (news) or the last absolute date in the text (narrative); `day_known` is False
    when that date is only a month; `tense` is "past", "future" or None; `period` is the last quarter
    or half named (`1989-Q3`).
    """

    anchor: date | None
    day_known: bool
    tense: str | None
    period: str | None = None
    narrative: bool = False  # the anchor comes from the text: names without a year share its year
    day: str | None = None  # the day named just before in the same sentence ("lundi 6 mai, à 14 h")
    last: str | None = None  # the last day the text named, for "the next day" (`L+1`)
    era: str | None = None  # the last year, month or day it named, for "the following year" (`LY+1`)
    half: str | None = None  # the half of the day a part of it just before sets ("hier soir à 10 heures": `PM`)
    done: bool = False  # the expression's own verb, right by it, is past: a day it names is not ahead (`Tenses.done`)


def _num(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value).replace(",", "."))
    except ValueError:
        return None


def _direction(slots: Slots, ctx: Context) -> str | None:
    rel = slots.get("rel")
    if isinstance(rel, int):
        return {-1: "prev", 0: "this", 1: "next"}.get(rel, "prev" if rel < 0 else "next")
    if ctx.narrative:
        return "this"
    if ctx.tense == "present":
        return _present(slots, ctx)
    return ctx.tense


def _present(slots: Slots, ctx: Context) -> str | None:
    """A weekday or a month in a present-tense clause: news in the present announces ("Am Samstag findet das
    Konzert statt", "la réunion est prévue samedi"), so the coming weekday, and a month up to PRESENT_AHEAD months
    ahead; a month just gone is reported on ("Im Januar liegt die Quote bei 5 %", said in March). Other dates:
    no direction."""
    if "weekday" in slots and "month" not in slots:
        return "future"
    if "month" in slots and "day" not in slots and ctx.anchor is not None:
        return "future" if (int(slots["month"]) - ctx.anchor.month) % 12 <= PRESENT_AHEAD else None
    return None


def _year(slots: Slots) -> int | None:
    if "year" in slots:
        return int(slots["year"])
    if "yearh" in slots:  # spelled out: "nineteen ninety-four" = 19, 90, 4
        return int(slots["yearh"]) * 100 + int(slots.get("yeart") or 0) + int(slots.get("yearu") or 0)
    if "yy" in slots:
        y = int(slots["yy"])
        return 1900 + y if y >= 30 else 2000 + y
    return None


def _finer(unit: str, n: float | None, slots: Slots) -> tuple[str, float | None]:
    """A point reckoned by whole units and a part ("il y a un an et demi", "due settimane e due giorni fa", "vor
    anderthalb Jahren"): the amount in the next smaller unit where it is whole there (18 months, 16 days)."""
    factor, smaller = cal.SMALLER.get(unit, (0, ""))
    if not factor or n is None:
        return unit, n
    if "frac" in slots:
        amount = (n + float(slots["frac"])) * factor
    elif slots.get("unitb") == smaller and (extra := _num(slots.get("numb"))) is not None:
        amount = n * factor + extra
    elif not float(n).is_integer():  # "vor anderthalb Jahren", "1,5 jaar geleden"
        amount = n * factor
    else:
        return unit, n
    return (smaller, amount) if float(round(amount, 6)).is_integer() else (unit, n)


def _relative(ctx: Context, unit: str, n: int) -> str:
    """Anchor moved by n units, or an X value without a usable anchor."""
    if ctx.anchor is None or (unit in ("D", "W", "HOUR", "MIN", "SEC") and not ctx.day_known):
        return cal.unknown(unit)
    return cal.shift(ctx.anchor, unit, n)


def _point(slots: Slots, ctx: Context) -> str:
    """A calendar DATE from month/day/weekday/season/quarter/year slots."""
    year = _year(slots)
    direction = _direction(slots, ctx)
    if direction == "past" and ctx.done:
        direction = "done"
    anchor = ctx.anchor
    month, day = slots.get("month"), slots.get("day")
    if year is None and slots.get("unit") == "Y" and isinstance(slots.get("story"), int):
        # "March of the following year": in the year after the last one the text named (the anchor's without one)
        era_year = _from_era(ctx, "Y", int(slots["story"]))
        if not era_year.isdigit():
            return era_year
        year, direction = int(era_year), ctx.tense
    if year is None and "unit" in slots and isinstance(slots.get("rel"), int):
        # "im November letzten Jahres": the rel applies to the year, the month is inside it; "the 15th of next
        # month": to the month, the day is inside it
        if anchor is not None and slots["unit"] == "Y":
            year = anchor.year + int(slots["rel"])
        elif anchor is not None and slots["unit"] == "M" and day is not None and month is None:
            year, month = cal.add_months(anchor.year, anchor.month, int(slots["rel"]))
        direction = ctx.tense
    if "century" in slots:  # "im 20. Jahrhundert" = 19
        return f"{int(slots['century']) - 1:02d}"
    if "hundreds" in slots:  # "the 1800s" = 18, the century as TIMEX3 writes it
        return str(slots["hundreds"])[:2]
    if "decade" in slots:  # "the 1990s" = 199X; "the late 1970s" = 197X with mod END (one form for every decade)
        return str(slots["decade"])[:3] + "X"
    if month is not None:
        month = int(month)
        if day is not None:
            if not cal.possible(year, month, int(day)):  # "February 30": no date at all
                return NO_DATE
            if year is None:
                if anchor is None:
                    return f"XXXX-{month:02d}-{int(day):02d}"
                weekday = int(slots["weekday"]) if "weekday" in slots else None
                d = cal.day_date(anchor, month, int(day), direction, weekday)
                if d is None and weekday is not None:
                    return NO_DATE  # the weekday falls on the day in none of the years near: no date
                return d.isoformat() if d else f"XXXX-{month:02d}-{int(day):02d}"
            return f"{year:04d}-{month:02d}-{int(day):02d}"
        if year is None:
            if anchor is None:
                return f"XXXX-{month:02d}"
            year = cal.month_year(anchor, month, direction)
        return f"{year:04d}-{month:02d}"
    if "holiday" in slots:
        spec = str(slots["holiday"])
        if year is not None:
            found = cal.holiday(year, spec)
        elif anchor is not None:
            options = [cal.holiday(y, spec) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
            found = cal.pick(anchor, [d for d in options if d], direction)
        else:
            found = None
        return found.isoformat() if found else "XXXX-XX-XX"
    if "weekday" in slots and slots.get("unit") == "W" and isinstance(slots.get("rel"), int):
        if anchor is None or not ctx.day_known:  # "Tuesday next week": the Tuesday of that ISO week
            return f"XXXX-WXX-{slots['weekday']}"
        monday = anchor - timedelta(days=anchor.isoweekday() - 1) + timedelta(weeks=int(slots["rel"]))
        return (monday + timedelta(days=int(slots["weekday"]) - 1)).isoformat()
    if "thismonth" in slots and day is not None:  # "Donnerstag, den 14. d. M.": the anchor's month, that weekday
        if anchor is None or not ctx.day_known:
            return f"XXXX-XX-{int(day):02d}"
        found = cal.month_day(anchor, int(day), "this")
        fits = found is not None and int(slots.get("weekday", found.isoweekday())) == found.isoweekday()
        return found.isoformat() if found and fits else NO_DATE
    if "weekday" in slots and day is not None:  # "Friday the 13th", "el lunes 18": a month whose 13th is a Friday
        if anchor is None or not ctx.day_known:
            return f"XXXX-XX-{int(day):02d}"
        tense = ctx.tense if ctx.tense in ("past", "future") else None  # a present clause: the nearest such day
        rel = slots.get("rel")
        if isinstance(rel, int) and rel:  # "el pasado martes 12", "aanstaande vrijdag 29": the word's direction
            tense = "past" if rel < 0 else "future"
        found = cal.weekday_day(anchor, int(slots["weekday"]), int(day), tense)
        return found.isoformat() if found else NO_DATE  # a wrong pair names no day
    if "weekday" in slots and "story" in slots:  # "the previous Friday", "the following Monday"
        return _story_weekday(int(slots["weekday"]), int(slots["story"]), ctx)
    if "weekday" in slots:
        if anchor is None or not ctx.day_known:
            return f"XXXX-WXX-{slots['weekday']}"
        return cal.weekday_date(anchor, int(slots["weekday"]), direction).isoformat()
    if "season" in slots:
        if year is None:
            if anchor is None:
                return f"XXXX-{slots['season']}"
            year = cal.season_year(anchor, str(slots["season"]), direction)
        return f"{year:04d}-{slots['season']}"
    for part, letter, months in PARTS:  # "the second quarter", "the first half" alone: the latest one begun
        if part in slots:
            if year is None:
                if anchor is None:
                    return f"XXXX-{letter}{slots[part]}"
                first = (int(slots[part]) - 1) * months + 1
                # without "next"/"last": in a past-tense sentence the latest one begun ("im ersten Quartal stieg
                # der Gewinn" said in November), else also one just ahead ("expects a second-quarter loss" in March)
                if isinstance(slots.get("rel"), int):
                    year = cal.month_year(anchor, first, direction)
                elif direction in ("past", "done"):
                    year = anchor.year if first <= anchor.month else anchor.year - 1
                else:
                    year = cal.month_year(anchor, first, None)
            return f"{year:04d}-{letter}{slots[part]}"
    if year is not None:
        return f"{year:04d}"
    if "day" in slots and anchor is not None and ctx.day_known:  # "el pasado día 14", "op de 12e"
        found = cal.month_day(anchor, int(slots["day"]), direction)
        return found.isoformat() if found else "XXXX-XX-XX"
    return "XXXX-XX-XX"


def _spec(spec: str, ctx: Context, anaphoric: bool = True) -> str:
    """A table value such as `D-1` (yesterday), `W+0T` or a literal like `PRESENT_REF`.

    `L+0` from a table names the last day the text named ("that night", "in jener Nacht", "ce jour-là"): with none
    named, no day is known. A rule's own value is not `anaphoric`: "by the end of the day" is the anchor's then."""
    if (
        spec == "WE"
    ):  # "the weekend": the coming one when said on a weekend or in future or present tense, else the last
        if ctx.anchor is None or not ctx.day_known:
            return "XXXX-WXX-WE"
        ahead = ctx.anchor.isoweekday() >= 6 or ctx.tense in ("future", "present")  # present announces, as for weekdays
        return cal.shift(ctx.anchor, "W", 0 if ahead else -1) + "-WE"
    if "/" in spec:  # "D+0/PRESENT_REF": the first in a past-tense sentence, else the second
        first, second = spec.split("/", 1)
        spec = first if ctx.tense == "past" else second
    m = SPEC.match(spec)
    if not m:
        return spec
    if m.group(1) in ("LY", "LM"):  # "the following year", "that month": from the last one named
        return _from_era(ctx, m.group(1)[1], int(m.group(2))) + (m.group(3) or "")
    if m.group(1) in ("L", "LW") and ctx.last is None and ctx.tense == "past" and int(m.group(2)) > 0:
        return ""  # "The next day, police arrested two men" with no day named before: not the day after publication
    if m.group(1) == "L" and ctx.last is None and int(m.group(2)) == 0 and anaphoric:
        return ""
    if m.group(1) == "LW":  # "la semaine suivante": the week after the last day named, else after the anchor's
        if ctx.last is None:
            return _relative(ctx, "W", int(m.group(2))) + (m.group(3) or "")
        return cal.shift(date.fromisoformat(ctx.last), "W", int(m.group(2))) + (m.group(3) or "")
    if m.group(1) == "L":  # relative to the last day named ("le lendemain"), else to the anchor
        if ctx.last is None:
            return _relative(ctx, "D", int(m.group(2))) + (m.group(3) or "")
        moved = date.fromisoformat(ctx.last) + timedelta(days=int(m.group(2)))
        return moved.isoformat() + (m.group(3) or "")
    value = _relative(ctx, m.group(1), int(m.group(2)))
    return value + (m.group(3) or "")


def _from_era(ctx: Context, unit: str, n: int) -> str:
    """The year or month of the last date the text named, moved by n (the anchor's without one)."""
    if ctx.era is None or len(ctx.era) < LENGTH[unit] or (unit != "Y" and not ctx.era[5:7].isdigit()):
        return _relative(ctx, unit, n)
    year = int(ctx.era[:4])
    if unit == "Y":
        return f"{year + n:04d}"
    y, month = cal.add_months(year, int(ctx.era[5:7]), n)
    return f"{y:04d}-{month:02d}"


def _time(slots: Slots, ctx: Context, day: str) -> str:
    if "hm" in slots:  # a clock time a table gives whole ("half acht" = 07:30), then am/pm as for any hour
        hh, mm = str(slots["hm"]).split(":")
        slots = {**slots, "hour": int(hh), "minute": int(mm)}
    hour = int(slots["hour"]) if "hour" in slots else None
    if hour is not None:
        minute = int(slots.get("minute") or 0)
        ampm = slots.get("ampm") or ctx.half
        part = str(slots.get("deictic", ""))[-3:]  # a part of the day after the hour: "at 9 this evening"
        if ampm is None and part in ("TEV", "TNI"):  # "at 9 this evening", "half zes morgenavond" = 17:30
            ampm = "EV" if part == "TEV" else "NI"
        elif ampm is None and part == "TAF":  # "à 3 heures cet après-midi" = 15:00
            ampm = "PM"
        if ampm == "EV":  # an evening hour: "8 Uhr abends" = 20:00; "12 Uhr abends" is the midnight ending that day
            if hour == 12 and minute == 0:
                return f"{day}T24:00"
            ampm = "PM"
        if ampm == "MI":  # "1 Uhr mittags" = 13:00; "12 Uhr mittags", "11 Uhr mittags" as they are
            ampm = "PM" if hour < NOON_PM else None
        if ampm in ("NI", "NIGHT"):  # "11 at night", "a las 10 de la noche" = 22:00; "3 Uhr nachts" = 03:00
            ampm = "PM" if NIGHT_PM <= hour < 12 else "AM"  # "12 Uhr nachts" = 00:00
        if ampm == "PM" and 0 < hour < 12:
            hour += 12
        elif ampm == "AM" and hour == 12:
            hour = 0
        if "before" in slots:  # "a quarter to nine", "Viertel vor neun", "a las ocho menos cuarto": minutes before
            hour, minute = divmod((hour * 60 + minute - int(slots["before"])) % 1440, 60)
        second = int(slots.get("second") or 0)
        if hour == 24 and minute == 0 and ("weekday" in slots or "day" in slots):  # "midnight Friday" (TimeBank):
            return f"{day}T24:00"  # the midnight ending the day it names; a bare "midnight" stays that day's 00:00
        return f"{day}T{hour % 24:02d}:{minute:02d}" + (f":{second:02d}" if second else "")
    return f"{day}T{slots['tod']}"


def _day_of(slots: Slots, ctx: Context) -> str:
    """The calendar day an expression of time of day belongs to."""
    if "deictic" in slots:
        return _spec(str(slots["deictic"]), ctx)[:10]
    if any(k in slots for k in ("weekday", "month", "day")):
        day = _point(slots, ctx)
        return _shifted(day, slots)  # "in der Nacht zum 1. Mai": the night of the day before
    if ctx.day:
        return ctx.day
    return _relative(ctx, "D", 0)


def resolve(rule: Rule, slots: Slots, ctx: Context) -> tuple[str, str | None]:
    """(value, mod) of one matched expression (repeated expressions are resolved once)."""
    return _resolve_cached(rule, tuple(sorted(slots.items())), ctx)


@lru_cache(maxsize=4096)
def _resolve_cached(rule: Rule, items: tuple[tuple[str, Any], ...], ctx: Context) -> tuple[str, str | None]:
    return _resolve(rule, dict(items), ctx)


def _resolve(rule: Rule, slots: Slots, ctx: Context) -> tuple[str, str | None]:
    mod = slots.get("mod") or slots.get("part") or rule.mod
    mod = str(mod) if mod else None
    unit = slots.get("unit")
    n = _num(slots.get("num"))
    if "value" in slots:  # a table gives the whole value ("quinquennat" = P5Y)
        return _spec(str(slots["value"]), ctx), mod
    if rule.value is not None and "{num}" not in rule.value:  # e.g. "PRESENT_REF", "{unit}+0"
        return _spec(rule.value.replace("{unit}", str(unit)), ctx, anaphoric=False), mod
    if rule.type == "DURATION":
        if rule.value:  # e.g. "P{num}Y"
            return rule.value.replace("{num}", cal.duration_amount(n or 1)), mod
        if "frac" in slots and n is not None:  # "2 1/2 years" = P2Y6M
            return cal.mixed(n + float(slots["frac"]), str(unit or "Y")), mod
        value = cal.duration(n, str(unit or "Y"))
        if "unitb" in slots:  # "drei Jahre und vier Monate" = P3Y4M
            value = cal.combine(value, cal.duration(_num(slots.get("numb")), str(slots["unitb"])))
        return value, mod
    if rule.type == "SET":
        if "set" in slots:
            return str(slots["set"]), mod
        if "weekday" in slots:
            return f"XXXX-WXX-{slots['weekday']}" + (f"T{slots['tod']}" if "tod" in slots else ""), mod
        if "month" in slots:  # "each July"
            return f"XXXX-{int(slots['month']):02d}", mod
        if "season" in slots:  # "every summer"
            return f"XXXX-{slots['season']}", mod
        if "tod" in slots:
            return f"T{slots['tod']}", mod
        # "alle paar Jahre": an unknown number of units (PXY); "jedes Jahr": one
        return cal.duration(n if n is not None or "num" in slots else 1, str(unit or "D")), mod
    if rule.type == "TIME":
        if "hour" not in slots and "tod" not in slots and "hm" not in slots and "deictic" in slots:
            return _spec(str(slots["deictic"]), ctx), mod
        day = _day_of(slots, ctx)
        return (_time(slots, ctx, day) if day != NO_DATE else NO_DATE), mod
    if "deictic" in slots:
        return _spec(str(slots["deictic"]), ctx), mod
    if "weekof" in slots:  # "the week of March 6", "Easter week"; "WE": its weekend ("the Easter weekend")
        day = _point(slots, ctx)
        weekend = "-WE" if slots["weekof"] == "WE" else ""
        if not DAY.match(day):
            return "XXXX-WXX" + weekend, mod
        d = date.fromisoformat(day)
        if weekend and d.isoweekday() <= 2:  # the weekend nearest the day: "Labor Day weekend" ends on its Sunday
            d -= timedelta(days=d.isoweekday())
        return cal.week_value(d) + weekend, mod
    if rule.period and ctx.period and "year" in slots:  # "the 1988 quarter" while 1989-Q3 is reported
        return f"{slots['year']}{ctx.period[4:]}", mod
    if rule.period and ctx.period and unit == "Y":
        return f"{int(ctx.period[:4]) + (rule.sign or -1) * int(n or 1):04d}{ctx.period[4:]}", mod
    if rule.sign and unit:
        if "num" in slots and n is None:
            return ("PAST_REF" if rule.sign < 0 else "FUTURE_REF"), mod
        unit, n = _finer(str(unit), n, slots)
        steps = int(n if n is not None else 1)
        if n is not None and not float(n).is_integer():
            steps = round(n)
        return _relative(ctx, str(unit), rule.sign * steps), mod
    if "ordinal_week" in slots and "month" not in slots:  # "the last week of 2016", "in der ersten Woche des Jahres"
        return _year_week(slots, ctx), mod
    if (
        unit
        and isinstance(slots.get("rel"), int)
        and not any(k in slots for k in ("month", "weekday", "season", "day", "quarter", "half", "holiday"))
    ):
        return _relative(ctx, str(unit), int(slots["rel"])), mod
    if "ordinal_week" in slots and ctx.anchor is not None and "month" in slots:
        return _month_week(slots, ctx), mod
    return _shifted(_point(slots, ctx), slots), mod  # "the day before last Tuesday", "la veille de Noël"


def _story_weekday(weekday: int, step: int, ctx: Context) -> str:
    """A weekday before (`step` < 0) or after the last day the text named, as "the next day" is reckoned (TimeML
    anchors it on the story); with no day named, from the anchor, but a past story's following weekday is unknown."""
    direction = "prev" if step < 0 else "next"
    if ctx.last is not None:
        return cal.weekday_date(date.fromisoformat(ctx.last), weekday, direction).isoformat()
    if ctx.anchor is None or not ctx.day_known:
        return f"XXXX-WXX-{weekday}"
    if step > 0 and ctx.tense == "past":
        return NO_DATE
    return cal.weekday_date(ctx.anchor, weekday, direction).isoformat()


def _shifted(day: str, slots: Slots) -> str:
    """A day moved by the rule's `shift` slot (days off the day named), or as it is."""
    if "shift" in slots and DAY.match(day):
        return (date.fromisoformat(day) + timedelta(days=int(slots["shift"]))).isoformat()
    return day


def _month_week(slots: Slots, ctx: Context) -> str:
    """ "the last week of December": the ISO week of the month's first or last seven days."""
    assert ctx.anchor is not None
    month = int(slots["month"])
    year = _year(slots) or cal.month_year(ctx.anchor, month, _direction(slots, ctx))
    k = int(slots["ordinal_week"])
    if k < 0:
        y, m = cal.add_months(year, month, 1)
        last = date(y, m, 1) - timedelta(days=1)
        return cal.week_value(last - timedelta(days=7 * (-k - 1) + 3))
    return cal.week_value(date(year, month, 1) + timedelta(days=7 * (k - 1) + 3))


def _year_week(slots: Slots, ctx: Context) -> str:
    """ "the first week of 2021", "the last week of the year": the year's first or last ISO week (counted from
    the end for the last ones); the year is named, or the anchor's moved by `rel` ("of next year")."""
    year = _year(slots)
    if year is None:
        if ctx.anchor is None:
            return "XXXX-WXX"
        year = ctx.anchor.year + int(slots.get("rel") or 0)
    k = int(slots["ordinal_week"])
    if k < 0:
        return cal.week_value(date(year, 12, 28) - timedelta(days=7 * (-k - 1)))
    return cal.week_value(date(year, 1, 4) + timedelta(days=7 * (k - 1)))
