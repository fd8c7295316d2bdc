"""The TempEval-3 scorer on hand-made gold/system pairs, and the evaluation harness around a stand-in command."""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

import pytest

from dateline import evaluate
from dateline.evaluate import Counts, EvalError, count, match, mistakes, sample, scores
from dateline.model import Timex


def tx(start: int, end: int, value: str = "2024", type: str = "DATE") -> Timex:
    return Timex(start, end, "", type, value)


def test_nothing_on_either_side_is_perfect() -> None:
    s = scores(count([], []))
    assert (s.strict_f1, s.relaxed_f1, s.value_f1, s.type_acc) == (1.0, 1.0, 1.0, 1.0)


def test_no_system_output_scores_zero() -> None:
    c = count([tx(0, 4), tx(10, 14)], [])
    assert c == Counts(gold=2, system=0)
    s = scores(c)
    assert (s.strict_p, s.strict_r, s.relaxed_f1, s.value_f1, s.type_acc) == (0.0, 0.0, 0.0, 0.0, 0.0)


def test_system_output_without_gold_scores_zero() -> None:
    s = scores(count([], [tx(0, 4)]))
    assert (s.relaxed_p, s.relaxed_f1, s.value_f1) == (0.0, 0.0, 0.0)


def test_exact_match_counts_strict_and_relaxed() -> None:
    c = count([tx(3, 9, "2024-03")], [tx(3, 9, "2024-03")])
    assert c == Counts(gold=1, system=1, strict=1, relaxed=1, value=1, type=1)
    assert scores(c).strict_f1 == scores(c).value_f1 == 1.0


def test_overlap_is_relaxed_not_strict() -> None:
    s = scores(count([tx(0, 10)], [tx(5, 15)]))
    assert (s.strict_p, s.strict_r, s.strict_f1) == (0.0, 0.0, 0.0)
    assert (s.relaxed_p, s.relaxed_r, s.relaxed_f1) == (1.0, 1.0, 1.0)
    assert s.value_f1 == 1.0


def test_touching_spans_do_not_overlap() -> None:
    assert match([tx(0, 5)], [tx(5, 9)]) == []
    assert count([tx(0, 5)], [tx(5, 9)]).relaxed == 0


def test_one_system_span_over_two_gold_matches_one_of_them() -> None:
    gold = [tx(0, 10, "A"), tx(12, 30, "B")]
    system = [tx(5, 25, "B")]  # 5 characters of A, 13 of B: B wins
    assert match(gold, system) == [(1, 0)]
    s = scores(count(gold, system))
    assert (s.relaxed_p, s.relaxed_r) == (1.0, 0.5)
    assert s.value_acc == 1.0
    assert s.value_f1 == pytest.approx(2 / 3)


def test_two_system_spans_over_one_gold_match_once() -> None:
    s = scores(count([tx(0, 20)], [tx(0, 8), tx(10, 20)]))
    assert (s.relaxed_p, s.relaxed_r) == (0.5, 1.0)


def test_greedy_by_largest_overlap_leaves_the_rest_to_others() -> None:
    gold = [tx(0, 10, "A"), tx(12, 30, "B")]
    system = [tx(0, 4, "A"), tx(5, 25, "B")]
    assert match(gold, system) == [(0, 0), (1, 1)]
    assert count(gold, system) == Counts(gold=2, system=2, strict=0, relaxed=2, value=2, type=2)


def test_exact_span_wins_a_tie() -> None:
    gold = [tx(0, 4), tx(4, 8)]
    system = [tx(0, 8)]
    assert match(gold, system) == [(0, 0)]  # equal overlaps: the earlier gold
    assert match([tx(2, 6)], [tx(0, 6), tx(2, 6)]) == [(0, 1)]


def test_duplicate_system_spans_count_once() -> None:
    c = count([tx(0, 4)], [tx(0, 4), tx(0, 4)])
    assert (c.strict, c.relaxed, c.system) == (1, 1, 2)
    assert scores(c).strict_p == 0.5


def test_value_and_type_are_compared_on_relaxed_matches() -> None:
    gold = [tx(0, 4, "1998"), tx(10, 20, "1999-03"), tx(30, 35, "P1D", "DURATION"), tx(40, 45, "1998")]
    system = [tx(0, 4, "1998"), tx(16, 20, "1999"), tx(30, 35, "P1D", "DATE")]
    c = count(gold, system)
    assert c == Counts(gold=4, system=3, strict=2, relaxed=3, value=2, type=2)
    s = scores(c)
    relaxed_f1 = 2 * 1.0 * 0.75 / 1.75
    assert s.relaxed_f1 == pytest.approx(relaxed_f1)
    assert s.value_acc == pytest.approx(2 / 3)
    assert s.value_f1 == pytest.approx(2 / 3 * relaxed_f1)
    assert s.type_acc == pytest.approx(2 / 3)
    assert s.type_f1 == pytest.approx(2 / 3 * relaxed_f1)


