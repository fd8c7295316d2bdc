"""What people read: the table (blocks when narrow or piped), progress that never glues to data, help, schemas,
NO_COLOR, and why a URL failed. Through the real entry point, in a temporary folder."""

from __future__ import annotations

import contextlib
import http.server
import re
import socket
import sys
import threading
import time
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import jsonschema
import orjson
import pytest

from dateline import fetch
from dateline.progress import Bar
from dateline.run import Tally
from dateline.schemas import article_schema, claim_schema
from tests.test_batch_fixtures import article_html, lines, on_terminal, run, run_process, write_articles

ENTRY = [sys.executable, "-c", "from dateline.cli import main; main()"]
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def visible(output: str) -> list[str]:
    """The lines a person sees on the terminal: carriage returns, erased lines and cursor-up applied."""
    screen, row, col = [""], 0, 0
    for token in re.findall(r"\x1b\[[0-9;?]*[A-Za-z]|\r|\n|[^\x1b\r\n]+", output):
        if token == "\n":
            row += 1
            if row == len(screen):
                screen.append("")
        elif token == "\r":
            col = 0
        elif token == "\x1b[2K":
            screen[row] = ""
        elif token == "\x1b[1A":
            row = max(row - 1, 0)
        elif not token.startswith("\x1b"):
            line = screen[row].ljust(col)
            screen[row] = line[:col] + token + line[col + len(token) :]
            col += len(token)
    return screen


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    write_articles(tmp_path / "in", 4)
    return tmp_path / "in"


def test_piped_table_is_one_readable_block_per_claim(folder: Path) -> None:
    done = run_process("extract", str(folder), "--lang", "en", "--format", "table")
    assert done.returncode == 0
    text = done.stdout.decode()
    claims = lines(run("extract", str(folder), "--lang", "en")[1])
    assert all(len(line) <= 80 for line in text.splitlines())  # a pipe: 80 columns
    assert text.count("\n\n") == len(claims) - 1  # one block per claim
    flat = " ".join(text.split())
    for claim in claims:
        assert " ".join(str(claim["text"]).split()) in flat  # the claim whole, wrapped
        assert str(claim["date"]) in flat
    assert "Grain shipments resume at the port" in text  # the article (its title: these have no URL)


def test_narrow_terminal_gets_blocks_wide_terminal_a_table(folder: Path) -> None:
    narrow = visible(on_terminal("extract", str(folder), "--lang", "en", "--format", "table", columns=90))
    assert not any("│" in line or "┃" in line for line in narrow)
    wide = visible(on_terminal("extract", str(folder), "--lang", "en", "--format", "table", columns=160))
    header = next(line for line in wide if "claim" in line and "┃" in line)
    assert "article" in header and "date" in header


def test_progress_line_is_never_glued_to_data_on_a_terminal(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 30)
    output = on_terminal("extract", str(tmp_path / "in"), "--lang", "en", "-j", "1")
    assert "documents" in output  # the progress line was drawn
    for line in output.replace("\r\n", "\n").split("\n"):
        if '{"id"' in line:
            assert ANSI.sub("", line.split("\r")[-1]).startswith('{"id"'), line[:120]
    table = on_terminal("extract", str(tmp_path / "in"), "--lang", "en", "--format", "table", columns=160)
    assert visible(table)[0].lstrip().startswith("┏")  # the table starts on its own line


def test_progress_shows_the_total_and_an_eta(folder: Path) -> None:
    assert "/4 documents" in on_terminal("extract", str(folder), "--lang", "en", "-j", "1")
    line = Bar(False).line(Tally(done=30, failed=2, total=96), elapsed=8.0)
    assert line.startswith("32/96 documents") and "4.0 docs/s" in line and "ETA 0:00:16" in line
    assert "ETA" not in Bar(False).line(Tally(done=30), elapsed=8.0)


def test_emit_articles_as_a_table_shows_articles(folder: Path) -> None:
    done = run_process("extract", str(folder), "--lang", "en", "--format", "table", "--emit", "articles")
    assert done.returncode == 0
    text = done.stdout.decode()
    assert text.count("\n\n") == 3  # four articles
    assert all(str(path) in text for path in folder.iterdir())
    assert "the first ship loaded" not in text  # no claim sentences


