"""Running a command over many inputs: one failure is one line on stderr, the rest goes on."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from dateline.errors import InputError, Skipped, Unsupported
from dateline.model import Document
from dateline.read import Item

Outcome = dict[str, object] | str  # a result, or the one-line message of a failure (a `Skipped` for a skip)


@dataclass(slots=True)
class Tally:
    """What a run did: documents done, failed, and skipped (a language without rules)."""

    done: int = 0
    failed: int = 0
    skipped: int = 0
    total: int | None = None  # documents expected, when the inputs say (a list of files)

    def count(self, outcome: Outcome) -> bool:
        """Count `outcome`, report it on stderr when it is a failure or a skip; True for a result."""
        if isinstance(outcome, Skipped):
            report(outcome)
            self.skipped += 1
            return False
        if isinstance(outcome, str):
            report(outcome)
            self.failed += 1
            return False
        self.done += 1
        return True


def report(message: str) -> None:
    """One line on stderr."""
    sys.stderr.write(f"dateline: {message}\n")
    sys.stderr.flush()


def attempt(doc: Document, work: Callable[[Document], dict[str, object]]) -> Outcome:
    """`work(doc)`, or the one-line message saying why there is none. Never raises an `Exception`."""
    try:
        return work(doc)
    except Unsupported as err:
        return Skipped(err, {"doc_id": doc.doc_id, "source": doc.source, "url": doc.url})
    except InputError as err:
        return str(err)
    except Exception as err:  # a bug must cost one document, not the batch
        return f"{doc.source}: internal error ({type(err).__name__}: {err})"


def results(
    items: Iterable[Item], work: Callable[[Document], dict[str, object]], tally: Tally
) -> Iterator[dict[str, object]]:
    """`work` applied to every document read; failures are reported and counted, not raised."""
    for item in items:
        outcome = str(item) if isinstance(item, InputError) else attempt(item, work)
        if tally.count(outcome):
            assert isinstance(outcome, dict)
            yield outcome
