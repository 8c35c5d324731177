"""Where articles come from: a file path or raw bytes (stdin, an HTTP upload), as text or HTML."""

from __future__ import annotations

import gzip
import io
import re
import zlib
from pathlib import Path

from quotegraph.errors import InputError
from quotegraph.read.decode import decode_bytes
from quotegraph.read.html import parse_html
from quotegraph.read.limits import MAX_ARTICLE_BYTES, too_large
from quotegraph.read.text import parse_text
from quotegraph.records import Article

_HTML_SUFFIXES = (".html", ".htm")
_KINDS = ("text", "html")
_HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
    re.IGNORECASE | re.DOTALL,
)
_GZIP_MAGIC = b"\x1f\x8b"
# A saved page is a few MB at most; more from a small gzip file is a decompression bomb.
_MAX_DECOMPRESSED = 64 * 1024 * 1024


def read_path(path: str | Path, date: str | None = None) -> Article:
    """Read an article file: .html/.htm (or HTML content) as a web page, anything else as plain text.

    Gzipped files (.html.gz, as saved pages often are) are decompressed first.
    """
    label = str(path)
    path = Path(path)
    if not path.exists():
        raise InputError(f"{label}: no such file")
    if path.is_dir():
        raise InputError(f"{label}: is a directory, not an article file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{label}: cannot read it ({exc.strerror or exc})") from None
    is_html = path.name.lower().removesuffix(".gz").endswith(_HTML_SUFFIXES)
    return read_bytes(data, source=label, date=date, kind="html" if is_html else None)


def read_bytes(
    data: bytes, source: str | None = None, date: str | None = None, kind: str | None = None
) -> Article:
    """Read an article from bytes; kind is "text", "html" or None to tell by the content."""
    label = source or "input"
    if kind not in (*_KINDS, None):
        raise InputError(f"unknown input kind {kind!r}: expected 'text' or 'html'")
    if data.startswith(_GZIP_MAGIC):
        data = _gunzip(data, label)
    if len(data) > MAX_ARTICLE_BYTES:  # read/limits.py: the one cap for every reader
        raise InputError(f"{label}: {too_large(len(data))}")
    try:
        text, encoding, decode_notes = decode_bytes(data)
    except InputError as exc:
        raise InputError(f"{label}: {exc}") from None
    if kind is None:
        kind = "html" if _HTML_START.match(text) else "text"
    if kind == "html":
        article = _parse_page(text, source, label, date)
    else:
        article = parse_text(text, source=source, date=date)
    article.meta.encoding = encoding
    article.notes[:0] = decode_notes
    return article


def _parse_page(text: str, source: str | None, label: str, date: str | None) -> Article:
    url = source if source and source.startswith(("http://", "https://")) else None
    try:
        article = parse_html(text, url=url, date=date)
    except InputError as exc:
        # parse_html names a URL itself; a file or stdin is named here.
        raise InputError(str(exc) if url else f"{label}: {exc}") from None
    article.meta.source = source
    return article


def _gunzip(data: bytes, label: str) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            data = stream.read(_MAX_DECOMPRESSED + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(f"{label}: damaged gzip data ({exc})") from None
    if len(data) > _MAX_DECOMPRESSED:
        raise InputError(f"{label}: gzip data expands beyond {_MAX_DECOMPRESSED // 2**20} MB")
    return data
