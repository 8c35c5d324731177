"""Ingest on a Dask cluster (two worker processes) gives the database a local ingest gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotegraph.cli import app
from quotegraph.errors import IngestError
from quotegraph.scale.dask_runner import ingest_on_dask, local_workers
from quotegraph.scale.ingest import IngestOptions, ingest
from quotegraph.store import open_store
from tests.support.stores import snapshot, write_many

distributed = pytest.importorskip("distributed")
runner = CliRunner()


def test_a_dask_ingest_stores_what_a_local_ingest_stores(tmp_path: Path, nlp):
    corpus = str(write_many(tmp_path / "corpus", 8))
    with open_store(tmp_path / "local.db") as store:
        ingest([corpus], store, IngestOptions(workers=0))
        expected = snapshot(store)
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, memory_limit="1GiB", dashboard_address=None
    )
    with cluster, open_store(tmp_path / "dask.db") as store:
        seen: list[int] = []
        summary = ingest_on_dask(
            [corpus], store, cluster.scheduler_address, progress=lambda s: seen.append(s.seen)
        )
        assert (summary.ingested, summary.failed) == (8, 1)
        assert seen == list(range(10))  # a first call once the workers are ready, then one per item
        assert snapshot(store) == expected
        # Again: every article is known by its hash before anything is submitted.
        again = ingest_on_dask([corpus], store, cluster.scheduler_address)
        assert (again.ingested, again.duplicates) == (0, 8)
        assert snapshot(store) == expected


def test_the_command_names_a_cluster_it_cannot_reach(tmp_path: Path, monkeypatch):
    monkeypatch.setattr("quotegraph.scale.dask_runner.CONNECT_SECONDS", 1)
    corpus = write_many(tmp_path / "corpus", 1)
    result = runner.invoke(
        app, ["ingest", str(corpus), "--db", str(tmp_path / "x.db"), "--dask", "tcp://127.0.0.1:9"]
    )
    assert result.exit_code == IngestError.exit_code
    assert "cannot use the Dask cluster" in result.output


def test_local_cluster_specs():
    assert local_workers("local:3") == 3
    assert local_workers("tcp://scheduler:8786") is None
    assert local_workers("local") >= 1
    with pytest.raises(IngestError):
        local_workers("local:none")
