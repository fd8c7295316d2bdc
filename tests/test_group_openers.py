"""A capitalised word that opens a sentence is no name, unless a claim in another language has it too: names are
written alike across languages and function words are not ("Boeing …" in Spanish and Dutch; never "The …")."""

from __future__ import annotations

import dataclasses
import importlib
from typing import Any

import dateline
from dateline.api import extract_text
from dateline.grouping.compare import score
from dateline.grouping.rules import default

features = importlib.import_module("dateline.grouping.features").features  # the module is shadowed by the function


def _claim(text: str, lang: str) -> dict[str, Any]:
    (claim,) = extract_text(text, lang=lang, published="2008-03-05")
    return claim


def _score(a: dict[str, Any], b: dict[str, Any], *, openers: bool = True) -> float | None:
    rules = default()
    x, y = features(a, rules), features(b, rules)
    if not openers:
        x, y = dataclasses.replace(x, openers=frozenset()), dataclasses.replace(y, openers=frozenset())
    return score(x, y, rules)


ES = "Aviones\nBoeing vende aviones a Rusia desde principios de los años 90, dijo el portavoz."
NL = "Vliegtuigen\nBoeing verkoopt sinds begin jaren negentig vliegtuigen aan Rusland, zei de woordvoerder."


def test_translations_that_open_with_the_same_name_are_one_fact() -> None:
    es, nl = _claim(ES, "es"), _claim(NL, "nl")
    assert es["date"] == nl["date"] == "199X" and es["actors"] == nl["actors"] == ["RUS"]
    (group,) = dateline.group([es, nl])
    assert group["languages"] == ["es", "nl"] and group["n_sources"] == 2
    # the decade, the actor and the opener; without the opener the pair stays under the threshold
    assert _score(es, nl, openers=False) < default().threshold <= _score(es, nl)  # type: ignore[operator]


def test_same_language_claims_gain_nothing_from_a_shared_opener() -> None:
    the = [
        _claim("Planes\nThe company sold 40 jets to Russia in 2005, the spokesman said.", "en"),
        _claim("Jets\nThe airline bought 40 planes from Russia in 2005, its chief said.", "en"),
    ]
    assert all(not features(c, default()).openers for c in the)  # "The" is a function word: never an opener
    assert len(dateline.group(the)) == 2
    boeing = [
        _claim("Planes\nBoeing sold jets to Russia in 2005, the spokesman said.", "en"),
        _claim("Jets\nBoeing bought parts from Russia in 2005, its chief said.", "en"),
    ]
    assert all(features(c, default()).openers == {"boeing"} for c in boeing)
    assert _score(*boeing) == _score(*boeing, openers=False)


def test_a_function_word_shared_across_languages_is_no_opener() -> None:
    en = _claim("Planes\nIn 2005 the company sold jets to Russia, the spokesman said.", "en")
    nl = _claim("Vliegtuigen\nIn 2005 verkocht het bedrijf vliegtuigen aan Rusland, zei de woordvoerder.", "nl")
    assert not features(en, default()).openers and not features(nl, default()).openers
    assert _score(en, nl) == _score(en, nl, openers=False)
