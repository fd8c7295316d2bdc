"""Golden sets are the spec of the timex engine: tests/golden/timex/<lang>.toml, one case per sentence."""

from __future__ import annotations

import itertools
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dateline.timex import tag

GOLDEN = Path(__file__).parent / "golden" / "timex"


def _cases() -> list[Any]:
    out = []
    for path in sorted(GOLDEN.glob("*.toml")):
        with path.open("rb") as fh:
            for i, case in enumerate(tomllib.load(fh)["case"]):
                out.append(pytest.param(path.stem, case, id=f"{path.stem}-{i}-{case['text'][:40]}"))
    return out


@pytest.mark.parametrize(("lang", "case"), _cases())
def test_golden(lang: str, case: dict[str, Any]) -> None:
    dct = date.fromisoformat(case["dct"]) if "dct" in case else None
    found = tag(case["text"], lang, dct)
    expected = [list(e) for e in case["expect"]]
    got = [[t.text, t.type, t.value, t.mod] for t in found]
    # a mod is only checked when the golden case states one
    got = [g[: len(e)] for g, e in zip(got, expected, strict=False)] + got[len(expected) :]
    assert got == expected


@pytest.mark.parametrize("lang", sorted(p.stem for p in GOLDEN.glob("*.toml")))
def test_offsets_index_the_text(lang: str) -> None:
    with (GOLDEN / f"{lang}.toml").open("rb") as fh:
        cases = tomllib.load(fh)["case"]
    text = "\n".join(c["text"] for c in cases)
    found = tag(text, lang, date(2024, 11, 22))
    assert found, "the golden sentences contain expressions"
    assert all(text[t.start : t.end] == t.text for t in found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
