"""The sentence splitter against the per-language golden sets, plus offsets and hostile input."""

from __future__ import annotations

import time
import tomllib
from pathlib import Path

import pytest

from dateline.sentences import split

GOLDEN = Path(__file__).parent / "golden" / "sentences"
CASES = [
    pytest.param(path.stem, case["text"], case["sentences"], id=f"{path.stem}-{i}")
    for path in sorted(GOLDEN.glob("*.toml"))
    for i, case in enumerate(tomllib.loads(path.read_text(encoding="utf-8"))["case"])
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_golden(lang: str, text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in split(text, 0, len(text), lang)] == expected


def test_every_language_has_a_golden_set() -> None:
    assert {p.stem for p in GOLDEN.glob("*.toml")} >= {"de", "en", "nl", "fr", "es", "it"}


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
    began = time.perf_counter()
    split(hostile, 0, len(hostile), "de")
    assert time.perf_counter() - began < 3.0
