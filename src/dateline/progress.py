"""A progress line on stderr while a batch runs, when stderr is a terminal; nothing otherwise."""

from __future__ import annotations

import os
import sys
import time
from types import TracebackType
from typing import TYPE_CHECKING

from dateline.run import Tally, report

if TYPE_CHECKING:
    from rich.progress import Progress

REFRESH = 0.1  # seconds between redraws; drawn from the main loop, so no thread runs beside the workers
ERASE = "\r\x1b[2K"  # carriage return, erase the line


class Bar:
    """Documents done (of the total, when known), claims, failures, rate and ETA; `enabled` False makes every call
    a no-op."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.claims = 0
        self.started = time.monotonic()
        self._drawn = 0.0
        self._progress: Progress | None = None
        self._shared = enabled and sys.stdout.isatty()  # data goes to the same terminal: never glue to it
        if enabled:
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            from dateline.emit import console

            self._progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                TimeElapsedColumn(),
                console=console(stderr=True),
                auto_refresh=False,
                transient=True,
                redirect_stdout=False,  # data goes to sys.stdout.buffer; the line is erased before it (`clear`)
                redirect_stderr=False,
            )
            self._task = self._progress.add_task("starting", total=None)

    def __enter__(self) -> Bar:
        if self._progress is not None:
            self._progress.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.stop()

    def stop(self) -> None:
        """Remove the line (before a table is printed, or at the end)."""
        progress, self._progress = self._progress, None
        if progress is not None:
            progress.stop()

    def clear(self, always: bool = False) -> None:
        """Erase the line before data goes to the terminal it shares with stdout (or, `always`, before a line on
        stderr); the next update draws it again."""
        if self._progress is not None and (always or self._shared):
            terminal = self._progress.console.file
            terminal.write(ERASE)
            terminal.flush()
            self._drawn = 0.0

    def update(self, tally: Tally, force: bool = False) -> None:
        """Redraw (at most every REFRESH seconds)."""
        now = time.monotonic()
        if self._progress is None or (not force and now - self._drawn < REFRESH):
            return
        self._drawn = now
        self._progress.update(self._task, description=self.line(tally, now - self.started))
        self._progress.refresh()

    def line(self, tally: Tally, elapsed: float) -> str:
        """`120/240 documents · 310 claims · 2 failed · 5.1 docs/s · ETA 0:24` (no total or ETA when unknown)."""
        seen = tally.done + tally.failed + tally.skipped
        rate = seen / max(elapsed, 1e-6)
        parts = [f"{seen:,}/{tally.total:,} documents" if tally.total else f"{seen:,} documents"]
        parts.append(f"{self.claims:,} claims")
        if tally.failed:
            parts.append(f"{tally.failed:,} failed")
        if tally.skipped:
            parts.append(f"{tally.skipped:,} skipped")
        parts.append(f"{rate:,.1f} docs/s")
        if tally.total and seen and tally.total > seen:
            left = int((tally.total - seen) / max(rate, 1e-6))
            parts.append(f"ETA {left // 3600}:{left // 60 % 60:02d}:{left % 60:02d}")
        return " · ".join(parts)

    def summary(self, tally: Tally) -> None:
        """The end line: what the run did and how fast (only when the bar was shown)."""
        if not self.enabled:
            return
        elapsed = time.monotonic() - self.started
        failed = f", {tally.failed:,} failed" if tally.failed else ""
        skipped = f", {tally.skipped:,} skipped (language without rules)" if tally.skipped else ""
        report(
            f"{tally.done:,} documents, {self.claims:,} claims{failed}{skipped} in {elapsed:,.1f} s"
            f" ({tally.done / max(elapsed, 1e-6):,.1f} docs/s)"
        )


def wanted(quiet: bool) -> bool:
    """Show progress: stderr is a terminal and the user did not ask for quiet."""
    return not quiet and sys.stderr.isatty() and os.environ.get("TERM") != "dumb"