def test_no_color_means_no_styling_at_all(folder: Path) -> None:
    args = ("extract", str(folder), "--lang", "en", "--format", "table")
    assert "\x1b[1m" in on_terminal(*args, columns=90, color=True)
    plain = on_terminal(*args, columns=90)
    assert not re.search(r"\x1b\[[0-9;]*m", plain)


def test_help_is_unix_like() -> None:
    top = run_process("-h").stdout.decode()
    for command in ("extract", "clean", "dates", "schema"):
        described = next(line for line in top.splitlines() if line.strip().startswith(command + " "))
        assert not described.rstrip().endswith("...")
    usage = run_process("extract", "-h").stdout.decode()
    assert "[INPUT]..." in usage and "-o, --output FILE" in usage and "--from-file FILE" in usage
    assert "<list[str]>" not in usage and "<path>" not in usage


def test_schema_of_articles_documents_lang_prob_and_validates_emitted_articles(folder: Path) -> None:
    done = run_process("schema", "article")
    assert done.returncode == 0
    schema = orjson.loads(done.stdout)
    assert schema == article_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert "probability" in schema["properties"]["lang_prob"]["description"]
    assert orjson.loads(run_process("schema").stdout) == claim_schema()
    validator = jsonschema.Draft202012Validator(schema)
    (folder / "de.txt").write_text(
        "Streik im Hafen\n\nDer Streik begann am 4. März 2024, sagte ein Sprecher der Gewerkschaft.\n", encoding="utf-8"
    )
    articles = lines(run("extract", str(folder), "--emit", "articles")[1])
    assert len(articles) == 5 and {a["lang"] for a in articles} == {"en", "de"}
    for record in articles:
        validator.validate(record)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """A local web server (127.0.0.1 only): /page.html, /broken (500), /slow (answers after 5 s)."""
    (tmp_path / "page.html").write_text(article_html(5), encoding="utf-8")

    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            if self.path == "/broken":
                self.send_error(500)
            elif self.path == "/slow":
                time.sleep(5)
                with contextlib.suppress(OSError):  # the client gave up long ago
                    self.send_error(404)
            else:
                super().do_GET()

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(Handler, directory=str(tmp_path)))
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_failed_url_says_why(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetch, "TIMEOUT", 1)
    fetch._config.cache_clear()
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        refused = f"http://127.0.0.1:{closed.getsockname()[1]}/a.html"
    expected = {
        f"http://{server}/missing.html": "HTTP status 404 (Not Found)",
        f"http://{server}/broken": "HTTP status 500 (Internal Server Error)",
        f"http://{server}/slow": "timed out after 1 s",
        f"https://{server}/page.html": "TLS error",
        refused: "connection refused",
    }
    try:
        code, out, err = run("extract", f"http://{server}/page.html", *expected, "--lang", "en")
    finally:
        fetch._config.cache_clear()
    assert code == 1 and lines(out)
    reported = err.splitlines()
    assert len(reported) == len(expected)
    for (url, why), line in zip(expected.items(), reported, strict=True):
        assert line.startswith(f"dateline: {url}: ") and why in line, line


def test_dns_failures_are_named() -> None:
    import urllib3.exceptions as http

    failure = http.NameResolutionError("no-such-host.invalid", None, OSError("Name or service not known"))
    wrapped = http.MaxRetryError(None, "/a.html", failure)
    assert fetch.reason(wrapped) == "DNS lookup failed (no such host?)"
    assert fetch.reason(None) == "no response"


def test_table_into_a_file_is_blocks_of_100_columns(folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "claims.txt"
    done = run_process("extract", str(folder), "--lang", "en", "--format", "table", "-o", str(target))
    assert done.returncode == 0 and done.stdout == b""
    text = target.read_text(encoding="utf-8")
    assert "\n\n" in text and "│" not in text
    assert all(len(line) <= 100 for line in text.splitlines())
