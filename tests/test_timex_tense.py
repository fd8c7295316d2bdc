"""The tense data behind bare weekdays and months: compiled forms, and the generated verb files."""

from __future__ import annotations

import re
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest

from dateline.timex.tense import lexicon
from tests.tools import load_tool

ROOT = Path(__file__).resolve().parents[1]
GENERATED = ["es", "fr", "it"]


@pytest.mark.parametrize("lang", ["de", "en", "es", "fr", "it", "nl"])
def test_every_language_reads_tense(lang: str) -> None:
    lex = lexicon(lang)
    assert lex.cues is not None
    assert lang == "en" or (lex.finite and lex.compounds)


def test_rules_and_tables_give_german_forms() -> None:
    lex = lexicon("de")
    assert (lex.finite["kündigte"], lex.finite["findet"], lex.finite["fand"]) == ("past", "present", "past")
    assert lex.finite["eröffnete"] == lex.finite["arbeiteten"] == "past"  # a stem in -t/-d/-ffn takes an e
    assert {"angekündigt", "informiert", "eröffnet", "stattgefunden"} <= lex.participles | {
        p + w for p in lex.separable for w in lex.participles
    }
    assert "geinformiert" not in lex.participles  # -ieren: no ge-


def test_a_form_of_two_tenses_tells_neither() -> None:
    lex = lexicon("fr")
    assert "finit" not in lex.finite  # present and passé simple
    assert (lex.finite["aura"], lex.finite["avait"], lex.finite["annonce"]) == ("future", "past", "present")


@pytest.mark.parametrize("lang", GENERATED)
def test_generated_verbs_are_current(lang: str) -> None:
    """data/<lang>/verbs.toml is what tools/gen_verbs.py makes with the pinned verbecc (the `verbs` extra)."""
    committed = (ROOT / "src" / "dateline" / "data" / lang / "verbs.toml").read_text(encoding="utf-8")
    pinned = re.search(r"from verbecc ([0-9.]+)", committed)
    assert pinned, "the generated file names the verbecc version it was made with"
    assert f'"verbecc=={pinned.group(1)}"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    try:
        installed = version("verbecc")
    except PackageNotFoundError:
        pytest.skip("verbecc is not installed (pip install -e '.[verbs]')")
    if installed != pinned.group(1):
        pytest.skip(f"verbecc {installed} installed, the verbs were generated with {pinned.group(1)}")
    module = load_tool("gen_verbs")
    assert module.render(lang) == committed, "run `python tools/gen_verbs.py` and commit the result"


@pytest.mark.parametrize("lang", ["de", "en", "es", "fr", "it", "nl"])
def test_compound_tenses_are_well_formed(lang: str) -> None:
    """Each auxiliary says what it forms a tense with and which tense: a typo in the data fails here."""
    for aux, spec in lexicon(lang).compounds.items():
        assert spec, aux
        assert set(spec) <= {"participle", "be_participle", "infinitive", "reflexive"}, aux
        assert set(spec.values()) <= {"past", "present", "future", "conditional"}, aux
