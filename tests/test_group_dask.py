"""dateline.dask.groups on a LocalCluster gives the groups of `dateline group`."""

from __future__ import annotations

import pytest

from tests.test_group import claim

pytest.importorskip("distributed")


def test_dask_groups_equal_the_cli_groups() -> None:
    from dask import bag as db
    from distributed import Client, LocalCluster

    import dateline.dask

    texts = [
        ("Boeing delivered 12 aircraft of the 787 Dreamliner to Lufthansa in Frankfurt.", "en"),
        ("Boeing entregó 12 aviones 787 Dreamliner a Lufthansa en Frankfurt.", "es"),
        ("Airbus opened the A380 plant in Toulouse with 3,000 workers.", "en"),
        ("Airbus opende de A380-fabriek in Toulouse met 3.000 werknemers.", "nl"),
    ]
    claims = [claim(t, f"2024-{m:02d}-1{d}", lang=lang) for m in (10, 11) for d in range(4) for t, lang in texts]
    expected = dateline.group(claims)
    assert any(len(g["claims"]) > 1 for g in expected)
    with LocalCluster(n_workers=2, processes=False) as cluster, Client(cluster):
        found = dateline.dask.groups(db.from_sequence(claims, npartitions=4))
    assert found == expected
