"""The hand-judged page sample (tests/gold/pages.jsonl) is well formed, and its scorer counts what it should."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

from tests.conftest import ROOT
from tests.tools import load_tool

GOLD = ROOT / "tests" / "gold" / "pages.jsonl"


def _scorer() -> ModuleType:
    return load_tool("eval_pages")


def test_gold_lines_are_short_quotes_with_judged_fields() -> None:
    lines = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    assert len(lines) >= 300 and len({g["lang"] for g in lines}) >= 5
    assert len({g["page"] for g in lines}) >= 40
    for g in lines:
        assert g["page"].startswith("pages/") and 10 <= len(g["quote"]) < 100
        assert isinstance(g["claim"], bool)
        if g["claim"]:
            assert g["attribution"] is None or isinstance(g["attribution"], str)
            assert all(isinstance(q[0], str) and isinstance(q[2], bool) for q in g["quantities"])
            assert isinstance(g["event"], list) and isinstance(g["actors"], list)


def test_scorer_counts_non_claims_wrong_fields_and_unjudged_claims(tmp_path: Path) -> None:
    scorer = _scorer()
    gold = [
        {"page": "pages/a.html.gz", "lang": "en", "quote": "The minister said on Monday", "claim": True,
         "attribution": "The minister", "quantities": [["300 people", 300, True], ["12", 12, False]],
         "event": ["diplomacy"], "actors": []},
        {"page": "pages/a.html.gz", "lang": "en", "quote": "9:00 AM | Leaves the house", "claim": False},
    ]  # fmt: skip
    source = str(tmp_path / "pages" / "a.html.gz")
    claims = [
        {"source": source, "text": "The minister said on Monday that 300 people left on 12 May.",
         "attribution": {"text": "The minister", "cue": "said"},
         "quantities": [{"text": "300 people", "value": 300}, {"text": "12", "value": 12}],
         "event": ["diplomacy", "energy"], "actors": ["GBR"]},
        {"source": source, "text": "9:00 AM | Leaves the house.", "attribution": None, "quantities": [],
         "event": [], "actors": []},
        {"source": source, "text": "Another sentence from 2020.", "attribution": None, "quantities": [],
         "event": [], "actors": []},
    ]  # fmt: skip
    result = scorer.score(claims, gold, tmp_path)
    t = result["tallies"]
    assert (t["claims"].right, t["claims"].wrong, t["claims"].unjudged) == (1, 1, 1)
    assert (t["attribution"].right, t["attribution"].wrong) == (1, 0)
    assert (t["quantities"].right, t["quantities"].wrong) == (1, 1)
    assert (t["event"].right, t["event"].wrong) == (1, 1)
    assert (t["actors"].right, t["actors"].wrong) == (0, 1)
    assert len(result["unjudged"]) == 1


def test_scorer_skips_without_the_shared_corpus(tmp_path: Path) -> None:
    scorer = _scorer()
    assert scorer.main(["--shared", str(tmp_path)]) == 0


def test_the_longest_matching_quote_judges_a_claim(tmp_path: Path) -> None:
    scorer = _scorer()
    gold = [
        {"page": "pages/a.html.gz", "lang": "de", "quote": "Schon 1962 zog die Praxis in die Lindenstr.",
         "claim": False},
        {"page": "pages/a.html.gz", "lang": "de", "quote": "Schon 1962 zog die Praxis in die Lindenstr. 12 um.",
         "claim": True, "attribution": None, "quantities": [], "event": [], "actors": []},
    ]  # fmt: skip
    source = str(tmp_path / "pages" / "a.html.gz")
    split_late = {"source": source, "text": "Schon 1962 zog die Praxis in die Lindenstr. 12 um.", "attribution": None,
                  "quantities": [], "event": [], "actors": []}  # fmt: skip
    split_early = {**split_late, "text": "Schon 1962 zog die Praxis in die Lindenstr."}
    t = scorer.score([split_late, split_early], gold, tmp_path)["tallies"]
    assert (t["claims"].right, t["claims"].wrong) == (1, 1)
