"""`--state FILE`: what earlier runs already did, so a cron job emits only what is new.

A SQLite database (WAL mode) of the documents processed (by content hash, `doc_id`) and of the claims emitted (by a
key: the claim's page, sentence and date). A document is recorded only after its claims were written and flushed;
with `-o FILE` the whole run is recorded in one transaction committed only after FILE was renamed into place. So a
killed run loses nothing (what was not recorded is done again next time: at-least-once, never lost), and the
database is never corrupt. One run at a time may use a state file (an advisory lock on it says which).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from dateline import runlock

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY, source TEXT NOT NULL, url TEXT, claims INTEGER NOT NULL, done TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS claims (key TEXT PRIMARY KEY, id TEXT NOT NULL, doc_id TEXT NOT NULL);
"""


class StateError(Exception):
    """A state file that cannot be used (in use by another run, not a dateline state, unwritable)."""


def claim_key(claim: dict[str, object]) -> str:
    """What makes two claims the same for `--state`: the same sentence with the same date from the same page (its
    URL, else its source: the file path, with the record id for JSON lines)."""
    text = f"{claim.get('url') or claim.get('source')}\x1f{claim.get('text')}\x1f{claim.get('date')}"
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


class State:
    """The state database of one run. `per_document`: commit after each document, else once at `commit()`."""

    def __init__(self, path: str | os.PathLike[str], *, per_document: bool = True) -> None:
        self.path = Path(path)
        self.per_document = per_document
        self.skipped_documents = 0
        self.skipped_claims = 0
        try:
            self._lock: IO[bytes] | None = runlock.hold(self.path)
        except runlock.InUse as err:
            raise StateError(str(err)) from None
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(SCHEMA)
        except sqlite3.DatabaseError as err:
            self._lock.close()
            raise StateError(f"{self.path}: not a usable state database ({err})") from None
        if not per_document:
            self.db.execute("BEGIN IMMEDIATE")

    def seen(self, doc_id: str) -> bool:
        """True for a document recorded by an earlier run (or earlier in this one); counts it as skipped."""
        found = self.db.execute("SELECT 1 FROM documents WHERE doc_id = ?", (doc_id,)).fetchone() is not None
        self.skipped_documents += found
        return found

    def new(self, claims: list[dict[str, object]]) -> list[dict[str, object]]:
        """The claims not emitted before (nor twice within this list)."""
        fresh: list[dict[str, object]] = []
        keys: set[str] = set()
        for claim in claims:
            key = claim_key(claim)
            if key in keys or self.db.execute("SELECT 1 FROM claims WHERE key = ?", (key,)).fetchone():
                self.skipped_claims += 1
                continue
            keys.add(key)
            fresh.append(claim)
        return fresh

    def done(self, article: dict[str, object], emitted: list[dict[str, object]]) -> None:
        """Record a document and the claims emitted for it; call after they were written and flushed."""
        if self.per_document:
            self.db.execute("BEGIN IMMEDIATE")
        self.db.execute(
            "INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?)",
            (article["doc_id"], article["source"], article.get("url"), len(emitted), _now()),
        )
        self.db.executemany(
            "INSERT OR IGNORE INTO claims VALUES (?, ?, ?)",
            [(claim_key(claim), claim["id"], article["doc_id"]) for claim in emitted],
        )
        if self.per_document:
            self.db.execute("COMMIT")

    def commit(self) -> None:
        """End a run that records everything at once (`per_document=False`): make it durable."""
        if not self.per_document and self.db.in_transaction:
            self.db.execute("COMMIT")

    def close(self) -> None:
        """Close the database; an uncommitted run is rolled back."""
        if self.db.in_transaction:
            self.db.execute("ROLLBACK")
        self.db.close()
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def __enter__(self) -> State:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
