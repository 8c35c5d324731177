"""Two ingests of the same sources into one database at the same time (two `quotegraph ingest`
processes, as two shards' clients that overlap would be): every article is stored exactly once, the
speakers' counts are those of one run, nothing is recorded as failed, and the two summaries add up.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from quotegraph.scale.ingest import IngestOptions, ingest
from quotegraph.store import open_store
from tests.support import postgres
from tests.support.stores import snapshot, write_many

COUNT = 16


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = write_many(tmp_path_factory.mktemp("concurrent") / "corpus", COUNT)
    (folder / "zz-empty.txt").unlink()  # nothing that fails: any failure is the concurrency's
    return folder


def _targets(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, str]:
    """Two new empty databases: one for a single run, one for the two at once."""
    if backend == "postgresql":
        return postgres.database_url(request), postgres.database_url(request)
    return str(tmp_path / "single.db"), str(tmp_path / "both.db")


@pytest.mark.parametrize("backend", ["postgresql", "sqlite"])
def test_two_ingests_at_once_store_each_article_once(
    backend: str, corpus: Path, request: pytest.FixtureRequest, tmp_path: Path, nlp
) -> None:
    single, both = _targets(backend, request, tmp_path)
    with open_store(single) as store:
        ingest([str(corpus)], store, IngestOptions(workers=0))
        expected = snapshot(store)
    command = [sys.executable, "-m", "quotegraph", "ingest", str(corpus), "--db", both]
    command += ["--workers", "0", "--json", "--quiet"]
    # Both start on an empty database (not even a schema): the migrations race too.
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    outputs = [run.communicate(timeout=300) for run in runs]
    for run, (_, stderr) in zip(runs, outputs, strict=True):
        assert run.returncode == 0, stderr.decode()
    first, second = (json.loads(stdout) for stdout, _ in outputs)
    for summary in (first, second):
        assert (summary["seen"], summary["failed"], summary["failures"]) == (COUNT, 0, [])
    assert first["ingested"] + second["ingested"] == COUNT  # each article stored by one of them...
    assert first["duplicates"] + second["duplicates"] == COUNT  # ...and found stored by the other
    with open_store(both) as store:
        assert snapshot(store) == expected  # once each, and the speakers counted as by one run
