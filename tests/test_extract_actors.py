"""Actors in six languages: names, inflected adjectives, metonyms, organisations; the CLDR data is current."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from dateline.extract.actors import actors
from tests.tools import load_tool

ROOT = Path(__file__).resolve().parents[1]

CASES = [
    ("de", "Die nordkoreanischen Truppen kämpfen für Moskau, sagt Kiew.", ["PRK", "RUS", "UKR"]),
    ("de", "Nord Korea und Südkorea; das Weiße Haus und der Kreml.", ["PRK", "KOR", "USA", "RUS"]),
    ("de", "Russlands Drohnen aus Teheran, Syriens Hafen und UN-Beobachter.", ["RUS", "IRN", "SYR", "UN"]),
    ("de", "Ein US-Beamter und die Südkoreaner.", ["USA", "KOR"]),
    (
        "en",
        "North Korean troops joined Russian forces, the White House said; NATO and the EU agreed.",
        ["PRK", "RUS", "USA", "NATO", "EU"],
    ),
    ("en", "Pyongyang and Seoul traded accusations; Kyiv watched.", ["PRK", "KOR", "UKR"]),
    (
        "nl",
        "Noord -Korea en Zuid -Koreaanse soldaten in Saoedi -Arabië; het Witte Huis en de VS.",
        ["PRK", "KOR", "SAU", "USA"],
    ),
    ("nl", "De Russische president sprak met Oekraïne en de VN.", ["RUS", "UKR", "UN"]),
    ("fr", "Les soldats nord-coréens en Russie ; la Maison Blanche et l'OTAN.", ["PRK", "RUS", "USA", "NATO"]),
    ("es", "Las tropas norcoreanas en Ucrania; Estados Unidos y la ONU.", ["PRK", "UKR", "USA", "UN"]),
    ("it", "Le truppe nordcoreane in Russia; la Casa Bianca e l'UE.", ["PRK", "RUS", "USA", "EU"]),
]


@pytest.mark.parametrize(("lang", "sentence", "codes"), CASES)
def test_actors(lang: str, sentence: str, codes: list[str]) -> None:
    assert actors(sentence, lang) == codes


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Let us know what the union thinks."),
        ("fr", "Un soldat et une unité."),
        ("de", "Die südamerikanische Küste und der Lateinamerikaner."),
        ("es", "Comió chile con arroz."),
    ],
)
def test_no_actors(lang: str, sentence: str) -> None:
    assert actors(sentence, lang) == []


def test_generated_countries_are_current() -> None:
    """The committed gazetteer is what the pinned Babel generates; another Babel release is no failure of ours."""
    if importlib.util.find_spec("babel") is None:
        pytest.skip("babel is not installed")
    import babel

    committed = (ROOT / "src/dateline/data/gazetteer/countries.toml").read_text(encoding="utf-8")
    pinned = re.search(r"\(Babel ([^)]+)\)", committed.splitlines()[0])
    assert pinned, "the gazetteer's first line names the Babel version it was generated with"
    if babel.__version__ != pinned.group(1):
        pytest.skip(f"Babel {babel.__version__} installed, the gazetteer was generated with {pinned.group(1)}")
    module = load_tool("gen_countries")
    assert module.render() == committed, "run `python tools/gen_countries.py` and commit the result"


# Demonyms written as nouns name their states; an adjective in the name of a dish or a breed names no state.
DEMONYMS = [
    ("de", "Im 16. Jahrhundert kamen die Portugiesen, später die Holländer.", ["PRT", "NLD"]),
    ("de", "Die Spanier und die Österreicher einigten sich 1713.", ["ESP", "AUT"]),
    ("en", "The Portuguese and the Dutch fought over the island in 1640.", ["PRT", "NLD"]),
    ("en", "Spaniards and Mexicans celebrated the agreement.", ["ESP", "MEX"]),
    ("fr", "Les Français et les Hollandais ont signé la paix en 1678.", ["FRA", "NLD"]),
    ("es", "Los españoles y los portugueses se repartieron el mundo.", ["ESP", "PRT"]),
    ("it", "I portoghesi e gli olandesi arrivarono nel Seicento.", ["PRT", "NLD"]),
    ("nl", "De Portugezen en de Spanjaarden kwamen eerder dan de Fransen.", ["PRT", "ESP", "FRA"]),
]

KINDS = [
    ("de", "Zum Frühstück gab es Schweizer Käse und französische Zwiebelsuppe.", []),
    ("de", "Die Schweizer Regierung und die französische Botschaft widersprachen.", ["CHE", "FRA"]),
    ("en", "We served an English breakfast, French fries and Russian dressing.", []),
    ("en", "The French government and the Russian army disagreed.", ["FRA", "RUS"]),
    ("fr", "Au menu : salade russe et cuisine italienne.", []),
    ("fr", "Le gouvernement italien a répondu à la Russie.", ["ITA", "RUS"]),
    ("es", "Pedimos ensaladilla rusa y tortilla española.", []),
    ("es", "El gobierno español respondió a Rusia.", ["ESP", "RUS"]),
    ("it", "Abbiamo mangiato insalata russa e formaggio svizzero.", []),
    ("it", "Il governo svizzero ha risposto alla Russia.", ["CHE", "RUS"]),
    ("nl", "Bij de lunch waren er Franse frietjes en Russisch ei.", []),
    ("nl", "De Franse regering en het Russische leger waren het oneens.", ["FRA", "RUS"]),
    ("en", "She won the US Open in 2019 and the French Open in 2021.", []),
    ("de", "Er gewann 1966 die US Open.", []),
    ("fr", "Il faut savoir le français et l'allemand pour ce poste.", []),
    ("fr", "En France, le gouvernement allemand a répondu en anglais.", ["FRA", "DEU"]),
    ("es", "El libro salió en español y en francés en 2020.", []),
    ("it", "Il libro è uscito in italiano e in tedesco nel 2020.", []),
    # a currency named after a state is no actor ("US$", "US dollars", "dólares estadounidenses")
    ("en", "The firm paid US$750 in taxes and owed 300 million US dollars.", []),
    ("de", "Der Vertrag hat einen Wert von 1,4 Milliarden US-Dollar.", []),
    ("nl", "Het contract is 1,4 miljard US$ waard.", []),
    ("fr", "Le contrat vaut 1,4 milliard de dollars américains (US$).", []),
    ("es", "Firmó un contrato por unos 1.400 millones de US$ (dólares estadounidenses).", []),
    ("it", "Il contratto vale 1,4 miliardi di dollari statunitensi (US$).", []),
    ("en", "The US government paid 750 dollars.", ["USA"]),
]


@pytest.mark.parametrize(("lang", "sentence", "codes"), DEMONYMS + KINDS)
def test_demonyms_and_kinds(lang: str, sentence: str, codes: list[str]) -> None:
    assert actors(sentence, lang) == codes


@pytest.mark.parametrize(
    ("lang", "sentence", "codes"),
    [
        ("de", "Deutschland, Myanmar und Jemen.", ["DEU", "MMR", "YEM"]),
        ("en", "Germany, Myanmar and Yemen.", ["DEU", "MMR", "YEM"]),
        ("fr", "L'Allemagne, le Myanmar et le Yémen.", ["DEU", "MMR", "YEM"]),
    ],
)
def test_current_codes_not_withdrawn_ones(lang: str, sentence: str, codes: list[str]) -> None:
    assert actors(sentence, lang) == codes
