"""Temporal expressions: find TIMEX3 expressions in text and resolve them against a reference date."""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import islice

from dateline.model import Timex
from dateline.timex.match import Candidate, candidates
from dateline.timex.patterns import grammar
from dateline.timex.resolve import Context, resolve
from dateline.timex.tense import Tenses
from dateline.units import unit_forms

__all__ = ["tag"]

MAX_EXPRESSIONS = 2_000  # articles have a few dozen (the TimeML corpora: 64 at most); a guard against hostile input
PERIOD = re.compile(r"^[0-9]{4}-[QH][1-4]$")
DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}")
WEEKDAY_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")  # a day alone, as a bare weekday resolves
CALENDAR = re.compile(r"^[0-9]{4}(?:-[0-9]{2}){0,2}$|^[0-9]{4}-[QH][1-4]$")  # a year, quarter, half, month or day
SENTENCE_END = re.compile(r"[.!?]\s|\n")
WRITTEN_YEAR = re.compile(r"(?<![0-9])[0-9]{4}(?![0-9])")
MONTH_OR_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?$")
LISTED_BEFORE = re.compile(r"(?<![0-9])([0-9]{4}), \Z")  # a number of four digits and a comma right before
CENTURY = 100
CLOCK = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]")  # a clock time on a day
PART = re.compile(r"T(AF|EV|NI)$")  # a morning sets nothing: its hours are written as they are ("ce matin à midi")
HALF = {"AF": "PM", "EV": "PM", "NI": "NI"}  # the half of the day a part of it sets for a clock time right after it
AMOUNT = re.compile(r"[ \t\u00a0]*[0-9]")  # a number right after a unit: the unit is a prefix of that amount
DEGREE = re.compile(r"[ \u00a0]?[°º]")  # a degree sign after a number: no year
PART_GAP = re.compile(r"[\s,]*(?:\w{1,5}\s+){0,2}")  # "hier soir à 10 heures", "this morning at 10": short words only
NOON = 12  # a clock time after a night named and before this hour is in the morning that night ends in
PRICE_REACH = 8  # characters before a number read for a currency written before it ("US-$ 2000")
CAPITALS = 3  # a word in capitals this long or longer joined by "&" is a name ("MORGEN & MORGEN")
NEIGHBOUR_REACH = 40  # characters read before a word for the word or code before it
AMPERSAND_BEFORE = re.compile(r"(?<!\w)[^\W\d_]+[ \t]*&[ \t]*\Z")
AMPERSAND_AFTER = re.compile(r"[ \t]*&[ \t]*[^\W\d_]")
# a code in capitals right before a number, in running text: a word with a lower-case letter before it ("Nvidia GTX
# 1060", "nach DIN 1045"; a headline in capitals, "WIEN 1683", keeps its year)
CODE_BEFORE = re.compile(r"[^\W\d_]*[^\W\d_A-Z][^\W\d_]*[ \t\u00a0]+[A-Z]{3,6}[ \u00a0]?\Z")
MODERN = 1900  # a bare year after such a code before this one is a model number
YEARS_AHEAD = 10  # ... and so is one this far after the publication
LIST_GAP = 12  # at most this many characters between a day of a list and the next one ("3, 4 and 5", "3 al 6")


def _absolute(value: str) -> tuple[date, bool] | None:
    """The date a fully specified DATE value names (`2024-03-07`, or `2024-03` as its first day)."""
    try:
        if len(value) == 10:
            return date.fromisoformat(value), True
        if len(value) == 7 and value[4] == "-" and value[5:].isdigit():
            return date(int(value[:4]), int(value[5:]), 1), False
    except ValueError:
        return None
    return None


