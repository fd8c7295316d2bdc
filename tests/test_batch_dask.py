"""dateline.dask on a local cluster of worker processes: the same claims as the CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from tests.test_batch_fixtures import jsonl_record, lines, run, write_articles


def test_import_dateline_does_not_import_dask() -> None:
    code = "import sys, dateline, dateline.cli; print('dask' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_claims_bag_on_a_local_cluster_equals_the_cli(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    import dateline.dask

    write_articles(tmp_path / "in", 6)
    records = tmp_path / "in" / "records.jsonl"
    records.write_bytes(b"".join(orjson.dumps(jsonl_record(n)) + b"\n" for n in range(20, 26)))
    (tmp_path / "in" / "empty.txt").write_text("")
    _, expected, _ = run("extract", str(tmp_path / "in"), "--lang", "en", "--jobs", "1")
    cluster = distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None, host="127.0.0.1"
    )
    try:
        with distributed.Client(cluster):
            claims = dateline.dask.claims_bag([str(tmp_path / "in")], lang="en").compute()
            articles = dateline.dask.articles_bag([str(tmp_path / "in")], lang="en").compute()
            from_records = dateline.dask.claims_bag([jsonl_record(n) for n in range(20, 26)]).compute()
    finally:
        cluster.close()
    assert claims == lines(expected)
    assert [a["error"] for a in articles if "error" in a] == [f"{tmp_path / 'in' / 'empty.txt'}: empty input"]
    assert [c["text"] for c in from_records] == [c["text"] for c in lines(expected) if "#a" in str(c["source"])]
