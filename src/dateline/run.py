"""Running a command over many inputs: one failure is one line on stderr, the rest goes on."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from dateline.errors import InputError
from dateline.model import Document
from dateline.read import Item


@dataclass(slots=True)
class Tally:
    """What a run did: documents done and failed."""

    done: int = 0
    failed: int = 0


def report(message: str) -> None:
    """One line on stderr."""
    sys.stderr.write(f"dateline: {message}\n")
    sys.stderr.flush()


def results(
    items: Iterable[Item], work: Callable[[Document], dict[str, object]], tally: Tally
) -> Iterator[dict[str, object]]:
    """`work` applied to every document read; failures are reported and counted, not raised."""
    for item in items:
        if isinstance(item, InputError):
            report(str(item))
            tally.failed += 1
            continue
        try:
            result = work(item)
        except InputError as err:
            report(str(err))
            tally.failed += 1
            continue
        except Exception as err:  # a bug must cost one document, not the batch
            report(f"{item.source}: internal error ({type(err).__name__}: {err})")
            tally.failed += 1
            continue
        tally.done += 1
        yield result
