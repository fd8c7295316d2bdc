"""tools/eval_redewiedergabe.py: reading the corpus's column format and scoring attributions against speakers."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tests.tools import load_tool

HEADER = "tok\tnormtok\tlemma\tpos\trfpos\tsentstart\tstwr\tframe\tspeaker\tintexpr\tnote\n"


@pytest.fixture(scope="module")
def scorer() -> ModuleType:
    return load_tool("eval_redewiedergabe")


def _write(path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    """A sample file: (token, stwr, frame, speaker) per row; the other columns are filler."""
    lines = [f"{tok}\t{tok}\t{tok}\tX\tX\tno\t{stwr}\t{frame}\t{speaker}\t-\t-\n" for tok, stwr, frame, speaker in rows]
    path.write_text(HEADER + "".join(lines), encoding="utf-8")
    return path


def _sentence(speaker_at: set[int]) -> list[tuple[str, str, str, str]]:
    words = [
        "Der",
        "Bürgermeister",
        "sagte",
        "am",
        "Montag",
        ",",
        "die",
        "Brücke",
        "werde",
        "im",
        "Mai",
        "eröffnet",
        ".",
    ]
    rows = []
    for k, w in enumerate(words):
        stwr = "indirect.speech.1" if 6 <= k <= 10 else "-"
        frame = "frame.1" if k in (0, 1, 2) else "-"
        rows.append((w, stwr, frame, "speaker.1" if k in speaker_at else "-"))
    return rows


def test_reads_ids_of_nested_and_shared_annotations(scorer: ModuleType) -> None:
    assert scorer._ids("speaker.12_19") == ["12", "19"]
    assert scorer._ids("direct.speech_writing.3|reported.thought.6.nonfact.border=state") == ["3", "6"]
    assert scorer._ids("-") == []


def test_source_on_the_speaker_counts_and_one_elsewhere_does_not(scorer: ModuleType, tmp_path: Path) -> None:
    right = scorer.read_sample(_write(tmp_path / "a.tsv", _sentence({0, 1})))
    assert right.speakers == {"1": {0, 1}}
    wrong = scorer.read_sample(_write(tmp_path / "b.tsv", _sentence({7})))  # "Brücke" marked as speaker
    result = scorer.Score()
    scorer.score_sample(right, result)
    scorer.score_sample(wrong, result)
    assert (result.sentences, result.emitted, result.correct, result.gold, result.found) == (2, 2, 1, 2, 1)
    assert result.precision == 0.5
    assert "Der Bürgermeister" in result.errors[0]


def test_head_marked_alone_inside_a_longer_source(scorer: ModuleType) -> None:
    tokens = ["der", "Vertreter", "der", "Bank", "erklärte"]
    assert scorer._headed({0, 1, 2, 3}, {1}, tokens)  # "Vertreter", then "der Bank"
    assert not scorer._headed({0, 1}, {0}, ["Vertreter", "Müller"])  # a name after it is the head
    assert not scorer._headed({0, 1}, {3}, tokens)


def test_skips_with_one_line_when_absent(
    scorer: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATELINE_CORPORA", str(tmp_path))
    assert scorer.main([]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and "redewiedergabe/corpus" in out[0]
