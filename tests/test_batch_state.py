"""--state: a rerun emits only what is new; a killed run loses nothing and corrupts nothing."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.test_batch_fixtures import article_html, lines, run, write_articles


def test_rerun_emits_only_new_documents_and_claims(tmp_path: Path) -> None:
    folder, state = tmp_path / "in", str(tmp_path / "state.db")
    write_articles(folder, 4)
    code, first, err = run("extract", str(folder), "--lang", "en", "--state", state)
    assert code == 0 and len(lines(first)) > 4
    assert "skipped 0 documents" in err
    code, again, err = run("extract", str(folder), "--lang", "en", "--state", state)
    assert (code, again) == (0, b"")
    assert "skipped 4 documents already processed" in err
    write_articles(folder, 1, start=10)
    code, new, _ = run("extract", str(folder), "--lang", "en", "--state", state, "--quiet")
    assert code == 0 and {c["source"] for c in lines(new)} == {str(folder / "article0010.txt")}
    assert run("extract", str(folder), "--lang", "en", "--state", state, "-q")[1:] == (b"", "")


def test_a_page_scraped_again_with_new_furniture_repeats_no_claim(tmp_path: Path) -> None:
    state = str(tmp_path / "state.db")
    page = tmp_path / "page.html"
    page.write_text(article_html(3).replace("<head>", '<head><link rel="canonical" href="https://x.test/a">'))
    code, first, _ = run("extract", str(page), "--lang", "en", "--state", state)
    assert code == 0 and lines(first)
    page.write_text(page.read_text().replace("All rights reserved.", "All rights reserved. Subscribe now!"))
    code, second, err = run("extract", str(page), "--lang", "en", "--state", state)
    assert (code, second) == (0, b"")
    assert f"skipped 0 documents already processed and {len(lines(first))} claims already emitted" in err


def test_a_second_run_on_the_same_state_is_refused(tmp_path: Path) -> None:
    import fcntl

    state = tmp_path / "state.db"
    write_articles(tmp_path / "in", 1)
    with open(state, "ab") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        code, out, err = run("extract", str(tmp_path / "in"), "--state", str(state))
    assert (code, out) == (2, b"") and "in use by another dateline run" in err


def _kill_mid_run(args: list[str], tmp_path: Path) -> bytes:
    """Run until some claims were written, then kill -9; what reached stdout."""
    command = [sys.executable, "-c", "from dateline.cli import main; main()", "extract", *args]
    out = tmp_path / "partial.out"
    with open(out, "wb") as sink:
        proc = subprocess.Popen(command, stdout=sink, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 90
        while out.stat().st_size < 20_000:
            assert time.monotonic() < deadline and proc.poll() is None, "the run ended before it could be killed"
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    return out.read_bytes()


def _recorded(state: Path) -> set[str]:
    with sqlite3.connect(state) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return {row[0] for row in db.execute("SELECT doc_id FROM documents")}


def test_kill_9_on_stdout_run_loses_nothing(tmp_path: Path) -> None:
    folder, state = tmp_path / "in", tmp_path / "state.db"
    write_articles(folder, 300)
    _, everything, _ = run("extract", str(folder), "--lang", "en")
    partial = _kill_mid_run([str(folder), "--lang", "en", "-j", "2", "--state", str(state)], tmp_path)
    partial = partial[: partial.rfind(b"\n") + 1]  # a line cut by the kill is not a claim
    done = _recorded(state)
    assert done and {c["doc_id"] for c in lines(partial)} >= done  # recorded means written
    code, rest, _ = run("extract", str(folder), "--lang", "en", "--state", str(state))
    assert code == 0
    assert {c["id"] for c in lines(partial) + lines(rest)} == {c["id"] for c in lines(everything)}


def test_kill_9_with_output_file_keeps_yesterday_and_records_nothing(tmp_path: Path) -> None:
    folder, state, target = tmp_path / "in", tmp_path / "state.db", tmp_path / "out.jsonl"
    write_articles(folder, 300)
    target.write_text("yesterday\n", encoding="utf-8")
    args = [str(folder), "--lang", "en", "-j", "2", "--state", str(state), "-o", str(target)]
    command = [sys.executable, "-c", "from dateline.cli import main; main()", "extract", *args]
    proc = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 90
    while not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp") and p.stat().st_size > 2000]:
        assert time.monotonic() < deadline and proc.poll() is None, "the run ended before it could be killed"
        time.sleep(0.005)
    proc.kill()
    proc.wait()
    assert target.read_text(encoding="utf-8") == "yesterday\n"
    assert _recorded(state) == set()  # nothing committed: the output was never renamed into place
    code, _, _ = run("extract", *args)
    _, everything, _ = run("extract", str(folder), "--lang", "en")
    assert code == 0 and {c["id"] for c in lines(target.read_bytes())} == {c["id"] for c in lines(everything)}


def test_a_forked_worker_does_not_keep_the_state_locked(tmp_path: Path) -> None:
    """After a kill -9 of a run, its orphaned workers must not hold the state file: the next run starts at once."""
    import os

    from dateline.state import State, StateError

    path = tmp_path / "state.db"
    store = State(path)
    ready, started = os.pipe()
    child = os.fork()
    if child == 0:  # a worker that lives on after its run
        os.write(started, b"x")  # running: whatever runs in a child at fork has run
        time.sleep(2)
        os._exit(0)
    os.read(ready, 1)
    try:
        store.close()  # the run is gone; only its worker is left
        with State(path):
            pass
    except StateError as err:
        raise AssertionError(f"the worker kept the lock: {err}") from None
    finally:
        os.waitpid(child, 0)
