"""Modality in six languages, with the precedence denied > hedged > reported > asserted."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extract import Lexicon, analyze
from dateline.extract.modality import modality
from dateline.timex import tag

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


# A hedge inside a relative clause that describes a noun does not hedge the claim, unless the clause holds a date of
# the claim: "… los problemas de señal que podrían surgir" is reported as the main clause is
RELATIVE_HEDGES = [
    (
        "es",
        "El diario dijo que Jobs tomó la decisión en 2009 aunque conocía los problemas de señal que podrían surgir.",
        "reported",
    ),
    ("es", "El diario dijo que la compañía anunció un plan que podría entrar en vigor en mayo.", "hedged"),
    ("en", "The paper said Jobs made the decision in 2009 despite the signal problems that could arise.", "reported"),
    ("en", "The paper said the firm unveiled a plan that could take effect in May.", "hedged"),
    ("en", "The paper said in 2009 that the plan could fail.", "hedged"),
    (
        "fr",
        "Le journal a dit que Jobs a pris la décision en 2009 malgré les problèmes qui pourraient survenir.",
        "reported",
    ),
    (
        "it",
        "Il giornale ha detto che Jobs ha deciso nel 2009 nonostante i problemi che potrebbero sorgere.",
        "reported",
    ),
    ("nl", "De krant zei dat Jobs in 2009 besliste ondanks de problemen die mogelijk zouden ontstaan.", "reported"),
    ("es", "Rusia podría enviar misiles en mayo.", "hedged"),
    ("it", "Il giornale ha detto che la compagnia potrebbe chiudere a maggio.", "hedged"),
    ("nl", "De woordvoerders zeiden dat de fabriek in mei zou sluiten.", "hedged"),
    ("fr", "Le journal a déclaré que l'usine pourrait fermer en mai.", "hedged"),
    ("es", "El diario afirmó que la fábrica podría cerrar en mayo.", "hedged"),
]


@pytest.mark.parametrize(("lang", "sentence", "expected"), RELATIVE_HEDGES)
def test_a_hedge_describing_a_noun_does_not_hedge_the_claim(lang: str, sentence: str, expected: str) -> None:
    found = tag(sentence, lang, date(2024, 5, 1))
    assert analyze(sentence, 0, len(sentence), lang, found, Lexicon()).modality == expected
