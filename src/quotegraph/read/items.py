"""One article from a source, or the reason it could not be read: the item every bulk reader yields
(collect.py, feeds.py, jsonl.py, warc.py), kept apart from them so that each reader imports it and none
imports another reader for it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from quotegraph.errors import InputError
from quotegraph.read.text import is_iso_date
from quotegraph.records import Article


@dataclass
class SourceItem:
    """One article from a source, or the reason it could not be read."""

    key: str  # stable id: a path; path#offset (WARC record); path:line (JSONL); feed#entry-id
    article: Article | None  # None when the item could not be read
    error: str | None  # one-line reason when it could not (never a traceback)
    url: str | None = None


def read_item(key: str, build: Callable[[], Article], url: str | None = None) -> SourceItem:
    """The item for one article built by build(); whatever goes wrong becomes the item's error."""
    try:
        article = build()
    except Exception as exc:  # one bad article must never stop a batch, whatever the parser raised
        return failed_item(key, exc, url)
    article.meta.source = key
    if url:
        article.meta.url = url
    return SourceItem(key, article, None, url)


def failed_item(key: str, reason: str | Exception, url: str | None = None) -> SourceItem:
    if isinstance(reason, Exception):
        reason = str(reason) if isinstance(reason, InputError) else f"{type(reason).__name__}: {reason}"
    # The read stage names the file in its messages; the key already does.
    reason = " ".join(reason.split()).removeprefix(f"{key}: ")
    return SourceItem(key, None, reason or "cannot read it", url)


def iso_day(value: str | None) -> str | None:
    """The YYYY-MM-DD day an ISO timestamp ("2024-11-17T10:00:00Z") starts with, else None."""
    return value[:10] if value and is_iso_date(value[:10]) else None
