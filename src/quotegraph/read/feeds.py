"""RSS and Atom feeds: one article per entry, from its content or summary HTML, or (fetch) from the page
it links to. Fetching refuses loopback, private, link-local and other non-public addresses and limits
size and time, so a feed cannot point quotegraph at the machine's own network.
"""

from __future__ import annotations

import html
import http.client
import io
import ipaddress
import re
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from typing import Any

import feedparser

from quotegraph.errors import InputError
from quotegraph.read.collect import SourceItem, failed_item, read_item
from quotegraph.read.html import parse_html
from quotegraph.read.sources import read_bytes
from quotegraph.records import Article

# Optional XML declaration, comments, processing instructions and doctype, then an RSS/Atom/RDF root.
_FEED_START = re.compile(
    rb"(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:(?:<!--.*?-->|<\?.*?\?>|<!DOCTYPE[^>]*>)\s*)*"
    rb"<(?:rss|feed|rdf:RDF)\b",
    re.IGNORECASE | re.DOTALL,
)
MAX_PAGE_BYTES = 8 * 1024 * 1024
TIMEOUT_SECONDS = 10.0  # per connect or read
MAX_FETCH_SECONDS = 30.0  # for the whole page, against servers that trickle bytes
_USER_AGENT = "quotegraph (+https://github.com/quotegraph)"
_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def looks_like_feed(head: bytes) -> bool:
    """Whether the first bytes of a document open an RSS, Atom or RDF feed."""
    return _FEED_START.match(head) is not None


def iter_feed(
    data: bytes, key: str, fetch: bool = False, allow_private: bool = False
) -> Iterator[SourceItem]:
    """One item per entry, keyed key#entry-id; one error item when the feed has no entries.

    allow_private lets fetching reach loopback and private addresses: for tests against a local server.
    """
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
    if content.get("type") == "text/plain":
        body = "".join(f"<p>{html.escape(line)}</p>" for line in body.splitlines() if line.strip())
    title = html.escape(entry.get("title", ""))
    page = f"<html><head><title>{title}</title></head><body><article>{body}</article></body></html>"
    return parse_html(page, url=url, date=date)


def _fetched_article(url: str, date: str | None, allow_private: bool) -> Article:
    data, content_type = fetch_page(url, allow_private=allow_private)
    return read_bytes(data, source=url, date=date, kind="text" if content_type == "text/plain" else "html")


def fetch_page(url: str, allow_private: bool = False) -> tuple[bytes, str]:
    """The bytes and content type of a web page over HTTP(S): InputError when it is refused (a
    non-public address, not a page, too big, too slow) or cannot be fetched.
    """
    if not url.lower().startswith(("http://", "https://")):
        raise InputError(f"{url}: refused: only http and https links are fetched")
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
    try:
        with _opener(allow_private).open(request, timeout=TIMEOUT_SECONDS) as response:
            content_type = response.headers.get_content_type()
            if content_type not in _PAGE_TYPES:
                raise InputError(f"{url}: not a web page ({content_type})")
            return _read_capped(response, url), content_type
    except urllib.error.HTTPError as exc:
        raise InputError(f"{url}: HTTP error {exc.code} ({exc.reason})") from None
    except urllib.error.URLError as exc:
        raise InputError(f"{url}: cannot fetch it ({exc.reason})") from None
    except (OSError, http.client.HTTPException) as exc:
        raise InputError(f"{url}: cannot fetch it ({exc})") from None


def _read_capped(response: Any, url: str) -> bytes:
    deadline = time.monotonic() + MAX_FETCH_SECONDS
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read(64 * 1024):
        size += len(chunk)
        if size > MAX_PAGE_BYTES:
            raise InputError(f"{url}: refused: the page is larger than {MAX_PAGE_BYTES // 2**20} MB")
        if time.monotonic() > deadline:
            raise InputError(f"{url}: refused: the page took over {MAX_FETCH_SECONDS:.0f} s to arrive")
        chunks.append(chunk)
    return b"".join(chunks)


def _opener(allow_private: bool) -> urllib.request.OpenerDirector:
    """HTTP(S) and redirects only: no proxies from the environment, no ftp:, file: or data: URLs."""
    opener = urllib.request.OpenerDirector()
    web: list[urllib.request.BaseHandler] = (
        [urllib.request.HTTPHandler(), urllib.request.HTTPSHandler()]
        if allow_private
        else [_PublicHTTPHandler(), _PublicHTTPSHandler()]
    )
    for handler in [
        *web,
        urllib.request.HTTPRedirectHandler(),  # redirects go through the same handlers, so get checked
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
    ]:
        opener.add_handler(handler)
    return opener


class _PublicHTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_public(http.client.HTTPConnection), req)


class _PublicHTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_public(http.client.HTTPSConnection), req, context=self._context)


def _public(connection_class: type[http.client.HTTPConnection]) -> Callable[..., http.client.HTTPConnection]:
    def connection(host: str, **kwargs: Any) -> http.client.HTTPConnection:
        conn = connection_class(host, **kwargs)
        # http.client opens its sockets through this hook: the check sits right where the address is used.
        conn._create_connection = connect_public  # type: ignore[attr-defined]
        return conn

    return connection


def connect_public(
    address: tuple[str, int], timeout: float | None = TIMEOUT_SECONDS, source_address: Any = None
) -> socket.socket:
    """socket.create_connection that refuses non-public addresses. It connects to the very address it
    checked, so a DNS answer that changes between check and connect cannot slip a private one in.
    """
    host, port = address
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    for info in infos:
        check_public(info[4][0], host)
    return socket.create_connection((infos[0][4][0], port), timeout, source_address)


def check_public(ip: str, host: str) -> None:
    """InputError unless ip is a public unicast address (not loopback, private, link-local, reserved...)."""
    address = ipaddress.ip_address(ip.split("%")[0])  # drop an IPv6 zone ("fe80::1%eth0")
    if not address.is_global or address.is_multicast:
        raise InputError(f"refused to fetch from {host} ({address}): not a public internet address")
