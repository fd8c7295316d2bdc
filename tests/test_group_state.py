"""dateline group --state: new claims join stored groups (same ids), a run emits created or changed groups, and a
killed run loses nothing."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

from dateline.cli import app
from tests.test_group import claim


def _run(*args: str) -> tuple[int, list[dict[str, object]]]:
    result = CliRunner().invoke(app, ["group", *args])
    return result.exit_code, [orjson.loads(line) for line in result.stdout.splitlines()]


def _write(path: Path, claims: list[dict[str, object]]) -> str:
    path.write_text("".join(json.dumps(c) + "\n" for c in claims), encoding="utf-8")
    return str(path)


def test_new_claims_join_stored_groups_with_the_same_ids(tmp_path: Path) -> None:
    state = str(tmp_path / "groups.db")
    first = claim("Boeing delivered 12 aircraft of the 787 Dreamliner to Lufthansa in Frankfurt.", "2024-11-15")
    other = claim("Airbus opened a plant in Toulouse.", "2024-11-15")
    code, out = _run(_write(tmp_path / "a.jsonl", [first, other]), "--state", state)
    assert code == 0 and len(out) == 2
    gid = next(g["group"] for g in out if first["id"] in g["claims"])
    assert _run(_write(tmp_path / "a.jsonl", [first, other]), "--state", state) == (0, [])
    late = claim("Boeing entregó 12 aviones 787 Dreamliner a Lufthansa en Frankfurt.", "2024-11-15", lang="es")
    code, out = _run(_write(tmp_path / "b.jsonl", [late]), "--state", state)
    assert code == 0 and [g["group"] for g in out] == [gid]  # only the changed group, with its id
    assert out[0]["claims"] == [first["id"], late["id"]] and out[0]["n_sources"] == 2


def test_state_runs_give_the_groups_of_one_run(tmp_path: Path) -> None:
    texts = ["Boeing delivered the 787 to Lufthansa in Frankfurt.", "Boeing entregó el 787 a Lufthansa en Frankfurt."]
    claims = [claim(t, f"2024-11-{10 + i % 5}") for i in range(20) for t in texts]
    _, whole = _run(_write(tmp_path / "all.jsonl", claims))
    state = str(tmp_path / "s.db")
    for part in range(4):
        _run(_write(tmp_path / f"p{part}.jsonl", claims[part::4]), "--state", state)
    _, again = _run(_write(tmp_path / "all.jsonl", claims), "--state", str(tmp_path / "fresh.db"))
    assert {frozenset(g["claims"]) for g in whole} == {frozenset(g["claims"]) for g in again}


def test_kill_9_records_nothing_and_the_next_run_emits_everything(tmp_path: Path) -> None:
    claims = [claim(f"Boeing delivered {i} aircraft to Lufthansa in Frankfurt.", "2024-11-15") for i in range(15000)]
    source = _write(tmp_path / "many.jsonl", claims)
    state = tmp_path / "s.db"
    command = [sys.executable, "-c", "from dateline.cli import main; main()", "group", source, "--state", str(state)]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not state.exists() or state.stat().st_size == 0:
        assert time.monotonic() < deadline and proc.poll() is None, "the run ended before it could be killed"
        time.sleep(0.005)
    time.sleep(0.3)
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    proc.wait()
    code, out = _run(source, "--state", str(state))
    assert code == 0 and {c for g in out for c in g["claims"]} == {c["id"] for c in claims}


def test_claims_beyond_one_chunk_are_grouped_through_a_temporary_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib

    group_cli = importlib.import_module("dateline.grouping.cli")
    texts = ["Boeing delivered the 787 to Lufthansa in Frankfurt.", "Boeing entregó el 787 a Lufthansa en Frankfurt."]
    claims = [claim(t, f"2024-11-{10 + i % 5}") for i in range(30) for t in texts]
    source = _write(tmp_path / "all.jsonl", claims)
    _, whole = _run(source)
    monkeypatch.setattr(group_cli, "CHUNK", 7)
    code, chunked = _run(source)
    keys = [(*g["range"], g["group"]) for g in chunked]
    assert code == 0 and keys == sorted(keys)
    assert {frozenset(g["claims"]) for g in whole} == {frozenset(g["claims"]) for g in chunked}
    assert list(tmp_path.iterdir()) == [tmp_path / "all.jsonl"]


def test_a_second_run_on_the_same_state_is_refused(tmp_path: Path) -> None:
    import fcntl

    state = tmp_path / "groups.db"
    source = _write(tmp_path / "a.jsonl", [claim("Boeing delivered a 787 in Frankfurt.", "2024-11-20")])
    with open(state, "ab") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        result = CliRunner().invoke(app, ["group", source, "--state", str(state)])
    assert (result.exit_code, result.stdout) == (2, "") and "in use by another dateline run" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jsonl", "groups.db"]


def test_a_claim_that_links_two_stored_groups_joins_them_under_the_smaller_id(tmp_path: Path) -> None:
    state = str(tmp_path / "groups.db")
    a = claim("Boeing delivered 12 aircraft to Lufthansa.", "2024-11-15")
    b = claim("The 787 Dreamliner landed in Frankfurt.", "2024-11-15")
    _, first = _run(_write(tmp_path / "a.jsonl", [a, b]), "--state", state)
    assert len(first) == 2
    c = claim("Boeing delivered 12 aircraft of the 787 Dreamliner to Lufthansa in Frankfurt.", "2024-11-15")
    _, second = _run(_write(tmp_path / "b.jsonl", [c]), "--state", state)
    assert [g["group"] for g in second] == [min(g["group"] for g in first)]
    assert sorted(second[0]["claims"]) == sorted([a["id"], b["id"], c["id"]])


def test_a_run_stores_each_new_claims_block_keys_and_group(tmp_path: Path) -> None:
    from dateline.grouping.features import features
    from dateline.grouping.link import block_keys
    from dateline.grouping.state import GroupState

    texts = ["Boeing delivered the 787 to Lufthansa in Frankfurt.", "Boeing entregó el 787 a Lufthansa en Frankfurt."]
    claims = [claim(t, f"2024-11-{10 + i % 3}") for i in range(6) for t in texts]
    with GroupState(tmp_path / "s.db") as store:
        store.update(claims[:5])
        store.update(claims[3:])  # two already stored: skipped
        assert store.skipped == 2
        rows = set(store.db.execute("SELECT key, id, own FROM group_blocks"))
        expected = {
            (k, c["id"], int(own)) for c in claims for k, own in block_keys(features(c, store.rules), store.rules)
        }
        assert rows == expected
        grp = dict(store.db.execute("SELECT id, grp FROM group_claims").fetchall())
        assert set(grp) == {c["id"] for c in claims}
        assert {frozenset(c for c in grp if grp[c] == g) for g in grp.values()} == {
            frozenset(g["claims"]) for g in store.records()
        }


def test_chunks_store_only_the_blocks_a_later_chunk_can_share_and_give_the_same_groups(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Chunks come in date order, so the blocks of buckets that end before a chunk's last start are not stored; the
    groups are byte for byte those of storing every block (days, months, a year, undated claims, across chunks)."""
    import importlib

    from dateline.grouping.state import GroupState

    group_cli = importlib.import_module("dateline.grouping.cli")
    texts = [
        "Boeing delivered 12 aircraft of the 787 to Lufthansa in Frankfurt.",
        "Boeing entregó 12 aviones 787 a Lufthansa en Frankfurt.",
        "Airbus opened a plant in Toulouse for the A320.",
    ]
    dates = [f"2024-11-{d:02d}" for d in range(10, 30, 3)] + [
        "2024-11",
        "2024-12",
        "2024",
        "202X",
        "PRESENT_REF",
        "2024-W47",
    ]
    claims = [claim(t, d) for d in dates for t in texts for _ in range(2)]
    source = _write(tmp_path / "all.jsonl", claims)
    monkeypatch.setattr(group_cli, "CHUNK", 3)  # the two copies of a claim in two chunks
    code, pruned = _run(source)
    monkeypatch.setattr(GroupState, "sortable", False)
    _, kept = _run(source)
    assert code == 0 and pruned == kept and any(len(g["claims"]) > 2 for g in pruned)


