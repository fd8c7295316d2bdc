"""Plain-text cleaning: fixture pairs (`<name>.txt` → `<name>.json`) found automatically, plus single rules."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from dateline.clean import clean
from dateline.clean.furniture import is_furniture, strip_glued_slug
from dateline.clean.text import clean_text
from dateline.model import Cleaned, Document

FIXTURES = Path(__file__).parent / "fixtures" / "clean"


def _blocks(cleaned: Cleaned) -> list[list[str]]:
    return [[b.kind, cleaned.text[b.start : b.end]] for b in cleaned.blocks]


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.txt")), ids=lambda p: p.stem)
def test_fixture(path: Path) -> None:
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    cleaned = clean_text(path.read_text(encoding="utf-8"))
    assert cleaned.title == expected["title"]
    assert _blocks(cleaned) == expected["blocks"]


def test_blocks_cover_the_lines_of_the_text() -> None:
    cleaned = clean_text((FIXTURES / "de_furniture.txt").read_text(encoding="utf-8"))
    assert cleaned.text.split("\n") == [cleaned.text[b.start : b.end] for b in cleaned.blocks]
    assert cleaned.blocks[0].kind == "title"


@pytest.mark.parametrize(
    "line",
    [
        "WERBUNG",
        "Enge Werbung",
        "Anzeige",
        "Advertisement",
        "Kommentare (0)",
        "Comments (17)",
        "PREV Neue Rekorde im Sommer erwartet",
        "NEXT Game Pass senkt den Preis",
        "edition.example.com",
        "https://www.example.org/news/2024/artikel.html",
        "toi-allgemeines",
        "RusslandTechnologieUkraine",
        "| Beweise 1, ZEITUNG |",
        "-",
        "* * *",
        'Schaltfläche "Zurück zum Anfang"',
        "Lea también: Otro artículo sobre el tema",
        "© Fotograf / Agentur",
    ],
)
def test_furniture_lines(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Russische Militärhilfe für Nordkorea",
        "Versterking van militaire aanwezigheid",
        "Next week the ministry will publish its report.",
        "Der Anzeige zufolge wurde der Mann am Montag festgenommen.",
        "Kim Jong-un",
        "Die USA, Südkorea und die Ukraine sagen, Nordkorea habe im Oktober Soldaten geschickt.",
        "Quelle: " + "die Regierung sagte, das Abkommen sei gültig und werde eingehalten, " * 5 + "so der Sprecher.",
        "| Die Regierung hat am Montag entschieden. |",
    ],
)
def test_article_lines_are_not_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_glued_slug_is_cut_from_the_sentence() -> None:
    assert strip_glued_slug("Er stimmte zu.toi-allgemeines") == "Er stimmte zu."
    assert strip_glued_slug("Der Wert liegt bei 3.5-mal so viel") == "Der Wert liegt bei 3.5-mal so viel"


def test_document_title_wins_and_its_copies_go() -> None:
    doc = Document(
        source="x",
        content="Ein Titel\nEin Titel\nDer Text beginnt hier und endet hier.",
        kind="text",
        doc_id="x",
        title="Ein Titel",
        url="https://example.org/a",
    )
    cleaned = clean(doc)
    assert cleaned.text == "Ein Titel\nDer Text beginnt hier und endet hier."
    assert cleaned.title == "Ein Titel"
    assert cleaned.url == "https://example.org/a"


def test_empty_and_furniture_only_texts() -> None:
    assert clean_text("").text == ""
    assert clean_text("\n\n  \n").blocks == []
    assert clean_text("WERBUNG\nAnzeige\n-\n").text == ""


def test_hostile_text_stays_fast() -> None:
    hostile = ("1.2.3.4.5 " * 50_000 + "\n") * 4 + "Kurz\n" * 20_000 + "a-b\n" * 20_000
    began = time.process_time()
    clean_text(hostile)
    assert time.process_time() - began < 5.0


def test_repeated_body_lines_stay_and_repeated_labels_go() -> None:
    text = "\n".join(
        [
            "Interview mit der Bürgermeisterin",
            "Merkliste",
            "Wie geht es weiter?",
            "Im Mai beginnt der Umbau des Rathauses, sagt sie.",
            "Merkliste",
            "Wie geht es weiter?",
            "Im Herbst soll der Bau fertig sein.",
            "09:00 Uhr - Führung durch das Rathaus - Treffpunkt Eingang",
            "09:00 Uhr - Führung durch das Rathaus - Treffpunkt Eingang",
        ]
    )
    lines = clean_text(text).text.split("\n")
    assert lines.count("Wie geht es weiter?") == 2  # a question asked twice is body text
    assert lines.count("09:00 Uhr - Führung durch das Rathaus - Treffpunkt Eingang") == 2  # a list row
    assert lines.count("Merkliste") <= 1  # a repeated label of the page


def test_a_line_written_as_a_csv_field_is_unquoted() -> None:
    # a spreadsheet export wraps a field in quotation marks and doubles those inside: the line is the field's text
    line = '"Op 16 juli zei Jobs dat kopers recht hadden op een"" bumper ""die het probleem vermindert."'
    assert (
        clean_text(line).text
        == 'Op 16 juli zei Jobs dat kopers recht hadden op een" bumper "die het probleem vermindert.'
    )
    assert clean_text('"Dit is een citaat van de minister."').text == '"Dit is een citaat van de minister."'
