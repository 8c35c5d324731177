"""Where quotegraph keeps files it derives once and may derive again: $QUOTEGRAPH_CACHE, else
~/.cache/quotegraph. Nothing there is needed: a missing, stale or unreadable file is rebuilt, and a
cache that cannot be written leaves the work undone each time, never an error."""

from __future__ import annotations

import os
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
