"""What a user sees on the bundled examples: metadata found, dates resolved, furniture gone."""

from __future__ import annotations

from typing import Any

import orjson
import pytest
from typer.testing import CliRunner

from dateline.cli import app

from .conftest import EXAMPLES


@pytest.fixture(scope="module")
def claims() -> list[dict[str, Any]]:
    result = CliRunner().invoke(app, ["extract", str(EXAMPLES)])
    assert result.exit_code == 0, result.stderr
    return [orjson.loads(line) for line in result.stdout.splitlines()]


def _claim(claims: list[dict[str, Any]], needle: str) -> dict[str, Any]:
    found = [c for c in claims if needle in c["text"]]
    assert found, f"no claim contains {needle!r}"
    return found[0]


def _values(claim: dict[str, Any]) -> set[str]:
    return {d["value"] for d in claim["dates"]}


def test_html_metadata_gives_title_url_and_publication_date(claims: list[dict[str, Any]]) -> None:
    claim = _claim(claims, "ordered to leave their homes")
    assert claim["title"] == "Wildfire forces evacuation of 3,000 residents"
    assert claim["published"] == "2024-08-16" and claim["published_from"] == "metadata"
    assert claim["url"] == "https://herald.example/news/2024/08/16/wildfire-evacuation"
    assert claim["date"] == "2024-08-15"  # "on Thursday", the day before publication


def test_weekday_and_month_resolve_against_the_publication_date(claims: list[dict[str, Any]]) -> None:
    assert "2024-03-21" in _values(_claim(claims, "jeudi 21 mars"))
    assert "2024-03-07" in _values(_claim(claims, "le 7 mars"))
    assert "2024-08-09" in _values(_claim(claims, "August 9"))


def test_a_dateline_in_the_text_is_the_publication_date(claims: list[dict[str, Any]]) -> None:
    claim = _claim(claims, "am Montag zu dem Ausstand")
    assert claim["published"] == "2024-11-22" and claim["published_from"] == "text"
    assert claim["date"] == "2024-11-18"
    assert "2024-10" in _values(claim)


def test_without_a_publication_date_relative_dates_stay_underspecified(claims: list[dict[str, Any]]) -> None:
    claim = _claim(claims, "op 14 november")
    assert claim["published"] is None and claim["published_from"] is None
    assert "XXXX-11-14" in _values(claim)


def test_records_carry_their_own_id_language_and_date(claims: list[dict[str, Any]]) -> None:
    claim = _claim(claims, "mantener los tipos")
    assert claim["source"].endswith("records.jsonl#es-001")
    assert claim["lang"] == "es" and claim["published"] == "2024-05-10"
    assert claim["date"] == "2024-05-09"  # "el jueves"


def test_furniture_and_headlines_are_never_claims(claims: list[dict[str, Any]]) -> None:
    texts = " ".join(c["text"] for c in claims)
    for furniture in ("WERBUNG", "Kommentare", "Most read", "Partager", "Commentaires", "Ähnliche Artikel"):
        assert furniture not in texts
    assert not any(c["text"] == c["title"] for c in claims)
