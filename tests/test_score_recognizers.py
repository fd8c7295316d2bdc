"""The Recognizers-Text scorer (tools/score_recognizers.py) on a spec written here, and its skip when absent."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from tests.tools import load_tool

TOOL = Path(__file__).resolve().parents[1] / "tools" / "score_recognizers.py"


def _tool() -> ModuleType:
    return load_tool("score_recognizers")


def _write(root: Path, folder: str, model: str, cases: list[dict[str, object]]) -> None:
    path = root / "microsoft+Recognizers-Text" / "Specs" / folder / "German" / f"{model}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(cases), encoding="utf-8")


def _german_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> str:
    """The scorer run on the specs written under `tmp_path`: its German line."""
    monkeypatch.setenv("DATELINE_CORPORA", str(tmp_path))
    assert _tool().main([]) == 0
    return next(x for x in capsys.readouterr().out.splitlines() if x.strip().startswith("de:"))


def test_scores_value_and_unit_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(
        tmp_path,
        "Number",
        "NumberModel",
        [
            {
                "Input": "Es kamen dreiundzwanzig Gäste.",
                "Results": [{"Text": "dreiundzwanzig", "Resolution": {"value": "23"}}],
            },
            {"Input": "Es ist 3/4.", "Results": [{"Text": "3/4", "Resolution": {"value": "0,75"}}]},
            {
                "Input": "Drei Viertel sagen nein.",
                "Results": [{"Text": "drei viertel", "Resolution": {"value": "0,75"}}],
            },
        ],
    )
    _write(
        tmp_path,
        "NumberWithUnit",
        "CurrencyModel",
        [
            {
                "Input": "Das kostet 5 Euro.",
                "Results": [{"Text": "5 euro", "Resolution": {"value": "5", "unit": "Euro"}}],
            },
            {
                "Input": "Das kostet 5 Rubel.",
                "Results": [{"Text": "5 rubel", "Resolution": {"value": "5", "unit": "Dollar"}}],
            },
        ],
    )
    line = _german_line(tmp_path, monkeypatch, capsys)
    # 23, 3/4 in words and 5 EUR right, 5 RUB is no USD; the fraction in digits is out of scope
    assert "(3/4; 1 out of scope)" in line


def test_skips_when_the_specs_are_absent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATELINE_CORPORA", str(tmp_path))
    assert _tool().main([]) == 0
    out = capsys.readouterr().out
    assert "skipped" in out and "microsoft/Recognizers-Text" in out


def test_identifiers_labels_and_articles_are_out_of_scope_and_decreases_count_by_magnitude(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(
        tmp_path,
        "Number",
        "NumberModel",
        [
            {"Input": "192.168.1.2", "Results": [{"Text": "192", "Resolution": {"value": "192"}}]},
            {"Input": "Zeile Nummer 3", "Results": [{"Text": "3", "Resolution": {"value": "3"}}]},
        ],
    )
    _write(
        tmp_path,
        "NumberWithUnit",
        "CurrencyModel",
        [
            {
                "Input": "Gib mir einen Euro.",
                "Results": [{"Text": "einen euro", "Resolution": {"value": "1", "unit": "Euro"}}],
            },
            {
                "Input": "Der Preis sank um 5 Euro.",
                "Results": [{"Text": "5 euro", "Resolution": {"value": "5", "unit": "Euro"}}],
            },
        ],
    )
    line = _german_line(tmp_path, monkeypatch, capsys)
    # "sank um 5 Euro" is -5 EUR in dateline, 5 EUR in the spec: right; the rest is out of scope
    assert "(1/1; 3 out of scope)" in line


def test_a_scale_letter_without_a_currency_sign_is_out_of_scope(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(
        tmp_path,
        "Number",
        "NumberModel",
        [
            {"Input": "Ich gebe dir 10M.", "Results": [{"Text": "10m", "Resolution": {"value": "10000000"}}]},
            {"Input": "2,33 k", "Results": [{"Text": "2,33 k", "Resolution": {"value": "2330"}}]},
            {"Input": "Es sind 50k.", "Results": [{"Text": "50k", "Resolution": {"value": "50000"}}]},
            {"Input": "Das Ziel ist US$ 2M.", "Results": [{"Text": "2m", "Resolution": {"value": "2000000"}}]},
        ],
    )
    line = _german_line(tmp_path, monkeypatch, capsys)
    # "10M" and "2,33 k" are out of scope; a glued "k" and a letter after a currency sign stay in scope
    assert "2 out of scope" in line and "/2;" in line


def test_a_scale_letter_span_ending_on_a_sentence_mark_is_out_of_scope() -> None:
    # a spec whose End reaches past its text onto the full stop ("10M.") is the same scale letter
    tool = _tool()
    text = "Je peux vous donner 10M."
    assert tool.bare_scale_letter(text, 20, 24, "fr") and tool.bare_scale_letter(text, 20, 23, "fr")
    assert not tool.bare_scale_letter("Le but est 10 $.", 11, 15, "fr")


def test_a_decimal_mark_of_another_language_is_out_of_scope() -> None:
    tool = _tool()
    assert tool.foreign_decimal("1,3", "en") and tool.foreign_decimal("1.0", "fr")
    assert tool.foreign_decimal("1234567.0", "fr") and tool.foreign_decimal("1.111,11", "en")
    assert not tool.foreign_decimal("1,000", "en") and not tool.foreign_decimal("1,5", "fr")
    assert not tool.foreign_decimal("10.000", "de") and not tool.foreign_decimal("2.5", "en")


def test_spec_values_against_the_language_and_percent_bases_are_out_of_scope(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(
        tmp_path,
        "Number",
        "NumberModel",
        [
            {
                "Input": "Es sind dreihundertzwei Dutzend.",
                "Results": [{"Text": "dreihundertzwei dutzend", "Resolution": {"value": "324"}}],
            },
            {"Input": "Es sind 3 Cents.", "Results": [{"Text": "3 cents", "Resolution": {"value": "300"}}]},
        ],
    )
    _write(
        tmp_path,
        "Number",
        "PercentModel",
        [
            {"Input": "Prozent von 10", "Results": [{"Text": "prozent von 10", "Resolution": {"value": "10%"}}]},
            {
                "Input": "Diese 15 Prozentpunkte sind viel.",
                "Results": [{"Text": "15 prozentpunkte", "Resolution": {"value": "15%"}}],
            },
            {"Input": "Es sind 5 Prozent.", "Results": [{"Text": "5 prozent", "Resolution": {"value": "5%"}}]},
        ],
    )
    line = _german_line(tmp_path, monkeypatch, capsys)
    # 302 dozen is 3624 in German as in English; "3 cents" is money; the base of a percentage and percentage
    # points are no percentages: only "5 Prozent" is in scope, and right
    assert "(1/1; 4 out of scope)" in line
