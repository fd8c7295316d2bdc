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
Out of scope: sets, time zones, spans between two points ("from 5 to 6 pm": dateline tags each point), cases
without a reference date and cases the spec marks as not supported by the reference implementation (dotnet).
Where the spec lists several values (an ambiguous "Monday": last week's or next week's), any of them counts.

Where the spec writes an assistant's convention, its TIMEX3 equivalent counts too (`timex3_equivalents`):
- "a few" as three: "quelques heures", "unas horas", "qualche ora" are `PT3H` in the spec and `PTXH` in TIMEX3
  (an unknown number); only for spans without digits;
- the end of a day as its last second: "fin de demain", "al final del domingo" are `…T23:59:59` in the spec; TIMEX3
  writes the day (`2016-11-08`, the end in `mod`);
- Spanish "tarde" names the afternoon and the evening: the spec writes `TEV`, Spanish TimeML `TAF`; both count;
- "en dos semanas", "dans trois ans", "tra 5 minuti" are in the spec the day or time they end on; TimeML marks the
  duration ("two weeks" `P2W`, the preposition a signal), as dateline does: a duration as long as the distance
  from the reference to the spec's value counts, for spans opening with the language's "in" (`IN_WORDS`).
Cases the spec resolves to no value at all ("30/2", `not resolved`) are left out of scope: no answer can match them
(de 2, en 5, fr 2, es 5, it 2, nl 5 cases; they were counted, always wrong, until 2026-12-01).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from corpora import checkout

from dateline.timex import tag

REPO = "microsoft/Recognizers-Text"
LANGS = {"de": "German", "en": "English", "fr": "French", "es": "Spanish", "it": "Italian", "nl": "Dutch"}
INTERVAL = re.compile(r"^(?:[0-9X]{4}(?:-(?:[0-9X]{2}|W[0-9X]{2}(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?|[0-9]{3}X)$")
UNRESOLVED = frozenset({"not resolved"})  # "30/2": the spec's answer when no value exists
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


def _clock(hms: str) -> str:
    """`15:00:00` as dateline writes a clock time (`15:00`, seconds only when not zero)."""
    return hms[:5] if hms.endswith(":00") else hms


def values(kind: str, resolution: list[dict[str, str]], reference: datetime) -> frozenset[str]:
    """The TIMEX3 values one resolved expression may be written as; empty when it is out of scope. The reference
    instant itself ("now") is TIMEX3's `PRESENT_REF`."""
    out: set[str] = set()
    for v in resolution:
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
            out.add(_fill(timex, v.get("start", "")))
        elif kind in ("datetimerange", "timerange") and (m := PART.match(timex)):
            day = v.get("start", "")[:10] if m.group("day") else reference.date().isoformat()
            if re.match(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", day):
                out.add(f"{day}T{m.group('part')}")
    return frozenset(out)


FEW = re.compile(r"^P(T?)3([HMSDWY])$")
AFTERNOON_EVENING = {"es": "tarde"}  # a word naming afternoon and evening alike (spec TEV, TimeML TAF)
IN_WORDS = {
    "de": ("in",),
    "en": ("in",),
    "nl": ("over",),
    "fr": ("dans",),
    "es": ("en", "dentro de"),
    "it": ("tra", "fra", "in", "entro"),
}  # "in two weeks": the spec's point, TimeML's duration


def _durations_to(value: str, reference: datetime) -> set[str]:
    """The durations as long as the distance from `reference` to a spec's day or time: `P2W` and `P14D` for a day
    two weeks on, `P3Y` for the same day three years on, `PT3H` for a time three hours on."""
    out: set[str] = set()
    if re.match(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", value):
        day = date.fromisoformat(value)
        days = (day - reference.date()).days
        if days > 0:
            out.add(f"P{days}D")
            if days % 7 == 0:
                out.add(f"P{days // 7}W")
            months = (day.year - reference.year) * 12 + day.month - reference.month
            if day.day == reference.day and months > 0:
                out.add(f"P{months}M")
                if months % 12 == 0:
                    out.add(f"P{months // 12}Y")
    elif m := re.match(r"^([0-9]{4}-[0-9]{2}-[0-9]{2})T([0-9]{2}):([0-9]{2})$", value):
        moment = datetime.fromisoformat(f"{m.group(1)}T{m.group(2)}:{m.group(3)}")
        minutes = int((moment - reference.replace(second=0, microsecond=0)).total_seconds()) // 60
        if minutes > 0:
            out.add(f"PT{minutes}M")
            if minutes % 60 == 0:
                out.add(f"PT{minutes // 60}H")
    return out


def timex3_equivalents(lang: str, span: str, found: frozenset[str], reference: datetime) -> frozenset[str]:
    """The spec's values plus the TIMEX3 values of the same expression where the spec writes an assistant's
    convention (see the module docstring)."""
    out = set(found)
    if any(span.lower().startswith(w + " ") for w in IN_WORDS.get(lang, ())):
        for v in found:
            out |= _durations_to(v, reference)
    for v in found:
        if (m := FEW.match(v)) and not re.search(r"[0-9]", span):
            out.add(f"P{m.group(1)}X{m.group(2)}")
        if re.match(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T23:59:59$", v):
            out.add(v[:10])
        word = AFTERNOON_EVENING.get(lang)
        if word and v.endswith("TEV") and word in span.lower():
            out.add(v[:-3] + "TAF")
    return frozenset(out)


def _fill(timex: str, start: str) -> str:
    """An interval's timex with an unknown year (`XXXX-03`) given the year of the resolved start."""
    if timex.startswith("XXXX") and re.match(r"^[0-9]{4}", start):
        return start[:4] + timex[4:]
    return timex


def load(lang: str, root: Path) -> Iterator[Expected]:
    """The in-scope expressions of a language's DateTimeModel spec."""
    path = root / "Specs" / "DateTime" / LANGS[lang] / "DateTimeModel.json"
    for case in json.loads(path.read_text(encoding="utf-8-sig")):
        if "dotnet" in case.get("NotSupported", "").lower() or "Context" not in case:
            continue
        reference = datetime.fromisoformat(case["Context"]["ReferenceDateTime"])
        for r in case.get("Results", []):
            kind = (r.get("TypeName") or "").removeprefix("datetimeV2.")
            found = values(kind, r.get("Resolution", {}).get("values", []), reference)
            if found and found != UNRESOLVED:
                span = case["Input"][r["Start"] : r["End"] + 1]
                found = timex3_equivalents(lang, span, found, reference)
                yield Expected(case["Input"], reference.date(), r["Start"], r["End"] + 1, kind, found)


def right(e: Expected, lang: str) -> tuple[bool, str]:
    """Whether dateline gives the expression one of its values; what it gave (for error lists)."""
    got = [t for t in tag(e.input, lang, e.reference) if t.start < e.end and e.start < t.end]
    return any(t.value in e.values for t in got), "; ".join(f"{t.text!r}={t.value}" for t in got) or "-"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", action="append", choices=sorted(LANGS), help="only these languages")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="list N wrong expressions per language")
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
        for e in load(lang, root):
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
