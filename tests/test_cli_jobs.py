"""--jobs: files that are one document each are read, decoded and hashed by the workers, with the same output and
the same messages as one process."""

from __future__ import annotations

import gzip
from pathlib import Path

import orjson

from dateline.errors import InputError
from dateline.model import Document
from dateline.read import Deferred, plan_inputs
from tests.test_batch_fixtures import article_html, jsonl_record, run, write_articles
from tests.test_cli_inputs import PORTUGUESE


def test_workers_read_the_files_with_the_same_output_and_messages(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_articles(folder, 12)
    (folder / "page.html.gz").write_bytes(gzip.compress(article_html(40).encode("cp1252"), mtime=0))
    (folder / "broken.html.gz").write_bytes(gzip.compress(article_html(41).encode())[:-20])
    (folder / "empty.txt").write_bytes(b"")
    (folder / "pt.txt").write_text(PORTUGUESE, encoding="utf-8")
    one = run("extract", str(folder), "--jobs", "1")
    two = run("extract", str(folder), "--jobs", "2")
    assert one == two
    assert one[0] == 1 and len(one[2].splitlines()) == 3  # broken gzip, empty file, Portuguese skipped
    assert b"page.html.gz" in one[1]


def test_only_single_document_files_are_left_to_the_workers(tmp_path: Path) -> None:
    paths = write_articles(tmp_path, 2)
    records = tmp_path / "r.jsonl"
    records.write_bytes(orjson.dumps(jsonl_record(5)) + b"\n")
    planned = list(plan_inputs([str(paths[0]), str(records), str(paths[1]), str(tmp_path / "missing.txt")]))
    assert [type(p) for p in planned] == [Deferred, Document, Deferred, InputError]
    first = planned[0]
    assert isinstance(first, Deferred) and first.size == paths[0].stat().st_size
    loaded = first.load()
    assert isinstance(loaded, Document) and loaded.source == str(paths[0])