def tag(text: str, lang: str, dct: date | None) -> list[Timex]:
    """TIMEX3 expressions in `text` (offsets are indices into it), sorted and non-overlapping.

    `dct` is the publication date (news mode); when it is None, relative expressions are anchored on the
    last absolute date before them in the text (narrative mode) or left underspecified (`XXXX-10`).
    """
    g = grammar(lang)
    if g is None:
        return []
    matches = list(islice(candidates(text, g), MAX_EXPRESSIONS))
    tenses = Tenses(text, g, [(c.start, c.end) for c in matches])
    anchor, day_known = dct, dct is not None
    period: str | None = None
    day: str | None = None  # the last day named, as reference for bare clock times
    carries = False  # whether it holds beyond its own sentence (a past day of the story does)
    scanned = 0  # text up to here is known to hold no sentence end after that day
    last: str | None = None  # the last day named anywhere before
    era: str | None = None  # the last year, month or day named anywhere before ("the following year")
    out: list[Timex] = []
    part: tuple[int, str] | None = None  # where the last part of a day ended and the half it sets
    bare = -1  # where the last expression ended if it was a bare weekday
    loose: Timex | None = None  # the last expression if it was a clock time naming no day ("dalle 8")
    floating: Timex | None = None  # the same, if no day named before in its sentence gave it one
    told: tuple[int, str] | None = None  # where the last day named ends, and that day
    lost = -1  # where the last expression naming an impossible day ended
    night: str | None = None  # the day of the last night named, if no other day was named since
    moved = False  # whether a date named since the last day lies outside it: a bare part of the day is not that day's
    for c in matches:
        if (
            c.rule.skip
            or _measured(text, lang, c)
            or _capitals_name(text, c)
            or _model_code(text, c, dct)
            or _page_number(text, c)
        ):
            continue
        if day and not carries and scanned < c.start:
            if SENTENCE_END.search(text, max(0, scanned - 1), c.start):
                day = None
            scanned = c.start
        near = day if day or not _part_of_day(c.slots) else last  # "Am Samstag …. Am Abend …": Saturday's
        if moved and _part_of_day(c.slots):
            near = None  # "le record datait du 21 août 1922. Le record pour un mois d'août devrait être battu. La nuit"
        narrative = dct is None and anchor is not None
        tense = c.rule.tense or (tenses.at(c.start, c.end) if _needs_tense(c.rule.type, c.slots) else None)
        since = tense is not None and _since(text, g.tables, c.start)
        if since:  # "since January 1", "sinds 1 januari" said in November: looking back, never just ahead
            tense = "past"
        half = part[1] if part and c.rule.type == "TIME" and PART_GAP.fullmatch(text, part[0], c.start) else None
        done = since or (tense == "past" and ("day" in c.slots or "month" in c.slots) and tenses.done(c.start, c.end))
        seen_from = anchor
        if tense == "future" and dct is not None and _reported_ahead(c, tenses):
            said = told[1] if told and not SENTENCE_END.search(text, told[0], c.start) else None
            seen_from, tense = _from_report(said, dct)
        ctx = Context(seen_from, day_known, tense, period, narrative, near, last, era, half, done)
        if c.rule.continues:
            listed = _continued(out[-1] if out else None, c.start, c.slots)
            if listed is None:
                continue
            value, mod = listed, None
        else:
            value, mod = resolve(c.rule, c.slots, ctx)
            if not value:  # an impossible day ("30 February")
                lost = c.end
                continue
            if (
                lost >= 0
                and CLOCK.match(value)
                and not _dated(c.rule.type, c.slots)
                and PART_GAP.fullmatch(text, lost, c.start)
            ):
                continue  # the clock time of a day named impossibly ("Donnerstag, den 14. d. M., 3 Uhr nachmittags")
        if (
            night
            and half is None
            and CLOCK.match(value)
            and value.startswith(night)
            and not _dated(c.rule.type, c.slots)
        ):
            value = _after_night(value)
        weekday = set(c.slots) == {"weekday"}
        if (
            weekday
            and dct is not None
            and out
            and out[-1].end == bare
            and _between(text, g.tables, "range_to", out[-1].end, c.start)
        ):
            value, out[-1] = _forward(out[-1], value, dct)
        if loose is not None and out and out[-1] is loose and _ends_range(text, g.tables, loose, c, value):
            out[-1] = _on_day(loose, value)
        elif floating is not None and out and out[-1] is floating and _its_day(text, g.tables, floating, c, value):
            out[-1] = _on_day(floating, value)
        out.append(Timex(c.start, c.end, text[c.start : c.end], c.rule.type, value, mod))
        # a weekday alone or with a part of the day ("la nuit de jeudi à vendredi") may open a range of weekdays
        bare = c.end if "weekday" in c.slots and set(c.slots) <= {"weekday", "tod"} else -1
        loose = out[-1] if CLOCK.match(value) and not _dated(c.rule.type, c.slots) else None
        floating = loose if near is None and half is None else None
        of_day = PART.search(value) if c.rule.type == "TIME" else None
        part = (c.end, HALF[of_day.group(1)]) if of_day else None
        if c.rule.type == "DATE" and CALENDAR.match(value):
            era = value
            moved = moved or (last is not None and not last.startswith(value))
        if PERIOD.match(value) and c.rule.type == "DATE" and not c.rule.period:
            period = value
        if DAY.match(value) and c.rule.type in ("DATE", "TIME"):
            told, moved = (c.end, value[:10]), False
            night = value[:10] if value.endswith("TNI") else None
            day, scanned = value[:10], c.end
            last = day
            carries = (dct is None or day < dct.isoformat()) and not _closes_list(text, out)
        if dct is None and c.rule.type == "DATE" and _explicit(c.slots):
            found = _absolute(value)
            if found:
                anchor, day_known = found
    return _shared_years(text, g.tables, out)


