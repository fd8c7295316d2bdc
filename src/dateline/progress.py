"""A progress line on stderr while a batch runs, when stderr is a terminal; nothing otherwise."""

from __future__ import annotations

import os
import sys
import time
from types import TracebackType

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from dateline.run import Tally, report

REFRESH = 0.1  # seconds between redraws; drawn from the main loop, so no thread runs beside the workers


class Bar:
    """Documents done, claims, failures and rate; `enabled` False makes every call a no-op."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.claims = 0
        self.started = time.monotonic()
        self._drawn = 0.0
        self._progress: Progress | None = None
        if enabled:
            console = Console(stderr=True, no_color="NO_COLOR" in os.environ)
            self._progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                TimeElapsedColumn(),
                console=console,
                auto_refresh=False,
                transient=True,
            )
            self._task = self._progress.add_task("starting", total=None)

    def __enter__(self) -> Bar:
        if self._progress is not None:
            self._progress.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._progress is not None:
            self._progress.stop()

    def update(self, tally: Tally, force: bool = False) -> None:
        """Redraw (at most every REFRESH seconds)."""
        now = time.monotonic()
        if self._progress is None or (not force and now - self._drawn < REFRESH):
            return
        self._drawn = now
        rate = tally.done / max(now - self.started, 1e-6)
        failed = f" · {tally.failed:,} failed" if tally.failed else ""
        text = f"{tally.done:,} documents · {self.claims:,} claims{failed} · {rate:,.1f} docs/s"
        self._progress.update(self._task, description=text)
        self._progress.refresh()

    def summary(self, tally: Tally) -> None:
        """The end line: what the run did and how fast (only when the bar was shown)."""
        if not self.enabled:
            return
        elapsed = time.monotonic() - self.started
        failed = f", {tally.failed:,} failed" if tally.failed else ""
        report(
            f"{tally.done:,} documents, {self.claims:,} claims{failed} in {elapsed:,.1f} s"
            f" ({tally.done / max(elapsed, 1e-6):,.1f} docs/s)"
        )


def wanted(quiet: bool) -> bool:
    """Show progress: stderr is a terminal and the user did not ask for quiet."""
    return not quiet and sys.stderr.isatty() and os.environ.get("TERM") != "dumb"
