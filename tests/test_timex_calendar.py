"""The relative-date arithmetic every language shares (dateline.timex.calendar)."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.timex import calendar as cal

FRI = date(2024, 11, 22)  # a Friday in ISO week 47


@pytest.mark.parametrize(
    ("anchor", "unit", "n", "expected"),
    [
        (date(2022, 9, 6), "W", -1, "2022-W35"),
        (FRI, "W", 0, "2024-W47"),
        (date(2025, 3, 27), "W", -1, "2025-W12"),
        (date(2021, 1, 3), "W", 0, "2020-W53"),  # ISO year differs from calendar year
        (date(2024, 12, 30), "W", 0, "2025-W01"),
        (date(2022, 9, 6), "M", -1, "2022-08"),
        (date(2025, 1, 6), "M", -1, "2024-12"),
        (date(2024, 11, 22), "M", 3, "2025-02"),
        (date(2022, 5, 1), "Y", 1, "2023"),
        (date(2022, 11, 3), "D", -1, "2022-11-02"),
        (date(2024, 3, 1), "D", -1, "2024-02-29"),
        (date(1989, 11, 2), "Q", -1, "1989-Q3"),
        (date(1990, 2, 1), "Q", -1, "1989-Q4"),
        (date(2024, 7, 1), "H", -1, "2024-H1"),
        (date(1995, 6, 1), "DE", 0, "199X"),
        (date(1995, 6, 1), "CE", -1, "18"),
    ],
)
def test_shift(anchor: date, unit: str, n: int, expected: str) -> None:
    assert cal.shift(anchor, unit, n) == expected


@pytest.mark.parametrize(
    ("month", "direction", "year"),
    [
        (8, "past", 2022),  # "im August" in a past-tense sentence, dct September
        (10, "past", 2022),  # "extended the loans through October": a month just ahead is the coming one
        (1, "past", 2022),  # four months ahead: last January
        (9, "past", 2022),  # the dct's own month
        (10, "future", 2022),
        (8, "future", 2023),
        (9, "next", 2023),
        (9, "prev", 2021),
        (3, "this", 2022),
        (7, None, 2022),  # no cue: the latest July
        (10, None, 2022),  # no cue but the coming month
        (12, None, 2021),  # no cue, three months ahead: last year's
    ],
)
def test_month_year(month: int, direction: str | None, year: int) -> None:
    assert cal.month_year(date(2022, 9, 6), month, direction) == year


@pytest.mark.parametrize(
    ("weekday", "direction", "expected"),
    [
        (5, "past", date(2024, 11, 22)),  # "am Freitag" said on a Friday
        (3, "past", date(2024, 11, 20)),
        (6, "past", date(2024, 11, 16)),
        (5, "prev", date(2024, 11, 15)),  # "last Friday"
        (5, "next", date(2024, 11, 29)),
        (1, "future", date(2024, 11, 25)),
        (5, "future", date(2024, 11, 22)),
        (1, "this", date(2024, 11, 18)),
        (3, None, date(2024, 11, 20)),  # no cue: the nearest
        (6, None, date(2024, 11, 23)),
    ],
)
def test_weekday_date(weekday: int, direction: str | None, expected: date) -> None:
    assert cal.weekday_date(FRI, weekday, direction) == expected


@pytest.mark.parametrize(
    ("month", "day", "direction", "expected"),
    [
        (11, 5, "past", date(2024, 11, 5)),
        (2, 7, "past", date(2024, 2, 7)),
        (12, 14, "past", date(2024, 12, 14)),  # "payable Dec. 14": a past sentence may name a date just ahead
        (2, 1, "future", date(2025, 2, 1)),
        (11, 25, None, date(2024, 11, 25)),
        (1, 10, None, date(2025, 1, 10)),  # nearest
        (6, 1, None, date(2024, 6, 1)),
        (2, 29, None, date(2024, 2, 29)),
        (11, 22, "prev", date(2023, 11, 22)),
    ],
)
def test_day_date(month: int, day: int, direction: str | None, expected: date) -> None:
    assert cal.day_date(FRI, month, day, direction) == expected


def test_impossible_day_has_no_date() -> None:
    assert cal.day_date(FRI, 2, 30, None) is None


@pytest.mark.parametrize(
    ("anchor", "season", "direction", "year"),
    [
        (date(2022, 11, 3), "WI", None, 2022),  # "über den Winter" in November
        (date(2022, 11, 3), "SU", None, 2022),
        (date(2022, 11, 3), "SU", "prev", 2022),
        (date(2022, 11, 3), "FA", "prev", 2021),
        (date(2025, 3, 27), "WI", "prev", 2024),  # winter 2024 = Dec 2024 to Feb 2025
        (date(2022, 11, 3), "SP", "next", 2023),
        (date(2022, 11, 3), "WI", "past", 2021),
        (date(2022, 11, 3), "SP", "future", 2023),
        (date(2023, 1, 15), "WI", None, 2022),
    ],
)
def test_season_year(anchor: date, season: str, direction: str | None, year: int) -> None:
    assert cal.season_year(anchor, season, direction) == year


@pytest.mark.parametrize(
    ("n", "unit", "expected"),
    [
        (3, "M", "P3M"),
        (8, "M", "P8M"),
        (24, "HOUR", "PT24H"),
        (2, "Y", "P2Y"),
        (1, "W", "P1W"),
        (None, "Y", "PXY"),
        (None, "MIN", "PTXM"),
        (1.5, "Y", "P1.5Y"),
        (2, "DE", "P2DE"),
    ],
)
def test_duration(n: float | None, unit: str, expected: str) -> None:
    assert cal.duration(n, unit) == expected


def test_week_value_and_unknowns() -> None:
    assert cal.week_value(date(2024, 12, 28)) == "2024-W52"
    assert cal.unknown("W") == "XXXX-WXX"
    assert cal.unknown("M") == "XXXX-XX"
    assert cal.add_months(2024, 11, 2) == (2025, 1)
    assert cal.add_months(2025, 1, -1) == (2024, 12)


def test_combine() -> None:
    assert cal.combine("P3Y", "P4M") == "P3Y4M"
    assert cal.combine("PT2H", "PT30M") == "PT2H30M"
    assert cal.combine("P1D", "PT6H") == "P1DT6H"


def test_mixed_durations() -> None:
    assert cal.mixed(2.5, "Y") == "P2Y6M"
    assert cal.mixed(0.5, "HOUR") == "PT30M"
    assert cal.mixed(1.5, "M") == "P1.5M"  # half a month has no whole smaller unit
