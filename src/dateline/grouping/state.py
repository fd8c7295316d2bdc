"""`dateline group --state FILE`: groups kept in SQLite across cron runs.

New claims are compared with the stored claims of their date buckets and join their groups, which keep their
ids; a run emits the groups it created or changed. The whole run is one transaction, committed only after the
output was written (and `-o FILE` renamed into place): a killed run records nothing, and the next one does the
work again. One run at a time may use a state file.
"""

from __future__ import annotations

import os
import re
import sqlite3
from bisect import bisect_left
from collections.abc import Collection, Iterable, Iterator
from datetime import date
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import IO, Any

import orjson

from dateline import runlock
from dateline.emit import jsonl
from dateline.grouping.collector import paused
from dateline.grouping.features import Features, features, ordinals, own_buckets
from dateline.grouping.link import Groups, blocks_of, edges, keys_by_level
from dateline.grouping.record import build, group_id, order_key
from dateline.grouping.rules import Rules, default
from dateline.state import StateError

__all__ = ["GroupState", "StateError"]

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

SCHEMA = """
CREATE TABLE IF NOT EXISTS group_claims (id TEXT PRIMARY KEY, grp TEXT NOT NULL, body BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS group_claims_grp ON group_claims (grp);
CREATE TABLE IF NOT EXISTS group_blocks (
    key TEXT NOT NULL, id TEXT NOT NULL, own INTEGER NOT NULL, PRIMARY KEY (key, id)
) WITHOUT ROWID;
"""


