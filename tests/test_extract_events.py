"""Event keyword packs: shipped categories in six languages, user packs, and malformed packs."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.errors import InputError
from dateline.extract import Lexicon
from dateline.extract.events import events

CASES = [
    ("de", "Russland kaufte Artilleriegeschosse und verhängte Sanktionen.", ["arms_transfer", "sanctions"]),
    ("de", "Nordkorea entsandte Soldaten; viele wurden getötet.", ["troop_deployment", "casualties"]),
    ("en", "The summit ended with a ceasefire agreement.", ["diplomacy"]),
    ("en", "Pyongyang test-fired a missile and shipped oil.", ["weapons_test", "arms_transfer", "energy"]),
    ("nl", "Noord-Korea stuurde soldaten; honderden werden gedood.", ["troop_deployment", "casualties"]),
    ("fr", "Moscou a livré des obus et du pétrole.", ["arms_transfer", "energy"]),
    ("es", "Corea del Norte envió tropas y recibió tecnología satelital.", ["troop_deployment", "technology_transfer"]),
    ("it", "La Russia ha fornito missili; nuove sanzioni in arrivo.", ["arms_transfer", "sanctions"]),
    # unmanned aerial vehicles by name, not only as drones
    ("de", "Russland hat unbemannte Luftfahrzeuge abgeholt, um Hunderte UAVs zu erwerben.", ["arms_transfer"]),
    ("en", "Iran supplied unmanned aerial vehicles to Russia.", ["arms_transfer"]),
    ("nl", "Iran leverde onbemande vliegtuigen aan Rusland.", ["arms_transfer"]),
    ("fr", "L'Iran a livré des aéronefs sans pilote à la Russie.", ["arms_transfer"]),
    ("es", "Irán entregó vehículos aéreos no tripulados a Rusia.", ["arms_transfer"]),
    ("it", "L'Iran ha fornito velivoli senza pilota alla Russia.", ["arms_transfer"]),
    ("en", "The army received new UAVs.", ["arms_transfer"]),
    ("en", "Researchers tested unmanned aerial vehicles over the fields.", []),
    # a drone that delivers parcels is no weapon
    ("en", "Amazon will deliver parcels by drone next year.", []),
    ("en", "The retailer bought 200 delivery drones.", []),
    ("de", "Die Post will Pakete per Drohne liefern.", []),
    ("fr", "La Poste va livrer des colis par drone.", []),
    ("es", "La empresa compró drones de reparto.", []),
    ("it", "L'azienda consegnerà i pacchi con droni per le consegne.", []),
    ("nl", "PostNL gaat pakketten per drone bezorgen en leveren.", []),
]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon()


@pytest.mark.parametrize(("lang", "sentence", "cats"), CASES)
def test_categories(lexicon: Lexicon, lang: str, sentence: str, cats: list[str]) -> None:
    assert events(sentence, lang, lexicon) == cats


def test_user_pack_adds_category_and_keywords(tmp_path: Path) -> None:
    pack = tmp_path / "cyber.toml"
    pack.write_text(
        '[categories.cyber_attack]\nen = ["cyberattack*", "hack*"]\nany = ["DDoS"]\n'
        '[categories.energy]\nde = ["Stromnetz*"]\n',
        encoding="utf-8",
    )
    lexicon = Lexicon([str(pack)])
    assert events("Hackers hit the grid in a DDoS wave.", "en", lexicon) == ["cyber_attack"]
    assert events("Ein DDoS-Angriff legte das Stromnetz lahm.", "de", lexicon) == ["cyber_attack", "energy"]
    assert "cyber_attack" not in Lexicon().categories()


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ('[categories.x]\nen = ["a",\n', 3, "line 3"),
        ('[categories.x]\nen = "hack"\n', 2, "must be a list"),
        ('[categories.x]\nEnglish = ["hack"]\n', 2, "bad language"),
        ('\n\n[other]\nen = ["x"]\n', 3, "unknown key"),
        ('[categories.x]\nen = ["*"]\n', 2, "must be a list"),
        ('[categories.x]\nen = ["a"]\nnot = ["b"]\n', 3, "must be a table"),
    ],
)
def test_malformed_pack_names_file_and_line(tmp_path: Path, body: str, line: int, message: str) -> None:
    pack = tmp_path / "bad.toml"
    pack.write_text(body, encoding="utf-8")
    with pytest.raises(InputError) as err:
        Lexicon([str(pack)])
    assert err.value.source == str(pack)
    assert f"line {line}" in err.value.message and message in err.value.message


# A weak keyword alone is not the sentence's event; with a second keyword or a context word of its category it is.
EVIDENCE = [
    ("de", "Der Kuchen hat allen Gästen am Sonntag sehr gut gefallen.", []),
    ("de", "Im Krieg sind seit März mehr als 200 Soldaten gefallen.", ["casualties"]),
    ("de", "Am Montag besuchte ich mit den Kindern das Museum.", []),
    ("de", "Der Außenminister besuchte am Montag Warschau.", ["diplomacy"]),
    ("de", "Bei dem Corona-Test am Freitag war alles in Ordnung.", []),
    ("de", "Nordkorea hat am Freitag eine Rakete getestet.", ["weapons_test"]),
    ("en", "The salon was founded in 2001 to create a safe space for women.", []),
    ("en", "The agency launched a spy satellite on Monday with Russian assistance.", ["technology_transfer"]),
    ("en", "The company will launch its new phone on Tuesday.", []),
    ("en", "Olive oil prices rose again in March.", []),
    ("en", "Oil prices rose again in March.", ["energy"]),
    ("en", "The group campaigned against autonomous weapons in 2019.", []),
    ("en", "The government sold weapons to the rebels in 2019.", ["arms_transfer"]),
    ("fr", "Les deux voisins étaient d'accord sur la date du 3 mai.", []),
    ("fr", "Les deux pays ont signé un accord le 3 mai.", ["diplomacy"]),
    ("es", "Sin embargo, la tienda abrirá el lunes 4 de mayo.", []),
    ("es", "Washington impuso un embargo a Cuba en 1962.", ["sanctions"]),
    ("es", "De acuerdo con la empresa, las ventas subieron en mayo.", []),
    ("it", "La partita è stata un test importante per la squadra a maggio.", []),
    ("it", "Il lancio di missili è avvenuto martedì.", ["weapons_test"]),
    ("nl", "Het bezoek aan de dierentuin was op zondag.", []),
    ("nl", "De minister van Buitenlandse Zaken bracht dinsdag een bezoek aan Kyiv.", ["diplomacy"]),
    # soldiers killed are casualties; they are a deployment only with a second word of one (sent, front, army …)
    ("en", "As of September 30, Armenia claimed 790 Azerbaijani soldiers had been killed.", ["casualties"]),
    ("de", "Armenien meldete, 790 aserbaidschanische Soldaten seien getötet worden.", ["casualties"]),
    ("nl", "Armenië meldde dat 790 Azerbeidzjaanse soldaten waren gedood.", ["casualties"]),
    ("fr", "L'Arménie affirme que 790 soldats azerbaïdjanais ont été tués.", ["casualties"]),
    ("es", "Armenia afirmó que 790 soldados azerbaiyanos habían muerto.", ["casualties"]),
    ("it", "L'Armenia ha affermato che 790 soldati azeri sono stati uccisi.", ["casualties"]),
    ("en", "North Korea sent soldiers to Russia in October.", ["troop_deployment"]),
    # a war is where soldiers fall, no sending of them: soldiers killed in a war are casualties only
    ("en", "The cemetery holds U.S. soldiers killed during the World War I Battle of Belleau Wood.", ["casualties"]),
    ("nl", "Sinds maart zijn in de oorlog meer dan 200 soldaten gedood.", ["casualties"]),
    ("fr", "Depuis mars, plus de 200 soldats ont été tués dans la guerre.", ["casualties"]),
    ("es", "Desde marzo, más de 200 soldados han muerto en la guerra.", ["casualties"]),
    ("it", "Da marzo più di 200 soldati sono stati uccisi nella guerra.", ["casualties"]),
    ("de", "Nordkorea schickte im Oktober Soldaten in den Krieg.", ["troop_deployment"]),
    # a company signs agreements too: signing is no mark of relations between states
    ("en", "On June 15, the airline signed an agreement in Paris.", []),
    ("de", "Am 15. Juni unterzeichnete die Fluggesellschaft eine Vereinbarung in Paris.", []),
    ("nl", "Op 15 juni tekende de luchtvaartmaatschappij een overeenkomst in Parijs.", []),
    ("fr", "Le 15 juin, la compagnie aérienne a signé un accord à Paris.", []),
    ("es", "El 15 de junio, la compañía aérea firmó un acuerdo en París.", []),
    ("it", "Il 15 giugno la compagnia aerea ha firmato un accordo a Parigi.", []),
]


@pytest.mark.parametrize(("lang", "sentence", "cats"), EVIDENCE)
def test_a_category_needs_evidence(lexicon: Lexicon, lang: str, sentence: str, cats: list[str]) -> None:
    assert events(sentence, lang, lexicon) == cats


def test_user_pack_with_weak_context_and_not(tmp_path: Path) -> None:
    pack = tmp_path / "cyber.toml"
    pack.write_text(
        '[categories.cyber_attack]\nen = ["cyberattack*"]\n'
        '[categories.cyber_attack.weak]\nen = ["hack*", "breach*"]\n'
        '[categories.cyber_attack.context]\nen = ["servers", "data"]\n'
        '[categories.cyber_attack.not]\nen = ["life hack*"]\n',
        encoding="utf-8",
    )
    lexicon = Lexicon([str(pack)])
    assert events("A cyberattack hit the port on Monday.", "en", lexicon) == ["cyber_attack"]
    assert events("Hackers stole data on Monday.", "en", lexicon) == ["cyber_attack"]
    assert events("Hackers met on Monday.", "en", lexicon) == []
    assert events("A life hack about data on Monday.", "en", lexicon) == []


def test_malformed_tier_names_file_and_line(tmp_path: Path) -> None:
    pack = tmp_path / "bad.toml"
    pack.write_text('[categories.x]\nen = ["a"]\n[categories.x.weak]\nen = "b"\n', encoding="utf-8")
    with pytest.raises(InputError) as err:
        Lexicon([str(pack)])
    assert "line 4" in err.value.message and "x.weak.en must be a list" in err.value.message