def _shared_years(text: str, tables: dict[str, dict[str, object]], out: list[Timex]) -> list[Timex]:
    """Days and months written without a year before one written with it, joined by the language's "and"
    (`[tables.date_and]`: "April 22 and September 30, 2005", "vom 22. April sowie vom 12. und 30. September 2005"):
    in that year, when they come before it in it (a weekday alone names no month and is left as it is)."""
    fixed = list(out)
    carry: str | None = None  # the value whose year the expressions before it share
    for i in range(len(fixed) - 1, -1, -1):
        t = fixed[i]
        written = WRITTEN_YEAR.search(t.text)
        if t.type != "DATE" or not MONTH_OR_DAY.match(t.value):
            carry = None
        elif written:
            carry = t.value if written.group() == t.value[:4] else None
        elif (
            carry is not None
            and t.value[5:] <= carry[5:]
            and (any(ch.isdigit() for ch in t.text) or len(t.value) == len("YYYY-MM"))
            and text[t.end : fixed[i + 1].start].strip(" ,").lower() in tables.get("date_and", {})
            and _possible(carry[:4] + t.value[4:])
        ):
            fixed[i] = Timex(t.start, t.end, t.text, t.type, carry[:4] + t.value[4:], t.mod)
            carry = fixed[i].value
        else:
            carry = None
    return fixed


def _possible(value: str) -> bool:
    """Whether a YYYY-MM or YYYY-MM-DD value names a real month or day ("2005-02-29" does not)."""
    try:
        date.fromisoformat(value if len(value) > len("YYYY-MM") else value + "-01")
    except ValueError:
        return False
    return True


def _closes_list(text: str, out: list[Timex]) -> bool:
    """Whether the last expression, a day, closes a list or range of days ("les 16 et 17 juin", "March 3 to 5"): a
    clock time in a later sentence belongs to no one of them (it stays on the publication day)."""
    if len(out) < 2:
        return False
    first, last = out[-2], out[-1]
    return (
        DAY.match(first.value) is not None
        and first.value[:10] != last.value[:10]
        and last.start - first.end <= LIST_GAP
        and not SENTENCE_END.search(text, first.end, last.start)
    )


def _after_night(value: str) -> str:
    """A clock time before noon after a night named ("la nuit dernière … vers quatre heures et demie du matin",
    "in der Nacht zum Sonntag … gegen 4.30 Uhr"): the morning that night ends in, the next day. Not one right after
    the night ("tonight at 1am" is written as that day's)."""
    if int(value[11:13]) >= NOON:
        return value
    return (date.fromisoformat(value[:10]) + timedelta(days=1)).isoformat() + value[10:]


def _from_report(said: str | None, dct: date) -> tuple[date, str | None]:
    """The anchor and direction of a weekday ahead of a past report: after the day of saying where its sentence
    names one before the publication ("said on Monday it would pass the bill Wednesday": the Wednesday after
    Monday), else the nearest such day to the publication ("predicted that Humberto would pass by Wednesday
    night")."""
    if said and said < dct.isoformat():
        return date.fromisoformat(said) + timedelta(days=1), "future"
    return dct, None


