"""Golden groups for the seed articles: which gold claims (by quote) report one fact. The five seeds report
related but different facts (troops in October, containers since August 2023, a statement in the Pentagon);
the one fact told twice is Russia's August 2022 pick-up of Iranian drones, in two sentences of one article."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import dateline
from dateline.api import group_schema, options
from dateline.pipeline import process
from tests.test_seeds import _seed_docs

# One fact per entry; every gold quote not listed here is a fact of its own.
FACTS = [
    {"im August im Iran hergestellte Drohnen", "Russland hat im vergangenen Monat an mehreren Tagen"},
]


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def seed_groups(shared: Path) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """The groups of all seed claims, and gold quote → the id of the claim that contains it."""
    claims = [c for doc in _seed_docs(shared).values() for c in process(doc, options())["claims"]]  # type: ignore[union-attr]
    gold = [line for line in (shared / "gold" / "seeds.claims.jsonl").read_text(encoding="utf-8").splitlines()]
    quotes = [re.search(r'"quote": "([^"]+)"', line)[1] for line in gold]  # type: ignore[index]
    owner = {}
    for quote in quotes:
        for c in claims:
            if quote in _fold(str(c["text"])):
                owner[quote] = str(c["id"])
                break
    return dateline.group(claims), owner


def test_no_two_different_facts_are_merged(seed_groups: tuple[list[dict[str, Any]], dict[str, str]]) -> None:
    groups, owner = seed_groups
    fact_of = {q: i for i, fact in enumerate(FACTS) for q in fact}
    for g in groups:
        facts = {fact_of.get(q, q) for q, cid in owner.items() if cid in g["claims"]}
        assert len(facts) <= 1, f"different facts merged: {facts}"
        jsonschema.validate(g, group_schema())


# A known miss, kept on purpose. The pair scores 4.5 (month 2.0, actors 1.0, words 1.0, and both arms_transfer 0.5 since
# the pack knows "unbemannte Luftfahrzeuge" and "UAVs"); what else would tell it apart are synonyms (Drohnen /
# Luftfahrzeuge, abgeholt / erhalten), which a language-independent grouper does not have. Sentences of one article
# that share date, event and actors but tell different facts score as much: in seed 002, "sagte ein hochrangiger
# südkoreanischer Beamter am Freitag" against "sagte am Freitag in einer SBS-Sendung" (one day, arms_transfer, three
# actors: 4.5); in MEANTIME dev, the iPhone against Apple TV shown the same day (Spanish, 4.75). A same-article bar of
# 4.0 lowers MEANTIME dev F1 from 0.853 to 0.848 without a gain in recall. The one signal this pair has beyond those is
# that both sentences name the same source (the Biden administration), but one source tells several facts of one day:
# "Microsoft Corp said on Thursday it aims to remove more carbon …" against "Microsoft on Thursday reiterated its
# commitment to working with oil and gas companies" (an html page of the shared corpus, 5.25) would be merged by any
# weight that links this pair; a shared event weighing more would merge seed 002's pair. Equal actor sets (here three
# countries) occur in no other same-article pair of the seeds, the 240 html pages or MEANTIME dev: a weight for them
# could only be fitted to this pair.
@pytest.mark.xfail(strict=True, reason="two sentences of one article, one month: the same-article bar is not met")
def test_every_gold_fact_is_one_group(seed_groups: tuple[list[dict[str, Any]], dict[str, str]]) -> None:
    groups, owner = seed_groups
    group_of = {cid: g["group"] for g in groups for cid in g["claims"]}
    for fact in FACTS:
        assert len({group_of[owner[q]] for q in fact}) == 1, fact
