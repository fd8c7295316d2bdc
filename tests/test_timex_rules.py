"""Rule families of the timex grammars, one case per language that has the family."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.timex import calendar as cal
from dateline.timex import tag


def _values(text: str, lang: str, dct: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, lang, date.fromisoformat(dct))]


@pytest.mark.parametrize(
    ("lang", "text", "dct", "expected"),
    [
        # a regular past verb decides the tense: the weekday is the last one, not the coming one
        ("en", "Cuba predicted Wednesday that the boy would stay.", "2000-01-07", [("Wednesday", "2000-01-05")]),
        ("en", "Shares fell after the market closed Wednesday.", "1989-10-27", [("Wednesday", "1989-10-25")]),
        # ... but not a passive after "be" ("will be named in December")
        ("en", "He will be named commander for a mission in December.", "1998-03-05", [("December", "1998-12")]),
    ],
)
def test_tense_of_regular_past_verbs(lang: str, text: str, dct: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text, lang, dct) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "They lived in the camps for 2 1/2 years.", [("2 1/2 years", "P2Y6M")]),
        ("en", "She spent about 5 1/2 hours in Nairobi.", [("about 5 1/2 hours", "PT5H30M")]),
        ("en", "But a minute and a half later, a pilot calls in.", [("a minute and a half", "PT1M30S")]),
        ("en", "He served one and a half years.", [("one and a half years", "P1Y6M")]),
        ("en", "The strike lasted three and a half days.", [("three and a half days", "P3DT12H")]),
    ],
)
def test_fractions_of_units(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text, lang, "2000-01-01") == expected


def test_mixed_durations() -> None:
    assert cal.mixed(2.5, "Y") == "P2Y6M"
    assert cal.mixed(0.5, "HOUR") == "PT30M"
    assert cal.mixed(1.5, "M") == "P1.5M"  # half a month has no whole smaller unit


@pytest.mark.parametrize(
    ("lang", "text", "dct", "expected"),
    [
        ("en", "A hearing is set for the week of March 6.", "2000-02-20", [("the week of March 6", "2000-W10")]),
        ("en", "Protesters prayed as Easter week began.", "2000-04-16", [("Easter week", "2000-W16")]),
        ("en", "Sales will grow over the next couple of years.", "1989-10-30", [("the next couple of years", "P2Y")]),
        ("en", "He died within weeks or months of his capture.", "1998-02-19", [("weeks or months", "PXW")]),
        ("en", "Earnings fell in the last half of 1989.", "1989-11-01", [("the last half of 1989", "1989-H2")]),
        (
            "en",
            "It could be effective in next year's first quarter.",
            "1989-10-30",
            [("next year's first quarter", "1990-Q1")],
        ),
        (
            "en",
            "Net was $14 million in this year's third quarter.",
            "1989-10-30",
            [("this year's third quarter", "1989-Q3")],
        ),
        ("en", "Cuts should be in place by year's end.", "1989-10-30", [("year's end", "1989")]),
        ("en", "Markets hurt more these days.", "1989-10-30", [("these days", "PRESENT_REF")]),
    ],
)
def test_weeks_halves_and_quarters_named_by_context(
    lang: str, text: str, dct: str, expected: list[tuple[str, str]]
) -> None:
    assert _values(text, lang, dct) == expected


def test_the_quarter_a_year_ago_follows_the_reported_quarter() -> None:
    text = "Profit rose in the third quarter. For the quarter a year ago, it lost money."
    assert _values(text, "en", "1989-10-30")[-1] == ("the quarter a year ago", "1988-Q3")


@pytest.mark.parametrize(
    ("lang", "text", "dct", "expected"),
    [
        # every night / every Wednesday morning: sets, one night as the period
        ("de", "Sie steht nachts dreimal auf.", "2006-10-05", [("nachts", "PT1NI")]),
        ("de", "Das Make-up wird morgens aufgetragen.", "2011-05-01", [("morgens", "PT1MO")]),
        (
            "de",
            "Die Schüler bekommen Mittwoch vormittags frei.",
            "1999-03-30",
            [("Mittwoch vormittags", "XXXX-WXX-3TMO")],
        ),
        # "vor kurzem", "gegenwärtig" are not annotated in German news (KRAUTS)
        ("de", "Er hat vor kurzem den Entwurf vorgelegt, der gegenwärtig geprüft wird.", "1997-12-05", []),
        # "um" starts an expression of its own: the date and the clock time are two
        (
            "de",
            "Der Verein lädt am Donnerstag, 25. Februar um 20.30 Uhr in die Aula.",
            "2010-02-20",
            [("Donnerstag, 25. Februar", "2010-02-25"), ("20.30 Uhr", "2010-02-25T20:30")],
        ),
    ],
)
def test_german_sets_and_clock_times(lang: str, text: str, dct: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text, lang, dct) == expected


@pytest.mark.parametrize(
    ("lang", "text", "dct", "expected"),
    [
        ("de", "In Frankreich wurde die 35-Stunden-Woche eingeführt.", "2004-01-01", [("35-Stunden-Woche", "PT35H")]),
        ("de", "Die 14-Tage-Frist ist zu kurz.", "2013-10-11", [("14-Tage", "P14D")]),
        ("de", "Amokläufe, die alle paar Jahre geschehen.", "2010-08-12", [("alle paar Jahre", "PXY")]),
        ("en", "In Singapore, stocks hit a five year low.", "1998-01-08", [("five year", "P5Y")]),
        ("en", "Shares are far below their 52-week high.", "1989-10-30", [("52-week", "P52W")]),
        ("en", "The 6-year-old boy stayed.", "2000-01-07", []),
    ],
)
def test_durations_inside_compounds(lang: str, text: str, dct: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text, lang, dct) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "On May 22, 1995, he was promoted, and the following year he left.", ("the following year", "1996")),
        ("en", "He fled in June 1998 and returned later that year.", ("later that year", "1998")),
        (
            "en",
            "Sales fell in March 1989. The following month, the company was sold.",
            ("The following month", "1989-04"),
        ),
        ("en", "Imports reached $1.5 billion in 1988 and fell the following year.", ("the following year", "1989")),
        (
            "en",
            "He was shot on Oct. 23, 1998. Earlier that day, the family called.",
            ("Earlier that day", "1998-10-23"),
        ),
        ("en", "The index closed at 2082.1 points.", None),
    ],
)
def test_years_and_months_of_the_story(lang: str, text: str, expected: tuple[str, str] | None) -> None:
    found = _values(text, lang, "2000-01-10")
    assert (found[-1] if found else None) == expected


def test_the_following_year_without_a_year_named_is_the_anchors() -> None:
    assert _values("The following year he left.", "en", "2000-01-10") == [("The following year", "2001")]


@pytest.mark.parametrize(
    ("lang", "text", "dct", "expected"),
    [
        ("en", "Talks will conclude by May.", "1998-02-27", [("May", "1998-05")]),
        ("en", "You may go now.", "1998-02-27", [("now", "PRESENT_REF")]),
        ("en", "Most revenue each month goes to repayment.", "1989-10-30", [("each month", "P1M")]),
        ("en", "It pays $100 million in interest every quarter.", "1989-10-30", [("every quarter", "P1Q")]),
        # a capitalised word in -ed is no verb ("the United States Thursday")
        ("en", "He will travel to the United States Thursday.", "2000-04-03", [("Thursday", "2000-04-06")]),
    ],
)
def test_may_and_sets_of_units(lang: str, text: str, dct: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text, lang, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Starke von heute kann der Schwache von morgen sein.",
            [("heute", "PRESENT_REF"), ("morgen", "FUTURE_REF")],
        ),
        ("Von heute an gilt das Gesetz.", [("heute", "2009-09-24")]),
        ("Die Zeitung von gestern abend.", [("gestern abend", "2009-09-23TEV")]),
    ],
)
def test_german_von_heute_is_the_present(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text, "de", "2009-09-24") == expected
