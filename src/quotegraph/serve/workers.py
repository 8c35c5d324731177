"""Analysis for POST /api/analyze: worker processes, a bounded queue, a time cap, no work for clients
that have gone.

- ``workers`` processes each load the models once, warm them up, and analyze one article at a time.
  With 0, one thread of the server's own process analyzes (tests, debugging): the time cap then answers
  the client but cannot stop the analysis, which keeps that thread until it ends.
- At most ``queue`` requests wait for a free worker; one more is refused at once (QueueFullError: 429,
  with the expected wait in Retry-After).
- A waiting request whose client disconnects is dropped: its article never reaches a worker.
- An analysis that runs over ``timeout`` seconds is stopped (its worker process is killed and started
  again) and its request gets AnalysisTimeoutError (503); so is one whose client disconnects while it
  runs (a worker starts again in about the time its spaCy model takes to load, less than most
  analyses it would spare).
"""

from __future__ import annotations

import asyncio
import logging
import math
import multiprocessing
import signal
import time
import traceback
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import asdict, dataclass
from importlib import resources
from multiprocessing.connection import Connection
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from typing import TYPE_CHECKING, Any

from quotegraph.errors import ModelError, QuotegraphError
from quotegraph.records import Analysis, LearnedAttribution
from quotegraph.scale.pool import default_workers as cores
from quotegraph.scale.worker import PRELOAD, one_thread_per_worker
from quotegraph.serve.errors import AnalysisTimeoutError, ClientGoneError, QueueFullError

if TYPE_CHECKING:
    from spacy.language import Language

    from quotegraph.analyze.runtime.attribution_model import AttributionModel

DEFAULT_QUEUE = 16
DEFAULT_TIMEOUT = 60.0
MAX_DEFAULT_WORKERS = 4  # each holds its own models: about 190 MB (PSS) with the default pipeline
_log = logging.getLogger(__name__)


def default_workers() -> int:
    """One worker per core this process may run on, at most MAX_DEFAULT_WORKERS."""
    return min(cores(), MAX_DEFAULT_WORKERS)


@dataclass(frozen=True)
class Job:
    """An article as the request carried it, read in the worker as `quotegraph analyze` reads files
    (decoding and HTML extraction are CPU work too)."""

    data: bytes
    source: str | None = None
    date: str | None = None
    kind: str | None = None


@dataclass
class RequestCounts:
    """What became of the requests so far."""

    started: int = 0  # handed to a worker
    refused: int = 0  # the queue was full
    dropped: int = 0  # the client left while it waited: never started
    abandoned: int = 0  # the client left while it ran: stopped
    timed_out: int = 0  # stopped at the time cap


class _Models:
    """The models, in the process that analyzes."""

    def __init__(self, model: str | None, attribution_model: LearnedAttribution | None) -> None:
        from quotegraph.analyze.loading import load_models

        self.nlp: Language
        self.learned: AttributionModel | None
        self.nlp, self.learned = load_models(model, attribution_model)

    def describe(self) -> dict[str, Any]:
        """What GET /api/info says of them."""
        meta = self.nlp.meta
        learned = None
        if self.learned is not None:  # its name and scope are what each analysis records
            architecture = self.learned.meta.get("architecture", "cnn")
            learned = {"name": self.learned.name, "architecture": architecture, "scope": self.learned.scope}
        return {"model": f"{meta['lang']}_{meta['name']} {meta['version']}", "attribution_model": learned}

    def run(self, job: Job) -> Analysis:
        from quotegraph.analyze.pipeline import analyze
        from quotegraph.read import read_bytes

        article = read_bytes(job.data, source=job.source, date=job.date, kind=job.kind)
        return analyze(article, self.nlp, learned_model=self.learned)

    def warm_up(self) -> None:
        """Analyze the shipped sample: the first analysis builds the gazetteer and date parser (seconds),
        which a user's first request would otherwise wait for."""
        self.run(Job(resources.files("quotegraph.data").joinpath("sample.txt").read_bytes(), "sample.txt"))


Outcome = tuple[Analysis | None, BaseException | None]


def _outcome(models: _Models, job: Job) -> Outcome:
    try:
        return models.run(job), None
    except QuotegraphError as exc:  # bad input: the client's 4xx
        return None, exc
    except Exception as exc:
        traceback.print_exc()  # to the server's log; the client gets a 500 without it
        return None, RuntimeError(f"the analysis failed: {type(exc).__name__}")


