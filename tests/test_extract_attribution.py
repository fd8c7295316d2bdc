"""Attribution in six languages: prepositions, subject + verb, inversions, appositions, quoted speakers."""

from __future__ import annotations

import pytest

from dateline.extract.attribution import attribution

CASES = [
    ("de", "Nordkorea habe Truppen geschickt, sagte ein hoher Beamter am Dienstag.", "ein hoher Beamter", "sagte"),
    ("de", "Die Regierung in Berlin und die NATO sagen, Moskau habe Raketen erhalten.", "Die Regierung", "sagen"),
    ("de", "Laut dem ukrainischen Generalstab wurden 40 Panzer zerstört.", "dem ukrainischen Generalstab", "Laut"),
    ("de", "Anna Meier, Sprecherin des Ministeriums, sagte, die Lage sei ruhig.", "Anna Meier", "sagte"),
    ("de", "Heute teilte das Auswärtige Amt mit, der Botschafter sei einbestellt.", "das Auswärtige Amt", "teilte mit"),
    ("de", "Der Bericht wurde zuerst von der Agentur Reuters gemeldet.", "der Agentur Reuters", "gemeldet"),
    (
        "de",
        "Die Lieferungen gehen weiter, so Verteidigungsminister Pistorius.",
        "Verteidigungsminister Pistorius",
        "so",
    ),
    ("de", "Diplomaten zufolge ist ein Treffen geplant.", "Diplomaten", "zufolge"),
    ("en", "The convoy crossed the border, a senior official told reporters on Monday.", "a senior official", "told"),
    ("en", "According to the Pentagon, the missiles were launched at night.", "the Pentagon", "According to"),
    ("en", "The Kremlin said that talks would continue.", "The Kremlin", "said"),
    ("nl", "Volgens het Oekraïense leger werden drie dorpen heroverd.", "het Oekraïense leger", "Volgens"),
    ("nl", "Gisteren meldde de minister dat de steun doorgaat.", "de minister", "meldde"),
    ("nl", "De schade is groot, aldus de burgemeester.", "de burgemeester", "aldus"),
    ("fr", "Selon le ministère, deux navires ont été touchés.", "le ministère", "Selon"),
    (
        "fr",
        "Le porte-parole du gouvernement a déclaré que les frappes continuaient.",
        "Le porte-parole du gouvernement",
        "a déclaré",
    ),
    ("es", "Según fuentes militares, el ataque duró dos horas.", "fuentes militares", "Según"),
    ("es", "La ministra de Defensa dijo que no habrá tregua.", "La ministra de Defensa", "dijo"),
    ("it", "Secondo l'agenzia Ansa, la nave è stata colpita.", "l'agenzia Ansa", "Secondo"),
    ("it", "Il governo ha dichiarato che i colloqui riprenderanno.", "Il governo", "ha dichiarato"),
]


@pytest.mark.parametrize(("lang", "sentence", "source", "cue"), CASES)
def test_source_and_cue(lang: str, sentence: str, source: str, cue: str) -> None:
    found, cued = attribution(sentence, 0, len(sentence), lang)
    assert found is not None and (found.text, found.cue) == (source, cue)
    assert cued


def test_time_expression_before_verb_is_not_the_subject() -> None:
    s = "Letzten Monat teilte der Geheimdienst mit, es seien Container geliefert worden."
    found, _ = attribution(s, 0, len(s), "de", [(0, len("Letzten Monat"))])
    assert found is not None and found.text == "der Geheimdienst"


def test_speaker_after_the_quotation_in_the_next_sentence() -> None:
    text = '"Die Front hält stand." Fügt Müller hinzu.\n'
    end = text.index("Fügt")
    found, _ = attribution(text, 0, end, "de")
    assert found is not None and found.text == "Müller"


def test_a_quotation_with_its_own_cue_does_not_take_the_next_speaker() -> None:
    text = '"We expect a long season," she told reporters on Monday. Forecasters warned of strong winds.\n'
    end = text.index(" Forecasters")
    found, cued = attribution(text, 0, end, "en")
    assert found is None and cued  # "she" is no source, and "Forecasters" speak in another sentence


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("de", "Er sagte, das sei falsch."),
        ("en", "Russia fired twelve missiles overnight."),
        ("nl", "Het leger trok zich terug."),
        ("fr", "La ville a été bombardée."),
        ("es", "El puente fue destruido."),
        ("it", "Il secondo satellite è fallito a maggio."),
    ],
)
def test_no_source(lang: str, sentence: str) -> None:
    assert attribution(sentence, 0, len(sentence), lang)[0] is None