def _reported_ahead(c: Candidate, tenses: Tenses) -> bool:
    """Whether a weekday named alone lies ahead of a past report, not of the publication: a conditional after a
    past verb ("the NHC predicted that Humberto would pass by Bermuda Wednesday night", "a annoncé lundi qu'il
    adopterait la loi mercredi soir", "zei maandag dat hij de wet woensdagavond zou aannemen")."""
    if "weekday" not in c.slots or not set(c.slots) <= {"weekday", "tod", "mod", "part"}:
        return False
    return tenses.conditional(c.start, c.end) and tenses.reported(c.start, c.end)


def _bare_year(text: str, c: Candidate) -> bool:
    """Whether a match is a year written as digits alone ("2000"), which an amount or a code may also be."""
    return len(c.slots) == 1 and "year" in c.slots and text[c.start : c.end].isdigit()


def _measured(text: str, lang: str, c: Candidate) -> bool:
    """Whether a bare year is an amount of a unit: "2000 m", "1800 tonnes", "1500 Soldaten" (the unit forms of
    `data/units.toml`), unless the unit stands before another number ("2019 € 500": a price after the year); "1000°";
    or a price after its currency ("CHF 2000", "€ 2000", "US$1500")."""
    if not _bare_year(text, c):
        return False
    if DEGREE.match(text, c.end):
        return True  # "supérieure à 1000°": degrees, of heat or of an angle
    before = text[max(0, c.start - PRICE_REACH) : c.start].rstrip(" \u00a0")
    if any(before.endswith(p) and not before[: -len(p)][-1:].isalnum() for p in unit_forms(lang).prefix):
        return True  # "CHF 2000", "€ 2000", "US$1500": a price
    unit = unit_forms(lang).match(text, c.end)
    return unit is not None and not AMOUNT.match(text, unit[2])


def _page_number(text: str, c: Candidate) -> bool:
    """Whether a bare year is a page of a citation: in a list of numbers ("GRUR 2005, 1061, 1064", "NJW-RR 2002,
    1700, 1701") more than a century below the list's first number; a list of years stays ("2010, 2006 and 2002")."""
    if not _bare_year(text, c):
        return False
    first, at = None, c.start
    while m := LISTED_BEFORE.search(text, max(0, at - len("0000, ")), at):
        first, at = int(m.group(1)), m.start()
    return first is not None and int(text[c.start : c.end]) < first - CENTURY


def _capitals_name(text: str, c: Candidate) -> bool:
    """Whether a match is one word in capitals joined by "&" to another word: a firm's name ("MORGEN & MORGEN"), no
    date ("Am DONNERSTAG" is one written for emphasis, "MORGEN IM TV" one of a headline in capitals)."""
    word = text[c.start : c.end]
    if len(word) < CAPITALS or not word.isalpha() or not word.isupper():
        return False
    return bool(
        AMPERSAND_BEFORE.search(text, max(0, c.start - NEIGHBOUR_REACH), c.start) or AMPERSAND_AFTER.match(text, c.end)
    )


def _model_code(text: str, c: Candidate, dct: date | None) -> bool:
    """Whether a bare year follows a code in capitals in running text ("GTX 1060", "RTX 2080", "DIN 1045") and lies
    where no year of the story can: before 1900, or more than YEARS_AHEAD years after the publication ("EURO 2024",
    "CES 2020" name events of that year, and stay)."""
    if not _bare_year(text, c):
        return False
    year = int(text[c.start : c.end])
    if not (year < MODERN or (dct is not None and year > dct.year + YEARS_AHEAD)):
        return False
    return CODE_BEFORE.search(text, max(0, c.start - NEIGHBOUR_REACH), c.start) is not None


def _since(text: str, tables: dict[str, dict[str, object]], start: int) -> bool:
    """Whether an expression follows the language's "since" (`[tables.since]`), perhaps with an article between:
    "since January 1", "seit dem 1. Januar", "depuis le 1er janvier" (the article may open the expression)."""
    since = tables.get("since")
    if not since:
        return False
    words = text[max(0, start - 24) : start].lower().split()
    if words and len(words[-1]) <= 3 and words[-1] not in since:
        words.pop()  # an article: "seit dem", "since the"
    return bool(words) and words[-1] in since


