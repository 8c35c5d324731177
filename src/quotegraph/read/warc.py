"""Web archives (WARC, WARC.gz): every HTML page a crawl fetched (a 200 response) is an article, read
one record at a time. A damaged or truncated archive yields the pages before the damage, then an error.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

from quotegraph.errors import InputError
from quotegraph.read.items import SourceItem, failed_item, iso_day, read_item
from quotegraph.read.limits import MAX_ARTICLE_BYTES, too_large
from quotegraph.read.sources import read_bytes
from quotegraph.records import Article

_HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_PAGE_BYTES = MAX_ARTICLE_BYTES  # read/limits.py: the one cap for every reader
_TAIL_BYTES = 64


def iter_warc(stream: BinaryIO, label: str) -> Iterator[SourceItem]:
    """One item per HTML response record, keyed label#offset (the record's offset in the file)."""
    from warcio.archiveiterator import ArchiveIterator  # here: warcio imports fsspec and asyncio

    records = ArchiveIterator(stream)
    end = 0  # where the last whole record ends: damage starts there
    try:
        for record in records:
            if record.format != "warc":  # warcio reads ARC too, and takes any text for ARC
                yield failed_item(f"{label}#{end}", f"not WARC data at offset {end}")
                return
            payload = _html_payload(record)
            offset = records.get_record_offset()  # reads the rest of the record
            if record.raw_stream.limit:
                yield failed_item(f"{label}#{offset}", "truncated WARC record: the file ends inside it")
                return
            end = offset + records.get_record_length()
            if payload is not None:
                yield _page_item(record, payload, f"{label}#{offset}")
    except Exception as exc:  # warcio fails on damaged data with assorted errors, ArchiveLoadFailed to zlib
        yield failed_item(
            f"{label}#{end}", f"damaged WARC data after offset {end} ({type(exc).__name__}: {exc})"
        )
        return
    # warcio stops quietly at a gzip member cut short: anything but blank lines after the last record
    # means the file holds more than it could read.
    stream.seek(end)
    if stream.read(_TAIL_BYTES).strip():
        yield failed_item(f"{label}#{end}", f"truncated or damaged WARC data after offset {end}")


def _html_payload(record: Any) -> bytes | None:
    """The decoded body of a 200 HTML response (at most one byte over the limit), else None."""
    headers = record.http_headers
    if record.rec_type != "response" or headers is None or headers.get_statuscode() != "200":
        return None
    content_type = (headers.get_header("Content-Type") or "").lower()
    if not content_type.startswith(_HTML_TYPES):
        return None
    return record.content_stream().read(MAX_PAGE_BYTES + 1)


def _page_item(record: Any, payload: bytes, key: str) -> SourceItem:
    url = record.rec_headers.get_header("WARC-Target-URI")
    crawled = iso_day(record.rec_headers.get_header("WARC-Date"))
    return read_item(key, lambda: _page(payload, url, crawled), url)


def _page(payload: bytes, url: str | None, crawled: str | None) -> Article:
    if len(payload) > MAX_PAGE_BYTES:
        raise InputError(too_large(len(payload), "page"))
    article = read_bytes(payload, source=url, kind="html")
    # The page's own publication date wins: a crawl can come years after the story ran.
    if article.meta.date is None and crawled:
        article.meta.date = crawled
        article.notes.append("date taken from WARC-Date: when the page was crawled, not published")
    return article
