"""Language detection: on short texts a language dateline reads wins over a close one it cannot read."""

from __future__ import annotations

from datetime import date

from dateline import language, timex


def test_a_short_spanish_sentence_is_read_as_spanish() -> None:
    text = "En 2020 la deuda aumentó."
    lang, prob = language.detect(text)
    assert lang == "es" and 0 < prob <= 1
    assert [(t.text, t.value) for t in timex.tag(text, lang, date(2024, 11, 22))] == [("2020", "2020")]


def test_clear_text_keeps_its_language() -> None:
    assert language.detect("Die Regierung hat am Montag den Haushalt beschlossen.")[0] == "de"
    assert language.detect("Le gouvernement a adopté le budget lundi soir.")[0] == "fr"
