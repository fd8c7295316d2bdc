"""`dateline group` throughput and memory on synthetic claims (goal: >= 20,000 claims/s on one core).

Claims are made up: dates spread over two years, a few actors, names and numbers drawn from small pools, four
languages; every fact is told by one to four sources. Set BENCH_GROUP_N to change the count grouped in process
(default 100,000); then `dateline group FILE -o OUT` runs on that many and on BENCH_GROUP_BIG claims (default
300,000; 1,000,000 for the issue's figure) and reports each process's peak RSS: beyond 100,000 claims the CLI
groups chunk by chunk through a temporary SQLite store, so its memory stays flat.
"""

from __future__ import annotations

import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import orjson

import dateline
from dateline.ranges import iso_range

ACTORS = ["RUS", "PRK", "UKR", "USA", "KOR", "IRN", "CHN", "DEU", "FRA", "GBR", "ISR", "TUR"]
LANGS = ["en", "es", "it", "nl"]


def _word(rng: random.Random, length: int) -> str:
    return "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(length))


def synthetic(n: int, seed: int = 7) -> list[dict[str, object]]:
    """n claims: facts over two years, each told by 1-4 sources that keep most of its words, names and numbers."""
    return list(stream(n, seed))


def stream(n: int, seed: int = 7) -> Iterator[dict[str, object]]:
    """The claims of `synthetic`, one at a time."""
    rng = random.Random(seed)
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
            yield (
                {
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
            )


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
    claims = synthetic(n)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    began, cpu = time.perf_counter(), time.process_time()
    groups = dateline.group(claims)
    took, cpu = time.perf_counter() - began, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"in process, {n:,} claims -> {len(groups):,} groups in {took:.1f} s: {n / took:,.0f} claims/s (goal 20,000)")
    print(f"  CPU time {cpu:.1f} s: {n / cpu:,.0f} claims per CPU second")
    print(f"  peak RSS {peak / 1024:.0f} MB (the input claims alone {before / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
