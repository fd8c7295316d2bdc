"""`dateline group` throughput and memory on synthetic claims (goal: >= 20,000 claims/s on one core).

Claims are made up: dates spread over two years, a few actors, names and numbers drawn from small pools, four
languages; every fact is told by one to four sources. Set BENCH_GROUP_N to change the count (default 100,000;
1,000,000 for the memory figure). Peak RSS is read from the process after the run.
"""

from __future__ import annotations

import os
import random
import resource
import time
from datetime import date, timedelta

import dateline
from dateline.ranges import iso_range

WORDS = [
    "delivered",
    "aircraft",
    "contract",
    "soldiers",
    "shipment",
    "missiles",
    "agreement",
    "factory",
    "strike",
    "minister",
]
NAMES = [f"Name{i}" for i in range(400)]
ACTORS = ["RUS", "PRK", "UKR", "USA", "KOR", "IRN", "CHN", "DEU"]


def synthetic(n: int, seed: int = 7) -> list[dict[str, object]]:
    rng = random.Random(seed)
    out: list[dict[str, object]] = []
    start = date(2023, 1, 1)
    fact = 0
    while len(out) < n:
        fact += 1
        day = start + timedelta(days=rng.randrange(730))
        value = day.isoformat() if rng.random() < 0.7 else day.isoformat()[:7]
        names = rng.sample(NAMES, 2)
        number = rng.randrange(10, 100000)
        actors = rng.sample(ACTORS, 2)
        for k in range(rng.randint(1, 4)):
            text = f"On that day {names[0]} and {names[1]} {rng.choice(WORDS)} {number} {rng.choice(WORDS)}."
            i = len(out)
            out.append(
                {
                    "id": f"{i:016x}",
                    "doc_id": f"{fact * 8 + k:016x}",
                    "source": f"s{k}",
                    "url": None,
                    "title": None,
                    "lang": "enesitnl"[2 * k : 2 * k + 2],
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
    return out[:n]


def main() -> None:
    n = int(os.environ.get("BENCH_GROUP_N", "100000"))
    claims = synthetic(n)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    began = time.perf_counter()
    groups = dateline.group(claims)
    took = time.perf_counter() - began
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{n:,} claims -> {len(groups):,} groups in {took:.1f} s: {n / took:,.0f} claims/s (goal 20,000)")
    print(f"peak RSS {peak / 1024:.0f} MB (input claims alone {before / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
