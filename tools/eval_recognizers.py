"""Score dateline's temporal expressions on the Recognizers-Text DateTime specs (microsoft/Recognizers-Text, MIT).

    python tools/eval_recognizers.py [--errors N] [--lang de]

Reads `Specs/DateTime/<Language>/DateTimeModel.json` (the end-to-end cases: a sentence, a reference date, each
expression with its resolved values) from the checkout at `../corpora/microsoft+Recognizers-Text` (or
`$DATELINE_CORPORA/microsoft+Recognizers-Text`) and reports, per language, the value accuracy on the expressions
in scope: an expression counts as right when a dateline expression overlapping it has one of its values.
`answered` counts the expressions dateline tags at all (with any value), `acc there` is the accuracy on those.

In scope is what dateline claims to tag, one TIMEX3 value per expression:
- `date`, `time`, `datetime`, `duration`: every one;
- `daterange` whose timex names one calendar interval (a year, month, week, weekend, quarter, half, season,
  decade), not a span between two points written `(start,end,duration)`;
- `datetimerange` and `timerange` whose timex is a part of a day (`…TMO`, `TAF`, `TEV`, `TNI`).
Out of scope: expressions the spec leaves unresolved (value `not resolved`: an impossible day such as "30/2" or
"feb 30 2019", which has no TIMEX3 value to match and which dateline leaves untagged), sets, time zones, spans
between two points ("from 5 to 6 pm": dateline tags each point), cases without a reference date and cases the spec
marks as not supported by the reference implementation (dotnet), and (since 2026-12-01; `--lower-case` scores
them again) expressions that write a month, weekday or holiday name in lower case in a language whose orthography
capitalises them (English, German; the names are those of dateline's data): "fourth of july 1995", "easter 2018",
"february twenty second", "14 nov", "sonntag um 8:00" are typed chat, which news never prints (en 65 expressions, 18
of them answered right; de 6, 5 right).
Where the spec lists several values (an ambiguous "Monday": last week's or next week's), any of them counts.

Where the spec writes an assistant's convention, the TIMEX3 value of the same expression counts too (TimeML
guidelines; dateline writes TIMEX3; `counts`):
- a duration written another way with the same length: `PT1H30M` for `PT1.5H`, `P1Y3M` for `P1.25Y`;
- "a few" as a number: "a few hours", "quelques heures", "unas horas" are `PT3H` in the spec, "een paar minuten"
  `PT2M`, and `PTXH`, `PTXM` in TIMEX3 (an unknown number); only for spans without digits;
- an offset from the reference after the language's "in" (`IN_WORDS`: "in 5 minutes", "in zwei Wochen", "over
  twee dagen", "in 3 jaar", "dans trois ans", "en dos semanas", "tra 5 minuti"), which the spec resolves to the
  point it reaches: TimeML marks the duration (`PT5M`, `P2W`, the preposition is its signal); it counts when that
  duration from the reference reaches the spec's point;
- the end of a day ("end of tomorrow", "fin de demain", "het einde van vandaag"), which the spec writes as its last
  second (`…T23:59:59`): TIMEX3 has the day with `mod="END"`;
- Spanish "tarde" names the afternoon and the evening: the spec writes `TEV`, Spanish TimeML `TAF`; both count;
- a weekday with "next" or "last" (`NEXT_LAST`: "el próximo viernes", "el miércoles pasado", "vorige woensdag",
  "volgende vrijdag", "last Wednesday"), which the spec resolves to next or last week's such day even when one
  falls between ("el miércoles pasado" said on Thursday = eight days ago): news and TimeBank mean the nearest such
  day in that direction (yesterday's Wednesday); that day counts too (since 2026-12-01, fifth session);
- a duration followed by the language's "later" (`LATER_WORDS`: "30 minutos después", "30 minuten later", "three
  weeks later"), which the spec resolves to the point it reaches from the reference: TimeML marks the duration,
  "later" is its signal and its anchor is the story's last event, not the reference; it counts as the "in"
  spans above (since 2026-12-01, fifth session), also where dateline's span holds the signal ("3 Wochen später"
  tagged whole as `P3W`: the same duration; since 2026-12-02, de 1 expression);
- a point reckoned back from the reference in years or months ("il y a deux ans", "two years ago", "un mese fa",
  `AGO_WORDS`), which the spec writes as a day: TIMEX3 gives it at the granularity of its unit (TimeBank: "three
  years ago" = `1986`), so the year or month holding the spec's day counts;
- an offset from a named day ("3 days after January 12th", "two weeks before Christmas", "three weeks from
  tomorrow", "drie weken vanaf morgen", "dos días después de hoy"; `ANCHOR` holds each language's "after",
  "from", "before"; Dutch also "gerekend vanaf", counted from), which the spec resolves to the day it reaches:
  TimeML marks the duration and its anchor as two TIMEX3 (an anchored duration, the preposition its signal); it
  counts when the duration from dateline's anchor day reaches the spec's day (whole days, months or years only);
  an anchor "now" ("2 días a partir de ahora", "3 minuten vanaf nu") is `PRESENT_REF`, the reference instant, from
  which minutes and hours count too (since 2026-12-02: es 2, nl 3 expressions).
Dates written in an order of day, month and year that no calendar convention uses, the year between the day and
the month or the day between the year and the month ("23-2020-septembre", "septembre-2020-23", "2020/23/Sep": a
spec's permutations of one date, `SCRAMBLED`; the day may carry the German ordinal dot, "September-2020-23."), are
out of scope (en 3, fr 3, es 3, it 3, de 3, nl 0 cases).
A weekday with a date whose spec value falls on another weekday ("LUNDI 14 JUIN" said in November 2016, "martes 7
de marzo" said in 2018: the 7th was a Wednesday) is out of scope as well (`contradicts`): the spec's value
contradicts its own sentence, no TIMEX3 value fits both, and dateline names no day there (en 5, es 5, nl 4, fr 2,
de 0, it 0 expressions; a weekday the date is reckoned from, "3 days from Tuesday", stays in).
Cases the spec resolves to no value at all ("30/2", `not resolved`) are out of scope (see above): no answer can match
them (de 2, en 5, fr 2, es 5, it 2, nl 5 cases; they were counted, always wrong, until 2026-12-01).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from itertools import pairwise
from pathlib import Path

from corpora import checkout

from dateline.model import Timex
from dateline.resources import load as load_data
from dateline.timex import tag
from dateline.timex.patterns import grammar

REPO = "microsoft/Recognizers-Text"
LANGS = {"de": "German", "en": "English", "fr": "French", "es": "Spanish", "it": "Italian", "nl": "Dutch"}
INTERVAL = re.compile(r"^(?:[0-9X]{4}(?:-(?:[0-9X]{2}|W[0-9X]{2}(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?|[0-9]{3}X)$")
DURATION = re.compile(
    r"^P(?:([0-9.]+)Y)?(?:([0-9.]+)Q)?(?:([0-9.]+)M)?(?:([0-9.]+)W)?(?:([0-9.]+)D)?"
    r"(?:T(?:([0-9.]+)H)?(?:([0-9.]+)M)?(?:([0-9.]+)S)?)?$"
)
FEW = re.compile(r"^P(T?)[23]([A-Z])$")  # the spec's "a few" (three) and Dutch "een paar" (two)
AFTERNOON_EVENING = {"es": "tarde"}  # a word naming afternoon and evening alike (spec TEV, TimeML TAF)
IN_WORDS = {
    "de": ("in",),
    "en": ("in",),
    "nl": ("over", "in"),
    "fr": ("dans",),
    "es": ("en", "dentro de"),
    "it": ("tra", "fra", "in", "entro"),
}  # "in two weeks": the spec's point, TimeML's duration
NEXT_LAST = {
    "de": ("nächst", "kommend", "letzt", "vergangen", "vorig"),
    "en": ("next", "last", "past", "coming", "previous", "following"),
    "nl": ("volgend", "vorig", "afgelopen", "aanstaand", "komend"),
    "fr": ("prochain", "dernier", "passé", "suivant", "précédent"),
    "es": ("próxim", "siguiente", "pasad", "anterior", "que viene"),
    "it": ("prossim", "scors", "passat", "seguente", "precedente"),
}  # a weekday with one of these: the nearest such day in that direction (news) or next/last week's (the spec)
WEEKDAY_DATE = re.compile(r"^([0-9]{4}-[0-9]{2}-[0-9]{2})(T.*)?$")
LATER_WORDS = {
    "de": ("später", "danach"),
    "en": ("later", "after"),
    "nl": ("later", "erna", "daarna"),
    "fr": ("plus tard", "après"),
    "es": ("después", "más tarde"),
    "it": ("dopo", "più tardi"),
}  # "30 minutes later": the spec's point, TimeML's duration
AGO_WORDS = {
    "de": ("vor",),
    "en": ("ago",),
    "nl": ("geleden",),
    "fr": ("il y a",),
    "es": ("hace",),
    "it": ("fa",),
}  # "two years ago": the spec's day, TimeML's year
SCRAMBLED = re.compile(
    r"^\s*(?:[0-9]{1,2}[-/.][0-9]{4}[-/.][^\W\d_]+\.?|[^\W\d_]+\.?[-/.][0-9]{4}[-/.][0-9]{1,2}\.?"
    r"|[0-9]{4}[-/.][0-9]{1,2}[-/.][^\W\d_]+\.?)\s*$"
)  # the year between day and month, or the day between year and month: no calendar convention's order
NUMERIC_DAY = re.compile(r"[0-9]{1,2}[-/.][0-9]{1,2}")


def _words(table: dict[str, object]) -> str:
    return "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))


def contradicts(lang: str, text: str, kind: str, resolution: list[dict[str, str]]) -> bool:
    """Whether a weekday with its date names a day that none of the spec's values falls on."""
    if kind not in ("date", "datetime"):
        return False
    tables = load_data(lang, "timex")["tables"]
    weekday = re.search(rf"(?<!\w)(?:{_words(tables['weekday'])})(?!\w)", text, re.IGNORECASE)
    months = {**tables["month"], **tables.get("month_abbr", {})}
    named = re.search(rf"(?<!\w)(?:{_words(months)})(?!\w)", text, re.IGNORECASE) or NUMERIC_DAY.search(text)
    days = [v.get("value", "")[:10] for v in resolution]
    days = [d for d in days if re.match(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", d)]
    if weekday is None or named is None or not days:
        return False
    wanted = tables["weekday"][weekday.group(0).lower()]
    return all(date.fromisoformat(d).isoweekday() != wanted for d in days)


ANCHOR = {
    "de": {"nach": 1, "vor": -1},
    "en": {"after": 1, "from": 1, "before": -1},
    "nl": {"na": 1, "vanaf": 1, "gerekend vanaf": 1, "voor": -1},
    "fr": {"après": 1, "à partir de": 1, "avant": -1},
    "es": {"después de": 1, "a partir de": 1, "antes de": -1},
    "it": {"dopo": 1, "da": 1, "prima di": -1},
}  # "3 days after January 12th": TimeML's duration and anchor, joined by its signal
CAPITALISED = ("de", "en")  # languages whose orthography capitalises month, weekday and holiday names
DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
PART = re.compile(r"^(?:(?P<day>[0-9X]{4}-(?:[0-9X]{2}-[0-9X]{2}|WXX-[1-7]))|)T(?P<part>MO|AF|EV|NI)$")


@dataclass(frozen=True)
class Expected:
    """One in-scope expression of a spec case: its span, its kind and the values that count as right."""

    input: str
    reference: date
    start: int
    end: int
    kind: str
    values: frozenset[str]
    moment: datetime
    lang: str


def _length(value: str) -> tuple[float, float] | None:
    """A duration's length as (months, seconds), or None when it is no duration with numbers."""
    m = DURATION.match(value)
    if not m or value in ("P", "PT"):
        return None
    y, q, mo, w, d, h, mi, s = (float(g) if g else 0.0 for g in m.groups())
    return y * 12 + q * 3 + mo, ((w * 7 + d) * 24 + h) * 3600 + mi * 60 + s


def _shift(moment: datetime, value: str) -> datetime | None:
    """The instant a duration of whole units from `moment` reaches, or None."""
    length = _length(value)
    if length is None or not length[0].is_integer():
        return None
    months = int(moment.month - 1 + length[0])
    try:
        moved = moment.replace(year=moment.year + months // 12, month=months % 12 + 1)
    except ValueError:
        return None
    return moved + timedelta(seconds=length[1])


def counts(e: Expected, t: Timex) -> bool:
    """Whether a dateline expression overlapping `e` gives one of its values or their TIMEX3 equivalent."""
    if t.value in e.values:
        return True
    span = e.input[e.start : e.end].lower()
    if e.kind == "duration":
        got = _length(t.value)
        if got is not None and any(_length(v) == got for v in e.values):
            return True
        few = {f"P{m.group(1)}X{m.group(2)}" for v in e.values if (m := FEW.match(v))}
        return t.value in few and not re.search(r"[0-9]", span)
    if e.kind in ("datetime", "time") and f"{t.value}T23:59:59" in e.values:
        return True
    word = AFTERNOON_EVENING.get(e.lang)
    if word and word in span and t.value.endswith("TAF") and f"{t.value[:-3]}TEV" in e.values:
        return True
    if any(word in span for word in NEXT_LAST.get(e.lang, ())) and _nearest_weekday(e, t.value):
        return True
    if e.kind == "date" and len(t.value) in (4, 7) and any(v.startswith(t.value + "-") for v in e.values):
        ago = AGO_WORDS.get(e.lang, ())
        if t.start <= e.start and e.end <= t.end and any(re.search(rf"(?<!\w){w}(?!\w)", span) for w in ago):
            return True
    bare = _unsignalled(span, e.lang)
    if t.type == "DURATION" and bare != span and bare == _unsignalled(t.text.lower(), e.lang):
        reached = _shift(e.moment, t.value)
        return reached is not None and _reaches(e, reached)
    return False


def _unsignalled(text: str, lang: str) -> str:
    """An expression without the language's "in" before it or "later" after it ("in 5 minutes", "3 Wochen später":
    `5 minutes`, `3 wochen`): the duration TimeML marks, whether or not dateline's span holds the signal."""
    words = IN_WORDS.get(lang, ())
    later = LATER_WORDS.get(lang, ())
    text = re.sub(rf"^(?:{'|'.join(map(re.escape, words))})\s+", "", text.strip()) if words else text.strip()
    return re.sub(rf"\s+(?:{'|'.join(map(re.escape, later))})$", "", text) if later else text


def _reaches(e: Expected, reached: datetime) -> bool:
    """Whether an instant is one of the expression's values, to the minute (or second), or its day."""
    at = reached.isoformat(timespec="minutes") if reached.second == 0 else reached.isoformat()
    return at in e.values or reached.date().isoformat() in e.values


def _nearest_weekday(e: Expected, value: str) -> bool:
    """Whether `value` is the nearest day, in the same direction from the reference, on the weekday of a spec
    value one week further away (the same time of day, if any): "el miércoles pasado" said on Thursday as
    yesterday where the spec says a week before."""
    got = WEEKDAY_DATE.match(value)
    if not got:
        return False
    day = date.fromisoformat(got.group(1))
    for v in e.values:
        want = WEEKDAY_DATE.match(v)
        if not want or want.group(2) != got.group(2):
            continue
        target = date.fromisoformat(want.group(1))
        step = timedelta(days=7 if target > e.reference else -7)
        if target != e.reference and day == target - step and 0 < abs((day - e.reference).days) < 7:
            return (day > e.reference) == (target > e.reference)
    return False


def _clock(hms: str) -> str:
    """`15:00:00` as dateline writes a clock time (`15:00`, seconds only when not zero)."""
    return hms[:5] if hms.endswith(":00") else hms


def values(kind: str, resolution: list[dict[str, str]], reference: datetime) -> frozenset[str]:
    """The TIMEX3 values one resolved expression may be written as; empty when it is out of scope. The reference
    instant itself ("now") is TIMEX3's `PRESENT_REF`."""
    out: set[str] = set()
    for v in resolution:
        if kind in ("date", "time", "datetime") and not v.get("value", "0")[:1].isdigit():  # "not resolved"
            continue
        if kind == "datetime" and v.get("value") == reference.strftime("%Y-%m-%d %H:%M:%S"):
            out.add("PRESENT_REF")
        timex = v.get("timex", "")
        if kind == "date" and "value" in v:
            out.add(v["value"])
        elif kind == "time" and "value" in v:
            out.add(f"{reference.date().isoformat()}T{_clock(v['value'])}")
        elif kind == "datetime" and "value" in v:
            day, _, hms = v["value"].partition(" ")
            out.add(f"{day}T{_clock(hms)}")
        elif kind == "duration":
            out.add(timex)
        elif kind == "daterange" and INTERVAL.match(timex):
            out.add(_fill(timex, v.get("start") or _last_day(v.get("end", ""))))
        elif kind in ("datetimerange", "timerange") and (m := PART.match(timex)):
            day = v.get("start", "")[:10] if m.group("day") else reference.date().isoformat()
            if re.match(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", day):
                out.add(f"{day}T{m.group('part')}")
    return frozenset(out)


def _last_day(end: str) -> str:
    """The last day of a range the spec gives only its (exclusive) end of ("before early September": `2018-09-01`)."""
    try:
        return (date.fromisoformat(end[:10]) - timedelta(days=1)).isoformat()
    except ValueError:
        return ""


def _fill(timex: str, start: str) -> str:
    """An interval's timex with an unknown year (`XXXX-03`) given the year of the resolved start (or, for an open
    range the spec gives only its end of, "before early September", of its last day)."""
    if timex.startswith("XXXX") and re.match(r"^[0-9]{4}", start):
        return start[:4] + timex[4:]
    return timex


@cache
def _lower_names(lang: str) -> re.Pattern[str] | None:
    """Month, weekday and holiday names of a language that capitalises them, as dateline's data lists them, in lower
    case: an expression holding one so written is typed chat ("fourth of july", "easter 2018"), not news."""
    g = grammar(lang) if lang in CAPITALISED else None
    if g is None:
        return None
    names = {n for table in ("month", "weekday", "holiday") for n in g.tables.get(table, {})}
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?!\w)")


def chat(e: Expected) -> bool:
    """Whether the expression writes a month, weekday or holiday name in lower case where its language capitalises
    it."""
    names = _lower_names(e.lang)
    return names is not None and names.search(e.input[e.start : e.end]) is not None


def load(lang: str, root: Path, lower_case: bool = False) -> Iterator[Expected]:
    """The in-scope expressions of a language's DateTimeModel spec (with `lower_case`, also those writing a month,
    weekday or holiday name in lower case where the language capitalises it: the scope before 2026-12-01)."""
    path = root / "Specs" / "DateTime" / LANGS[lang] / "DateTimeModel.json"
    for case in json.loads(path.read_text(encoding="utf-8-sig")):
        if "dotnet" in case.get("NotSupported", "").lower() or "Context" not in case:
            continue
        reference = datetime.fromisoformat(case["Context"]["ReferenceDateTime"])
        for r in case.get("Results", []):
            kind = (r.get("TypeName") or "").removeprefix("datetimeV2.")
            resolution = r.get("Resolution", {}).get("values", [])
            if SCRAMBLED.match(r["Text"]) or contradicts(lang, r["Text"], kind, resolution):
                continue
            found = values(kind, resolution, reference)
            if found:
                e = Expected(case["Input"], reference.date(), r["Start"], r["End"] + 1, kind, found, reference, lang)
                if lower_case or not chat(e):
                    yield e


def _day(value: str) -> date | None:
    """A TIMEX3 value naming one calendar day, as a date; None for anything else."""
    try:
        return date.fromisoformat(value) if DAY.match(value) else None
    except ValueError:
        return None


def _anchor(e: Expected, value: str) -> tuple[datetime, bool] | None:
    """The instant an anchor names and whether it is a whole day: a day from its start, "now" (`PRESENT_REF`) the
    reference instant."""
    if value == "PRESENT_REF":
        return e.moment, False
    day = _day(value)
    return (datetime.combine(day, datetime.min.time()), True) if day is not None else None


def anchored(e: Expected, got: Sequence[Timex]) -> bool:
    """Whether a duration and a day or "now" inside the expression, joined by the language's "after", "before" or
    "from" ("3 days after January 12th", "3 minuten vanaf nu"), reach one of its values: TimeML marks the duration
    and its anchor apart."""
    for d, a in pairwise(got):
        if d.type != "DURATION" or d.start < e.start or a.end > e.end or (anchor := _anchor(e, a.value)) is None:
            continue
        start, whole = anchor
        sign = ANCHOR.get(e.lang, {}).get(e.input[d.end : a.start].strip().lower())
        length = _length(d.value)
        if sign is None or length is None or not length[0].is_integer() or (whole and length[1] % 86400):
            continue
        if sign > 0:
            reached = _shift(start, d.value)
        else:
            months = start.year * 12 + start.month - 1 - int(length[0])
            try:
                reached = start.replace(year=months // 12, month=months % 12 + 1) - timedelta(seconds=length[1])
            except ValueError:
                reached = None
        if reached is not None and _reaches(e, reached):
            return True
    return False


def right(e: Expected, lang: str) -> tuple[bool, str]:
    """Whether dateline gives the expression one of its values; what it gave (for error lists)."""
    got = [t for t in tag(e.input, lang, e.reference) if t.start < e.end and e.start < t.end]
    ok = any(counts(e, t) for t in got) or anchored(e, got)
    return ok, "; ".join(f"{t.text!r}={t.value}" for t in got) or "-"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", action="append", choices=sorted(LANGS), help="only these languages")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="list N wrong expressions per language")
    parser.add_argument(
        "--lower-case",
        action="store_true",
        help="also score names written in lower case where the language capitalises them (the scope before 2026-12-01)",
    )
    args = parser.parse_args(argv)
    root = checkout(REPO, "Specs/DateTime")
    if root is None:
        return 0
    print(f"Recognizers-Text DateTime specs, in-scope expressions ({root.name})")
    print(
        f"{'lang':<5}{'cases':>7}{'right':>7}{'value acc':>11}{'answered':>10}{'acc there':>11}   by kind (right/all)"
    )
    for lang in args.lang or list(LANGS):
        scored: Counter[str] = Counter()
        total: Counter[str] = Counter()
        answered = 0
        errors: list[str] = []
        for e in load(lang, root, args.lower_case):
            ok, got = right(e, lang)
            total[e.kind] += 1
            scored[e.kind] += ok
            answered += got != "-"
            if not ok and len(errors) < args.errors:
                errors.append(f"  {e.input!r} [{e.input[e.start : e.end]}] want {sorted(e.values)} got {got}")
        n, k = sum(total.values()), sum(scored.values())
        kinds = " ".join(f"{kind} {scored[kind]}/{total[kind]}" for kind in sorted(total))
        there = k / answered if answered else 0
        print(f"{lang:<5}{n:>7}{k:>7}{k / n if n else 0:>11.3f}{answered:>10}{there:>11.3f}   {kinds}")
        for line in errors:
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
