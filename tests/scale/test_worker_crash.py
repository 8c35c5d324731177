"""A worker that dies hard on one article (a segfault, the OOM killer's SIGKILL) costs that article
only: it is recorded as the article's failure, the articles in flight beside it are analyzed again,
and the ingest goes on with new workers. The crash is real: the spaCy pipeline of
fixtures/crashing_pipeline.py kills its own process on a marker in the text.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from quotegraph.records import Article
from quotegraph.scale import worker
from quotegraph.scale.ingest import IngestOptions, ingest
from quotegraph.scale.pool import PoolAnalyzer
from quotegraph.store import open_store
from tests.support.paths import FIXTURES
from tests.support.stores import ingested_whole, snapshot, write_many

COUNT = 10


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_many(tmp_path_factory.mktemp("crash") / "corpus", COUNT)


@pytest.fixture(scope="module")
def expected(corpus: Path, tmp_path_factory: pytest.TempPathFactory, nlp) -> dict:
    """The database of the corpus without the crashing article (its one failure: the empty file)."""
    return ingested_whole(corpus, tmp_path_factory.mktemp("whole"))


@pytest.fixture
def crashing_corpus(corpus: Path, expected: dict, monkeypatch: pytest.MonkeyPatch, request) -> Path:
    """The corpus with one article that kills its worker with the test's signal, its model importable."""
    monkeypatch.syspath_prepend(str(FIXTURES))  # the workers get this process's sys.path
    crash = corpus / f"005-crash-{request.param}.txt"
    crash.write_text(
        f"Council hears an odd item\n\nRIVERTON -- A clerk read CRASH-WORKER-{request.param} aloud.\n\n"
        '"Nobody knew what it meant," Mayor Helen Park said.\n'
    )
    yield crash
    crash.unlink()


def _ingest_crashing(corpus: Path, db: Path, workers: int) -> tuple[dict, dict]:
    with open_store(db) as store:
        summary = ingest([str(corpus)], store, IngestOptions(workers=workers, model="crashing_pipeline"))
        return summary.to_dict(), snapshot(store)


def test_a_worker_s_death_is_read_from_the_pool_s_own_processes_after_shutdown(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The cause of death comes from the processes the pool started, read once the pool is shut down.

    Polling this process's children (multiprocessing.active_children()) while the pool's management
    thread joins the dead worker is the race that once read "exit code 255" for a segfault: forbidden
    here, so that any return of it fails every time instead of now and then.
    """
    monkeypatch.syspath_prepend(str(FIXTURES))

    def forbidden() -> list:
        raise AssertionError("the pool polled every child process of the test")

    with PoolAnalyzer(workers=1, model="crashing_pipeline") as analyzer:
        monkeypatch.setattr(multiprocessing, "active_children", forbidden)
        for signal_name in ("SIGSEGV", "SIGKILL", "SIGSEGV"):  # a new worker each time, each death its own
            pool = analyzer._start(1)
            article = Article(f"A clerk read CRASH-WORKER-{signal_name} aloud.\n")
            with pytest.raises(BrokenProcessPool):
                pool.executor.submit(worker.run_task, article).result()
            assert pool.death() == f"killed by {signal_name}"
            assert all(process.exitcode is not None for process in pool._context.processes)


@pytest.mark.parametrize("crashing_corpus", ["SIGSEGV"], indirect=True)
def test_a_segfault_is_the_article_s_failure_and_a_rerun_goes_on_again(
    corpus: Path, crashing_corpus: Path, expected: dict, tmp_path: Path
) -> None:
    summary, stored = _ingest_crashing(corpus, tmp_path / "crash.db", workers=1)
    assert (summary["ingested"], summary["failed"]) == (COUNT, 2)  # the crash and the empty file
    crash = next(f for f in summary["failures"] if f["key"] == str(crashing_corpus))
    assert crash["stage"] == "analyze"
    assert crash["error"] == "the analysis worker died analyzing it (killed by SIGSEGV)"
    failures = stored.pop("failures")
    assert len(failures) == 2 and any("SIGSEGV" in row for failure in failures for row in failure)
    assert stored == {k: v for k, v in expected.items() if k != "failures"}
    # A failure is retried by the same command, as any failure is: it crashes again, and that is all.
    again, stored_again = _ingest_crashing(corpus, tmp_path / "crash.db", workers=1)
    assert (again["ingested"], again["duplicates"], again["failed"]) == (0, COUNT, 2)
    assert stored_again["failures"] == failures


@pytest.mark.parametrize("crashing_corpus", ["SIGKILL"], indirect=True)
def test_articles_in_flight_beside_a_killed_worker_are_not_lost(
    corpus: Path, crashing_corpus: Path, expected: dict, tmp_path: Path
) -> None:
    """Two workers, eight articles in flight: the pool breaks under all of them, only one is failed."""
    summary, stored = _ingest_crashing(corpus, tmp_path / "crash.db", workers=2)
    assert (summary["ingested"], summary["failed"], summary["duplicates"]) == (COUNT, 2, 0)
    errors = {f["key"]: f["error"] for f in summary["failures"]}
    assert errors[str(crashing_corpus)] == "the analysis worker died analyzing it (killed by SIGKILL)"
    stored.pop("failures")
    assert stored == {k: v for k, v in expected.items() if k != "failures"}


@pytest.mark.parametrize("crashing_corpus", ["SIGKILL"], indirect=True)
def test_an_article_that_kills_dask_workers_is_its_failure(
    corpus: Path, crashing_corpus: Path, expected: dict, tmp_path: Path
) -> None:
    distributed = pytest.importorskip("distributed")
    import dask

    from quotegraph.scale.dask_runner import ingest_on_dask

    # Two deaths make a task bad (Dask's default is four), and a worker holds one task at a time: Dask
    # counts a worker's death against every task it holds, and this test is about the crashing one.
    bounds = {"distributed.scheduler.allowed-failures": 1, "distributed.scheduler.worker-saturation": 1.0}
    with dask.config.set(bounds):
        cluster = distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, memory_limit="1GiB", dashboard_address=None
        )
    with cluster, open_store(tmp_path / "dask.db") as store:
        summary = ingest_on_dask(
            [str(corpus)], store, cluster.scheduler_address, IngestOptions(model="crashing_pipeline")
        )
        stored = snapshot(store)
    assert (summary.ingested, summary.failed) == (COUNT, 2)
    errors = {f["key"]: f["error"] for f in summary.failures}
    assert errors[str(crashing_corpus)] == "the Dask workers died analyzing it (2 in a row)"
    stored.pop("failures")
    assert stored == {k: v for k, v in expected.items() if k != "failures"}