class GroupState:
    """The stored groups; `update` groups new claims into them, `commit` makes the run durable."""

    def __init__(self, path: str | os.PathLike[str], rules: Rules | None = None, *, scratch: bool = False) -> None:
        """Open (or create) the store; `scratch`: a throw-away file of one run, written without a journal."""
        self.path = Path(path)
        self.rules = rules or default()
        self.skipped = 0
        self.occupied: set[str] | None = set()  # see `spill`
        self._spans: set[tuple[str, str]] = set()  # the ranges `spill` has seen
        try:
            self._lock: IO[bytes] = runlock.hold(self.path)
        except runlock.InUse as err:
            raise StateError(str(err)) from None
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            if scratch:
                self.db.execute("PRAGMA journal_mode=OFF")
                self.db.execute("PRAGMA synchronous=OFF")
            else:
                self.db.execute("PRAGMA journal_mode=WAL")
            self.db.executescript(SCHEMA)
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as err:
            self._lock.close()
            raise StateError(f"{self.path}: not a usable state database ({err})") from None

    def update(
        self,
        claims: Iterable[dict[str, Any]],
        min_sources: int = 1,
        *,
        emit: bool = True,
        ordered: bool = False,
        occupied: Collection[str] | None = None,
        bodies: dict[str, bytes] | None = None,
    ) -> list[dict[str, Any]]:
        """Group the claims not stored yet into the stored groups; the created or changed groups, in output order
        (none with `emit=False`). `ordered`: no dated claim of a later update starts before the last start of these
        (the chunks of `spilled` when `sortable`), so the blocks of buckets that end before it are not stored.
        `occupied`: every date bucket where a claim stored, given or to come is at its own level (the `occupied`
        of `spill` when every claim was spilled before); the blocks of other buckets are neither stored nor looked
        up, as they give no pair. `bodies`: each claim's JSON by id (of the first claim of an id), stored as it is
        (the bodies of `spilled`)."""
        with paused():
            return self._update(claims, min_sources, emit, ordered, occupied, bodies)

    def _update(
        self,
        claims: Iterable[dict[str, Any]],
        min_sources: int,
        emit: bool,
        ordered: bool,
        occupied: Collection[str] | None,
        bodies: dict[str, bytes] | None,
    ) -> list[dict[str, Any]]:
        fresh: dict[str, dict[str, Any]] = {}
        for claim in claims:
            cid = str(claim["id"])
            if cid in fresh:
                self.skipped += 1
            else:
                fresh[cid] = claim
        for (cid,) in self._rows("SELECT id FROM group_claims WHERE id IN", fresh):  # stored by an earlier run
            del fresh[cid]
            self.skipped += 1
        if not fresh:
            return []
        new_feats = {cid: features(c, self.rules) for cid, c in fresh.items()}
        # once: for the query and the blocks
        new_keys = [keys_by_level(f, self.rules, occupied) for f in new_feats.values()]
        wanted: dict[str, bool] = {}  # block key → whether some new claim is at its own level there
        for own, coarser in new_keys:
            wanted.update(dict.fromkeys(own, True))
            for key in coarser:
                wanted.setdefault(key, False)
        old_ids = self._ids_in(wanted)
        old_groups = {grp for (grp,) in self._rows("SELECT DISTINCT grp FROM group_claims WHERE id IN", old_ids)}
        stored: dict[str, dict[str, Any]] = {}
        gid_of: dict[str, str] = {}
        for cid, grp, body in self._rows("SELECT id, grp, body FROM group_claims WHERE grp IN", old_groups):
            stored[cid] = orjson.loads(body)
            gid_of[cid] = grp
        old_feats = {cid: features(c, self.rules) for cid, c in stored.items()}
        groups = Groups()
        first: dict[str, str] = {}
        for cid in sorted(old_feats):
            grp = gid_of[cid]
            f = old_feats[cid]
            groups.add(cid, f.start, f.end, first.get(grp))
            first.setdefault(grp, cid)
        for f in new_feats.values():
            groups.add(f.id, f.start, f.end)
        self._link(groups, [*old_feats.values()], [*new_feats.values()], new_keys, fresh, ordered, occupied)
        del new_keys
        claims_by_id = {**stored, **fresh}
        out: list[dict[str, Any]] = []
        grp_of: dict[str, str] = {}  # claim → its group id, for the new claims and the stored ones that move
        for members in groups.members().values():
            if not any(m in fresh for m in members):
                continue
            kept = sorted({gid_of[m] for m in members if m in gid_of})
            gid = kept[0] if kept else group_id(members)
            grp_of.update((m, gid) for m in members if m in fresh or gid_of[m] != gid)
            if emit:
                record = build([claims_by_id[m] for m in members], self.rules.quantities["tolerance"], gid)
                if record["n_sources"] >= min_sources:
                    out.append(record)
        self._store(grp_of, fresh, bodies)
        return sorted(out, key=order_key)

    def _link(
        self,
        groups: Groups,
        old: list[Features],
        new: list[Features],
        new_keys: list[tuple[list[str], list[str]]],
        fresh: dict[str, dict[str, Any]],
        ordered: bool,
        occupied: Collection[str] | None,
    ) -> None:
        """Link the new claims (`new`, with their block keys) with one another and with the stored ones (`old`), and
        store the new claims' block keys (one statement, in key order: SQLite inserts neighbours faster); when
        `ordered`, only those a later claim can have (see `update`)."""
        feats = old + new
        found = blocks_of(chain((keys_by_level(f, self.rules, occupied) for f in old), new_keys))
        links = edges(feats, found.values(), self.rules)
        del found
        groups.link(e for e in links if e[1] in fresh or e[2] in fresh)
        # By key alone (a claim has a key once, and no new claim is stored yet, so rows of one key never clash):
        # strings sort twice as fast as the tuples.
        rows = list(_key_rows(new, new_keys))
        rows.sort(key=itemgetter(0))
        starts = [f.start for f in new if f.start is not None]
        if ordered and starts:
            rows = _live(rows, date.fromordinal(max(starts)).isoformat())
        self.db.executemany("INSERT OR IGNORE INTO group_blocks VALUES (?, ?, ?)", rows)

    def _store(self, grp_of: dict[str, str], fresh: dict[str, dict[str, Any]], bodies: dict[str, bytes] | None) -> None:
        """Store the new claims with their groups (their `bodies` when given) and move the stored claims whose group
        changed (one statement each, in the run's transaction)."""
        if bodies is None:
            rows = ((m, gid, orjson.dumps(fresh[m])) for m, gid in grp_of.items() if m in fresh)
        else:
            rows = ((m, gid, bodies[m]) for m, gid in grp_of.items() if m in fresh)
        self.db.executemany("INSERT INTO group_claims VALUES (?, ?, ?)", rows)
        moved = ((gid, m) for m, gid in grp_of.items() if m not in fresh)
        self.db.executemany("UPDATE group_claims SET grp = ? WHERE id = ?", moved)

    def _ids_in(self, wanted: dict[str, bool]) -> set[str]:
        """The stored claims a new claim can be compared with: the members of its blocks (only those at their own
        date level where the new claim is not at its own), leaving out blocks already too large to be compared
        (counted in SQLite, so a large block is never loaded)."""
        small = {
            key
            for key, n in self._rows(
                "SELECT key, COUNT(*) FROM group_blocks WHERE key IN", wanted, tail=" GROUP BY key"
            )
            if n < self.rules.max_block
        }
        found = {
            cid for (cid,) in self._rows("SELECT id FROM group_blocks WHERE key IN", {k for k in small if wanted[k]})
        }
        others = {k for k in small if not wanted[k]}
        found.update(cid for (cid,) in self._rows("SELECT id FROM group_blocks WHERE own = 1 AND key IN", others))
        return found

    def spill(self, claims: Iterable[dict[str, Any]]) -> None:
        """Put claims aside on disk, to be read back in date order by `spilled`; `sortable` stays True while the
        first day of every dated claim is written YYYY-MM-DD (so that order of the text is the order of the days);
        `occupied` gathers the date buckets where a spilled claim is at its own level (None once a claim's range
        cannot be read: then every bucket may be)."""
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS spill (start TEXT, id TEXT, body BLOB)")
        self.db.executemany("INSERT INTO spill VALUES (?, ?, ?)", map(self._spilled_row, claims))

    sortable = True

    def _spilled_row(self, claim: dict[str, Any]) -> tuple[str, str, bytes]:
        span = claim.get("range")
        start = str((span or ["~"])[0])
        if type(span) is list and len(span) == 2 and type(span[0]) is str and type(span[1]) is str:
            # A range seen before adds nothing to `sortable` or `occupied` (most claims share a day or a month).
            key = (span[0], span[1])
            if key in self._spans:
                return start, str(claim["id"]), orjson.dumps(claim)
            if len(self._spans) > 1 << 16:
                self._spans.clear()
            self._spans.add(key)
        if isinstance(span, (list, tuple)) and len(span) == 2:
            if not (type(span[0]) is str and _DAY.fullmatch(start)):
                self.sortable = False  # a first day features can read, written otherwise: its text may sort elsewhere
            if self.occupied is not None:
                try:  # the range as `features` reads it
                    self.occupied.update(own_buckets(*ordinals(span[0], span[1]), self.rules))
                except (TypeError, ValueError, OverflowError):
                    self.occupied = None
        return start, str(claim["id"]), orjson.dumps(claim)

    def spilled(self, size: int) -> Iterator[tuple[list[dict[str, Any]], dict[str, bytes]]]:
        """The spilled claims in order of their first day, in lists of `size`, each with the claims' JSON as
        spilled, by id (of the first claim of an id in the list, the one `update` keeps): stored as it is, not
        serialised again."""
        cursor = self.db.cursor().execute("SELECT id, body FROM spill ORDER BY start, id")
        while rows := cursor.fetchmany(size):
            bodies: dict[str, bytes] = {}
            for cid, body in rows:
                bodies.setdefault(cid, body)
            yield [orjson.loads(body) for _, body in rows], bodies

    def records(self, min_sources: int = 1) -> Iterator[dict[str, Any]]:
        """Every stored group's record, in output order (sorted on disk: memory stays bounded)."""
        return map(orjson.loads, self.lines(min_sources))

    def lines(self, min_sources: int = 1) -> Iterator[bytes]:
        """The `records` as the JSON lines `dateline group` writes (`emit.jsonl`): made once, sorted on disk and
        passed through as they come back."""
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS out (k0 TEXT, k1 TEXT, gid TEXT, line BLOB)")
        self.db.execute("DELETE FROM out")
        rows = ((*order_key(record), jsonl(record)) for record in self._built(min_sources))
        self.db.executemany("INSERT INTO out VALUES (?, ?, ?, ?)", rows)
        for (line,) in self.db.execute("SELECT line FROM out ORDER BY k0, k1, gid"):
            yield line

    def _built(self, min_sources: int) -> Iterator[dict[str, Any]]:
        """The records of the stored groups of at least `min_sources` sources, in group id order."""
        tolerance = self.rules.quantities["tolerance"]
        members: list[dict[str, Any]] = []
        current = None
        rows = self.db.cursor().execute("SELECT grp, body FROM group_claims ORDER BY grp")
        for grp, body in chain(rows, [(None, None)]):
            if grp != current and members:
                record = build(members, tolerance, current)
                if record["n_sources"] >= min_sources:
                    yield record
                members = []
            current = grp
            if body is not None:
                members.append(orjson.loads(body))

    def _rows(self, query: str, values: Iterable[str], *, tail: str = "") -> list[tuple[Any, ...]]:
        """`query (?, ?, …) tail` over the values, in chunks (SQLite limits the number of parameters)."""
        items = sorted(values)
        rows: list[tuple[Any, ...]] = []
        for i in range(0, len(items), 500):
            chunk = items[i : i + 500]
            rows.extend(self.db.execute(f"{query} ({', '.join('?' * len(chunk))}){tail}", chunk).fetchall())
        return rows

    def commit(self) -> None:
        """Make the run durable (call after the output was written)."""
        if self.db.in_transaction:
            self.db.execute("COMMIT")

    def close(self) -> None:
        """Close; an uncommitted run is rolled back."""
        if self.db.in_transaction:
            self.db.execute("ROLLBACK")
        self.db.close()
        self._lock.close()

    def __enter__(self) -> GroupState:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


