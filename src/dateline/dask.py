"""dateline on Dask: bags of articles and claims over many files or records (`pip install dateline[dask]`).

>>> import dateline.dask
>>> claims = dateline.dask.claims_bag(["crawl/2024-11-22/"], lang="en").compute()

Inputs are input names (files, folders, URLs, as for `dateline extract`) or JSON-lines style records (dicts);
the claims are the same, in the same order, as `dateline extract` writes for them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

import dask.bag as db

from dateline.api import options
from dateline.errors import InputError
from dateline.grouping.rules import Rules
from dateline.parallel import run_one
from dateline.pipeline import Options
from dateline.read import Item, document_from_record, expand, read_inputs


def articles_bag(inputs: Iterable[str | dict[str, Any]], npartitions: int | None = None, **opts: Any) -> db.Bag:
    """A bag of article records (as `--emit articles`); a failed input is `{"source": ..., "error": message}`.

    `opts` are those of `dateline.api.options` (published, lang, lexicon, min_score). Folders are expanded here, so
    each file is one element; a JSON-lines or WARC file is streamed inside the partition that holds it.
    """
    spec = tuple(sorted(opts.items(), key=lambda kv: kv[0]))
    elements: list[str | dict[str, Any]] = []
    for item in inputs:
        elements.extend([item] if isinstance(item, dict) else expand([item]))
    bag = db.from_sequence(elements, npartitions=npartitions or min(len(elements), 64) or 1)  # type: ignore[no-untyped-call]
    result: db.Bag = bag.map_partitions(_articles, _hashable(spec))
    return result


def claims_bag(inputs: Iterable[str | dict[str, Any]], npartitions: int | None = None, **opts: Any) -> db.Bag:
    """A bag of claim records, as `dateline extract` writes them; failed inputs are left out (see `articles_bag`)."""
    articles = articles_bag(inputs, npartitions, **opts)
    result: db.Bag = articles.filter(lambda a: "error" not in a).map(lambda a: a["claims"]).flatten()  # type: ignore[no-untyped-call]
    return result


def _hashable(spec: tuple[tuple[str, Any], ...]) -> tuple[tuple[str, Any], ...]:
    return tuple((key, tuple(value) if isinstance(value, list) else value) for key, value in spec)


@cache
def _options(spec: tuple[tuple[str, Any], ...]) -> Options:
    """Options built once per worker process for each set of choices (the lexicon is loaded once)."""
    chosen: dict[str, Any] = {key: list(value) if isinstance(value, tuple) else value for key, value in spec}
    return options(**chosen)


def _articles(elements: list[str | dict[str, Any]], spec: tuple[tuple[str, Any], ...]) -> list[dict[str, Any]]:
    opts = _options(spec)
    out: list[dict[str, Any]] = []
    for element in elements:
        for item in _items(element):
            outcome = str(item) if isinstance(item, InputError) else run_one(item, opts)
            out.append({"source": _source(item), "error": outcome} if isinstance(outcome, str) else outcome)
    return out


def _items(element: str | dict[str, Any]) -> Iterator[Item]:
    if isinstance(element, dict):
        name = str(element.get("id") or element.get("url") or "-")
        try:
            yield document_from_record(name, element)
        except InputError as err:
            yield err
    else:
        yield from read_inputs([element])


def _source(item: Item) -> str:
    return item.source


def groups(claims: db.Bag, min_sources: int = 1, rules: Rules | None = None) -> list[dict[str, Any]]:
    """The group records `dateline group` writes for a bag of claim records, computed across partitions.

    Claims are shuffled by blocking key (date bucket, alone or with an actor, a name or a number); each block's
    links are scored where it lands; only the links and each claim's date range come back to this process, where
    they are joined strongest first, exactly as in `dateline group`; the records are then built per group.
    """
    from dask.base import compute

    from dateline.grouping import records
    from dateline.grouping.features import Features, features
    from dateline.grouping.link import Edge, Groups, block_keys, edges
    from dateline.grouping.record import order_key
    from dateline.grouping.rules import default

    rules = rules or default()

    def keyed(claim: dict[str, Any]) -> list[tuple[str, Features, bool]]:
        f = features(claim, rules)
        return [(key, f, own) for key, own in block_keys(f, rules)]

    def block_edges(block: tuple[str, list[tuple[str, Features, bool]]]) -> list[Edge]:
        members = [f for _, f, _ in block[1]]
        return list(edges(members, [[(i, own) for i, (_, _, own) in enumerate(block[1])]], rules))

    def span(claim: dict[str, Any]) -> tuple[str, int | None, int | None]:
        f = features(claim, rules)
        return f.id, f.start, f.end

    blocks = claims.map(keyed).flatten().groupby(lambda kv: kv[0], shuffle="tasks")  # type: ignore[no-untyped-call]
    links, spans = compute(blocks.map(block_edges).flatten(), claims.map(span))  # type: ignore[no-untyped-call]
    found = Groups()
    for cid, start, end in sorted(spans):
        found.add(cid, start, end)
    found.link(links)
    root = {cid: r for r, ids in found.members().items() for cid in ids}

    def build(item: tuple[str, list[tuple[str, dict[str, Any]]]]) -> list[dict[str, Any]]:
        members = {str(c["id"]): c for _, c in item[1]}
        return records(members, [sorted(members)], rules, min_sources)

    pairs = claims.map(lambda c: (root[str(c["id"])], c))  # type: ignore[no-untyped-call]
    by_group = pairs.groupby(lambda rc: rc[0], shuffle="tasks")
    result: list[dict[str, Any]] = sorted(by_group.map(build).flatten().compute(), key=order_key)
    return result
