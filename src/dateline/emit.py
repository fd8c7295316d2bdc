"""Output: JSON lines with orjson, claims and articles for people (a table or blocks), and safe output files."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import stat
import tempfile
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO
from urllib.parse import urlsplit

import orjson

if TYPE_CHECKING:
    from rich.console import Console

WIDE = 120  # columns from which claims are shown as a table; narrower (or not a terminal): one block per claim
FD_FOLDER = re.compile(r"/proc/[^/]+/fd")  # /dev/stdout, /dev/fd/N, /proc/self/fd/N lead here


class OutputError(Exception):
    """An `-o` target that cannot be written (missing folder, a directory, no permission); one line for stderr."""


def jsonl(obj: object) -> bytes:
    """One JSON line."""
    return orjson.dumps(obj) + b"\n"


@contextlib.contextmanager
def output_file(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """`-o FILE`: a regular file (new or existing) is written beside it and renamed into place only when the block
    finishes, so a failed run leaves the old file; a new file gets `0666 & ~umask`, a replaced one keeps its mode and
    (where the process may set it) its owner. Anything else that exists (a device, a FIFO, `/dev/stdout`) is written
    directly and never replaced. Raises `OutputError` before anything is written when the target cannot be.
    """
    name = os.fspath(path)
    try:
        info: os.stat_result | None = os.stat(name)
    except FileNotFoundError:
        info = None
    except OSError as err:
        raise OutputError(f"cannot write {name}: {err.strerror or err}") from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise OutputError(f"cannot write {name}: it is a directory")
    if (info is not None and not stat.S_ISREG(info.st_mode)) or _descriptor(name):
        try:  # never O_CREAT (no regular file appears in /dev), never O_TRUNC (`>> log` stays appended to)
            fd = os.open(name, os.O_WRONLY | os.O_APPEND)
        except OSError as err:
            raise OutputError(f"cannot write {name}: {err.strerror or err}") from None
        with os.fdopen(fd, "wb") as handle:
            yield handle
        return
    target = Path(os.path.realpath(name))  # a symlink stays a symlink: the file it points to is replaced
    tmp: str | None = None
    try:
        # a SIGTERM while the file is created waits until `tmp` is known: it is raised when the block ends, inside
        # the cleanup below (raised between the block and the cleanup, it would leave the file behind)
        with _signals_held():
            try:
                fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            except OSError as err:
                folder = target.parent
                why = "no such folder" if not folder.is_dir() else err.strerror or str(err)
                raise OutputError(f"cannot write {name}: {why} ({folder})") from None
        if info is None:
            os.fchmod(fd, 0o666 & ~_umask())
        else:
            with contextlib.suppress(OSError):  # first: a change of owner clears set-id bits
                os.fchown(fd, info.st_uid, info.st_gid)
            os.fchmod(fd, stat.S_IMODE(info.st_mode))
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """SIGTERM and SIGINT that arrive in the block are handled when it ends (main thread only: Python runs signal
    handlers there, whichever thread the signal reached; a signal mask would hold it only in one thread)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = {n: signal.signal(n, lambda signum, _: caught.append(signum)) for n in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for n, handler in previous.items():
            signal.signal(n, signal.SIG_DFL if handler is None else handler)
        if caught:
            signal.raise_signal(caught[0])  # now, to the handler that was there before


def _descriptor(name: str) -> bool:
    """True when `name` (through any symbolic links) is an open file descriptor of a process, as `/dev/stdout`,
    `/dev/fd/1` or `/proc/self/fd/1` are: what it refers to (a pipe, a terminal, a file opened for appending by the
    shell) must be written to, not replaced."""
    path = os.path.abspath(name)
    for _ in range(40):  # the kernel's limit on symbolic links followed
        parent = os.path.realpath(os.path.dirname(path))
        if FD_FOLDER.fullmatch(parent):
            return True
        full = os.path.join(parent, os.path.basename(path))
        if not os.path.islink(full):
            return False
        path = os.path.normpath(os.path.join(parent, os.readlink(full)))
    return False


def _umask() -> int:
    """The process's umask (read by setting it, then set back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def article_name(record: dict[str, object]) -> str:
    """What a person calls the article a record is from: its site (the URL's host), else its title, else source."""
    url, title = record.get("url"), record.get("title")
    if isinstance(url, str) and url:
        host = urlsplit(url).hostname or ""
        if host:
            return host.removeprefix("www.")
    if isinstance(title, str) and title.strip():
        return title.strip()
    return str(record.get("source", ""))


def _who(claim: dict[str, object]) -> str:
    attribution = claim.get("attribution")
    return str(attribution.get("text", "")) if isinstance(attribution, dict) else ""


def _score(claim: dict[str, object]) -> str:
    value = claim.get("score")
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 1)] + "…"


