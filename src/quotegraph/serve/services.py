"""The store the corpus routes share, driven by its own worker thread (analysis: serve/workers.py).

The store's connection (SQLite's in particular) belongs to the thread that opened it, so one thread
opens it on first use and runs every query.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from quotegraph.serve.errors import NotFoundError
from quotegraph.store import Store, open_store

T = TypeVar("T")


class Corpus:
    """The store at ``target``, opened on first use (a query never creates a database)."""

    def __init__(self, target: str) -> None:
        self.target = target
        self._store: Store | None = None
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="quotegraph-store")

    async def run(self, query: Callable[[Store], T]) -> T:
        return await asyncio.wrap_future(self._thread.submit(self._run, query))

    async def one(self, lookup: Callable[[Store], T | None], missing: str) -> T:
        """One row by id: a lookup that finds none is the client's 404 (`missing` says which)."""
        found = await self.run(lookup)
        if found is None:
            raise NotFoundError(missing)
        return found

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
