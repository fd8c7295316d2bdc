"""Calendar ranges of TIMEX3 values: what `range` says in claims and `dateline dates`, and the sort order."""

from __future__ import annotations

import pytest

from dateline.ranges import iso_range, sort_key
from dateline.timex import tag


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-11-22", ["2024-11-22", "2024-11-22"]),
        ("2024-11-22TEV", ["2024-11-22", "2024-11-22"]),
        ("2024-11-22T09:30", ["2024-11-22", "2024-11-22"]),
        ("2024-02", ["2024-02-01", "2024-02-29"]),
        ("2024-10-XX", ["2024-10-01", "2024-10-31"]),
        ("2024", ["2024-01-01", "2024-12-31"]),
        ("2024-XX", ["2024-01-01", "2024-12-31"]),
        ("2024-W46", ["2024-11-11", "2024-11-17"]),
        ("2020-W53", ["2020-12-28", "2021-01-03"]),
        ("2024-W46-WE", ["2024-11-16", "2024-11-17"]),
        ("2024-W46-3", ["2024-11-13", "2024-11-13"]),
        ("2024-Q4", ["2024-10-01", "2024-12-31"]),
        ("2024-H1", ["2024-01-01", "2024-06-30"]),
        ("2024-SU", ["2024-06-01", "2024-08-31"]),
        ("2023-WI", ["2023-12-01", "2024-02-29"]),
        ("199X", ["1990-01-01", "1999-12-31"]),
        ("199", ["1990-01-01", "1999-12-31"]),
        ("19", ["1900-01-01", "1999-12-31"]),
    ],
)
def test_calendar_values_have_their_days(value: str, expected: list[str]) -> None:
    assert iso_range(value) == expected


@pytest.mark.parametrize("value", ["PRESENT_REF", "PAST_REF", "XXXX-10", "XXXX-WXX-1", "P3D", "2024-02-30", "2021-W53"])
def test_references_durations_and_impossible_days_have_none(value: str) -> None:
    assert iso_range(value) is None


def test_before_and_after_are_no_days_of_their_value() -> None:
    assert iso_range("2020", "BEFORE") is None
    assert iso_range("2020", "START") == ["2020-01-01", "2020-12-31"]


def test_weeks_seasons_and_decades_sort_where_they_belong() -> None:
    values = ["2024-12", "2024-W46", "08", "2024-11-22", "PRESENT_REF", "2024-SU", "199X", "2024"]
    assert sorted(values, key=sort_key) == [
        "08",
        "199X",
        "2024",
        "2024-SU",
        "2024-W46",
        "2024-11-22",
        "2024-12",
        "PRESENT_REF",
    ]


def test_tagged_expressions_carry_their_range() -> None:
    from datetime import date

    found = tag("Der Verband warnte letzte Woche vor Verspätungen.", "de", date(2024, 11, 22))
    assert [t.as_dict()["range"] for t in found] == [["2024-11-11", "2024-11-17"]]


def test_every_claim_has_the_range_of_its_date() -> None:
    import dateline

    text = "Streik im Hafen\n\nDer Verband der Chemischen Industrie warnte letzte Woche vor Verspätungen an Werken."
    claims = dateline.extract_record({"text": text, "lang": "de", "published": "2024-11-22"})
    assert [(c["date"], c["range"]) for c in claims] == [("2024-W46", ["2024-11-11", "2024-11-17"])]
