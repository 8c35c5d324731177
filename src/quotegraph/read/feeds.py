"""RSS and Atom feeds: one article per entry, from its content or summary HTML, or (fetch) from the page
it links to, read as every URL is (read/urls.py, over read/fetching.py's checked fetch).
"""

from __future__ import annotations

import html
import io
import re
import time
from collections.abc import Iterator
from typing import Any

from quotegraph.errors import InputError
from quotegraph.read.html import parse_html
from quotegraph.read.items import SourceItem, failed_item, read_item
from quotegraph.read.limits import check_text
from quotegraph.read.urls import read_url
from quotegraph.records import Article

# Optional XML declaration, comments, processing instructions and doctype, then an RSS/Atom/RDF root.
_FEED_START = re.compile(
    rb"(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:(?:<!--.*?-->|<\?.*?\?>|<!DOCTYPE[^>]*>)\s*)*"
    rb"<(?:rss|feed|rdf:RDF)\b",
    re.IGNORECASE | re.DOTALL,
)


def looks_like_feed(head: bytes) -> bool:
    """Whether the first bytes of a document open an RSS, Atom or RDF feed."""
    return _FEED_START.match(head) is not None


def iter_feed(
    data: bytes, key: str, fetch: bool = False, allow_private: bool = False
) -> Iterator[SourceItem]:
    """One item per entry, keyed key#entry-id; one error item when the feed has no entries.

    allow_private lets fetching reach loopback and private addresses: for tests against a local server.
    """
    import feedparser  # here: reading one article file never needs it

    # A stream, not bytes: given bytes, feedparser first tries them as a file name.
    parsed = feedparser.parse(io.BytesIO(data))
    if not parsed.entries:
        reason = (
            f"not a readable feed ({parsed.bozo_exception})" if parsed.bozo else "the feed has no entries"
        )
        yield failed_item(key, reason)
        return
    for number, entry in enumerate(parsed.entries, 1):
        entry_key = f"{key}#{entry.get('id') or entry.get('link') or number}"
        yield _entry_item(entry, entry_key, fetch, allow_private)


def _entry_item(entry: Any, key: str, fetch: bool, allow_private: bool) -> SourceItem:
    url = entry.get("link") or None
    date = _entry_date(entry)
    if fetch and url:
        return read_item(key, lambda: _fetched_article(url, date, allow_private), url)
    return read_item(key, lambda: _entry_article(entry, url, date), url)


def _entry_date(entry: Any) -> str | None:
    # Atom requires only <updated>; it stands in when <published> is missing.
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def _entry_article(entry: Any, url: str | None, date: str | None) -> Article:
    """The entry's HTML read as a page titled by the entry: the same text shape as any web page."""
    contents = [c for c in entry.get("content", []) if c.get("value", "").strip()]
    if entry.get("summary", "").strip():
        contents.append(entry.get("summary_detail") or {"value": entry.summary, "type": "text/html"})
    if not contents:
        raise InputError("the entry has no content or summary (fetch its link instead?)")
    content = max(contents, key=lambda c: len(c["value"]))  # full text (content:encoded) over a teaser
    body = content["value"]
    check_text(body, "feed entry")
    if content.get("type") == "text/plain":
        body = "".join(f"<p>{html.escape(line)}</p>" for line in body.splitlines() if line.strip())
    title = html.escape(entry.get("title", ""))
    page = f"<html><head><title>{title}</title></head><body><article>{body}</article></body></html>"
    return parse_html(page, url=url, date=date)


def _fetched_article(url: str, date: str | None, allow_private: bool) -> Article:
    return read_url(url, date, allow_private)
