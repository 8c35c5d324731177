"""Ingesting on a Dask cluster: the analysis runs on the cluster's workers, everything else here.

This process reads the sources, skips what the store holds (by content hash, before submitting),
submits the new articles as Dask tasks and writes the results in source order, one transaction per
article: the loop is ingest.py's, so idempotence, resuming and the progress bar are the same. Each
worker process loads the spaCy model (and the attribution model, when one is given) once, on its first
task (`load_models` is cached per process); one task loads them before any article is submitted.

    ingest_on_dask(["corpus/"], store, "tcp://scheduler:8786")   # a running cluster
    ingest_on_dask(["corpus/"], store, "local:2", IngestOptions(reanalyze=True))  # 2 local processes

Workers need quotegraph and the models installed (at the same paths); the store is written by this
process only.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from distributed import Client, Future, KilledWorker, LocalCluster

from quotegraph.errors import IngestError, ModelError
from quotegraph.records import Article, LearnedAttribution
from quotegraph.scale import worker
from quotegraph.scale.ingest import IngestOptions, IngestSummary, Progress, checked, ingest_with
from quotegraph.scale.pool import IN_FLIGHT_PER_WORKER, default_workers
from quotegraph.store import Store

# How long to wait for the scheduler and its first worker.
CONNECT_SECONDS = 30
# Workers may join or leave a running cluster: the in-flight bound follows them, counted this often.
RECOUNT_SECONDS = 5.0


def ingest_on_dask(
    specs: list[str],
    store: Store,
    scheduler: str,
    options: IngestOptions | None = None,
    progress: Progress | None = None,
) -> IngestSummary:
    """ingest() with the analysis on a Dask cluster: a scheduler address, `local` or `local:N`
    (options.workers is the local pool's: the cluster has its own)."""
    options = checked(options or IngestOptions())  # a bad date is an error before the cluster starts
    with DaskAnalyzer(scheduler, options.model, options.attribution_model) as analyzer:
        return ingest_with(analyzer, specs, store, options, progress)


def analyze_on_worker(
    article: Article, model: str | None, attribution_model: LearnedAttribution | None
) -> worker.Result:
    """The task a Dask worker runs for one article."""
    from quotegraph.analyze.loading import load_models

    worker.one_thread_per_worker()
    # Models that cannot load raise ModelError here; the client re-raises it and the ingest stops.
    return worker.analyze_article(article, *load_models(model, attribution_model))


def load_on_worker(model: str | None, attribution_model: LearnedAttribution | None) -> ModelError | None:
    """The task run before any article: the models loaded on a worker (kept for its tasks), or why
    they cannot load (returned, not raised: the client raises it, and the worker logs no traceback)."""
    from quotegraph.analyze.loading import load_models

    worker.one_thread_per_worker()
    try:
        load_models(model, attribution_model)
    except ModelError as exc:
        return exc
    return None


def local_workers(scheduler: str) -> int | None:
    """The worker processes `local` or `local:N` asks for; None for a scheduler address."""
    name, _, count = scheduler.partition(":")
    if name != "local":
        return None
    if not count:
        return default_workers()
    if not count.isdigit() or int(count) < 1:
        raise IngestError(f"--dask {scheduler!r}: say local, local:N (N >= 1) or a scheduler address")
    return int(count)


@dataclass
class _Task:
    """One article's analysis on the cluster."""

    future: Future

    def done(self) -> bool:
        return self.future.done()

    def result(self) -> worker.Result:
        try:
            return self.future.result()
        except KilledWorker as exc:
            # Dask ran the task again on other workers (distributed.scheduler.allowed-failures) and
            # each died: it is this article's failure, and the ingest goes on.
            return None, f"the Dask workers died analyzing it ({exc.allowed_failures + 1} in a row)"


class DaskAnalyzer:
    """Submits articles to a Dask cluster, at most IN_FLIGHT_PER_WORKER per worker thread."""

    def __init__(
        self, scheduler: str, model: str | None = None, attribution_model: LearnedAttribution | None = None
    ) -> None:
        self._models = (model, attribution_model)
        self._client, self._cluster = _connect(scheduler)
        self._threads = 0
        self._counted = float("-inf")
        try:
            # Every worker loads the same models from the same paths: a bad one is one error now.
            error = self._client.submit(load_on_worker, *self._models, pure=False).result()
            if error is not None:
                raise error
        except KilledWorker as exc:
            self.close()
            raise IngestError(f"Dask workers died loading the models ({exc})") from None
        except BaseException:
            self.close()
            raise

    @property
    def capacity(self) -> int:
        now = time.monotonic()
        if now - self._counted > RECOUNT_SECONDS:
            self._threads = sum(self._client.nthreads().values())
            self._counted = now
        return max(self._threads, 1) * IN_FLIGHT_PER_WORKER

    def submit(self, article: Article) -> _Task:
        # pure=False: no hashing of the article for a task key; identical texts never reach here.
        return _Task(self._client.submit(analyze_on_worker, article, *self._models, pure=False))

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()

    def __enter__(self) -> DaskAnalyzer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _connect(scheduler: str) -> tuple[Client, LocalCluster | None]:
    """A client of the scheduler (of a new LocalCluster for `local[:N]`) with at least one worker."""
    workers = local_workers(scheduler)
    cluster: LocalCluster | None = None
    client: Client | None = None
    try:
        if workers is not None:
            # One thread per process: spaCy holds the GIL, so threads would not run in parallel.
            cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            )
        client = Client(cluster or scheduler, timeout=CONNECT_SECONDS)
        client.wait_for_workers(1, timeout=CONNECT_SECONDS)
    except (OSError, TimeoutError, ValueError) as exc:
        for opened in (client, cluster):
            if opened is not None:
                opened.close()
        raise IngestError(f"cannot use the Dask cluster {scheduler!r}: {exc}") from None
    return client, cluster