def test_values_compare_exactly() -> None:
    assert count([tx(0, 4, "1998-01")], [tx(0, 4, "1998-1")]).value == 0


def test_scores_are_micro_averaged() -> None:
    one = count([tx(0, 4)], [tx(0, 4)])
    other = count([tx(0, 4), tx(5, 9), tx(10, 14)], [])
    s = scores(one + other)
    assert s.relaxed_r == 0.25  # a macro average would say 0.5
    assert s.relaxed_p == 1.0


def test_mistakes_name_each_kind_with_context() -> None:
    text = "It rose in 1998 and fell in March 1999, then again last week, says a report from Monday."
    gold = [
        Timex(11, 15, "1998", "DATE", "1998"),
        Timex(28, 38, "March 1999", "DATE", "1999-03"),
        Timex(51, 60, "last week", "DATE", "1999-W10"),
        Timex(82, 88, "Monday", "DATE", "1999-03-08"),
    ]
    system = [
        Timex(11, 15, "1998", "DATE", "1998"),
        Timex(34, 38, "1999", "DATE", "1999"),
        Timex(46, 60, "again last week", "DATE", "1999-W10"),
        Timex(3, 7, "rose", "DATE", "XXXX"),
    ]
    found = mistakes("doc1", text, gold, system)
    assert [(m.kind, m.gold and m.gold.text, m.system and m.system.text) for m in found] == [
        ("spurious", None, "rose"),
        ("value", "March 1999", "1999"),
        ("span", "last week", "again last week"),
        ("missed", "Monday", None),
    ]
    assert "fell in ⟦March 1999⟧, then" in found[1].context
    assert found[0].as_dict()["gold"] is None


def test_sample_takes_kinds_in_turn() -> None:
    def m(kind: evaluate.ErrorKind) -> evaluate.Mistake:
        return evaluate.Mistake(kind, "d", None, None, "")

    errors = [m("missed"), m("missed"), m("missed"), m("value"), m("spurious")]
    assert [e.kind for e in sample(errors, 4)] == ["value", "missed", "spurious", "missed"]
    assert sample(errors, 0) == []
    assert [e.kind for e in sample(errors, 9, ["spurious", "value"])] == ["value", "spurious"]


def test_context_is_one_line() -> None:
    assert evaluate.context("a\nb 1998\n\nc", 4, 8, width=3) == "b ⟦1998⟧ c"


# --- the harness, with a stand-in for `dateline dates` ----------------------------------------------------------

FAKE = textwrap.dedent(
    """
    import json, re, sys
    path = sys.argv[sys.argv.index("--jsonl") + 1]
    failed = 0
    for line in open(path, encoding="utf-8"):
        record = json.loads(line)
        if "FAIL" in record["text"]:
            print(f"dateline: {record['id']}: cannot tag", file=sys.stderr)
            failed = 1
            continue
        found = [
            {"start": m.start(), "end": m.end(), "text": m.group(), "type": "DATE", "value": m.group()}
            for m in re.finditer(r"\\b(?:19|20)[0-9][0-9]\\b", record["text"])
        ]
        print(json.dumps({"id": record["id"], "timexes": found}))
    sys.exit(failed)
    """
)


def _corpus(path: Path, with_failure: bool = False) -> Path:
    text = "Sales rose in 1998 and fell in March 1999."
    records = [
        {
            "id": "a",
            "lang": "en",
            "dct": "1999-05-01",
            "text": text,
            "timexes": [
                {"start": 14, "end": 18, "text": "1998", "type": "DATE", "value": "1998", "tid": "t1"},
                {"start": 31, "end": 41, "text": "March 1999", "type": "DATE", "value": "1999-03", "tid": "t2"},
            ],
        },
        {"id": "b", "lang": "en", "dct": "1999-05-01", "text": "Nothing dated here.", "timexes": []},
    ]
    if with_failure:
        records.append(
            {
                "id": "c",
                "lang": "en",
                "dct": None,
                "text": "FAIL in 2001",
                "timexes": [{"start": 8, "end": 12, "text": "2001", "type": "DATE", "value": "2001", "tid": "t1"}],
            }
        )
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def fake(tmp_path: Path) -> list[str]:
    script = tmp_path / "fake_dates.py"
    script.write_text(FAKE, encoding="utf-8")
    return [sys.executable, str(script)]


