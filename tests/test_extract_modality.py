"""Modality in six languages, with the precedence denied > hedged > reported > asserted."""

from __future__ import annotations

import pytest

from dateline.extract import Lexicon, analyze
from dateline.extract.modality import modality

CASES = [
    ("de", "Beide Länder bestreiten die Lieferungen, die wahrscheinlich stattfanden.", "denied"),
    ("de", "Russland könnte Satelliten liefern.", "hedged"),
    ("de", "Experten sagen, Nordkorea werde wahrscheinlich Technologie erhalten.", "hedged"),
    ("de", "Nordkorea habe Soldaten geschickt.", "reported"),
    ("de", "Nordkorea schickte Soldaten.", "asserted"),
    ("en", "Moscow denies supplying the drones.", "denied"),
    ("en", "The drones were reportedly built in Iran.", "hedged"),
    ("en", "In May the troops arrived.", "asserted"),
    ("nl", "Rusland ontkent de leveringen.", "denied"),
    ("nl", "Het regime zou raketten hebben geleverd.", "hedged"),
    ("fr", "Le Kremlin dément toute livraison.", "denied"),
    ("fr", "La Russie pourrait livrer des missiles.", "hedged"),
    ("es", "Moscú niega el envío.", "denied"),
    ("es", "Rusia podría enviar misiles.", "hedged"),
    ("it", "Mosca nega le forniture.", "denied"),
    ("it", "La Russia potrebbe inviare missili.", "hedged"),
    # deny/negar/negare with access, entry, bail … is a refusal, no denial of a claim (`[modality] not`)
    ("en", "Gary Johnson was denied access to the debates.", "asserted"),
    ("en", "The judge denied bail to both suspects.", "asserted"),
    ("es", "A los periodistas se les negó el acceso al estadio.", "asserted"),
    ("it", "Ai giornalisti è stato negato l'accesso allo stadio.", "asserted"),
    # German 'zurückweisen' denies only accusations; an appeal or an offer 'zurückgewiesen' is refused
    ("de", "Die Revision wird auf Kosten der Beklagten zurückgewiesen.", "asserted"),
    ("de", "Die Unterhändler hatten den Vorschlag als unannehmbar zurückgewiesen.", "asserted"),
    ("de", "Der Kreml wies die Vorwürfe zurück.", "denied"),
    ("de", "Moskau hat die Vorwürfe zurückgewiesen.", "denied"),
    # Dutch 'kan'/'kunnen' is 'can' (as German 'kann', French 'peut'): no hedge; 'zou kunnen' is one
    ("nl", "Apple introduceerde een nieuwe iPod die videobeelden kan afspelen.", "asserted"),
    ("nl", "De fabriek zou volgend jaar kunnen sluiten.", "hedged"),
]


@pytest.mark.parametrize(("lang", "sentence", "expected"), CASES)
def test_modality(lang: str, sentence: str, expected: str) -> None:
    assert modality(sentence, lang) == expected


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "The army said it shelled the town."),
        ("nl", "Volgens de krant vielen er doden."),
        ("fr", "Selon l'armée, la ville est tombée."),
        ("es", "Según el ejército, la ciudad cayó."),
        ("it", "Secondo l'esercito, la città è caduta."),
    ],
)
def test_attribution_makes_it_reported(lang: str, sentence: str) -> None:
    anatomy = analyze(sentence, 0, len(sentence), lang, [], Lexicon())
    assert anatomy.attribution is not None and anatomy.modality == "reported"
