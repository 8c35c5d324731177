"""Articles named by a URL: `quotegraph analyze https://…`, `ingest https://…`, feed links and the
server's --allow-fetch all read a page the same way, with one fetch (read/fetching.py's fetch_page: public
addresses only, the size cap of read/limits.py, a deadline on the whole fetch).
"""

from __future__ import annotations

from quotegraph.read.fetching import fetch_page
from quotegraph.read.sources import read_bytes
from quotegraph.records import Article

_SCHEMES = ("http://", "https://")


def is_url(spec: str) -> bool:
    """Whether a command-line source names a web page rather than a file."""
    return spec.lower().startswith(_SCHEMES)


def page_kind(content_type: str) -> str:
    """How read_bytes should read a fetched page: its content type says text or HTML."""
    return "text" if content_type == "text/plain" else "html"


def read_url(url: str, date: str | None = None, allow_private: bool = False) -> Article:
    """The article at a URL; InputError when the fetch is refused or fails, or the page has no text.

    allow_private lets the fetch reach loopback and private addresses: for tests against a local server.
    """
    data, content_type = fetch_page(url, allow_private=allow_private)
    return read_bytes(data, source=url, date=date, kind=page_kind(content_type))
