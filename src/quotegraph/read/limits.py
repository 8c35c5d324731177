"""One size cap for every reader: an article larger than MAX_ARTICLE_BYTES is skipped with a message.

The rule holds whatever the article arrives in: a .txt or .html file, stdin, a JSON or JSONL record
(gzipped too), a feed entry, a WARC record or a fetched page. A long report is well under 1 MB; beyond
8 MB it is a dump or a book, refused at once rather than analyzed for many minutes. Readers that stream
(JSONL) never hold more than a bounded piece of an over-size record in memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from quotegraph.errors import InputError

MAX_ARTICLE_BYTES = 8 * 1024 * 1024
# A JSON record holds its article with escapes ("\n", "\u00e9" is 6 bytes for 2) and other fields.
MAX_RECORD_BYTES = 2 * MAX_ARTICLE_BYTES
_SKIP_CHUNK = 1024 * 1024


class Oversize:
    """Stands for a line over the cap, read past without being kept."""

    def __init__(self, size: int) -> None:
        self.size = size  # bytes read of it (at least the cap)


def too_large(size: int, what: str = "article") -> str:
    """The one message every reader gives for an article over the cap."""
    megabytes = MAX_ARTICLE_BYTES // 2**20
    return f"larger than {megabytes} MB: too big for one {what} ({size / 2**20:.1f} MB; split it)"


def check_article_size(size: int, what: str = "article") -> None:
    """InputError when an article of `size` bytes is over the cap."""
    if size > MAX_ARTICLE_BYTES:
        raise InputError(too_large(size, what))


def check_text(text: str, what: str = "article") -> None:
    """InputError when a text's UTF-8 encoding is over the cap (counted without encoding a huge one)."""
    if len(text) * 4 <= MAX_ARTICLE_BYTES:
        return  # at most 4 bytes a character: small enough whatever it holds
    check_article_size(len(text.encode("utf-8", "surrogatepass")), what)


def bounded_lines(stream: BinaryIO, limit: int = MAX_RECORD_BYTES) -> Iterator[bytes | Oversize]:
    """The stream's lines, each at most `limit` bytes; a longer one is read past in chunks (so memory
    stays bounded whatever a gzip stream expands to) and stands as an Oversize."""
    while line := stream.readline(limit + 1):
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        size = len(line)
        while line and not line.endswith(b"\n"):
            line = stream.readline(_SKIP_CHUNK)
            size += len(line)
        yield Oversize(size)
