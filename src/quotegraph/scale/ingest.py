"""Ingesting a corpus: read every source item, skip what is stored, analyze the rest in parallel, store.

Reading, duplicate checks and writes happen in this process, in source order, one transaction per
article; analysis runs in worker processes. A killed run leaves only whole articles behind, and the
same command again skips them by content hash before any analysis, so it resumes where it stopped.
"""

from __future__ import annotations

import hashlib
import time
from collections import deque
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import date as Date
from pathlib import Path
from typing import Any, Protocol

from quotegraph.errors import InputError
from quotegraph.read.collect import SourceItem, count_items, iter_items
from quotegraph.records import ANALYSIS_VERSION, Article, LearnedAttribution
from quotegraph.scale import worker
from quotegraph.scale.pool import PoolAnalyzer, default_workers
from quotegraph.store import Store

# Failures listed in the summary; all of them are in the store's failures table.
MAX_LISTED_FAILURES = 20


@dataclass
class IngestSummary:
    """What an ingest did, updated as it goes (the progress callback receives it)."""

    total: int | None = None  # items the sources hold, when that is known without reading them
    seen: int = 0
    ingested: int = 0
    reanalyzed: int = 0
    duplicates: int = 0
    outdated: int = 0  # stored by an older analysis version and kept (no reanalyze)
    dated: int = 0  # articles without a date of their own given the ingest's --date (stored ones too)
    failed: int = 0
    failures: list[dict[str, str]] = field(default_factory=list)  # the first few: key, stage, error
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        """Items settled per second."""
        return self.seen / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self) | {"rate": round(self.rate, 2)}


Progress = Callable[[IngestSummary], None]


@dataclass(frozen=True)
class IngestOptions:
    """How an ingest analyzes and stores, whichever runner analyzes (ingest(), ingest_on_dask()).

    workers: analysis processes of the local pool (default: one per core; 0 analyzes in this
    process); a Dask cluster has its own.
    reanalyze: analyze again articles stored by an older ANALYSIS_VERSION, or by another attribution
    model than this run's (the rules alone included).
    fetch: for feed entries, download the linked page instead of the entry's text.
    model, attribution_model: the spaCy pipeline and a `quotegraph train` model directory, loaded
    once per worker (a ModelError before anything is read when either cannot load).
    date: the publication date (YYYY-MM-DD) of the articles that give none; those of them stored
    undated already are analyzed again with it (their relative dates resolve) and replaced.
    """

    workers: int | None = None
    reanalyze: bool = False
    fetch: bool = False
    model: str | None = None
    attribution_model: LearnedAttribution | None = None
    date: str | None = None


@dataclass
class _Job:
    """An item sent for analysis, waiting for its result."""

    item: SourceItem
    content_hash: str
    url: str | None
    result: Pending


def ingest(
    specs: list[str], store: Store, options: IngestOptions | None = None, progress: Progress | None = None
) -> IngestSummary:
    """Store the analysis of every article the specs name (see quotegraph.read.collect for specs),
    analyzed in a local pool of processes; `progress` is called with the summary as it goes."""
    options = checked(options or IngestOptions())  # a bad date is an error before the models load
    count = default_workers() if options.workers is None else options.workers
    with PoolAnalyzer(count, options.model, options.attribution_model) as analyzer:
        return ingest_with(analyzer, specs, store, options, progress)


def checked(options: IngestOptions) -> IngestOptions:
    """The options with their date as YYYY-MM-DD; anything else is the input's error (InputError)."""
    return replace(options, date=_iso_day(options.date))


# An attribution model's id (runtime/attribution_model.py model_id) and scope; (None, None): the rules alone.
Identity = tuple[str | None, str | None]


def identity(attribution_model: LearnedAttribution | None) -> Identity:
    """What an article analyzed with `attribution_model` records of it, for `--reanalyze` to compare."""
    if attribution_model is None:
        return None, None
    from quotegraph.analyze.runtime.attribution_model import model_id

    return model_id(Path(attribution_model.path)), attribution_model.scope


