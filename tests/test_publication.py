"""Where a claim's publication date comes from: markup, a dateline of the text, a search of the page, or nothing."""

from __future__ import annotations

from typing import Any

import dateline
from dateline.clean.html import clean_html, searched_date
from dateline.language import supported

PROSE = "".join(
    f"<p>The harbour authority said that {n} more ships would be unloaded before the strike ends, "
    "as dock workers and employers met again for talks in the city hall on Monday.</p>"
    for n in range(2, 8)
)


def _page(extra: str = "", footer: str = "") -> str:
    return (
        "<html><head><title>Ships wait outside the harbour</title></head><body><article>"
        f"<h1>Ships wait outside the harbour</h1>{extra}{PROSE}</article><footer>{footer}</footer></body></html>"
    )


def _article(text: str, lang: str = "en") -> dict[str, Any]:
    claims = dateline.extract_record({"text": text, "lang": lang})
    assert claims, "the article has claims"
    return claims[0]


def test_a_dateline_with_place_and_dash_dates_the_article() -> None:
    claim = _article(
        "Strike at the port\n\nHAMBURG, March 7, 2024 – Dock workers walked out on Wednesday, the union said."
    )
    assert (claim["published"], claim["published_from"]) == ("2024-03-07", "text")
    assert [d["value"] for d in claim["dates"]] == ["2024-03-07", "2024-03-06"]


def test_a_date_on_a_line_of_its_own_dates_the_article() -> None:
    claim = _article(
        "Streik im Hafen\n\n25.01.2022\nDie Hafenarbeiter legten am Montag die Arbeit nieder, sagte die Gewerkschaft.",
        "de",
    )
    assert (claim["published"], claim["published_from"]) == ("2022-01-25", "text")
    assert claim["date"] == "2022-01-24"


def test_a_date_in_running_prose_is_no_publication_date() -> None:
    claim = _article("The strike\n\nOn March 7, 2023 the strike began at the port. Yesterday the union called it off.")
    assert (claim["published"], claim["published_from"]) == (None, None)
    later = dateline.extract_record(
        {"text": "The strike\n\nOn March 7, 2023 the strike began. Yesterday it ended.", "lang": "en"}
    )
    assert all(c["date"] != "2023-03-06" for c in later)


def test_a_page_without_markup_date_is_searched_for_a_real_day() -> None:
    page = _page(extra="<div><span>12.03.2021</span></div>")
    assert clean_html(page).published is None
    assert str(searched_date(page, None)) == "2021-03-12"
    claims = dateline.extract_record({"html": page})
    assert {(c["published"], c["published_from"]) for c in claims} == {("2021-03-12", "search")}


def test_the_search_in_the_supported_languages_reads_a_date_in_words_as_htmldate_does() -> None:
    from htmldate import extractors

    own = extractors.get_external_parser
    page = _page(extra="<div><p>Veröffentlicht am 21. April 2022, 04:45 Uhr</p></div>")
    assert str(searched_date(page, None, supported())) == str(searched_date(page, None)) == "2022-04-21"
    assert extractors.get_external_parser is own  # htmldate's own parser is back for its other callers


def test_a_searched_bare_year_is_no_publication_day() -> None:
    page = _page(footer="<p>Copyright 2013 Harbour News. Updated in 2013.</p>")
    assert clean_html(page).published is None
    assert searched_date(page, None) is None
