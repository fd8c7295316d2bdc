"""The sentence splitter against the per-language golden sets, plus offsets and hostile input."""

from __future__ import annotations

import time
from typing import Any

import pytest

from dateline.sentences import split
from tests.golden_sets import cases, languages


@pytest.mark.parametrize(("lang", "case"), cases("sentences"))
def test_golden(lang: str, case: dict[str, Any]) -> None:
    text = case["text"]
    assert [text[s:e] for s, e in split(text, 0, len(text), lang)] == case["sentences"]


def test_every_language_has_a_golden_set() -> None:
    assert set(languages("sentences")) >= {"de", "en", "nl", "fr", "es", "it"}


def test_spans_stay_inside_the_window_and_index_the_original_text() -> None:
    text = "Vorspann. Erster Satz. Zweiter Satz! Nachspann."
    start, end = text.index("Erster"), text.index(" Nachspann")
    spans = split(text, start, end, "de")
    assert [text[s:e] for s, e in spans] == ["Erster Satz.", "Zweiter Satz!"]
    assert all(start <= s < e <= end for s, e in spans)


def test_unknown_language_still_splits() -> None:
    text = "Première phrase. Deuxième phrase."
    assert len(split(text, 0, len(text), "xx")) == 2


def test_empty_and_blank_windows() -> None:
    assert split("", 0, 0, "en") == []
    assert split("  \n\n \t", 0, 6, "en") == []


@pytest.mark.parametrize(
    "hostile",
    [
        "1." * 300_000,
        "9" * 500_000 + "." * 500_000,
        "a.b" * 200_000,
        "Dr. " * 200_000,
        "Sätze. " * 100_000,
        "„" * 300_000 + ". " * 100_000,
    ],
)
def test_hostile_input_is_linear(hostile: str) -> None:
    began = time.process_time()
    split(hostile, 0, len(hostile), "de")
    assert time.process_time() - began < 3.0
