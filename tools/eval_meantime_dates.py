"""The same sentence in four languages should get the same date: MEANTIME's translations, scored.

Reads `../shared/corpus/meantime/{en,es,it,nl}.jsonl` (Wikinews articles and their Spanish, Italian and Dutch
translations; see its README). Each document is tagged by `dateline.timex.tag` against its publication date. A
translated sentence is paired with the English sentence it shares the most event instances with (sentences are
lines; the headline and the date line are skipped). For every pair whose English sentence carries a specific
date, it counts as the same when the translation's first specific date has the same value.

    python tools/eval_meantime_dates.py [--errors N]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from dateline.claims import is_specific
from dateline.timex import tag

MEANTIME = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "meantime"
LANGS = ("es", "it", "nl")
BODY = 2  # line 0 is the headline, line 1 the date line


def lines(doc: dict[str, Any]) -> list[tuple[int, int]]:
    """(start, end) of each line of the document's text."""
    out, start = [], 0
    for line in doc["text"].split("\n"):
        out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def first_dates(doc: dict[str, Any]) -> list[str | None]:
    """The first specific date value of each line, or None."""
    spans = lines(doc)
    found: list[str | None] = [None] * len(spans)
    for timex in tag(doc["text"], doc["lang"], date.fromisoformat(doc["dct"])):
        if not is_specific(timex):
            continue
        index = next(i for i, (start, end) in enumerate(spans) if start <= timex.start <= end)
        found[index] = found[index] or timex.value
    return found


def instances(doc: dict[str, Any]) -> list[set[str]]:
    """The event instances mentioned in each line."""
    spans = lines(doc)
    out: list[set[str]] = [set() for _ in spans]
    for event in doc["events"]:
        index = next(i for i, (start, end) in enumerate(spans) if start <= event["start"] <= end)
        out[index].add(event["instance"])
    return out


def load(path: Path) -> dict[str, dict[str, Any]]:
    """A language's documents by their number within the corpus ("apple/10450")."""
    with path.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    return {record["id"].split("/", 1)[1]: record for record in records}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", type=int, default=0, help="list N sentences whose dates differ")
    args = parser.parse_args()
    if not MEANTIME.is_dir():
        print(f"skipped: {MEANTIME} not found")
        return 0
    docs = {lang: load(MEANTIME / f"{lang}.jsonl") for lang in ("en", *LANGS)}
    same: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    errors: list[str] = []
    for key, english in docs["en"].items():
        en_dates, en_events = first_dates(english), instances(english)
        for lang in LANGS:
            other = docs[lang].get(key)
            if other is None:
                continue
            other_dates, other_events = first_dates(other), instances(other)
            for i in range(BODY, len(en_dates)):
                if en_dates[i] is None or not en_events[i]:
                    continue
                overlap = [(len(en_events[i] & events), j) for j, events in enumerate(other_events) if j >= BODY]
                best, j = max(overlap, default=(0, -1))
                if best == 0:
                    continue
                pairs[lang] += 1
                if other_dates[j] == en_dates[i]:
                    same[lang] += 1
                else:
                    text = other["text"].split("\n")[j]
                    errors.append(f"{lang} {key}: en {en_dates[i]} / {other_dates[j]}  {text[:100]}")
    total = sum(pairs.values())
    print(f"MEANTIME same date as the English sentence: {sum(same.values()) / max(total, 1):.3f} of {total} pairs")
    for lang in LANGS:
        print(f"  {lang}  {same[lang] / max(pairs[lang], 1):.3f}  ({same[lang]}/{pairs[lang]})")
    for line in errors[: args.errors]:
        print("   ", line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
