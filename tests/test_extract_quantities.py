"""Quantities in six languages: locale-aware numerals, number words, scales, qualifiers, units, exclusions."""

from __future__ import annotations

import pytest

from dateline.extract.quantities import quantities

CASES = [
    ("de", "Es kamen mehr als 10.000 Soldaten an.", "mehr als 10.000 Soldaten", 10000, ">", "Soldaten"),
    ("de", "Geliefert wurden 1,5 Millionen Granaten.", "1,5 Millionen Granaten", 1_500_000, "=", "Granaten"),
    ("de", "Dort warten mindestens drei Schiffe.", "mindestens drei Schiffe", 3, ">=", "Schiffe"),
    ("de", "Es ging um rund eine Million Barrel Öl.", "rund eine Million Barrel Öl", 1_000_000, "~", "Barrel Öl"),
    ("de", "Man fand Hunderte Leichen.", "Hunderte Leichen", 100, ">=", "Leichen"),
    ("de", "Bis zu 200 neue Panzer.", "Bis zu 200 neue Panzer", 200, "<=", "neue Panzer"),
    ("en", "Officials counted more than 10,000 troops.", "more than 10,000 troops", 10000, ">", "troops"),
    ("en", "About 2.5 million people fled.", "About 2.5 million people", 2_500_000, "~", "people"),
    ("en", "Less than a dozen ships remain.", "Less than a dozen ships", 12, "<", "ships"),
    ("nl", "Er zijn ruim 4.000 militairen gedood.", "ruim 4.000 militairen", 4000, ">", "militairen"),
    ("nl", "Er vielen tien doden.", "tien doden", 10, "=", "doden"),
    (
        "nl",
        "Minstens 3.000 andere soldaten vertrokken.",
        "Minstens 3.000 andere soldaten",
        3000,
        ">=",
        "andere soldaten",
    ),
    ("fr", "Plus de 10 000 soldats ont été envoyés.", "Plus de 10 000 soldats", 10000, ">", "soldats"),
    ("fr", "Environ 1,2 million de barils par jour.", "Environ 1,2 million de barils", 1_200_000, "~", "barils"),
    ("es", "Más de 3.000 soldados murieron.", "Más de 3.000 soldados", 3000, ">", "soldados"),
    ("es", "Cientos de drones cruzaron la frontera.", "Cientos de drones", 100, ">=", "drones"),
    ("it", "Almeno 2.000 soldati sono stati feriti.", "Almeno 2.000 soldati", 2000, ">=", "soldati"),
    ("it", "Circa 1,5 milioni di barili.", "Circa 1,5 milioni di barili", 1_500_000, "~", "barili"),
]


@pytest.mark.parametrize(("lang", "sentence", "text", "value", "op", "unit"), CASES)
def test_quantity(lang: str, sentence: str, text: str, value: float, op: str, unit: str) -> None:
    found = quantities(sentence, lang)
    assert [(q.text, q.value, q.op, q.unit) for q in found][:1] == [(text, value, op, unit)]
    assert sentence[found[0].start : found[0].end] == text


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("de", "Die 122-mm-Geschosse und 155 mm Granaten fehlen."),
        ("de", "Am 7. März 2024 begann die Lieferung."),
        ("de", "Die Mohajer-6 und die S-400 wurden gezeigt."),
        ("en", "The meeting started at 10:30 in 2023."),
        ("nl", "Er waren 240 mm raketwerpers."),
        ("fr", "Les obus de 155 mm manquent."),
        ("es", "Los proyectiles de 155 mm escasean."),
        ("it", "I proiettili da 155 mm mancano."),
    ],
)
def test_not_quantities(lang: str, sentence: str) -> None:
    assert quantities(sentence, lang) == []


def test_count_before_a_calibre_is_kept() -> None:
    found = quantities("Noord-Korea leverde ongeveer 220 170 mm zelfrijdende kanonnen.", "nl")
    assert [(q.value, q.op) for q in found] == [(220, "~")]


@pytest.mark.parametrize(
    ("lang", "sentence", "wrong"),
    [
        ("de", "Die kostenlose Hotline 08000 736 734 hilft.", [736734.0, 8000736734.0]),
        ("de", "Erreichbar unter +49 611 7878 394.", [49611.0, 6117878.0]),
        ("es", "Llame al teléfono gratuito 900 100 200.", [900100200.0, 100200.0]),
        ("nl", "Bel het nummer 020 123 456.", [20123456.0, 123456.0]),
        ("nl", "KLM bestelt 18 777-toestellen.", [18777.0]),
        ("it", "Alitalia ordina 20 787-jet.", [20787.0]),
        ("fr", "Appelez le 01 45 67 89 10.", [145.0]),
    ],
)
def test_phone_numbers_and_models_are_no_thousands(lang: str, sentence: str, wrong: list[float]) -> None:
    """Digits grouped by spaces are thousands only when no phone number or aircraft model reads so."""
    assert not [q for q in quantities(sentence, lang) if q.value in wrong]


def test_timex_spans_are_left_out() -> None:
    s = "In diesen acht Monaten gab es 43 Fahrten."
    found = quantities(s, "de", [(s.index("acht"), s.index(" gab"))])
    assert [(q.text, q.value) for q in found] == [("43 Fahrten", 43)]


def test_hostile_input_stays_fast() -> None:
    import time

    line = "1.2.3.4.5.6.7.8.9." * 50_000 + "9" * 200_000
    t = time.process_time()
    quantities(line, "de")
    assert time.process_time() - t < 5
