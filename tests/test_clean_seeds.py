"""Cleaning the seed dumps (../shared): furniture gone, headline found, no gold claim sentence lost."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from dateline.clean import clean
from dateline.model import Cleaned, Document


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def cleaned(shared: Path) -> dict[str, Cleaned]:
    seeds = shared / "corpus" / "seeds"
    out = {}
    for meta in _jsonl(seeds / "meta.jsonl"):
        text = (seeds / meta["file"]).read_text(encoding="utf-8")
        out[meta["file"]] = clean(Document(source=meta["file"], content=text, kind="text", doc_id=meta["file"]))
    return out


def test_no_furniture_line_survives(shared: Path, cleaned: dict[str, Cleaned]) -> None:
    for gold in _jsonl(shared / "gold" / "seeds.boilerplate.jsonl"):
        lines = [_fold(line) for line in cleaned[gold["file"]].text.split("\n")]
        for furniture in gold["boilerplate_lines"]:
            assert _fold(furniture) not in lines, (gold["file"], furniture)
        if gold["title_repeats_are_boilerplate"]:
            assert lines.count(_fold(gold["title"])) == 1, gold["file"]


def test_headline_is_found(shared: Path, cleaned: dict[str, Cleaned]) -> None:
    for gold in _jsonl(shared / "gold" / "seeds.boilerplate.jsonl"):
        result = cleaned[gold["file"]]
        assert result.title == gold["title"]
        assert result.blocks[0].kind == "title"
        assert result.text.split("\n")[0] == gold["title"]


def test_no_claim_sentence_is_lost(shared: Path, cleaned: dict[str, Cleaned]) -> None:
    for claim in _jsonl(shared / "gold" / "seeds.claims.jsonl"):
        result = cleaned[claim["file"]]
        body = " ".join(result.text[b.start : b.end] for b in result.blocks if b.kind == "body")
        assert _fold(claim["quote"]) in _fold(body), (claim["file"], claim["quote"])
