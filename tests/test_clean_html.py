"""HTML cleaning: structure from trafilatura's output, metadata, and broken markup that must never raise."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.clean import clean
from dateline.clean.html import clean_html
from dateline.model import Cleaned, Document

PARAGRAPH = (
    "Die Regierung hat am Dienstag ein neues Gesetz beschlossen, das ab dem kommenden Jahr gelten soll und "
    "nach Angaben des Ministeriums mehrere Millionen Haushalte betrifft."
)
PAGE = f"""<!DOCTYPE html><html lang="de"><head>
<title>Neues Gesetz beschlossen | Beispiel-Zeitung</title>
<meta property="og:title" content="Neues Gesetz beschlossen">
<meta property="og:site_name" content="Beispiel-Zeitung">
<meta property="article:published_time" content="2024-03-05T10:00:00+01:00">
</head><body>
<nav><ul><li><a href="/">Startseite</a></li><li><a href="/politik">Politik</a></li></ul></nav>
<article>
<h1>Neues Gesetz beschlossen</h1>
<p>{PARAGRAPH}</p>
<h2>Was sich ändert</h2>
<p>Künftig müssen Vermieter die Heizkosten genauer abrechnen. Verstöße werden mit Bußgeldern geahndet,
die bis zu 5.000 Euro betragen können, wie ein Sprecher am Mittwoch erklärte.</p>
<ul><li>Erstens gilt eine neue Frist für alle Abrechnungen der Vermieter.</li>
<li>Zweitens werden die Bußgelder für Verstöße gegen die Regeln deutlich erhöht.</li></ul>
<p>Lesen Sie auch: Warum die Mieten weiter steigen</p>
<blockquote><p>„Das ist ein großer Schritt für alle Mieter in diesem Land“, sagte die Ministerin.</p></blockquote>
<p>Die Opposition kritisierte das Gesetz als unzureichend und kündigte weitere Anträge im Bundestag an.</p>
</article>
<footer><p>© 2024 Beispiel-Zeitung. Alle Rechte vorbehalten.</p></footer>
</body></html>"""


def _kinds(cleaned: Cleaned) -> list[tuple[str, str]]:
    return [(b.kind, cleaned.text[b.start : b.end]) for b in cleaned.blocks]


@pytest.fixture(scope="module")
def page() -> Cleaned:
    return clean(Document("page.html", PAGE, "html", "page", url="https://example.org/gesetz"))


def test_structure_headline_headings_and_body(page: Cleaned) -> None:
    kinds = _kinds(page)
    assert kinds[0] == ("title", "Neues Gesetz beschlossen")
    assert ("heading", "Was sich ändert") in kinds
    assert ("body", PARAGRAPH) in kinds
    assert ("body", "Erstens gilt eine neue Frist für alle Abrechnungen der Vermieter.") in kinds
    assert any(kind == "body" and text.startswith("„Das ist ein großer Schritt") for kind, text in kinds)
    assert page.text.count("Neues Gesetz beschlossen") == 1


def test_paragraph_line_breaks_are_folded(page: Cleaned) -> None:
    line = next(t for _, t in _kinds(page) if t.startswith("Künftig"))
    assert "\n" not in line and "  " not in line
    assert line.endswith("wie ein Sprecher am Mittwoch erklärte.")


def test_furniture_is_dropped(page: Cleaned) -> None:
    assert "Lesen Sie auch" not in page.text
    assert "Startseite" not in page.text


def test_metadata(page: Cleaned) -> None:
    assert page.title == "Neues Gesetz beschlossen"
    assert page.published == date(2024, 3, 5)
    assert page.sitename == "Beispiel-Zeitung"
    assert page.url == "https://example.org/gesetz"


def test_record_title_wins() -> None:
    cleaned = clean(Document("p", PAGE, "html", "p", title="Gesetz: Bundestag stimmt zu"))
    assert cleaned.text.split("\n")[0] == "Gesetz: Bundestag stimmt zu"
    assert cleaned.title == "Gesetz: Bundestag stimmt zu"


@pytest.mark.parametrize(
    "content",
    [
        "",
        "   ",
        "<html",
        "<<<>>>&&&",
        "<html><body></body></html>",
        "<?xml version='1.0' encoding='utf-8'?><html><body><p>Kurz.</p></body></html>",
        "\x00\x01\x02<p>\ud800</p>",
        "<div>" * 5000 + "Tief verschachtelt." + "</div>" * 5000,
        "<p>" + "Wort " * 100_000 + "</p>",
    ],
)
def test_broken_html_never_raises(content: str) -> None:
    cleaned = clean_html(content)
    assert isinstance(cleaned.text, str)
    assert cleaned.text.count("\n") + 1 == len(cleaned.blocks) or cleaned.text == ""


def test_unextractable_page_falls_back_to_its_visible_text() -> None:
    content = "<html><body><script>var x = 1;</script><div>Der Zug kam am Montag an.</div></body></html>"
    cleaned = clean_html(content)
    assert "Der Zug kam am Montag an." in cleaned.text
    assert "var x" not in cleaned.text


def test_when_trafilatura_finds_nothing_the_text_cleaner_takes_over(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("dateline.clean.html.extract", lambda content, url: None)
    cleaned = clean_html(PAGE)
    assert cleaned.title == "Neues Gesetz beschlossen"
    assert _kinds(cleaned)[:2] == [("title", "Neues Gesetz beschlossen"), ("body", PARAGRAPH)]
    assert "Künftig müssen Vermieter" in cleaned.text  # decoded as UTF-8, one line per paragraph
    for furniture in ("Lesen Sie auch", "Politik", "©"):
        assert furniture not in cleaned.text


def test_a_year_in_the_page_text_is_not_taken_for_a_publication_day() -> None:
    """Without a date in the markup, a bare year in the text ("© 2013") must not become 2013-01-01."""
    body = "".join(
        f"<p>The harbour authority said on Monday that {n} more ships would be unloaded before the strike ends, "
        "as dock workers and employers met again for talks in the city hall.</p>"
        for n in range(2, 8)
    )
    page = (
        "<html><head><title>Ships wait outside the harbour</title></head><body><article>"
        f"<h1>Ships wait outside the harbour</h1>{body}</article>"
        "<footer><p>Copyright 2013 Harbour News. Updated in 2013.</p></footer></body></html>"
    )
    cleaned = clean_html(page)
    assert any(block.kind == "body" for block in cleaned.blocks)
    assert cleaned.published is None
