"""The group record: one fact, its date, actors, numbers per unit and the sources that report it."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from dateline.grouping.compare import quantities_agree
from dateline.grouping.features import unit_code
from dateline.ranges import iso_range


def group_id(claim_ids: Sequence[str]) -> str:
    """Stable: derived from the group's first member (the smallest claim id), so it survives new members."""
    return hashlib.sha1(min(claim_ids).encode()).hexdigest()[:16]


def agreed_date(claims: Sequence[dict[str, Any]]) -> tuple[str, list[str] | None]:
    """The most specific date all members agree on, and its range: a member's date whose range lies within every
    member's range (most often given, then the earliest); else the coarser of day, month or year that holds the
    members' common days. Ranges are the claims' own `range` fields (ISO dates compare as strings)."""
    if len(claims) == 1:  # a singleton (most groups): its own date and range
        alone = _span(claims[0])
        value = claims[0].get("date")
        return (str(value or ""), None) if alone is None else (str(value), [alone[0], alone[1]])
    spans = [_span(c) for c in claims]
    known = [s for s in spans if s is not None]
    if not known:
        values = Counter(str(c.get("date") or "") for c in claims)
        best = min(values, key=lambda v: (-values[v], v))
        return best, None
    first, last = max(s[0] for s in known), min(s[1] for s in known)
    inside: dict[tuple[str, str, str], int] = {}  # a Counter, without its cost (this runs once per group)
    for c, s in zip(claims, spans, strict=True):
        if s is not None and first <= s[0] and s[1] <= last:
            key = (s[0], s[1], str(c.get("date")))
            inside[key] = inside.get(key, 0) + 1
    if inside:
        start, end, best = min(inside, key=lambda k: (-inside[k], k))
        return best, [start, end]
    return _common(date.fromisoformat(first), date.fromisoformat(last)), [first, last]


def _span(claim: dict[str, Any]) -> tuple[str, str] | None:
    span = claim.get("range")
    if isinstance(span, (list, tuple)) and len(span) == 2:
        return str(span[0]), str(span[1])
    found = iso_range(str(claim.get("date") or ""))
    return (found[0], found[1]) if found else None


def _common(first: date, last: date) -> str:
    if first == last:
        return first.isoformat()
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}"
    return f"{first.year:04d}"


def _ordered(values: list[str]) -> list[str]:
    """Distinct values in order of first appearance."""
    return list(dict.fromkeys(values))


def _site(claim: dict[str, Any]) -> str | None:
    if claim.get("site"):
        return str(claim["site"])
    url = claim.get("url")
    return urlsplit(str(url)).hostname if url else None


def build(claims: Sequence[dict[str, Any]], tolerance: float, gid: str | None = None) -> dict[str, Any]:
    """The group record of member claims (any order: they are sorted by publication date, then id); `gid` keeps
    the id an earlier run gave the group (`--state`)."""
    members = sorted(claims, key=_earliest) if len(claims) > 1 else claims
    value, span = agreed_date(members)
    quantities: dict[str, list[dict[str, Any]]] = {}
    for c in members:
        for q in c.get("quantities") or ():
            if isinstance(q.get("value"), (int, float)):
                entry = {"value": q["value"], "op": q.get("op", "="), "claim": c["id"]}
                quantities.setdefault(unit_code(q), []).append(entry)
    sources: dict[str, dict[str, Any]] = {}
    for c in members:
        doc = str(c.get("doc_id") or c.get("source"))
        if doc not in sources:
            sources[doc] = {
                "doc_id": doc,
                "source": c.get("source"),
                "url": c.get("url"),
                "title": c.get("title"),
                "site": _site(c),
                "lang": c.get("lang"),
                "published": c.get("published"),
                "attribution": c.get("attribution"),
            }
    published = [str(c["published"]) for c in members if c.get("published")]
    best = max(members, key=_score) if len(members) > 1 else members[0]  # max: the first of the highest
    ids = [str(c["id"]) for c in members]
    return {
        "group": gid or group_id(ids),
        "date": value,
        "range": span,
        "event": _ordered([str(e) for c in members for e in c.get("event") or ()]),
        "actors": sorted({str(a) for c in members for a in c.get("actors") or ()}),
        "quantities": [
            {
                "unit_code": unit or None,
                "values": values,
                "min": min(v["value"] for v in values),
                "max": max(v["value"] for v in values),
                "agree": quantities_agree([float(v["value"]) for v in values], tolerance),
            }
            for unit, values in sorted(quantities.items())
        ],
        "claims": ids,
        "sources": list(sources.values()),
        "languages": sorted({str(c["lang"]) for c in members if c.get("lang")}),
        "first_reported": min(published) if published else None,
        "n_sources": len(sources),
        "text": best.get("text"),
    }


def _earliest(claim: dict[str, Any]) -> tuple[str, str]:
    return str(claim.get("published") or "~"), str(claim["id"])


def _score(claim: dict[str, Any]) -> float:
    return float(claim.get("score") or 0)


def order_key(record: dict[str, Any]) -> tuple[str, str, str]:
    """Groups in order of their date range (no range last), then by group id."""
    span = record.get("range")
    return (span[0], span[1], record["group"]) if span else ("~", "~", record["group"])
