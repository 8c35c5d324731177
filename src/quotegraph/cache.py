"""Where quotegraph keeps files it derives once and may derive again: $QUOTEGRAPH_CACHE, else
~/.cache/quotegraph. Nothing there is needed: a missing, stale or unreadable file is rebuilt, and a
cache that cannot be written leaves the work undone each time, never an error."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CACHE_VARIABLE = "QUOTEGRAPH_CACHE"


def cache_dir() -> Path:
    """Where quotegraph keeps files it derives once: $QUOTEGRAPH_CACHE, else ~/.cache/quotegraph."""
    return Path(os.environ.get(CACHE_VARIABLE) or Path.home() / ".cache" / "quotegraph")


def cache_folder(name: str) -> Path | None:
    """The cache's folder `name`, made if missing; None where it cannot be made (a read-only home)."""
    folder = cache_dir() / name
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while something big loads (a cached table, pint's
    registry, the models), then as the caller had it. Loading makes hundreds of thousands of objects
    that live as long as the process: the collections their allocations set off free nothing, and
    took a tenth of one article's analysis. What loaded is then frozen (kept_for_good)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
    kept_for_good()


def kept_for_good() -> None:
    """Every object alive now moved out of the collector's reach (gc.freeze), after something that
    lives as long as the process has loaded: the libraries imported and the models. Later
    collections, and the last one as the process exits, walked all of them again to free nothing: a
    quarter of a second of a one-article `analyze`. The cost: garbage in cycles not collected yet
    (at most what a few hundred allocations left) is kept too, once per load."""
    gc.freeze()
