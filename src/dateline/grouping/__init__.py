"""`dateline group`: one record per fact, across articles and languages.

>>> import dateline
>>> groups = dateline.group(claims)            # claim records, as `dateline extract` writes them

Claims are compared in blocks (a date bucket, alone or with an actor, a name or a number), scored by the
comparison levels of `data/grouping.toml`, linked strongest first into groups whose members share at least one
day, and written one record per group (singletons too), ordered by date range, then group id.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from dateline.grouping.collector import paused
from dateline.grouping.features import Features, features
from dateline.grouping.link import cluster
from dateline.grouping.record import build, order_key
from dateline.grouping.rules import Rules, default

__all__ = ["Features", "Rules", "features", "group", "records"]


def records(
    claims: dict[str, dict[str, Any]], members: Iterable[list[str]], rules: Rules, min_sources: int = 1
) -> list[dict[str, Any]]:
    """Group records for lists of member claim ids, in output order, keeping groups of at least `min_sources`."""
    tolerance = rules.quantities["tolerance"]
    out = [build([claims[i] for i in ids], tolerance) for ids in members]
    return sorted((r for r in out if r["n_sources"] >= min_sources), key=order_key)


def group(
    claims: Iterable[dict[str, Any]], *, min_sources: int = 1, rules: Rules | None = None
) -> list[dict[str, Any]]:
    """Group claim records into facts: one record per group, ordered by date range, then group id."""
    rules = rules or default()
    by_id: dict[str, dict[str, Any]] = {}
    for claim in claims:
        by_id.setdefault(str(claim["id"]), claim)
    with paused():
        return _grouped(by_id, rules, min_sources)


def _grouped(claims: dict[str, dict[str, Any]], rules: Rules, min_sources: int) -> list[dict[str, Any]]:
    """The records of `group` (a function of its own: its features and links are freed when it returns, before the
    collector runs again, so the collector never walks them)."""
    feats = [features(c, rules) for c in claims.values()]
    return records(claims, cluster(feats, rules).values(), rules, min_sources)
