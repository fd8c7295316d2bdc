"""One run at a time per state file: an advisory lock held for the run, never by the run's worker processes."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from typing import IO


class InUse(Exception):
    """Another run holds the lock."""


def hold(path: Path) -> IO[bytes]:
    """Lock `path` (created if missing) for this process; close the returned file to release it.

    A forked worker would share the lock (flock belongs to the open file, which fork shares): after a kill -9 of the
    run, its orphaned workers would keep the file locked for the next run. So a forked child closes its copy at once.
    """
    handle = open(path, "ab")  # noqa: SIM115 - the lock lives as long as this file stays open
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        raise InUse(f"{path}: in use by another dateline run") from None
    os.register_at_fork(after_in_child=handle.close)
    return handle