class Submitter(Protocol):
    """Where articles are analyzed: the local process pool (pool.py) or a Dask cluster (dask.py)."""

    capacity: int  # articles in flight at most

    def submit(self, article: Article) -> Pending: ...


class Pending(Protocol):
    """An analysis under way (a concurrent.futures.Future, say)."""

    def done(self) -> bool: ...

    def result(self) -> worker.Result: ...


def ingest_with(
    analyzer: Submitter,
    specs: list[str],
    store: Store,
    options: IngestOptions,
    progress: Progress | None = None,
) -> IngestSummary:
    """ingest() with the analysis done by `analyzer` (loaded with the options' models): reading,
    skipping and writing stay here."""
    options = checked(options)
    if progress:
        progress(IngestSummary())  # the analyzer is ready: nothing settled yet
    summary = IngestSummary(total=count_items(specs))
    run = _Run(store, options, progress, summary, identity(options.attribution_model))
    pending: deque[_Job] = deque()
    for item in iter_items(specs, options.fetch):
        job = run.prepare(item, analyzer)
        if job is not None:
            pending.append(job)
        while len(pending) >= analyzer.capacity or (pending and pending[0].result.done()):
            run.finish(pending.popleft())
    while pending:
        run.finish(pending.popleft())
    run.summary.seconds = time.perf_counter() - run.started
    return run.summary


# The summary counter of each outcome of Store.add.
_STORED = {"added": "ingested", "reanalyzed": "reanalyzed", "duplicate": "duplicates"}


class _Run:
    """One ingest: the store, the options and the running summary."""

    def __init__(
        self,
        store: Store,
        options: IngestOptions,
        progress: Progress | None,
        summary: IngestSummary,
        attribution: Identity = (None, None),
    ):
        self.store = store
        self.date = options.date
        self.reanalyze = options.reanalyze
        self.attribution = attribution
        self.progress = progress
        self.summary = summary
        self.started = time.perf_counter()

    def prepare(self, item: SourceItem, analyzer: Submitter) -> _Job | None:
        """Settle an unreadable or already stored item now; send the others for analysis."""
        if item.article is None:
            self.fail(item.key, "read", item.error or "cannot read it")
            return None
        content_hash = hashlib.sha256(item.article.text.encode("utf-8")).hexdigest()
        url = item.url or item.article.meta.url
        known = self.store.find(content_hash, url)
        dating = self.date is not None and item.article.meta.date is None
        if dating:
            item.article.meta.date = self.date
        if (
            known is None
            or (self.reanalyze and known.stale(ANALYSIS_VERSION, *self.attribution))
            or (dating and known.date is None)  # stored undated: analyzed again with the date
        ):
            self.summary.dated += dating
            return _Job(item, content_hash, url, analyzer.submit(item.article))
        self.store.clear_failure(item.key)
        self.settle("duplicates" if known.analysis_version >= ANALYSIS_VERSION else "outdated")
        return None

    def finish(self, job: _Job) -> None:
        """Wait for the oldest analysis and store it (writes keep the source order)."""
        analysis, error = job.result.result()  # a worker's death is the error of the article it killed
        if analysis is None:
            self.fail(job.item.key, "analyze", error or "analysis failed")
            return
        outcome = self.store.add(analysis, job.item.key, job.content_hash, job.url, self.reanalyze)
        self.settle(_STORED[outcome])

    def fail(self, key: str, stage: str, error: str) -> None:
        self.store.record_failure(key, stage, error)
        if len(self.summary.failures) < MAX_LISTED_FAILURES:
            self.summary.failures.append({"key": key, "stage": stage, "error": error})
        self.settle("failed")

    def settle(self, counter: str) -> None:
        summary = self.summary
        setattr(summary, counter, getattr(summary, counter) + 1)
        summary.seen += 1
        summary.seconds = time.perf_counter() - self.started
        if self.progress:
            self.progress(summary)


def _iso_day(value: str | None) -> str | None:
    """--date as YYYY-MM-DD; anything else is the input's error, before anything is read."""
    if value is None:
        return None
    try:
        return Date.fromisoformat(value).isoformat()
    except ValueError:
        raise InputError(f"--date {value!r}: expected a date YYYY-MM-DD") from None