KeyRow = tuple[str, str, bool]  # (block key, claim id, whether the block is of the claim's own level)


def _key_rows(feats: list[Features], keys: list[tuple[list[str], list[str]]]) -> Iterator[KeyRow]:
    """(block key, claim id, whether the block is of the claim's own level) of each claim."""
    for f, (own, coarser) in zip(feats, keys, strict=True):
        cid = f.id
        yield from [(key, cid, True) for key in own]
        yield from [(key, cid, False) for key in coarser]


def _live(rows: list[KeyRow], day: str) -> list[KeyRow]:
    """The rows (sorted by key) whose block a claim starting on `day` or later can have: the date bucket that begins
    the key (a day, month, year, or decade "202X") does not end before that day, or the key is an undated claim's
    ("v:…"). In key order these are three runs: the keys of the day's year ("2024", "2024␟…"), those of its month
    ("2024-05", "2024-05␟…"), and every key from the day on (later days, months and years, the decades from the
    day's on, as "X" sorts after the digits, and "v:…")."""
    year, month = day[:4], day[:7]
    key = itemgetter(0)

    def run(first: str, last: str) -> list[KeyRow]:
        return rows[bisect_left(rows, first, key=key) : bisect_left(rows, last, key=key)]

    return [*run(year, year + " "), *run(month, month + " "), *rows[bisect_left(rows, day, key=key) :]]
