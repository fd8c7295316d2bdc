"""Claim records in: JSON lines from files or stdin; a bad line is reported (source and line) and skipped."""

from __future__ import annotations

import gzip
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, cast

import orjson


def _open(name: str) -> IO[bytes]:
    if name == "-":
        return sys.stdin.buffer
    if name.endswith(".gz"):
        return cast(IO[bytes], gzip.open(name, "rb"))
    return open(name, "rb")


def claims(names: Iterable[str], report: Callable[[str], None]) -> Iterator[dict[str, Any]]:
    """The claim records of each input in turn (`-` is stdin); an article record (`extract --emit articles`) gives
    its claims. A line that is not a JSON object with an `id` and a `date` is reported as `NAME:LINE: …` and
    skipped; an input that cannot be opened is reported once."""
    for name in names:
        label = "<stdin>" if name == "-" else name
        try:
            handle = _open(name)
        except OSError as err:
            report(f"{label}: cannot read ({err.strerror or err})")
            continue
        try:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    record = orjson.loads(line)
                except orjson.JSONDecodeError as err:
                    report(f"{label}:{number}: not JSON ({str(err).split(':')[0]})")
                    continue
                if isinstance(record, dict) and "date" not in record and isinstance(record.get("claims"), list):
                    found = record["claims"]  # an article record (`extract --emit articles`): its claims
                else:
                    found = [record]
                for claim in found:
                    if not isinstance(claim, dict) or not isinstance(claim.get("id"), str) or "date" not in claim:
                        report(f"{label}:{number}: not a claim record (needs at least id and date)")
                        break
                    yield claim
        except (OSError, EOFError) as err:
            report(f"{label}: read failed ({err})")
        finally:
            if handle is not sys.stdin.buffer:
                handle.close()
