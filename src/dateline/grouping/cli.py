"""What `dateline group` does once its options are parsed: read, group (with or without --state), write."""

from __future__ import annotations

import sys
import tempfile
import tomllib
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from itertools import islice
from pathlib import Path
from typing import Any, BinaryIO

from dateline import emit
from dateline.grouping import group
from dateline.grouping.collector import paused
from dateline.grouping.read import claims
from dateline.grouping.rules import Rules, RulesError, default, from_file
from dateline.grouping.state import GroupState, StateError


def run(
    inputs: list[str],
    output: Path | None,
    min_sources: int,
    state: Path | None,
    report: Callable[[str], None],
    rules_file: Path | None = None,
) -> int:
    """Group the claims of `inputs` and write the groups; the exit code (1 when some line or input was bad, 2 for
    an unusable rules or state file)."""
    try:
        rules = from_file(rules_file) if rules_file else default()
    except (OSError, tomllib.TOMLDecodeError, RulesError) as err:
        report(f"{rules_file}: {err}")
        return 2
    failed = 0

    def bad(message: str) -> None:
        nonlocal failed
        failed += 1
        report(message)

    records = claims(inputs, bad)
    with ExitStack() as stack:
        # The whole run, not only the grouping: reading, spilling and writing make only acyclic objects too, and a
        # collection they trigger would walk every claim and record alive at the time.
        stack.enter_context(paused())
        store = None
        found: Iterable[bytes]  # the JSON lines of the records
        if state is not None:
            try:
                store = stack.enter_context(GroupState(state, rules))
            except StateError as err:
                report(str(err))
                return 2
            found = map(emit.jsonl, store.update(records, min_sources))
        else:
            found = _group(records, min_sources, stack, rules)
        with ExitStack() as out:
            try:
                sink: BinaryIO = out.enter_context(emit.output_file(output)) if output else sys.stdout.buffer
            except emit.OutputError as err:
                report(str(err))
                return 2
            for line in found:
                sink.write(line)
            sink.flush()
        if store is not None:
            store.commit()  # after the output is complete (and -o renamed into place): a kill before loses nothing
    return 1 if failed else 0


# Up to this many claims are grouped in memory in one pass; more are grouped in chunks of this size through a
# temporary SQLite store (as --state does), so memory stays bounded however many claims come.
CHUNK = 20_000


def _group(records: Iterable[dict[str, Any]], min_sources: int, stack: ExitStack, rules: Rules) -> Iterable[bytes]:
    """The JSON lines of all groups of the claims: in one pass when they fit in one chunk; else the claims are
    sorted by date on disk and grouped chunk by chunk through a temporary store (a chunk meets only the stored
    claims of its blocks, which in date order are its neighbours), whose lines come back sorted from disk."""
    claims_in = iter(records)
    first = list(islice(claims_in, CHUNK))
    if len(first) < CHUNK:
        return map(emit.jsonl, group(first, min_sources=min_sources, rules=rules))
    folder = stack.enter_context(tempfile.TemporaryDirectory(prefix="dateline-group-"))
    store = stack.enter_context(GroupState(Path(folder) / "groups.db", rules, scratch=True))
    store.spill(first)
    del first
    store.spill(claims_in)
    for chunk, bodies in store.spilled(CHUNK):
        store.update(chunk, emit=False, ordered=store.sortable, occupied=store.occupied, bodies=bodies)
    return _records(store, min_sources)


def _records(store: GroupState, min_sources: int) -> Iterator[bytes]:
    yield from store.lines(min_sources)
