"""The `dateline extract` contract: inputs, options, exit codes, stdout for data only, stderr one line per failure."""

from __future__ import annotations

import gzip
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson

from tests.test_batch_fixtures import (
    article_html,
    article_text,
    jsonl_record,
    lines,
    on_terminal,
    run,
    run_process,
    write_articles,
)


def test_extract_file_writes_claims_as_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(article_text(1), encoding="utf-8")
    code, out, err = run("extract", str(path), "--lang", "en", "--published", "2024-11-22")
    assert (code, err) == (0, "")
    claims = lines(out)
    assert claims and all(c["source"] == str(path) for c in claims)
    assert any(c["date"] == "2024-02-02" for c in claims)


def test_one_bad_input_is_one_stderr_line_and_exit_1(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(article_text(2), encoding="utf-8")
    missing = tmp_path / "missing.txt"
    code, out, err = run("extract", str(missing), str(good), "--lang", "en", "-j", "1")
    assert code == 1
    assert err.count("\n") == 1 and str(missing) in err and "Traceback" not in err
    assert lines(out) and all(c["source"] == str(good) for c in lines(out))


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("extract")[0] == 2
    assert run("extract", str(tmp_path), "--published", "22.11.2024")[0] == 2
    assert run("extract", str(tmp_path), "--jobs", "0")[0] == 2
    assert run("extract", "-", "--from-file", "-")[0] == 2
    assert run("extract", "--from-file", str(tmp_path / "no-such-list"))[0] == 2


def test_stdin_kinds_are_detected() -> None:
    record = orjson.dumps(jsonl_record(3)) + b"\n"
    code, out, _ = run("extract", "-", stdin=record)
    assert code == 0 and all(c["source"] == "-#a3" for c in lines(out))
    code, gz_out, _ = run("extract", "-", stdin=gzip.compress(record))
    assert code == 0 and gz_out == out
    code, html_out, _ = run("extract", "-", "--lang", "en", stdin=article_html(3).encode())
    assert code == 0 and lines(html_out)


def test_emit_articles_and_table(tmp_path: Path) -> None:
    write_articles(tmp_path, 2)
    code, out, _ = run("extract", str(tmp_path), "--lang", "en", "--emit", "articles")
    articles = lines(out)
    assert code == 0 and len(articles) == 2
    assert all(isinstance(a["text"], str) and a["claims"] for a in articles)
    code, table, _ = run("extract", str(tmp_path), "--lang", "en", "--format", "table")
    assert code == 0 and b"2024" in table and not table.lstrip().startswith(b"{")


def test_from_file_lists_inputs(tmp_path: Path) -> None:
    paths = write_articles(tmp_path / "in", 3)
    listing = tmp_path / "list.txt"
    listing.write_text(f"{paths[2]}\n\n{paths[0]}\n", encoding="utf-8")
    code, out, _ = run("extract", "--from-file", str(listing), "--lang", "en")
    assert code == 0
    assert [c["source"] for c in lines(out)][:1] == [str(paths[2])]
    assert {c["source"] for c in lines(out)} == {str(paths[2]), str(paths[0])}
    code, piped, _ = run("extract", "--from-file", "-", "--lang", "en", stdin=listing.read_bytes())
    assert code == 0 and piped == out


def test_output_file_is_written_atomically(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 2)
    target = tmp_path / "claims.jsonl"
    target.write_text("yesterday\n", encoding="utf-8")
    # a run that fails before it starts (bad lexicon file) leaves yesterday's output alone
    code, _, _ = run("extract", str(tmp_path / "in"), "-o", str(target), "--lexicon", str(tmp_path / "nope.toml"))
    assert code == 2 and target.read_text(encoding="utf-8") == "yesterday\n"
    code, out, _ = run("extract", str(tmp_path / "in"), "-o", str(target), "--lang", "en")
    assert code == 0 and out == b"" and lines(target.read_bytes())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.jsonl", "in"]


def test_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    write_articles(tmp_path, 6)
    command = f"{sys.executable} -c 'from dateline.cli import main; main()' extract {tmp_path} --lang en | head -1"
    done = subprocess.run(command, shell=True, capture_output=True, timeout=120, check=False)
    assert done.returncode == 0 and done.stderr == b""
    assert len(done.stdout.splitlines()) == 1


def test_sigterm_leaves_no_temporary_file_and_old_output(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    for n in range(400):
        (folder / f"{n:03d}").mkdir(parents=True)
        (folder / f"{n:03d}" / "a.txt").write_text(article_text(n), encoding="utf-8")
    target = tmp_path / "out.jsonl"
    target.write_text("yesterday\n", encoding="utf-8")
    command = [sys.executable, "-c", "from dateline.cli import main; main()", "extract", str(folder)]
    proc = subprocess.Popen([*command, "--lang", "en", "-j", "2", "-o", str(target)], stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not any(p.name.endswith(".tmp") for p in tmp_path.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.01)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode != 0 and b"Traceback" not in err
    assert target.read_text(encoding="utf-8") == "yesterday\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out.jsonl"]


def test_progress_only_on_a_terminal_and_quiet_silences_it(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 4)
    done = run_process("extract", str(tmp_path / "in"), "--lang", "en")
    assert done.returncode == 0 and done.stderr == b""  # stderr is a pipe: no bar, no summary

    def on_terminal_stderr(*extra: str) -> str:
        return on_terminal("extract", str(tmp_path / "in"), "--lang", "en", *extra, stdout=False)

    shown = on_terminal_stderr()
    assert "4 documents" in shown and "docs/s" in shown
    assert "\x1b[3" not in shown  # NO_COLOR: no colour codes
    assert on_terminal_stderr("--quiet") == ""
