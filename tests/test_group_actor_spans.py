"""`actor_spans`: where `extract` found the state and organisation names of a claim's text, so that `dateline group`
need not search them again; records without the field (older versions) are grouped exactly as before."""

from __future__ import annotations

from typing import Any

import jsonschema

import dateline
from dateline.api import claim_schema, extract_text
from dateline.grouping import features
from dateline.grouping.rules import default

ARTICLES = [
    ("en", "Talks\nRussia and Ukraine met in Istanbul on 16 May 2025, where 1,000 prisoners were exchanged."),
    (
        "de",
        "Gespräche\nRussland und die Ukraine trafen sich am 16. Mai 2025 in Istanbul und tauschten 1.000 Gefangene.",
    ),
    ("fr", "Talks\nLe 16 mai 2025, la Russie et l'Ukraine ont échangé 1 000 prisonniers à Istanbul."),
    ("es", "Charlas\nEl 16 de mayo de 2025, Rusia y Ucrania intercambiaron 1.000 prisioneros en Estambul."),
    ("it", "Colloqui\nIl 16 maggio 2025 la Russia e l'Ucraina hanno scambiato 1.000 prigionieri a Istanbul."),
    ("nl", "Gesprekken\nRusland en Oekraïne wisselden op 16 mei 2025 in Istanbul 1.000 gevangenen uit."),
]


def _claims() -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for lang, text in ARTICLES:
        found.extend(extract_text(text, lang=lang, published="2025-05-17"))  # type: ignore[arg-type]
    return found


def _without(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in c.items() if k != "actor_spans"} for c in claims]


def test_extract_locates_every_state_name_in_the_text_in_six_languages() -> None:
    claims = _claims()
    assert {c["lang"] for c in claims} == {"de", "en", "fr", "es", "it", "nl"}
    validator = jsonschema.Draft202012Validator(claim_schema())
    for c in claims:
        validator.validate(c)
        named = [c["text"][a:b] for a, b in c["actor_spans"]]
        assert len(named) == 2, named
        assert sorted(c["actors"]) == ["RUS", "UKR"]


def test_a_name_that_is_part_of_a_kind_of_thing_is_located_but_gives_no_actor() -> None:
    (claim,) = extract_text(
        "Menu\nOn 3 March 2025 the canteen in Germany sold 5,000 portions of French fries.", lang="en"
    )
    assert claim["actors"] == ["DEU"]
    assert [claim["text"][a:b] for a, b in claim["actor_spans"]] == ["Germany", "French"]  # type: ignore[union-attr]


def test_grouping_is_the_same_with_and_without_the_spans() -> None:
    claims = _claims()
    rules = default()
    assert [features(c, rules) for c in claims] == [features(c, rules) for c in _without(claims)]
    assert dateline.group(claims) == dateline.group(_without(claims))


def test_the_spans_are_used_and_unusable_ones_are_searched_again() -> None:
    rules = default()
    (claim,) = extract_text("Talks\nRussia and Ukraine met in Istanbul on 16 May 2025.", lang="en")
    searched = features(_without([claim])[0], rules)
    assert "ukraine" not in searched.names and "istanbul" in searched.names
    assert features({**claim, "actor_spans": "0-6"}, rules) == searched
    assert features({**claim, "actor_spans": [[0, 6, 9]]}, rules) == searched
    # the record's spans are taken as given: without them, "Ukraine" is a name of the text again
    assert "ukraine" in features({**claim, "actor_spans": []}, rules).names
