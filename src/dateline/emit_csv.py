"""CSV for spreadsheets: RFC 4180 (comma, double quotes, CRLF), UTF-8, a header row, one row per claim.

Lists are `;`-joined; a quantity is `value unit` (the normalised `unit_code` when the record has one, else the unit
as written). A field holding a comma, a quote or a line break is quoted, so no newline is ever unescaped.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from dateline.timeline import Item, Record, number, unit_of

COLUMNS = (
    "id",
    "published",
    "date",
    "range_start",
    "range_end",
    "source",
    "url",
    "title",
    "lang",
    "attribution",
    "cue",
    "actors",
    "quantities",
    "event",
    "modality",
    "score",
    "text",
)


def encode(rows: Iterable[Sequence[str]]) -> bytes:
    """Rows as RFC 4180 CSV bytes (UTF-8, CRLF line ends)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def header() -> bytes:
    """The header row."""
    return encode([COLUMNS])


def claim_row(claim: Record) -> list[str]:
    """The CSV row of a claim record."""
    rng = claim.get("range")
    first, last = (rng[0], rng[1]) if isinstance(rng, list) and len(rng) == 2 else ("", "")
    attribution = claim.get("attribution")
    who, cue = (attribution.get("text"), attribution.get("cue")) if isinstance(attribution, dict) else ("", "")
    quantities = claim.get("quantities")
    return [
        _cell(v)
        for v in (
            claim.get("id"),
            claim.get("published"),
            claim.get("date"),
            first,
            last,
            claim.get("site") or claim.get("source"),
            claim.get("url"),
            claim.get("title"),
            claim.get("lang"),
            who,
            cue,
            claim.get("actors"),
            [_quantity(q) for q in quantities if isinstance(q, dict)] if isinstance(quantities, list) else [],
            claim.get("event"),
            claim.get("modality"),
            claim.get("score"),
            claim.get("text"),
        )
    ]


def group_row(group: Item) -> list[str]:
    """The CSV row of a group: its sources' sites, URLs, titles, languages and attributions `;`-joined."""
    record = group.record
    sources = group.sources
    return [
        _cell(v)
        for v in (
            group.id,
            record.get("first_reported"),
            group.date,
            group.range[0] if group.range else "",
            group.range[1] if group.range else "",
            _distinct(s.site or s.source for s in sources),
            _distinct(s.url for s in sources),
            _distinct(s.title for s in sources),
            group.langs,
            group.who,
            "",
            group.actors,
            group.quantities,
            group.event,
            "",
            "",
            group.text,
        )
    ]


def row(entry: Item) -> list[str]:
    """The CSV row of a timeline item, claim or group."""
    return claim_row(entry.record) if entry.kind == "claim" else group_row(entry)


def _quantity(quantity: Record) -> str:
    unit = unit_of(quantity)
    return f"{number(quantity.get('value'))} {unit}" if unit else number(quantity.get("value"))


def _distinct(values: Iterable[str | None]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(_cell(v) for v in value)
    if isinstance(value, float):
        return number(value)
    return str(value)
