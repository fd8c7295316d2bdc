"""No run may do nothing and look healthy: --lang is checked, a language without rules is said, and inputs that
name no document fail. Through the real entry point, in a temporary folder."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from dateline.resources import DATA
from tests.test_batch_fixtures import article_text, jsonl_record, lines, on_terminal, run, write_articles

SUPPORTED = sorted(p.parent.name for p in DATA.glob("*/timex.toml"))

# A short news text written for this test, in Portuguese (a language dateline has no rules for).
PORTUGUESE = (
    "Greve no porto de Lisboa paralisa o comércio\n\n"
    "Os trabalhadores do porto de Lisboa iniciaram uma greve na segunda-feira, disse o sindicato, depois de as "
    "negociações com as empresas terem falhado no mês passado.\n\n"
    "Segundo a associação dos exportadores, mais de trezentos contentores estão parados nos cais e a situação "
    "deverá piorar durante as próximas semanas, porque não há acordo à vista.\n\n"
    "O governo pediu às duas partes que voltem à mesa das negociações o mais depressa possível.\n"
)


def test_supported_languages_come_from_the_data_folders() -> None:
    assert SUPPORTED == ["de", "en", "es", "fr", "it", "nl"]


@pytest.mark.parametrize("given", ["EN", "En", "en"])
def test_lang_is_accepted_in_any_case(tmp_path: Path, given: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(article_text(1), encoding="utf-8")
    code, out, err = run("extract", str(path), "--lang", given)
    assert (code, err) == (0, "")
    claims = lines(out)
    assert claims and {c["lang"] for c in claims} == {"en"}


@pytest.mark.parametrize("given", ["xx", "english", "pt", ""])
def test_an_unsupported_lang_is_a_usage_error_naming_the_supported_ones(tmp_path: Path, given: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(article_text(1), encoding="utf-8")
    for command in (["extract", str(path)], ["dates", str(path)]):
        code, out, err = run(*command, "--lang", given)
        assert code == 2 and out == b""
        assert ", ".join(SUPPORTED) in err


def test_a_document_in_a_language_without_rules_is_skipped_and_said(tmp_path: Path) -> None:
    (tmp_path / "pt.txt").write_text(PORTUGUESE, encoding="utf-8")
    (tmp_path / "en.txt").write_text(article_text(2), encoding="utf-8")
    code, out, err = run("extract", str(tmp_path), "-j", "1")
    assert code == 0
    assert err.splitlines() == [err.strip()] and str(tmp_path / "pt.txt") in err and "'pt'" in err
    assert lines(out) and {c["source"] for c in lines(out)} == {str(tmp_path / "en.txt")}


def test_a_record_in_a_language_without_rules_is_skipped(tmp_path: Path) -> None:
    records = tmp_path / "r.jsonl"
    other = {**jsonl_record(4), "id": "pl1", "lang": "pl"}
    records.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in (jsonl_record(3), other)))
    code, out, err = run("extract", str(records))
    assert code == 0
    assert (
        err.strip()
        == f"dateline: {records}#pl1: language 'pl' has no rules (supported: {' '.join(SUPPORTED)}): skipped"
    )
    assert {c["source"] for c in lines(out)} == {f"{records}#a3"}


def test_the_summary_counts_skipped_documents(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_articles(folder, 2)
    (folder / "pt.txt").write_text(PORTUGUESE, encoding="utf-8")
    seen = on_terminal("extract", str(folder), "-j", "1", stdout=False)
    summary = seen.splitlines()[-1]
    assert "2 documents" in summary and "1 skipped" in summary
    assert run("extract", str(folder), "-j", "1")[0] == 0  # a skipped document is no failure


def test_inputs_naming_no_document_fail_with_one_line(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    tables = tmp_path / "tables"
    tables.mkdir()
    (tables / "a.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    listing = tmp_path / "list.txt"
    listing.write_text("\n\n", encoding="utf-8")
    for args, where in (
        ([str(empty)], str(empty)),
        ([str(tables)], str(tables)),
        (["--from-file", str(listing)], f"the list {listing}"),
    ):
        code, out, err = run("extract", *args, "--lang", "en")
        assert (code, out) == (1, b""), args
        assert err == f"dateline: no input documents found in {where}\n"
    code, _, err = run("clean", str(empty))
    assert code == 1 and "no input documents found" in err
    code, _, err = run("extract", "--from-file", "-", stdin=b"")
    assert code == 1 and err == "dateline: no input documents found in the list -\n"


def test_no_documents_keeps_yesterdays_output_file(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    target = tmp_path / "claims.jsonl"
    target.write_text("yesterday\n", encoding="utf-8")
    code, _, err = run("extract", str(tmp_path / "empty"), "-o", str(target))
    assert code == 1 and "no input documents found" in err
    assert target.read_text(encoding="utf-8") == "yesterday\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.jsonl", "empty"]


def test_with_state_a_skipped_document_is_reported_once(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_articles(folder, 2)
    (folder / "pt.txt").write_text(PORTUGUESE, encoding="utf-8")
    state = tmp_path / "state.db"
    for jobs in ("1", "2"):
        (tmp_path / "state.db").unlink(missing_ok=True)
        code, out, err = run("extract", str(folder), "--state", str(state), "-q", "-j", jobs)
        assert code == 0 and lines(out) and "'pt'" in err
        code, out, err = run("extract", str(folder), "--state", str(state), "-q", "-j", jobs)
        assert (code, out, err) == (0, b"", "")
