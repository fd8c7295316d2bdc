"""What `dateline group` does once its options are parsed: read, group (with or without --state), write."""

from __future__ import annotations

import sys
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import BinaryIO

from dateline import emit
from dateline.group import group
from dateline.group.read import claims


def run(
    inputs: list[str], output: Path | None, min_sources: int, state: Path | None, report: Callable[[str], None]
) -> int:
    """Group the claims of `inputs` and write the groups; the exit code (1 when some line or input was bad)."""
    failed = 0

    def bad(message: str) -> None:
        nonlocal failed
        failed += 1
        report(message)

    records = claims(inputs, bad)
    with ExitStack() as stack:
        store = None
        if state is not None:
            from dateline.group.state import GroupState, StateError

            try:
                store = stack.enter_context(GroupState(state))
            except StateError as err:
                report(str(err))
                return 2
            found = store.update(records, min_sources)
        else:
            found = group(records, min_sources=min_sources)
        with ExitStack() as out:
            sink: BinaryIO = out.enter_context(emit.atomic_file(output)) if output else sys.stdout.buffer
            for record in found:
                sink.write(emit.jsonl(record))
            sink.flush()
        if store is not None:
            store.commit()  # after the output is complete (and -o renamed into place): a kill before loses nothing
    return 1 if failed else 0
