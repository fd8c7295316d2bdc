"""The grouping bench's claims: realistic synthetic ones look like `extract` output, and real ones replicated by
month keep their dates consistent (a shifted value's range is the range of the shifted value)."""

from __future__ import annotations

import sys
from pathlib import Path

import jsonschema

from dateline.api import claim_schema
from dateline.extract.actors import gazetteer

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from bench_group import replicated, shifted, synthetic


def test_values_move_by_whole_months() -> None:
    assert shifted("2024-01-31", 1) == "2024-02-29"  # the month's last day at most
    assert shifted("2024-11-05", 3) == "2025-02-05"
    assert shifted("2024-11", 2) == "2025-01"
    assert shifted("2024-W46", 1) == "2024-W50"  # the week of Monday 2024-11-11 a month later
    assert shifted("2024", 13) == "2025"
    assert shifted("2024-Q3", 12) == "2025-Q3"
    assert shifted("PRESENT_REF", 5) == "PRESENT_REF"
    assert shifted("P3D", 5) == "P3D"


def test_realistic_claims_name_their_actors_and_dates_where_they_say() -> None:
    claims = synthetic(300, realistic=True)
    assert any(c["actors"] for c in claims)
    for c in claims:
        text = str(c["text"])
        assert [[a, b] for _, a, b in gazetteer(str(c["lang"])).find(text)] == c["actor_spans"]
        for d in c["dates"]:  # type: ignore[attr-defined]
            assert text[d["start"] : d["end"]] == d["text"]


def test_replicas_are_other_documents_of_later_months() -> None:
    claim = {
        "id": "0123456789abcdef",
        "doc_id": "fedcba9876543210",
        "source": "a.jsonl#1",
        "url": None,
        "title": None,
        "lang": "en",
        "published": "2024-11-06",
        "published_from": "record",
        "text": "Boeing said on 5 November 2024 that the strike ended.",
        "span": [0, 53],
        "date": "2024-11-05",
        "range": ["2024-11-05", "2024-11-05"],
        "dates": [
            {
                "text": "5 November 2024",
                "value": "2024-11-05",
                "type": "DATE",
                "start": 15,
                "end": 30,
                "range": ["2024-11-05", "2024-11-05"],
            }
        ],
        "attribution": None,
        "actors": [],
        "actor_spans": [],
        "quantities": [],
        "event": [],
        "modality": "asserted",
        "score": 0.5,
    }
    copies = replicated([claim], 3)
    assert [c["date"] for c in copies] == ["2024-11-05", "2024-12-05", "2025-01-05"]
    assert copies[2]["range"] == ["2025-01-05", "2025-01-05"] and copies[2]["published"] == "2025-01-06"
    assert copies[2]["dates"][0]["range"] == ["2025-01-05", "2025-01-05"]
    assert len({c["id"] for c in copies}) == len({c["doc_id"] for c in copies}) == 3
    validator = jsonschema.Draft202012Validator(claim_schema())
    for c in copies:
        validator.validate(c)
