"""More inputs: JSON lines streamed with per-record limits, WARC files, http(s) URLs."""

from __future__ import annotations

import gzip
import http.server
import io
import threading
from collections.abc import Iterator
from datetime import date
from functools import partial
from pathlib import Path

import orjson
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dateline import read
from dateline.errors import InputError
from dateline.model import Document
from dateline.pipeline import Options, process
from dateline.read import read_input
from tests.test_batch_fixtures import article_html, jsonl_record, lines, run


def write_warc(path: Path, pages: list[tuple[str, str, str]]) -> None:
    """A gzipped WARC of (uri, status, html) responses, plus a request and a non-HTML record around them."""
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        request = writer.create_warc_record("http://example.org/", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n"))
        writer.write_record(request)
        for uri, status, html in pages:
            headers = StatusAndHeaders(status, [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri,
                "response",
                payload=io.BytesIO(html.encode("utf-8")),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-05-06T07:08:09Z"},
            )
            writer.write_record(record)
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        png = writer.create_warc_record(
            "http://example.org/a.png", "response", payload=io.BytesIO(b"\x89PNG\r\n"), http_headers=image
        )
        writer.write_record(png)


def test_folder_named_through_dot_dot_is_read_and_hidden_files_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "articles"
    (folder / ".cache").mkdir(parents=True)
    (folder / "a.html").write_text(article_html(1), encoding="utf-8")
    (folder / ".cache" / "b.html").write_text(article_html(1), encoding="utf-8")
    (folder / ".draft.html").write_text(article_html(1), encoding="utf-8")
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    assert list(read.expand(["../articles"])) == [str(Path("..", "articles", "a.html"))]
    code, out, _ = run("extract", "../articles", "--jobs", "1")
    assert code == 0 and lines(out)


def test_warc_html_responses_become_documents(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(
        path,
        [
            ("https://news.example.org/a", "200 OK", article_html(1)),
            ("https://news.example.org/gone", "404 Not Found", "<html><body>gone</body></html>"),
            ("https://news.example.org/b", "200 OK", article_html(2)),
        ],
    )
    docs = list(read_input(str(path)))
    assert [d.url for d in docs if isinstance(d, Document)] == [
        "https://news.example.org/a",
        "https://news.example.org/b",
    ]
    assert all(isinstance(d, Document) and d.crawled == date(2024, 5, 6) for d in docs)
    assert docs[0].source == f"{path}#https://news.example.org/a"
    code, out, err = run("extract", str(tmp_path), "--lang", "en")  # folders include .warc.gz
    assert (code, err) == (0, "")
    assert {c["url"] for c in lines(out)} == {"https://news.example.org/a", "https://news.example.org/b"}


def test_warc_date_is_the_last_resort_publication_date() -> None:
    html = "<html><body><article><p>The council voted on Monday to close the old bridge.</p></article></body></html>"
    page = Document(source="x", content=html, kind="html", doc_id="0" * 16, crawled=date(2024, 5, 8))
    crawled = process(page, Options(lang="en"))
    assert (crawled["published"], crawled["published_from"]) == ("2024-05-08", "crawl")
    assert [c["date"] for c in crawled["claims"]] == ["2024-05-06"]
    given = process(page, Options(lang="en", published=date(2024, 1, 10)))
    assert (given["published"], given["published_from"]) == ("2024-01-10", "option")


def test_not_a_warc_and_empty_warc_are_reported(tmp_path: Path) -> None:
    bad = tmp_path / "bad.warc"
    bad.write_bytes(b"this is not a web archive\n" * 10)
    empty = tmp_path / "empty.warc.gz"
    empty.write_bytes(gzip.compress(b""))
    code, _, err = run("extract", str(bad), str(empty))
    assert code == 1 and len(err.splitlines()) == 2
    assert str(bad) in err and str(empty) in err and "Traceback" not in err


def test_jsonl_is_streamed_with_a_limit_per_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read, "MAX_BYTES", 20_000)
    path = tmp_path / "records.jsonl.gz"
    records = [orjson.dumps(jsonl_record(n)) for n in range(3)]
    huge = orjson.dumps({"id": "huge", "text": "word " * 10_000})
    path.write_bytes(gzip.compress(b"\n".join([records[0], huge, b"not json", records[1], b"[1]", records[2]])))
    items = list(read_input(str(path)))
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert [d.record_id for d in items if not isinstance(d, InputError)] == ["a0", "a1", "a2"]
    assert [e.split(" (")[0] for e in errors] == [
        f"{path}:2: line larger than 0 MiB",
        f"{path}:3: not valid JSON",
        f"{path}:5: JSON line is not an object",
    ]


def test_stream_reads_jsonl_without_reading_the_whole_input() -> None:
    class Counting(io.BytesIO):
        taken = 0

        def read(self, size: int | None = -1) -> bytes:
            data = super().read(size)
            Counting.taken += len(data)
            return data

        def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
            size = super().readinto(buffer)
            Counting.taken += size
            return size

    data = b"".join(orjson.dumps(jsonl_record(n)) + b"\n" for n in range(2000))
    stream = read.read_stream("big", Counting(data), ".jsonl")
    first = next(stream)
    assert not isinstance(first, InputError) and first.record_id == "a0"
    assert Counting.taken < len(data) // 4


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """A local web server (127.0.0.1 only) serving tmp_path."""
    (tmp_path / "page.html").write_text(article_html(5), encoding="utf-8")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    handler = partial(Quiet, directory=str(tmp_path))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_urls_are_fetched(server: str) -> None:
    page, missing = f"{server}/page.html", f"{server}/missing.html"
    code, out, err = run("extract", page, missing, "--lang", "en")
    assert code == 1
    assert err.splitlines() == [f"dateline: {missing}: HTTP status 404 (Not Found)"]
    claims = lines(out)
    assert claims and {c["source"] for c in claims} == {page} and {c["url"] for c in claims} == {page}
