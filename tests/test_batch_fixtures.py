"""Shared helpers for the batch tests: articles written here (never copied from ../shared) and a CLI runner."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import orjson
from typer.testing import CliRunner

from dateline.cli import app

PORTS = ("Odesa", "Constanta", "Varna", "Gdansk", "Rotterdam", "Hamburg", "Trieste", "Piraeus")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October")


def article_text(n: int) -> str:
    """A plain-text English news article (headline, then paragraphs) with dated sentences; `n` varies it."""
    port, month, day = PORTS[n % len(PORTS)], MONTHS[n % len(MONTHS)], n % 27 + 1
    return (
        f"Grain shipments resume at the port of {port} after {n + 2} weeks\n\n"
        f"On {month} {day}, 2024 the first ship loaded with {n + 30},000 tonnes of wheat left the port of {port}, "
        "the harbour authority said in a statement on its website.\n\n"
        f"The authority said that {n + 4} more ships were expected to arrive before June 30, 2024, "
        "as repairs to the damaged loading cranes continue.\n\n"
        "Traders welcomed the news, although insurance costs for the route remain high, "
        "according to several shipping companies that operate in the region.\n\n"
        f"The port had been closed since November {day}, 2023, when a storm destroyed part of the northern pier "
        "and cut the railway line that connects it with the inland silos.\n"
    )


def article_html(n: int, charset: str = "utf-8") -> str:
    """The same article as a web page, with site furniture around it."""
    title, *paragraphs = [p for p in article_text(n).split("\n\n") if p.strip()]
    body = "".join(f"<p>{p.strip()}</p>\n" for p in paragraphs)
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="{charset}"><title>{title}</title></head>\n'
        '<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/contact">Contact</a></nav>\n'
        f"<article><h1>{title.strip()}</h1>\n{body}</article>\n"
        "<footer><p>Copyright Example Harbour News. All rights reserved.</p></footer></body></html>\n"
    )


def jsonl_record(n: int) -> dict[str, object]:
    """A JSON-lines record of article `n`."""
    return {"id": f"a{n}", "text": article_text(n), "lang": "en", "published": "2024-11-22"}


def write_articles(folder: Path, count: int, start: int = 0) -> list[Path]:
    """`count` articles as .txt and .html files (alternating) in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(start, start + count):
        path = folder / (f"article{n:04d}.html" if n % 2 else f"article{n:04d}.txt")
        path.write_text(article_html(n) if n % 2 else article_text(n), encoding="utf-8")
        paths.append(path)
    return paths


def run(*args: str, stdin: bytes | None = None) -> tuple[int, bytes, str]:
    """`dateline ARGS` in this process: exit code, stdout bytes, stderr text."""
    result = CliRunner().invoke(app, list(args), input=stdin)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout_bytes, result.stderr


def run_process(*args: str, stdin: bytes | None = None, timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    """`dateline ARGS` as a separate process (the console entry point, with its signal handling)."""
    command = [sys.executable, "-c", "from dateline.cli import main; main()", *args]
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(command, input=stdin, capture_output=True, timeout=timeout, env=env, check=False)


def lines(data: bytes) -> list[dict[str, object]]:
    """JSON lines as objects."""
    return [orjson.loads(line) for line in data.splitlines() if line.strip()]


def on_terminal(*args: str, columns: int = 100, color: bool = False, stdout: bool = True) -> str:
    """What `dateline ARGS` shows on a terminal of `columns` columns: stderr, and stdout too unless `stdout` is False
    (then it goes to /dev/null). Without `color`, NO_COLOR is set."""
    import fcntl
    import pty
    import struct
    import termios

    main, child = pty.openpty()
    os.set_blocking(main, True)
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COLUMNS", "LINES")}
    env.update({"TERM": "xterm-256color", **({} if color else {"NO_COLOR": "1"})})
    command = [sys.executable, "-c", "from dateline.cli import main; main()", *args]
    proc = subprocess.Popen(command, stdout=child if stdout else subprocess.DEVNULL, stderr=child, env=env)
    os.close(child)
    seen = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    proc.wait(timeout=120)
    os.close(main)
    return seen.decode("utf-8", "replace")
