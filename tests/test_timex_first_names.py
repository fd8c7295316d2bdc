"""A month name that is a first name is the speaker, not the claim's date (issue 12)."""

from __future__ import annotations

import pytest

from dateline.api import extract_text

CASES = [
    ("en", "April Mellody, a spokeswoman for the agency, said the cuts would end on Friday.", "April Mellody"),
    ("de", "August Bebel, ein Sprecher der Behörde, sagte, die Kürzungen würden am Freitag enden.", "August Bebel"),
    (
        "fr",
        "Avril Dupont, porte-parole de l'agence, a déclaré que les coupes prendraient fin vendredi.",
        "Avril Dupont",
    ),
    ("es", "Julio Pérez, portavoz de la agencia, dijo que los recortes terminarán el viernes.", "Julio Pérez"),
    (
        "nl",
        "April Mellody, een woordvoerster van het agentschap, zei dat de bezuinigingen vrijdag eindigen.",
        "April Mellody",
    ),
]


@pytest.mark.parametrize(("lang", "text", "speaker"), CASES)
def test_a_first_name_month_is_the_speaker_and_the_weekday_the_date(lang: str, text: str, speaker: str) -> None:
    (claim,) = extract_text(text, lang=lang, published="2024-11-20")
    assert claim["date"] == "2024-11-22"
    attribution = claim["attribution"]
    assert isinstance(attribution, dict)
    assert attribution["name"] == speaker
