"""The gate of each language's timex grammar (where a match can begin, learnt from the rules) is kept in
`data/<lang>/timex.gate.json` so that start-up need not learn it again: the kept one is current, is the one the
grammar uses, and is learnt again when it no longer fits the rules or cannot be read."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from dateline.resources import DATA, languages, load
from dateline.timex import patterns
from dateline.timex.patterns import GATE_FILE, Gate, _rules, _stored, analyse, gate_key, grammar
from tests.tools import load_tool

LANGS = languages("timex")


def _learnt(lang: str) -> Gate:
    data = load(lang, "timex")
    return analyse(_rules(lang, data)[0], data["tables"])


@pytest.mark.parametrize("lang", LANGS)
def test_kept_gates_are_current(lang: str) -> None:
    committed = (DATA / lang / GATE_FILE).read_bytes()
    assert load_tool("gen_gates").render(lang) == committed, "run `python tools/gen_gates.py` and commit the result"


@pytest.mark.parametrize("lang", LANGS)
def test_the_grammar_uses_the_kept_gate_and_it_is_the_learnt_one(lang: str) -> None:
    data = load(lang, "timex")
    rules, _ = _rules(lang, data)
    kept = _stored(lang, rules, data["tables"])
    assert kept is not None
    learnt = analyse(rules, data["tables"])
    assert kept == learnt
    g = grammar(lang)
    assert g is not None
    assert (g.gate.pattern, g.heads, g.starts, g.anywhere) == learnt
    assert g.reach == max(map(len, learnt.heads)) + 1


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b'{"key": "0000", "pattern": "x", "heads": [], "starts": {}, "anywhere": []}',  # another key
        b'{"pattern": "x"}',
        b"[1, 2]",
        None,  # unreadable: a folder where the file should be
    ],
)
def test_a_stale_or_broken_kept_gate_is_learnt_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes | None
) -> None:
    (tmp_path / "en").mkdir()
    if content is None:
        (tmp_path / "en" / GATE_FILE).mkdir()
    else:
        (tmp_path / "en" / GATE_FILE).write_bytes(content)
    monkeypatch.setattr(patterns, "DATA", tmp_path)
    data = load("en", "timex")
    assert _stored("en", _rules("en", data)[0], data["tables"]) is None
    g = patterns.grammar.__wrapped__("en")
    assert g is not None
    assert (g.gate.pattern, g.heads, g.starts, g.anywhere) == _learnt("en")


def test_the_key_changes_with_a_rule_or_a_table_form() -> None:
    data = load("en", "timex")
    key = gate_key(_rules("en", data)[0], data["tables"])
    rule: dict[str, Any] = copy.deepcopy(data)
    rule["rule"][0]["pattern"] += "x"
    form: dict[str, Any] = copy.deepcopy(data)
    form["tables"]["month"]["Märzen"] = 3
    for changed in (rule, form):
        assert gate_key(_rules("en", changed)[0], changed["tables"]) != key