def test_chunks_leave_out_the_blocks_of_buckets_where_no_claim_is_at_its_own_level(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Days and one month: no claim is at the level of a year or decade bucket, so their blocks give no pair and
    are neither stored nor looked up; the groups are byte for byte those of keeping every block."""
    import importlib

    from dateline.grouping.state import GroupState

    group_cli = importlib.import_module("dateline.grouping.cli")
    texts = ["Boeing delivered 12 aircraft of the 787 to Lufthansa in Frankfurt.", "Boeing entregó 12 aviones 787."]
    dates = [f"2024-11-{d:02d}" for d in range(10, 30, 3)] + ["2024-11", "PRESENT_REF"]
    claims = [claim(t, d) for d in dates for t in texts for _ in range(2)]
    with GroupState(tmp_path / "s.db", scratch=True) as store:
        store.spill(claims)
        assert store.occupied == {*dates[:-2], "2024-11"}
    source = _write(tmp_path / "all.jsonl", claims)
    monkeypatch.setattr(group_cli, "CHUNK", 3)
    code, pruned = _run(source)
    update = GroupState.update
    monkeypatch.setattr(GroupState, "update", lambda self, *a, **k: update(self, *a, **{**k, "occupied": None}))
    _, kept = _run(source)
    assert code == 0 and pruned == kept and any(len(g["claims"]) > 2 for g in pruned)


def test_a_spilled_claim_is_stored_as_spilled_the_first_of_an_id_kept(tmp_path: Path) -> None:
    from dateline.grouping.state import GroupState

    first = claim("Boeing delivered a 787.", "2024-11-15")
    again = {**first, "text": "Airbus delivered an A320."}  # the same id: the first one counts
    with GroupState(tmp_path / "s.db", scratch=True) as store:
        store.spill([first, again])
        (chunk, bodies), *rest = store.spilled(10)
        assert not rest and chunk == [first, again] and bodies == {first["id"]: orjson.dumps(first)}
        store.update(chunk, emit=False, bodies=bodies)
        assert [orjson.loads(body) for (body,) in store.db.execute("SELECT body FROM group_claims")] == [first]
        assert [r["text"] for r in store.records()] == ["Boeing delivered a 787."]


def test_a_first_day_written_otherwise_keeps_every_block(tmp_path: Path) -> None:
    from dateline.grouping.state import GroupState

    with GroupState(tmp_path / "s.db", scratch=True) as store:
        store.spill([{**claim("Boeing delivered a 787.", "2024-11-15"), "range": ["2024-11-15", "2024-11-15"]}])
        assert store.sortable
        store.spill([{**claim("Boeing delivered a 787.", "2024-11-15"), "range": ["20241115", "20241115"]}])
        assert not store.sortable


def test_no_later_claim_has_a_block_key_that_is_not_stored() -> None:
    """The rows a chunk does not store (buckets that end before its last start) are of no claim starting later."""
    from dateline.grouping.features import features
    from dateline.grouping.link import keys_by_level
    from dateline.grouping.rules import default
    from dateline.grouping.state import _key_rows, _live

    rules = default()
    values = ["2019", "201X", "202X", "2023", "2024", "2024-10", "2024-11", "2024-12", "2024-W47", "PRESENT_REF"]
    values += [f"2024-11-{d:02d}" for d in range(1, 31, 4)] + ["2025", "2025-01-03", "2024-Q4"]
    feats = [features(claim("Boeing delivered 12 aircraft to Lufthansa in Frankfurt.", v), rules) for v in values]
    keys = [keys_by_level(f, rules) for f in feats]
    rows = sorted(_key_rows(feats, keys))
    for day in ["2024-11-13", "2024-11-01", "2024-12-31", "2025-01-01", "2023-06-30"]:
        later = {
            k
            for f, (own, coarser) in zip(feats, keys, strict=True)
            if f.start is None or f.start >= _ordinal(day)
            for k in own + coarser
        }
        kept = _live(rows, day)
        dropped = set(rows) - set(kept)
        assert kept == sorted(kept) and len(kept) + len(dropped) == len(rows)
        assert dropped and not {key for key, _, _ in dropped} & later  # some dropped; none a later claim has


def _ordinal(day: str) -> int:
    from datetime import date

    return date.fromisoformat(day).toordinal()
