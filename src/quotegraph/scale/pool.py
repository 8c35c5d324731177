"""Analysis in worker processes with a bounded number of articles in flight, results in order.

A worker that dies (a segfault in a native library, the OOM killer) breaks a ProcessPoolExecutor: every
article in flight fails with it, and nothing says which one killed it. The PoolAnalyzer then runs those
articles again one at a time, each in a worker of its own, so that a death there is that article's: it
becomes the article's failure ("the analysis worker died ..."), the others get their analyses, and a
new pool takes the next articles.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from typing import Any

from quotegraph.errors import IngestError
from quotegraph.records import Article, LearnedAttribution
from quotegraph.scale import worker

# Articles queued per worker: enough to keep it busy while the main process reads and writes,
# few enough that memory stays flat however large the corpus.
IN_FLIGHT_PER_WORKER = 4


def default_workers() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


class PoolAnalyzer:
    """Analyzes articles in ``workers`` processes (0: in this process), each loading the models once.

    Models that cannot load are a ModelError here, before any article is read or sent.
    """

    def __init__(
        self, workers: int, model: str | None = None, attribution_model: LearnedAttribution | None = None
    ) -> None:
        self.capacity = max(workers, 1) * IN_FLIGHT_PER_WORKER
        self._workers = workers
        self._pool: _Pool | None = None
        self._in_flight: list[_Task] = []  # sent to the current pool, not known to have succeeded
        if workers == 0:
            from quotegraph.analyze.loading import load_models

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
        self._context = context
        self._initargs = (model, attribution_model, lifeline)
        self._pool = self._start(workers)

    def submit(self, article: Article) -> _Task:
        if self._pool is None:
            return _Task(self, article, _done(worker.analyze_article(article, *self._models)))
        # Tasks that succeeded need no recovery; the others may yet (the list stays within capacity).
        self._in_flight = [task for task in self._in_flight if not task.succeeded()]
        try:
            future = self._pool.executor.submit(worker.run_task, article)
        except BrokenProcessPool:  # it broke since the last result was taken
            self._recover()
            future = self._pool.executor.submit(worker.run_task, article)
        task = _Task(self, article, future)
        self._in_flight.append(task)
        return task

    def _start(self, workers: int) -> _Pool:
        return _Pool(workers, self._context, self._initargs)

    def _recover(self) -> None:
        """The pool broke: run the articles it failed alone, then go on with a new pool."""
        assert self._pool is not None
        self._pool.close()  # waits for the pool's own clean-up: every one of its futures is settled now
        self._pool = None
        alone = self._isolate([task for task in self._in_flight if _broken(task.future)])
        self._in_flight = []
        if alone is not None and self._workers == 1:
            self._pool = alone  # a pool of one is what goes on, its models loaded already
            return
        if alone is not None:
            alone.close()
        self._pool = self._start(self._workers)

    def _isolate(self, tasks: list[_Task]) -> _Pool | None:
        """Analyze each article in a pool of one worker, started again after each death; that pool."""
        alone: _Pool | None = None
        try:
            for task in tasks:
                alone = alone or self._start(1)
                try:
                    task.future = _done(alone.executor.submit(worker.run_task, task.article).result())
                except BrokenProcessPool:
                    # death() shuts the broken pool down to read how its worker ended.
                    task.future = _done((None, f"the analysis worker died analyzing it ({alone.death()})"))
                    alone = None
        except BaseException:
            if alone is not None:
                alone.close(cancel=True)
            raise
        return alone

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close(cancel=True)
        if self._workers:
            self._lifeline.close()

    def __enter__(self) -> PoolAnalyzer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass
class _Task:
    """One article's analysis under way (ingest.py's Pending)."""

    analyzer: PoolAnalyzer
    article: Article
    future: Future[worker.Result]

    def done(self) -> bool:
        return self.future.done()

    def result(self) -> worker.Result:
        try:
            return self.future.result()
        except BrokenProcessPool:
            self.analyzer._recover()  # settles this task's future, and its siblings'
            return self.future.result()

    def succeeded(self) -> bool:
        return self.future.done() and not _broken(self.future)


class _Pool:
    """A process pool whose workers have loaded the models, and the worker processes it started."""

    def __init__(self, workers: int, context: BaseContext, initargs: tuple[Any, ...]) -> None:
        self._context = _RecordingContext(context)
        self.executor = ProcessPoolExecutor(
            workers,
            mp_context=self._context,  # type: ignore[arg-type]  # a context in all but its class
            initializer=worker.init_worker,
            initargs=initargs,
        )
        try:
            # The first worker's load, waited for: every worker loads the same models from the same
            # paths, so a bad one is one error now instead of a failure per article.
            self.executor.submit(worker.check_loaded).result()
        except BrokenProcessPool as exc:
            self.close()
            raise IngestError(f"an analysis worker died loading the models ({exc})") from None
        except BaseException:
            self.close()
            raise

    def death(self) -> str:
        """How the worker of a pool of one ended: the signal that killed it or its exit code.

        The pool is shut down first. Its management thread, woken by the death, joins the dead worker
        while the futures already say "broken": read at that moment, a forkserver child's exit status
        (one message on a pipe, which only one reader gets) could be taken by either thread, and
        the loser is told 255. Once the executor is shut down that thread has read it, and each
        recorded process keeps it.
        """
        self.close()
        codes = [process.exitcode for process in self._context.processes]
        if len(codes) != 1 or codes[0] is None:
            return "cause unknown"
        if codes[0] < 0:
            return f"killed by {signal.Signals(-codes[0]).name}"
        return f"exit code {codes[0]}"

    def close(self, cancel: bool = False) -> None:
        self.executor.shutdown(wait=True, cancel_futures=cancel)


class _RecordingContext:
    """A multiprocessing context that keeps every Process it makes: the pool's own workers, known
    without asking multiprocessing.active_children() (which polls every child of this process, from
    whichever thread asks, and so races the pool's management thread for their exit statuses)."""

    def __init__(self, context: BaseContext) -> None:
        self._context = context
        self.processes: list[BaseProcess] = []

    def Process(self, *args: Any, **kwargs: Any) -> BaseProcess:  # the name the executor calls
        process = self._context.Process(*args, **kwargs)
        self.processes.append(process)
        return process

    def __getattr__(self, name: str) -> Any:
        return getattr(self._context, name)


def _done(result: worker.Result) -> Future[worker.Result]:
    future: Future[worker.Result] = Future()
    future.set_result(result)
    return future


def _broken(future: Future[Any]) -> bool:
    return future.done() and not future.cancelled() and isinstance(future.exception(), BrokenProcessPool)
