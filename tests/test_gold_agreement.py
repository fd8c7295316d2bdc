"""tools/gold_agreement.py: how often a corpus gives one phrase values of different forms."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import orjson
import pytest

from dateline.evaluate import load_corpus
from tests.tools import load_tool

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    return load_tool("gold_agreement")


def _corpus(path: Path, docs: list[tuple[str, list[tuple[str, str]]]]) -> Path:
    """A corpus file whose documents are the given expressions, each with its value, separated by spaces."""
    lines = []
    for i, (dct, timexes) in enumerate(docs):
        text, spans = "", []
        for surface, value in timexes:
            spans.append(
                {"start": len(text), "end": len(text) + len(surface), "text": surface, "type": "DATE", "value": value}
            )
            text += surface + " "
        lines.append(orjson.dumps({"id": str(i), "lang": "en", "dct": dct, "text": text, "timexes": spans}))
    path.write_bytes(b"\n".join(lines))
    return path


def test_minority_forms_of_one_phrase_are_counted(tool: ModuleType, tmp_path: Path) -> None:
    corpus = _corpus(
        tmp_path / "c.jsonl",
        [
            ("1989-10-30", [("last week", "1989-W43"), ("1968", "1968"), ("Friday", "1989-10-27")]),
            ("1998-03-22", [("Last week", "1998-W11"), ("1955", "1955-XX")]),
            ("1999-05-06", [("last week.", "1999-WXX"), ("1949", "1949"), ("last week", "1999-W17")]),
        ],
    )
    a = tool.agreement(load_corpus(corpus))
    # "last week" 4 times (3 ISO weeks, 1 WXX); years 3 times (2 bare, 1 with -XX); "friday" once, not counted
    assert (a.gold, a.repeated, a.minority) == (8, 7, 2)
    assert [p for p, _ in a.worst] == ["9999", "last week"]


def test_a_consistent_corpus_has_no_minority(tool: ModuleType, tmp_path: Path) -> None:
    corpus = _corpus(
        tmp_path / "c.jsonl", [("2024-11-20", [("today", "2024-11-20")]), ("2024-11-21", [("Today", "2024-11-21")])]
    )
    assert tool.agreement(load_corpus(corpus)).minority == 0
    assert tool.main([str(corpus)]) == 0
