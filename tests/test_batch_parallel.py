"""--jobs: the same bytes in the same order as one process; a dying worker costs one document."""

from __future__ import annotations

import os
import time
from pathlib import Path

import orjson
import pytest

from dateline import parallel
from dateline.model import Document
from dateline.parallel import Runner
from tests.test_batch_fixtures import jsonl_record, run, write_articles


def test_jobs_give_identical_output(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 24)
    (tmp_path / "in" / "broken.txt").write_bytes(b"\x00\x01\x02 binary")
    records = tmp_path / "in" / "more.jsonl"
    records.write_bytes(b"".join(orjson.dumps(jsonl_record(n)) + b"\n" for n in range(40, 70)) + b"{oops\n")
    one = run("extract", str(tmp_path / "in"), "--lang", "en", "--jobs", "1")
    two = run("extract", str(tmp_path / "in"), "--lang", "en", "--jobs", "2")
    assert one[0] == 1 and len(one[2].splitlines()) == 2
    assert one == two
    assert one[1].count(b"\n") > 50


def test_runner_keeps_order_and_survives_a_dying_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    def fake(doc: Document, opts: object) -> dict[str, object]:
        if doc.content == "die":
            os._exit(3)  # a worker killed mid-document (out of memory, a crash in C code)
        return {"claims": [], "source": doc.source}

    monkeypatch.setattr(parallel, "process", fake)  # workers are forked: they see the patch
    docs = [Document(source=str(n), content="die" if n == 37 else "ok", kind="text", doc_id=str(n)) for n in range(80)]
    outcomes = list(Runner({}, jobs=2).run(docs))
    assert len(outcomes) == 80
    assert outcomes[37] == "37: the worker process died (out of memory?)"
    assert [o["source"] for o in outcomes if isinstance(o, dict)] == [str(n) for n in range(80) if n != 37]


def test_runner_window_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    taken = 0

    def documents() -> object:
        nonlocal taken
        for n in range(10_000):
            taken += 1
            yield Document(source=str(n), content="x", kind="text", doc_id=str(n))

    monkeypatch.setattr(parallel, "process", lambda doc, opts: {"claims": []})
    outcomes = Runner({}, jobs=2).run(documents())  # type: ignore[arg-type]
    next(outcomes)
    assert taken <= parallel.BATCH_DOCS * (parallel.WINDOW * 2 + 2)
    outcomes.close()


def test_a_document_that_takes_too_long_is_given_up(monkeypatch: pytest.MonkeyPatch) -> None:
    def slow(doc: Document, opts: object) -> dict[str, object]:
        if doc.content == "slow":
            time.sleep(30)
        return {"claims": [], "source": doc.source}

    monkeypatch.setattr(parallel, "process", slow)
    monkeypatch.setattr(parallel, "DOC_SECONDS", 0.3)
    docs = [Document(source=str(n), content="slow" if n == 2 else "ok", kind="text", doc_id=str(n)) for n in range(4)]
    for jobs in (1, 2):
        started = time.monotonic()
        outcomes = list(Runner({}, jobs=jobs).run(docs))
        assert time.monotonic() - started < 10
        assert outcomes[2] == "2: took longer than 0.3 s: given up"
        assert [o["source"] for o in outcomes if isinstance(o, dict)] == ["0", "1", "3"]
