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
    ],
)
def test_malformed_pack_names_file_and_line(tmp_path: Path, body: str, line: int, message: str) -> None:
    pack = tmp_path / "bad.toml"
    pack.write_text(body, encoding="utf-8")
    with pytest.raises(InputError) as err:
        Lexicon([str(pack)])
    assert err.value.source == str(pack)
    assert f"line {line}" in err.value.message and message in err.value.message
