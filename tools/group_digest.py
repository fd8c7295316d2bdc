#!/usr/bin/env python3
"""A digest of the groups `dateline.group` makes, to check that a change meant for speed changes no group.

usage: group_digest.py [CLAIMS.jsonl ...] [--synthetic N]

Prints one line per input: the number of claims and groups and a SHA-256 of the group records (sorted JSON, in
output order). CLAIMS.jsonl: claim records as `dateline extract` writes them (e.g. of MEANTIME dev); --synthetic N:
the first N claims of `bench/bench_group.py` (default 100,000; 0 for none). Run it on the old and the new tree
(`PYTHONPATH=OLD/src python tools/group_digest.py …`) and compare the lines.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import orjson

import dateline

ROOT = Path(__file__).resolve().parents[1]


def digest(claims: list[dict[str, object]]) -> str:
    """Claims and groups counted, and the SHA-256 of the group records."""
    groups = dateline.group(claims)
    body = b"".join(orjson.dumps(g, option=orjson.OPT_SORT_KEYS) + b"\n" for g in groups)
    return f"claims={len(claims)} groups={len(groups)} sha256={hashlib.sha256(body).hexdigest()}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("claims", nargs="*", type=Path)
    ap.add_argument("--synthetic", type=int, default=100_000)
    a = ap.parse_args()
    for path in a.claims:
        lines = path.read_bytes().splitlines()
        print(f"{path}: {digest([orjson.loads(line) for line in lines if line.strip()])}")
    if a.synthetic:
        sys.path.insert(0, str(ROOT / "bench"))
        from bench_group import synthetic

        print(f"synthetic {a.synthetic}: {digest(synthetic(a.synthetic))}")


if __name__ == "__main__":
    main()
