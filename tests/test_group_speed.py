"""What the fast paths of `dateline group` must keep: the pairs and links of the documented rule, the collector
as the caller had it, and the same features from a warm cache as from a cold one."""

from __future__ import annotations

import gc
import importlib
import random
from datetime import date, timedelta
from itertools import combinations
from typing import Any

import dateline
from dateline.grouping.compare import score
from dateline.grouping.link import Edge, block_keys, blocks, edges
from dateline.grouping.rules import default
from dateline.ranges import iso_range

features_module = importlib.import_module("dateline.grouping.features")

NAMES = ["Boeing", "Airbus", "Seattle", "Toulouse", "Kim", "Jobs", "Apple", "Ryanair"]
WORDS = ["delivered", "machinists", "aircraft", "contract", "soldiers", "strike", "engineers", "statement"]


def made_up(n: int, seed: int = 3) -> list[dict[str, Any]]:
    """n claims over sixty days: days and months, shared names, numbers, actors and words, some of one article."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        day = date(2024, 1, 1) + timedelta(days=rng.randrange(60))
        value = day.isoformat() if rng.random() < 0.8 else day.isoformat()[:7]
        number = rng.choice([3000, 10000, 33000, 787])
        text = (
            f"On that day {rng.choice(NAMES)} told {rng.choice(NAMES)} that {number} "
            f"{' '.join(rng.sample(WORDS, 4))} were {rng.choice(['ready', 'late'])}."
        )
        out.append(
            {
                "id": f"{i:08x}",
                "doc_id": f"d{rng.randrange(n // 3)}",
                "lang": rng.choice(["en", "de", "nl"]),
                "text": text,
                "date": value,
                "range": iso_range(value),
                "dates": [],
                "actors": rng.sample(["USA", "KOR", "PRK", "RUS"], rng.randint(0, 2)),
                "event": rng.sample(["troop_deployment", "statement"], rng.randint(0, 1)),
                "quantities": [{"value": number, "unit": "soldiers"}],
                "published": day.isoformat(),
            }
        )
    return out


def reference_edges(claims: list[dict[str, Any]]) -> set[Edge]:
    """The links of the documented rule, the slow way: every pair of claims sharing a block of at most
    `max_block` claims where one of the two is at its own date level, scored at the threshold (the same-article
    bar and equal ranges for two claims of one article)."""
    rules = default()
    feats = [features_module.features(c, rules) for c in claims]
    pairs: set[tuple[int, int]] = set()
    for members in blocks(feats, rules).values():
        if 2 <= len(members) <= rules.max_block:
            for (i, mine), (j, theirs) in combinations(members, 2):
                if mine or theirs:
                    pairs.add((min(i, j), max(i, j)))
    found = set()
    for i, j in pairs:
        a, b = feats[i], feats[j]
        same = a.doc == b.doc
        if same and (a.start, a.end, a.value) != (b.start, b.end, b.value):
            continue
        s = score(a, b, rules)
        if s is not None and s >= (rules.same_document if same else rules.threshold):
            found.add((round(s, 6), min(a.id, b.id), max(a.id, b.id)))
    return found


def test_edges_are_the_links_of_the_documented_rule() -> None:
    claims = made_up(1500)
    rules = default()
    feats = [features_module.features(c, rules) for c in claims]
    found = list(edges(feats, blocks(feats, rules).values(), rules))
    assert len(found) == len(set(found))  # each pair once
    assert set(found) == reference_edges(claims)
    assert len(found) > 100


def test_a_claims_block_keys_are_distinct() -> None:
    rules = default()
    for claim in made_up(300):
        keys = [key for key, _ in block_keys(features_module.features(claim, rules), rules)]
        assert len(keys) == len(set(keys))


def test_grouping_leaves_the_collector_as_the_caller_had_it() -> None:
    claims = made_up(50)
    assert gc.isenabled()
    dateline.group(claims)
    assert gc.isenabled()
    gc.disable()
    try:
        dateline.group(claims)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_features_from_a_warm_token_cache_equal_those_from_a_cold_one() -> None:
    rules = default()
    claims = made_up(200, seed=5)
    warm = [features_module.features(c, rules) for c in claims]
    features_module._TOKENS.clear()
    cold = [features_module.features(c, rules) for c in claims]
    assert warm == cold
    assert any(f.names for f in cold) and any(f.capitals for f in cold) and any(f.words for f in cold)
