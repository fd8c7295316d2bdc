"""Output: JSON lines with orjson, a rich table for people, and files written atomically."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import orjson
from rich.console import Console
from rich.table import Table


def jsonl(obj: object) -> bytes:
    """One JSON line."""
    return orjson.dumps(obj) + b"\n"


@contextlib.contextmanager
def atomic_file(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """A binary file that replaces `path` only when the block finishes; on error the old file stays."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or Path("."))
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; the file gets what `> FILE` would give it
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def table(claims: list[dict[str, object]], console: Console) -> None:
    """Claims as a rich table, for people."""
    view = Table(show_lines=False, expand=True)
    for name, style in (
        ("date", "cyan"),
        ("claim", ""),
        ("who", "green"),
        ("actors", "magenta"),
        ("mod", ""),
        ("score", ""),
    ):
        view.add_column(name, style=style, overflow="fold", ratio=4 if name == "claim" else None)
    for claim in claims:
        attribution = claim.get("attribution")
        who = attribution.get("text", "") if isinstance(attribution, dict) else ""
        actors = claim.get("actors")
        view.add_row(
            str(claim["date"]),
            str(claim["text"]),
            str(who),
            ", ".join(actors) if isinstance(actors, list) else "",
            str(claim["modality"]),
            f"{claim['score']:.2f}" if isinstance(claim["score"], float) else str(claim["score"]),
        )
    console.print(view)