def claims(found: list[dict[str, object]], console: Console) -> None:
    """Claims for people: a table on a wide terminal, else one block per claim (date, article, who; the claim
    wrapped below), which stays readable piped into `less` or at 80 columns."""
    if console.is_terminal and console.width >= WIDE:
        _claims_table(found, console)
        return
    width = max(console.width, 40)
    for index, claim in enumerate(found):
        head = [str(claim.get("date")), _short(article_name(claim), 48)]
        who = _who(claim)
        if who:
            head.append(_short(who, 48))
        head.append(f"{claim.get('modality')} {_score(claim)}")
        if index:
            console.print()
        console.print(_short("  ·  ".join(head), width), style="bold", highlight=False, soft_wrap=True)
        body = textwrap.fill(
            str(claim.get("text", "")), width=width - 4, initial_indent="    ", subsequent_indent="    "
        )
        console.print(body, highlight=False, soft_wrap=True)


def _claims_table(found: list[dict[str, object]], console: Console) -> None:
    from rich.table import Table

    view = Table(show_lines=False, expand=True)
    for name, style, ratio in (
        ("date", "cyan", None),
        ("article", "blue", 1),
        ("claim", "", 4),
        ("who", "green", 1),
        ("actors", "magenta", None),
        ("mod", "", None),
        ("score", "", None),
    ):
        view.add_column(name, style=style, overflow="fold", ratio=ratio)
    for claim in found:
        actors = claim.get("actors")
        view.add_row(
            str(claim["date"]),
            article_name(claim),
            str(claim["text"]),
            _who(claim),
            ", ".join(actors) if isinstance(actors, list) else "",
            str(claim["modality"]),
            _score(claim),
        )
    console.print(view)


def articles(found: list[dict[str, object]], console: Console) -> None:
    """Article records for people: published, language, claims found, the article and where it was read from."""
    if console.is_terminal and console.width >= WIDE:
        from rich.table import Table

        view = Table(expand=True)
        for name, style in (("published", "cyan"), ("lang", ""), ("claims", ""), ("article", "blue"), ("source", "")):
            view.add_column(name, style=style, overflow="fold")
        for record in found:
            view.add_row(*_article_cells(record))
        console.print(view)
        return
    for index, record in enumerate(found):
        published, lang, count, name, source = _article_cells(record)
        if index:
            console.print()
        console.print(f"{published}  ·  {lang}  ·  {count} claims  ·  {name}", style="bold", highlight=False)
        console.print(f"    {source}", highlight=False, soft_wrap=True)


def _article_cells(record: dict[str, object]) -> tuple[str, str, str, str, str]:
    found = record.get("claims")
    return (
        str(record.get("published") or "-"),
        str(record.get("lang")),
        str(len(found) if isinstance(found, list) else 0),
        article_name(record),
        str(record.get("source")),
    )


def console(*, stderr: bool = False, width: int | None = None, file: object = None) -> Console:
    """A rich console; with `NO_COLOR` set (any value) no styling at all, not even bold."""
    from rich.console import Console

    plain = "NO_COLOR" in os.environ
    return Console(
        stderr=stderr,
        width=width,
        file=file,  # type: ignore[arg-type]
        color_system=None if plain else "auto",
        no_color=plain,
        highlight=False,
    )