def _settle(outcome: Outcome) -> Analysis:
    analysis, error = outcome
    if error is not None:
        raise error
    assert analysis is not None
    return analysis


def _serve(conn: Connection, model: str | None, attribution_model: LearnedAttribution | None) -> None:
    """A worker process: load and warm up the models, say so, then analyze each job that comes down the
    pipe until it closes (the server stopped, or was killed)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's: it stops the workers
    one_thread_per_worker()
    try:
        models = _Models(model, attribution_model)
        models.warm_up()
    except ModelError as exc:
        conn.send(exc)
        return
    conn.send(models.describe())
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        conn.send(_outcome(models, job))


class _Process:
    """One worker process and the pipe to it. start() and run() block: they run in a thread."""

    def __init__(self, context: BaseContext, args: tuple[Any, ...]) -> None:
        self._context, self._args = context, args
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self._dead = True
        self.info: dict[str, Any] = {}

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def alive(self) -> bool:
        return not self._dead

    def start(self) -> None:
        self._reap()
        ours, theirs = self._context.Pipe()
        process = self._context.Process(  # type: ignore[attr-defined]
            target=_serve, args=(theirs, *self._args), name="quotegraph-analyze", daemon=True
        )
        process.start()
        theirs.close()
        self._process, self._conn = process, ours
        try:
            ready = ours.recv()
        except EOFError:
            self._reap()
            code = process.exitcode
            raise ModelError(f"an analysis worker died loading the models (exit code {code})") from None
        if isinstance(ready, QuotegraphError):
            self._reap()
            raise ready
        self.info, self._dead = ready, False

    def run(self, job: Job) -> Analysis:
        if self._dead:
            self.start()
        assert self._conn is not None
        try:
            self._conn.send(job)
            outcome = self._conn.recv()
        except (EOFError, OSError):
            self._dead = True
            raise RuntimeError("the analysis worker died") from None
        return _settle(outcome)

    def stop(self) -> None:
        """Kill it (from any thread): a run() waiting for its answer ends at once."""
        self._dead = True
        if self._process is not None:
            self._process.kill()

    def _reap(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.join()
            self._process = None
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def close(self) -> None:
        self._dead = True
        self._reap()


class _InProcess:
    """The models in this process, run by one thread: a worker that cannot be stopped."""

    pid = None

    def __init__(self, model: str | None, attribution_model: LearnedAttribution | None) -> None:
        self.models = _Models(model, attribution_model)
        self.info = self.models.describe()

    def alive(self) -> bool:
        return True

    def start(self) -> None:
        pass

    def run(self, job: Job) -> Analysis:
        return _settle(_outcome(self.models, job))

    def stop(self) -> None:
        pass  # a thread cannot be stopped: it stays busy until the analysis ends

    def close(self) -> None:
        pass


_Worker = _Process | _InProcess


class AnalysisPool:
    """The analysis workers and the requests waiting for them. The models load here: a ModelError comes
    out now, before the server listens."""

    def __init__(
        self,
        workers: int = 0,
        queue: int = DEFAULT_QUEUE,
        timeout: float = DEFAULT_TIMEOUT,
        model: str | None = None,
        attribution_model: LearnedAttribution | None = None,
    ) -> None:
        self.workers, self.queue, self.timeout = workers, queue, timeout
        self.counts = RequestCounts()
        self._closed = False
        self._workers: list[_Worker] = []
        if workers == 0:
            self._workers.append(_InProcess(model, attribution_model))
        else:
            # forkserver: workers fork from a clean process that has imported spaCy once, never from
            # this one (its threads and event loop are not theirs).
            forkserver = "forkserver" in multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context("forkserver" if forkserver else "spawn")
            if forkserver:
                context.set_forkserver_preload([*PRELOAD, __name__, "quotegraph.serve.forkserver"])
            self._workers.extend(_Process(context, (model, attribution_model)) for _ in range(workers))
        self._threads = ThreadPoolExecutor(len(self._workers), thread_name_prefix="quotegraph-analyze")
        starts = [self._threads.submit(worker.start) for worker in self._workers]  # they load in parallel
        # Every start settles before any worker is closed: a failing start reaps its own worker, and a
        # close from here at the same time closed the same pipe twice (OSError 9, a traceback).
        wait(starts)
        try:
            for started in starts:
                started.result()
        except BaseException:
            self.close()
            raise
        self.info = self._workers[0].info
        self._idle: list[_Worker] = list(self._workers)
        self._waiters: deque[asyncio.Future[_Worker]] = deque()
        self._seconds = 1.0  # a running mean of how long an analysis takes, for Retry-After
        self._releasing: set[asyncio.Task[None]] = set()

    def pids(self) -> list[int | None]:
        """The worker processes' ids (None for the in-process worker)."""
        return [worker.pid for worker in self._workers]

    def status(self) -> dict[str, Any]:
        return {
            "workers": self.workers,
            "queue": self.queue,
            "timeout_s": self.timeout,
            "busy": len(self._workers) - len(self._idle),
            "waiting": len(self._waiters),
            **asdict(self.counts),
        }

    def warm_up(self) -> None:
        """The in-process worker warms up in the background (worker processes have, before starting)."""
        worker = self._workers[0]
        if isinstance(worker, _InProcess):
            self._threads.submit(worker.models.warm_up)

    async def analyze(self, job: Job, gone: Callable[[], Awaitable[None]]) -> Analysis:
        """The job's analysis, once a worker is free. ``gone()`` completes when the client disconnects."""
        leaving = asyncio.ensure_future(gone())
        try:
            return await self._analyze(job, leaving)
        finally:
            leaving.cancel()

    async def _analyze(self, job: Job, leaving: asyncio.Future[None]) -> Analysis:
        worker = await self._take(leaving)
        self.counts.started += 1
        started = time.monotonic()
        running = asyncio.wrap_future(self._threads.submit(worker.run, job))
        try:
            await asyncio.wait({running, leaving}, timeout=self.timeout, return_when=asyncio.FIRST_COMPLETED)
            if not running.done():
                worker.stop()  # the time is up, or nobody is left to answer: free its core now
        finally:
            self._in_background(self._release(worker, running))
        if running.done():
            analysis = running.result()
            self._seconds = 0.8 * self._seconds + 0.2 * (time.monotonic() - started)
            return analysis
        if leaving.done():
            self.counts.abandoned += 1
            raise ClientGoneError("the client disconnected while its article was analyzed")
        self.counts.timed_out += 1
        raise AnalysisTimeoutError(
            f"the analysis took over {self.timeout:g} s, this server's limit: send a shorter article"
        )

    async def _take(self, leaving: asyncio.Future[None]) -> _Worker:
        await asyncio.sleep(0)  # one turn of the loop: a client already gone has said so by then
        if self._idle and not leaving.done():
            return self._idle.pop()
        if len(self._waiters) >= self.queue and not leaving.done():
            self.counts.refused += 1
            wait = max(1, math.ceil(self._seconds * (len(self._waiters) + 1) / len(self._workers)))
            raise QueueFullError(
                f"the server is busy ({len(self._waiters)} articles wait for {len(self._workers)} "
                f"analysis workers): retry in {wait} s",
                retry_after=wait,
            )
        turn: asyncio.Future[_Worker] = asyncio.get_running_loop().create_future()
        self._waiters.append(turn)
        try:
            await asyncio.wait({turn, leaving}, return_when=asyncio.FIRST_COMPLETED)
        except BaseException:  # the request itself was cancelled
            if turn.done():
                self._give(turn.result())
            raise
        finally:
            if not turn.done():
                self._waiters.remove(turn)
                turn.cancel()
        if leaving.done():
            if not turn.cancelled():
                self._give(turn.result())  # it came free just as the client left
            self.counts.dropped += 1
            raise ClientGoneError("the client disconnected before its article was analyzed")
        return turn.result()

    def _give(self, worker: _Worker) -> None:
        while self._waiters:
            turn = self._waiters.popleft()
            if not turn.done():
                turn.set_result(worker)
                return
        self._idle.append(worker)

    async def _release(self, worker: _Worker, running: asyncio.Future[Analysis]) -> None:
        """Give the worker back once its analysis has ended (at once after a kill), started again if it
        was stopped."""
        await asyncio.wait({running})
        if not running.cancelled():
            running.exception()  # retrieved: the request has had its answer, or has gone
        if self._closed:
            return
        if not worker.alive():
            try:
                await asyncio.wrap_future(self._threads.submit(worker.start))
            except Exception:  # its next run() tries again
                _log.exception("an analysis worker could not be started again")
        self._give(worker)

    def _in_background(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.ensure_future(work)
        self._releasing.add(task)  # a strong reference until it is done
        task.add_done_callback(self._releasing.discard)

    def close(self) -> None:
        self._closed = True
        for worker in self._workers:
            worker.close()
        self._threads.shutdown(wait=False, cancel_futures=True)
