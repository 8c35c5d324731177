"""What the routes share: the analysis pipeline and the store, each driven by its own worker thread.

Analysis is CPU-bound, so it never runs on the event loop. One thread runs the analyses, one at a time:
spaCy's shared vocabulary is not safe to grow from two threads, and the GIL would serialize them
anyway. The store's connection (SQLite's in particular) belongs to the thread that opened it, so one
thread opens it on first use and runs every query.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from importlib import resources
from typing import TypeVar

from quotegraph.analyze.model import load_models
from quotegraph.analyze.pipeline import analyze
from quotegraph.read import read_bytes
from quotegraph.records import Analysis, Article, LearnedAttribution
from quotegraph.store import Store, open_store

T = TypeVar("T")


class Analyzer:
    """The spaCy pipeline (and the learned attribution model, when given), loaded once when the app is
    made, and the thread that runs analyses."""

    def __init__(self, model: str | None = None, attribution_model: LearnedAttribution | None = None) -> None:
        self.nlp, self.attribution_model = load_models(model, attribution_model)
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="quotegraph-analyze")

    async def analyze(self, read: Callable[[], Article]) -> Analysis:
        """Read the article (decoding and HTML extraction are CPU work too) and analyze it."""
        return await asyncio.wrap_future(self._thread.submit(lambda: self._analyze(read())))

    def warm_up(self) -> None:
        """Analyze the shipped sample: the first analysis builds the gazetteer and date parser (seconds),
        which a user's first request would otherwise wait for."""
        data = resources.files("quotegraph.data").joinpath("sample.txt").read_bytes()
        self._thread.submit(lambda: self._analyze(read_bytes(data, source="sample.txt")))

    def _analyze(self, article: Article) -> Analysis:
        return analyze(article, self.nlp, attribution_model=self.attribution_model)

    def close(self) -> None:
        self._thread.shutdown(wait=False, cancel_futures=True)


class Corpus:
    """The store at ``target``, opened on first use (a query never creates a database)."""

    def __init__(self, target: str) -> None:
        self.target = target
        self._store: Store | None = None
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="quotegraph-store")

    async def run(self, query: Callable[[Store], T]) -> T:
        return await asyncio.wrap_future(self._thread.submit(self._run, query))

    def _run(self, query: Callable[[Store], T]) -> T:
        if self._store is None:
            # Tried again on the next request when it fails: `quotegraph ingest` may create it meanwhile.
            self._store = open_store(self.target, create=False)
        return query(self._store)

    def close(self) -> None:
        self._thread.submit(self._close)
        self._thread.shutdown(wait=True)

    def _close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
