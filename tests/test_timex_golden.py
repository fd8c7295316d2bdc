"""Golden sets are the spec of the timex engine: tests/golden/timex/<lang>.toml, one case per sentence."""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

import pytest

from dateline.timex import tag
from tests.golden_sets import cases, languages


@pytest.mark.parametrize(("lang", "case"), cases("timex"))
def test_golden(lang: str, case: dict[str, Any]) -> None:
    dct = date.fromisoformat(case["dct"]) if "dct" in case else None
    found = tag(case["text"], lang, dct)
    expected = [list(e) for e in case["expect"]]
    got = [[t.text, t.type, t.value, t.mod] for t in found]
    # a mod is only checked when the golden case states one
    got = [g[: len(e)] for g, e in zip(got, expected, strict=False)] + got[len(expected) :]
    assert got == expected


@pytest.mark.parametrize("lang", languages("timex"))
def test_offsets_index_the_text(lang: str) -> None:
    text = "\n".join(param.values[1]["text"] for param in cases("timex") if param.values[0] == lang)
    found = tag(text, lang, date(2024, 11, 22))
    assert found, "the golden sentences contain expressions"
    assert all(text[t.start : t.end] == t.text for t in found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
