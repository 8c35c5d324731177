"""Analysis in worker processes with a bounded number of articles in flight, results in order."""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from quotegraph.errors import IngestError
from quotegraph.records import Article, LearnedAttribution
from quotegraph.scale import worker

# Articles queued per worker: enough to keep it busy while the main process reads and writes,
# few enough that memory stays flat however large the corpus.
IN_FLIGHT_PER_WORKER = 4


def default_workers() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


class Analyzer:
    """Analyzes articles in ``workers`` processes (0: in this process), each loading the models once.

    Models that cannot load are a ModelError here, before any article is read or sent.
    """

    def __init__(
        self, workers: int, model: str | None = None, attribution_model: LearnedAttribution | None = None
    ) -> None:
        self.capacity = max(workers, 1) * IN_FLIGHT_PER_WORKER
        self._executor: ProcessPoolExecutor | None = None
        if workers == 0:
            from quotegraph.analyze.model import load_models

            self._models = load_models(model, attribution_model)
            return
        # forkserver: workers fork from a clean process that has imported spaCy once, never from
        # this one (its threads and database connection are not the workers' business).
        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
        context = multiprocessing.get_context(method)
        if method == "forkserver":
            context.set_forkserver_preload(worker.PRELOAD)
        # Workers exit when this end closes, even when this process is killed (see worker.py).
        lifeline, self._lifeline = context.Pipe(duplex=False)
        self._executor = ProcessPoolExecutor(
            workers,
            mp_context=context,
            initializer=worker.init_worker,
            initargs=(model, attribution_model, lifeline),
        )
        try:
            # The first worker's load, waited for: every worker loads the same models from the same
            # paths, so a bad one is one error now instead of a failure per article.
            self._executor.submit(worker.check_loaded).result()
        except BrokenProcessPool as exc:
            self.close()
            raise IngestError(f"an analysis worker died loading the models ({exc})") from None
        except BaseException:
            self.close()
            raise

    def submit(self, article: Article) -> Future[worker.Result]:
        if self._executor is not None:
            return self._executor.submit(worker.run_task, article)
        future: Future[worker.Result] = Future()
        future.set_result(worker.analyze_article(article, *self._models))
        return future

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._lifeline.close()

    def __enter__(self) -> Analyzer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
