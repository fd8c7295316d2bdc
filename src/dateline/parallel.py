"""Documents through the pipeline, on a pool of worker processes, with results in input order.

The parent reads the inputs and sends documents to the workers in small batches; at most a few batches per worker
are under way at once, so memory stays flat however many documents come. The output is the same, byte for byte,
whatever the number of workers.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain
from typing import Any

from dateline.api import options
from dateline.errors import InputError
from dateline.model import Document
from dateline.pipeline import Options, process
from dateline.read import Deferred, Item
from dateline.run import Outcome, attempt

Work = Document | Deferred  # what a worker is sent: a document, or a file it reads itself

BATCH_DOCS = 16
BATCH_CHARS = 256 * 1024
WINDOW = 4  # batches under way per worker
DOC_SECONDS = 60.0  # an article takes well under a second; a minute means a pathological input

_worker: tuple[Options, bool] | None = None


def cores() -> int:
    """The number of cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return os.cpu_count() or 1


class TooSlow(BaseException):  # not Exception: stages that catch Exception must not swallow it
    """A document took longer than DOC_SECONDS."""


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise `TooSlow` in this block after `seconds` (main thread on Unix only; elsewhere no limit)."""
    if seconds <= 0 or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum: int, frame: object) -> None:
        raise TooSlow

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run_one(doc: Work, opts: Options, keep_text: bool = True) -> Outcome:
    """The article record of one document, or the message saying why there is none. Never raises.

    A document that takes longer than DOC_SECONDS (hostile input meeting a slow path) is given up, so that one
    page cannot stall a cron job.
    """
    if isinstance(doc, Deferred):
        loaded = doc.load()
        if isinstance(loaded, InputError):
            return str(loaded)
        doc = loaded
    try:
        with time_limit(DOC_SECONDS):
            outcome = attempt(doc, lambda d: process(d, opts))
    except TooSlow:
        return f"{doc.source}: took longer than {DOC_SECONDS:g} s: given up"
    if not keep_text and not isinstance(outcome, str):
        outcome.pop("text", None)
    return outcome


class Runner:
    """Runs documents through the pipeline with `jobs` processes (in this process when 1, or for one document)."""

    def __init__(self, spec: dict[str, Any], jobs: int = 1, keep_text: bool = True) -> None:
        self.spec = spec
        self.jobs = max(1, jobs)
        self.keep_text = keep_text
        self.options = options(**spec)
        self._pool: ProcessPoolExecutor | None = None

    def run(self, items: Iterable[Item | Deferred]) -> Iterator[Outcome]:
        """One outcome per item, in order; a read error's outcome is its message."""
        items = iter(items)
        head: list[Item | Deferred] = []
        if self.jobs > 1:
            for item in items:
                head.append(item)
                if sum(not isinstance(i, InputError) for i in head) > 1:
                    break
        stream = chain(head, items)
        if self.jobs == 1 or sum(not isinstance(i, InputError) for i in head) < 2:
            for item in stream:
                yield str(item) if isinstance(item, InputError) else run_one(item, self.options, self.keep_text)
            return
        finished = False
        try:
            yield from self._pooled(stream)
            finished = True
        finally:
            self._stop(terminate=not finished)

    def _pooled(self, items: Iterator[Item | Deferred]) -> Iterator[Outcome]:
        pending: deque[tuple[list[Work], Future[list[Outcome]] | list[Outcome]]] = deque()
        batch: list[Work] = []
        size = 0
        for item in items:
            if isinstance(item, InputError):
                if batch:
                    pending.append((batch, self._submit(batch)))
                    batch, size = [], 0
                pending.append(([], [str(item)]))
            else:
                batch.append(item)
                size += item.size if isinstance(item, Deferred) else len(item.content)
                if len(batch) >= BATCH_DOCS or size >= BATCH_CHARS:
                    pending.append((batch, self._submit(batch)))
                    batch, size = [], 0
            while pending and (len(pending) > WINDOW * self.jobs or _ready(pending[0][1])):
                yield from self._result(pending)
        if batch:
            pending.append((batch, self._submit(batch)))
        while pending:
            yield from self._result(pending)

    def _result(self, pending: deque[tuple[list[Work], Future[list[Outcome]] | list[Outcome]]]) -> list[Outcome]:
        batch, work = pending.popleft()
        if isinstance(work, list):
            return work
        try:
            return work.result()
        except BrokenProcessPool:
            pass
        # A worker died (killed, out of memory, a crash in C code): find the document by running the batch one
        # document at a time in a fresh pool, then send the other batches under way again.
        self._stop()
        outcomes: list[Outcome] = []
        for doc in batch:
            try:
                outcomes.extend(self._submit([doc]).result())
            except BrokenProcessPool:
                self._stop()
                outcomes.append(f"{doc.source}: the worker process died (out of memory?)")
        for index, (other, future) in enumerate(pending):
            if isinstance(future, Future) and (not future.done() or future.exception() is not None):
                pending[index] = (other, self._submit(other))
        return outcomes

    def _submit(self, batch: list[Work]) -> Future[list[Outcome]]:
        if self._pool is None:
            method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
            self._pool = ProcessPoolExecutor(
                self.jobs,
                mp_context=multiprocessing.get_context(method),
                initializer=_init,
                initargs=(self.spec, self.keep_text),
            )
        return self._pool.submit(_work, batch)

    def _stop(self, terminate: bool = True) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        if terminate:  # an interrupted run (or a broken pool) must not wait for the batches under way
            for process_ in list((getattr(pool, "_processes", None) or {}).values()):
                with contextlib.suppress(Exception):
                    process_.terminate()
        pool.shutdown(wait=True, cancel_futures=True)


def _ready(work: Future[list[Outcome]] | list[Outcome]) -> bool:
    return isinstance(work, list) or work.done()


def _init(spec: dict[str, Any], keep_text: bool) -> None:
    """Worker start: the parent handles Ctrl-C; a worker dies with its parent; options are built once."""
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform == "linux":
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    logging.getLogger().addHandler(logging.NullHandler())
    _worker = (options(**spec), keep_text)


def _work(batch: list[Work]) -> list[Outcome]:
    assert _worker is not None
    opts, keep_text = _worker
    return [run_one(doc, opts, keep_text) for doc in batch]
