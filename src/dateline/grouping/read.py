"""Claim records in: JSON lines from files or stdin; a bad line is reported (source and line) and skipped."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from dateline.errors import InputError
from dateline.read import json_records


def claims(names: Iterable[str], report: Callable[[str], None]) -> Iterator[dict[str, Any]]:
    """The claim records of each input in turn (`-` is stdin); an article record (`extract --emit articles`) gives
    its claims. A line that is not a JSON object with an `id` and a `date` is reported as `NAME:LINE: …` and
    skipped; an input that cannot be opened is reported once."""
    for found in json_records(names):
        if isinstance(found, InputError):
            report(str(found))
            continue
        where, record = found
        article = "date" not in record and isinstance(record.get("claims"), list)  # `extract --emit articles`
        inner = record["claims"] if article else [record]
        for claim in inner:
            if not isinstance(claim, dict) or not isinstance(claim.get("id"), str) or "date" not in claim:
                report(f"{where}: not a claim record (needs at least id and date)")
                break
            yield claim