def _between(text: str, tables: dict[str, dict[str, object]], table: str, end: int, start: int) -> bool:
    """Whether the text between two expressions is one of a table's words: the "to" of a range of days
    (`range_to`: "von Montag bis Mittwoch") or of clock times (`time_to`: "dalle 8 alle 20")."""
    return text[end:start].strip().lower() in tables.get(table, {})


def _ends_range(text: str, tables: dict[str, dict[str, object]], start: Timex, c: Candidate, value: str) -> bool:
    """Whether a clock time naming its day ends a range of clock times whose start names none, joined by the
    language's "to" of clock times (`[tables.time_to]`): "dalle 8 alle 20 di ieri", "de las 20 a las 22 horas del
    sábado", "van 8.00 tot 20.00 uur gisteren"; the start is on that day."""
    dated = _dated(c.rule.type, c.slots) and DAY.match(value) is not None
    return dated and _between(text, tables, "time_to", start.end, c.start)


def _its_day(text: str, tables: dict[str, dict[str, object]], time: Timex, c: Candidate, value: str) -> bool:
    """Whether a day right after a clock time naming none is that clock time's day, only the language's "on"
    between them (`[tables.time_day]`, "" for none): "kwart voor elf op donderdag", "Viertel vor elf am
    Donnerstag", "a las 10.45 el jueves", "alle 10.45 giovedì"."""
    day = c.rule.type == "DATE" and DAY.fullmatch(value) is not None
    return day and _between(text, tables, "time_day", time.end, c.start)


def _on_day(time: Timex, value: str) -> Timex:
    """The clock time `time` moved to the day of `value`."""
    return Timex(time.start, time.end, time.text, time.type, value[:10] + time.value[10:], time.mod)


def _dated(kind: str, slots: dict[str, object]) -> bool:
    """Whether a clock time names its day itself ("20 di ieri", "las 22 horas del sábado", "10 pm yesterday")."""
    return kind == "TIME" and any(k in slots for k in ("deictic", "weekday", "day", "month", "year"))


def _forward(before: Timex, value: str, dct: date) -> tuple[str, Timex]:
    """A range of weekdays (the first may carry a part of the day) runs forward within a week: where its end
    comes before its start (each was resolved alone, a weekday of the publication day is that day), the end moves
    a week on when the range starts after the publication day, else its start a week back ("von Mittwoch bis
    Freitag wurde gestreikt" said on Thursday)."""
    if not (DAY.match(before.value) and WEEKDAY_DAY.match(value)):
        return value, before
    start, end = date.fromisoformat(before.value[:10]), date.fromisoformat(value)
    if end >= start:
        return value, before
    if start > dct:
        return (end + timedelta(days=7)).isoformat(), before
    moved = (start - timedelta(days=7)).isoformat() + before.value[10:]  # with its part of the day ("TNI")
    return value, Timex(before.start, before.end, before.text, before.type, moved, before.mod)


def _continued(before: Timex | None, start: int, slots: dict[str, object]) -> str | None:
    """The day a bare number continuing a list or range of days names: in the month of the day just before it
    ("March 3 and 4", "los días 6 y 7"); None when no day comes just before or the number does not follow it."""
    if before is None or start - before.end > LIST_GAP or not DAY.match(before.value) or "day" not in slots:
        return None
    day = int(str(slots["day"]))
    if day <= int(before.value[8:10]):
        return None
    try:
        return date(int(before.value[:4]), int(before.value[5:7]), day).isoformat()
    except ValueError:
        return None


def _part_of_day(slots: dict[str, object]) -> bool:
    """Whether an expression is a bare time of day ("am Abend", "in the afternoon", "dans la soirée"): it names no
    day and no clock time, so it is part of the day the story is at, also one named in an earlier sentence."""
    return "tod" in slots and not any(k in slots for k in ("hour", "hm", "deictic", "weekday", "day", "month"))


def _needs_tense(kind: str, slots: dict[str, object]) -> bool:
    """Whether the tense of the sentence can change the value: not for durations, sets or dates naming their year."""
    return kind in ("DATE", "TIME") and not _explicit(slots)


def _explicit(slots: dict[str, object]) -> bool:
    """Whether an expression names its year itself (only such dates anchor a narrative)."""
    return "year" in slots or "yy" in slots or "yearh" in slots
