"""Golden sets are the spec of the quantity extractor: tests/golden/quantities/<lang>.toml, one case per sentence.

Each sentence is first tagged for dates (publication date 2024-11-22), as the pipeline does, so that "a date is
no quantity" is checked the way a user meets it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from dateline.extract.quantities import quantities
from dateline.timex import tag
from tests.golden_sets import cases, languages

DCT = date(2024, 11, 22)


@pytest.mark.parametrize(("lang", "case"), cases("quantities"))
def test_golden(lang: str, case: dict[str, Any]) -> None:
    text = case["text"]
    spans = [(t.start, t.end) for t in tag(text, lang, DCT)]
    found = quantities(text, lang, spans)
    expected = [(*e, None, None)[:5] for e in case["expect"]]
    assert [(q.text, q.value, q.op, q.unit, q.unit_code) for q in found] == [tuple(e) for e in expected]
    assert all(text[q.start : q.end] == q.text for q in found)


def test_every_language_has_a_golden_set() -> None:
    assert languages("quantities") == ["de", "en", "es", "fr", "it", "nl"]
