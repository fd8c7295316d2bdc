"""The extractors on the gold claim sentences of the seed articles (../shared/gold/seeds.claims.jsonl).

Thresholds (the issue's definition of done): attribution found ≥ 90% (emitted text contains the gold text or
is contained in it), quantities with the right value and op ≥ 90%, actor F1 ≥ 0.9 (states only: gold has no
organisations), every hedged claim marked hedged.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dateline.extract import Lexicon, analyze
from dateline.model import Anatomy
from dateline.timex import tag

_END = re.compile(r"[.!?][\"“”„«»]?(?=\s+[\"“„«]?[A-ZÄÖÜ0-9])")


def sentence_around(line: str, at: int, length: int) -> tuple[int, int]:
    """A rough sentence span around [at, at + length) in one paragraph."""
    start = 0
    for m in _END.finditer(line):
        if m.end() > at:
            break
        start = m.end()
    m = _END.search(line, at + length)
    end = m.end() if m else len(line)
    while start < end and line[start].isspace():
        start += 1
    return start, end


def _gold(shared: Path) -> list[tuple[dict[str, Any], Anatomy]]:
    meta = {r["file"]: r for r in map(json.loads, (shared / "corpus/seeds/meta.jsonl").read_text().splitlines())}
    lexicon = Lexicon()
    out = []
    for row in map(json.loads, (shared / "gold/seeds.claims.jsonl").read_text().splitlines()):
        info = meta[row["file"]]
        text = (shared / "corpus/seeds" / row["file"]).read_text(encoding="utf-8")
        line = next(p for p in text.splitlines() if row["quote"] in p)
        start, end = sentence_around(line, line.index(row["quote"]), len(row["quote"]))
        timexes = [t for t in tag(line, info["lang"], date.fromisoformat(info["published"])) if start <= t.start < end]
        out.append((row, analyze(line, start, end, info["lang"], timexes, lexicon)))
    return out


@pytest.fixture(scope="module")
def gold(shared: Path) -> list[tuple[dict[str, Any], Anatomy]]:
    return _gold(shared)


def test_attribution(gold: list[tuple[dict[str, Any], Anatomy]]) -> None:
    rows = [(g, a) for g, a in gold if "attribution" in g]
    hits = [
        g["attribution"]
        for g, a in rows
        if a.attribution and (g["attribution"] in a.attribution.text or a.attribution.text in g["attribution"])
    ]
    assert len(hits) / len(rows) >= 0.9, [(g["attribution"], a.attribution) for g, a in rows]


def test_quantities(gold: list[tuple[dict[str, Any], Anatomy]]) -> None:
    wanted = [(q, a) for g, a in gold for q in g.get("quantities", [])]
    hits = [q for q, a in wanted if any(x.value == q["value"] and x.op == q["op"] for x in a.quantities)]
    assert len(hits) / len(wanted) >= 0.9, [(q, a.quantities) for q, a in wanted]


def test_actors(gold: list[tuple[dict[str, Any], Anatomy]]) -> None:
    tp = fp = fn = 0
    for g, a in gold:
        if "actors" in g:
            found, want = {c for c in a.actors if len(c) == 3 and c.isupper()}, set(g["actors"])
            tp, fp, fn = tp + len(found & want), fp + len(found - want), fn + len(want - found)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.9, (tp, fp, fn)


def test_hedged(gold: list[tuple[dict[str, Any], Anatomy]]) -> None:
    hedged = [(g["quote"], a.modality) for g, a in gold if g.get("modality") == "hedged"]
    assert hedged and all(m == "hedged" for _, m in hedged), hedged