def test_evaluate_runs_the_command_and_scores(tmp_path: Path, fake: list[str]) -> None:
    report = evaluate.evaluate(_corpus(tmp_path / "mini-en.jsonl"), fake)
    assert (report.name, report.docs, report.failed) == ("mini-en", 2, 0)
    assert report.counts == Counts(gold=2, system=2, strict=1, relaxed=2, value=1, type=2)
    assert report.scores.value_f1 == 0.5
    assert report.seconds > 0
    assert [e.kind for e in report.errors] == ["value"]
    assert report.by_type() == {"DATE": {"gold": 2, "relaxed_r": 100.0, "value_acc": 50.0}}


def test_documents_the_command_fails_on_count_as_empty(tmp_path: Path, fake: list[str]) -> None:
    report = evaluate.evaluate(_corpus(tmp_path / "mini.jsonl", with_failure=True), fake)
    assert report.failed == 1
    assert report.counts.gold == 3
    assert report.counts.relaxed == 2
    assert report.by_type()["DATE"]["relaxed_r"] == pytest.approx(66.67)
    assert "cannot tag" in report.stderr[0]


def test_a_crashing_command_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="exited with 3"):
        evaluate.evaluate(_corpus(tmp_path / "mini.jsonl"), [sys.executable, "-c", "import sys; sys.exit(3)"])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json\n", "not a corpus record"),
        ('{"id": 1, "lang": "en"}\n', "not a corpus record"),
        (
            '{"id": 1, "lang": "en", "text": "in 1998", "timexes": '
            '[{"start": 0, "end": 2, "text": "1998", "type": "DATE", "value": "1998"}]}\n',
            "does not match",
        ),
        ("\n", "no documents"),
    ],
)
def test_bad_corpora_are_reported(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EvalError, match=message):
        evaluate.load_corpus(path)


def test_main_prints_a_table(tmp_path: Path, fake: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _corpus(tmp_path / "mini-en.jsonl")
    assert evaluate.main([str(corpus), "--command", " ".join(fake), "--errors", "5"]) == 0
    out = capsys.readouterr().out
    assert "mini-en" in out and "value F1" in out
    assert "'March 1999' DATE 1999-03" in out
    assert "fell in ⟦March 1999⟧" in out


def test_main_prints_json(tmp_path: Path, fake: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _corpus(tmp_path / "mini-en.jsonl")
    assert evaluate.main([str(corpus), "--json", "--command", " ".join(fake), "--errors", "1"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["corpus"] == "mini-en"
    assert (row["docs"], row["gold"], row["system"]) == (2, 2, 2)
    assert (row["strict_f1"], row["relaxed_f1"], row["value_f1"], row["type_acc"]) == (50.0, 100.0, 50.0, 100.0)
    assert row["errors"][0]["gold"]["value"] == "1999-03"
    assert row["docs_per_s"] > 0
    assert evaluate.main([str(corpus), "--json", "--command", " ".join(fake), "--errors", "3", "--kind", "missed"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["errors"] == []  # the only error is a value error


def test_main_fails_on_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert evaluate.main([str(tmp_path / "absent.jsonl")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "absent.jsonl" in err


def test_default_command_is_runnable() -> None:
    command = evaluate.default_command()
    assert command[-1] == "dates"
    assert Path(command[0]).exists()


def test_subsets_are_scored_apart(tmp_path: Path, fake: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    path = _corpus(tmp_path / "mini-en.jsonl")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for record, subset in zip(records, ("Wire", "Weekly"), strict=True):
        record["subset"] = subset
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    report = evaluate.evaluate(path, fake)
    assert [(p.name, p.docs, p.counts.gold) for p in report.parts] == [("mini-en:Weekly", 1, 0), ("mini-en:Wire", 1, 2)]
    assert report.parts[1].scores.value_f1 == report.scores.value_f1 == 0.5
    assert evaluate.main([str(path), "--json", "--command", " ".join(fake)]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert [part["corpus"] for part in row["subsets"]] == ["mini-en:Weekly", "mini-en:Wire"]
    assert evaluate.main([str(path), "--command", " ".join(fake)]) == 0
    assert "mini-en:Wire" in capsys.readouterr().out
