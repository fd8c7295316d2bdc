"""`dateline group` throughput and memory on synthetic claims (goal: >= 20,000 claims/s on one core).

Claims are made up: dates spread over two years, a few actors, names and numbers drawn from small pools, four
languages; every fact is told by one to four sources. Set BENCH_GROUP_N to change the count grouped in process
(default 100,000); then `dateline group FILE -o OUT` runs on that many and on BENCH_GROUP_BIG claims (default
300,000; 1,000,000 for the issue's figure) and reports each process's peak RSS: beyond 100,000 claims the CLI
groups chunk by chunk through a temporary SQLite store, so its memory stays flat.

In process, two kinds of synthetic claims are grouped: the plain ones (the text never names the actors, no
`dates`: the figure of earlier sessions) and realistic ones, shaped like `extract` output (the text names each
actor in the claim's language and writes the date, which `dates` locates; some give a second date). With
BENCH_GROUP_CLAIMS=FILE (claim records, e.g. `dateline extract` of MEANTIME and the seeds) those real claims are
grouped too, replicated to BENCH_GROUP_N with dates shifted by whole months and fresh claim and document ids
(`replicated`).
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from calendar import monthrange
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import orjson

import dateline
from dateline.extract.actors import actors, gazetteer
from dateline.ranges import iso_range
from dateline.resources import load_shared

ACTORS = ["RUS", "PRK", "UKR", "USA", "KOR", "IRN", "CHN", "DEU", "FRA", "GBR", "ISR", "TUR"]
LANGS = ["en", "es", "it", "nl"]


def _word(rng: random.Random, length: int) -> str:
    return "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(length))


def synthetic(n: int, seed: int = 7, realistic: bool = False) -> list[dict[str, object]]:
    """n claims: facts over two years, each told by 1-4 sources that keep most of its words, names and numbers."""
    return list(stream(n, seed, realistic))


def stream(n: int, seed: int = 7, realistic: bool = False) -> Iterator[dict[str, object]]:
    """The claims of `synthetic`, one at a time; `realistic`: shaped like `extract` output (`_realistic`)."""
    rng = random.Random(seed)
    countries = load_shared("gazetteer/countries") if realistic else {}
    vocabulary = [_word(rng, 4) for _ in range(20000)]
    names = [_word(rng, 3).capitalize() for _ in range(20000)]
    made = 0
    start = date(2023, 1, 1)
    fact = 0
    while made < n:
        fact += 1
        day = start + timedelta(days=rng.randrange(730))
        value = day.isoformat() if rng.random() < 0.7 else day.isoformat()[:7]
        words = rng.sample(vocabulary, 12)
        who = rng.sample(names, 2)
        number = rng.randrange(10, 100000)
        actors = rng.sample(ACTORS, rng.randint(0, 2))
        for k in range(rng.randint(1, 4)):
            if made >= n:
                return
            kept = [w for w in words if rng.random() < 0.7]
            text = f"On that day {who[0]} told {who[1]} that {number} {' '.join(kept)}."
            made += 1
            claim: dict[str, object] = {
                "id": f"{made:016x}",
                "doc_id": f"{fact * 8 + k:016x}",
                "source": f"s{k}",
                "url": None,
                "title": None,
                "lang": LANGS[k],
                "published": day.isoformat(),
                "text": text,
                "date": value,
                "range": iso_range(value),
                "dates": [],
                "attribution": None,
                "actors": actors,
                "quantities": [{"value": number, "op": "=", "unit": "units"}],
                "event": [],
                "score": 0.5,
            }
            if realistic:
                _realistic(claim, rng, [countries[LANGS[k]][a][0] for a in actors], who, kept)
            yield claim


def _realistic(
    claim: dict[str, object], rng: random.Random, places: list[str], who: list[str], kept: list[str]
) -> None:
    """Make a claim look like `extract` output: its text writes its date (located by `dates`) and names its actors
    (in the claim's language; `actors` and `actor_spans` are what the gazetteer finds in it, as for `extract`);
    one in five also gives an earlier year."""
    value = str(claim["date"])
    when = f"on {value}" if len(value) == 10 else f"in {value}"
    text = f"{who[0]} {who[1]} said {when} that {claim['quantities'][0]['value']} {' '.join(kept)}"  # type: ignore[index]
    dates = [{"text": when[3:], "value": value, "type": "DATE", "start": text.index(when) + 3, "range": claim["range"]}]
    for k, place in enumerate(places):
        text += (" and " if k else " in ") + place
    if rng.random() < 0.2:
        year = str(int(value[:4]) - rng.randint(1, 20))
        dates.append({"text": year, "value": year, "type": "DATE", "start": len(text) + 7, "range": iso_range(year)})
        text += f" since {year}"
    for d in dates:
        d["end"] = int(d["start"]) + len(str(d["text"]))  # type: ignore[call-overload]
    text += "."
    found = gazetteer(str(claim["lang"])).find(text)  # as `extract` finds them (a made-up name may be a state's)
    claim["text"], claim["dates"], claim["actors"] = text, dates, actors(text, str(claim["lang"]), found=found)
    claim["actor_spans"] = [[a, b] for _, a, b in found]


_DAYS = re.compile(r"(\d{4})-(\d{2})-(\d{2})(.*)")
_MONTH = re.compile(r"(\d{4})-(\d{2})(?!\d)(.*)")
_WEEK = re.compile(r"(\d{4})-W(\d{2})(.*)")
_YEAR = re.compile(r"(\d{4})(?!\d)(.*)")


def shifted(value: str, months: int) -> str:
    """A TIMEX3 value `months` months later: a day keeps its day of the month (at most the month's last), a week
    becomes the week holding its Monday so many months later, a year or a part of one (quarter, season) moves by
    the whole years; references, durations and decades stay as they are."""
    if m := _DAYS.fullmatch(value):
        y, mo = divmod(int(m[1]) * 12 + int(m[2]) - 1 + months, 12)
        return f"{date(y, mo + 1, min(int(m[3]), monthrange(y, mo + 1)[1])).isoformat()}{m[4]}"
    if m := _MONTH.fullmatch(value):
        y, mo = divmod(int(m[1]) * 12 + int(m[2]) - 1 + months, 12)
        return f"{y:04d}-{mo + 1:02d}{m[3]}"
    if m := _WEEK.fullmatch(value):
        try:
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return value
        y, mo = divmod(monday.year * 12 + monday.month - 1 + months, 12)
        later = date(y, mo + 1, min(monday.day, monthrange(y, mo + 1)[1])).isocalendar()
        return f"{later[0]:04d}-W{later[1]:02d}{m[3]}"
    if m := _YEAR.fullmatch(value):
        return f"{int(m[1]) + months // 12:04d}{m[2]}"
    return value


def _moved(record: dict[str, Any], months: int) -> dict[str, Any]:
    """A date record (the claim itself or one of its `dates`) with its value, range and publication date shifted."""
    out = dict(record)
    for key in ("date", "value"):
        if isinstance(out.get(key), str):
            out[key] = shifted(out[key], months)
    if out.get("range"):
        out["range"] = iso_range(str(out.get("date") or out.get("value")))
    if isinstance(out.get("published"), str):
        out["published"] = shifted(out["published"], months)
    return out


def replicated(claims: list[dict[str, Any]], n: int) -> list[dict[str, Any]]:
    """n claims from real ones: copy k of every claim is shifted by k months (dates, ranges, publication dates)
    and gets fresh claim and document ids, so the copies are other documents of other months with the same words."""
    out: list[dict[str, Any]] = []
    for k in range(n // max(len(claims), 1) + 1):
        for c in claims:
            if len(out) >= n:
                return out
            copy = _moved(c, k)
            copy["id"] = hashlib.sha1(f"{k}:{c['id']}".encode()).hexdigest()[:16]
            copy["doc_id"] = hashlib.sha1(f"{k}:{c.get('doc_id')}".encode()).hexdigest()[:16]
            copy["source"] = f"{c.get('source')}#{k}"
            copy["dates"] = [_moved(d, k) for d in c.get("dates") or ()]
            out.append(copy)
    return out


def cli_run(n: int) -> None:
    """`dateline group FILE -o OUT` as a user runs it: time and the peak RSS of that process."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp, "claims.jsonl")
        with source.open("wb") as fh:
            fh.writelines(orjson.dumps(c) + b"\n" for c in stream(n))
        command = [sys.executable, "-c", "from dateline.cli import main; main()", "group", str(source)]
        began = time.perf_counter()
        proc = subprocess.Popen([*command, "-o", str(Path(tmp, "groups.jsonl"))])
        _, status, usage = os.wait4(proc.pid, 0)
        took = time.perf_counter() - began
        assert status == 0, "dateline group failed"
        rss, cpu = usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime
        print(f"dateline group, {n:,} claims: {took:.1f} s, {n / took:,.0f} claims/s, peak RSS {rss:.0f} MB")
        print(f"  CPU time {cpu:.1f} s: {n / cpu:,.0f} claims per CPU second")


def main() -> None:
    n = int(os.environ.get("BENCH_GROUP_N", "100000"))
    # The CLI runs first: a child forked from a large parent would report the parent's memory as its own peak.
    for size in sorted({n, int(os.environ.get("BENCH_GROUP_BIG", "300000"))}):
        if size > 0:
            cli_run(size)
    in_process("synthetic claims", synthetic(n))
    in_process("realistic synthetic claims", synthetic(n, realistic=True))
    real = os.environ.get("BENCH_GROUP_CLAIMS")
    if real:
        found = [orjson.loads(line) for line in Path(real).read_bytes().splitlines() if line.strip()]
        in_process(f"claims of {real}, replicated", replicated(found, n))


def in_process(kind: str, claims: list[dict[str, Any]]) -> None:
    """`dateline.group` on the claims, in this process: time, CPU time and peak RSS."""
    n = len(claims)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    began, cpu = time.perf_counter(), time.process_time()
    groups = dateline.group(claims)
    took, cpu = time.perf_counter() - began, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"in process, {n:,} {kind} -> {len(groups):,} groups in {took:.1f} s: {n / took:,.0f} claims/s (goal 20,000)")
    print(f"  CPU time {cpu:.1f} s: {n / cpu:,.0f} claims per CPU second")
    print(f"  peak RSS {peak / 1024:.0f} MB (before grouping {before / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
