"""Collecting articles in bulk: files, folders, globs and stdin holding plain text, HTML, JSON, JSONL,
RSS/Atom feeds or WARC archives become a stream of SourceItems, one per article, in a stable order.

Everything is a generator: a WARC or a JSONL file is read one record at a time. Nothing raises for bad
input: an unreadable spec, file, line, entry or record becomes an item with a one-line error.
"""

from __future__ import annotations

import glob
import gzip
import os
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import BinaryIO, Literal

from quotegraph.errors import InputError
from quotegraph.read.feeds import iter_feed, looks_like_feed
from quotegraph.read.items import SourceItem, failed_item, read_item
from quotegraph.read.jsonl import iter_json, iter_jsonl
from quotegraph.read.limits import Oversize, bounded_lines, too_large
from quotegraph.read.sources import read_bytes, read_path
from quotegraph.read.urls import is_url, read_url
from quotegraph.read.warc import iter_warc

STDIN = "-"
STDIN_KEY = "<stdin>"

Kind = Literal["page", "json", "jsonl", "feed", "warc"]
# By file name, after any .gz; "page" is one article, text or HTML (read_path tells which).
_KINDS: dict[str, Kind] = {
    ".txt": "page",
    ".html": "page",
    ".htm": "page",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".warc": "warc",
}
_GZIP_MAGIC = b"\x1f\x8b"
_UTF8_BOM = b"\xef\xbb\xbf"
_SNIFF_BYTES = 4096
# A JSON document or a feed is parsed whole; beyond this it is not a feed or an article list.
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class _Url:
    """A spec naming a web page: fetched when its item is read, not when the specs are counted."""

    url: str


# What a spec expands to: a file with its kind, stdin, a URL, or an error item for a spec naming nothing.
_Target = tuple[Path, Kind] | Literal["-"] | SourceItem | _Url


def iter_items(specs: list[str], fetch: bool = False) -> Iterator[SourceItem]:
    """Every article the specs name, lazily and in a stable order (each file once).

    specs: files, folders (recursive, sorted, hidden entries skipped, only known kinds), globs, or "-"
    for stdin. fetch: for feed entries, read the linked page instead of the entry's content.
    """
    for target in _expand(specs):
        if isinstance(target, SourceItem):
            yield target
        elif isinstance(target, _Url):
            yield _url_item(target.url)
        elif target == STDIN:
            yield from _stdin_items(fetch)
        else:
            yield from _file_items(*target, fetch)


def count_items(specs: list[str]) -> int | None:
    """How many items iter_items will yield, when that needs no parsing: one per single-article file and
    per JSONL line. None when a spec is stdin or a file holds an unknown number (JSON, feed, WARC).
    """
    total = 0
    for target in _expand(specs):
        if isinstance(target, SourceItem | _Url):
            total += 1
        elif target == STDIN:
            return None
        else:
            count = _count(*target)
            if count is None:
                return None
            total += count
    return total


def _expand(specs: list[str]) -> Iterator[_Target]:

    seen: set[Path] = set()
    for spec in specs:
        if spec == STDIN:
            yield STDIN
            continue
        if is_url(spec):
            yield _Url(spec)
            continue
        try:
            files = _spec_files(spec)
        except InputError as exc:
            yield failed_item(spec, exc)
            continue
        for path, kind in files:
            resolved = path.resolve()
            if resolved not in seen:  # overlapping specs ("corpus corpus/a.txt") read a file once
                seen.add(resolved)
                yield path, kind


def _spec_files(spec: str) -> Iterator[tuple[Path, Kind]]:
    """The files a spec names (checked now, listed lazily); InputError when it names none."""
    path = Path(spec)
    if path.exists():
        return _under(path)
    if not any(char in spec for char in "*?["):
        raise InputError("no such file or folder")
    matches = sorted(glob.glob(spec, recursive=True))
    if not matches:
        raise InputError("no file matches this pattern")
    return chain.from_iterable(_under(Path(match)) for match in matches)


def _under(path: Path) -> Iterator[tuple[Path, Kind]]:
    """A named file whatever its name (sniffed when the name does not tell); a folder's known kinds."""
    if not path.is_dir():
        yield path, _kind_of(path.name) or _sniff(path)
        return
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        for name in sorted(files):
            kind = _kind_of(name)
            if kind and not name.startswith("."):
                yield Path(root, name), kind


def _kind_of(name: str) -> Kind | None:
    """The kind a file name tells ("x.warc.gz" -> "warc"), None when it tells none."""
    return _KINDS.get(os.path.splitext(name.lower().removesuffix(".gz"))[1])


def _sniff(path: Path) -> Kind:

    try:
        with _open(path) as stream:
            head = stream.read(_SNIFF_BYTES)
    except (OSError, EOFError, zlib.error):
        return "page"  # read_path reports why it cannot be read
    if head.startswith(b"WARC/"):
        return "warc"
    return "feed" if looks_like_feed(head) else "page"


def _open(path: Path) -> BinaryIO:
    """The file's bytes, decompressed when it is gzipped, as a stream."""
    with path.open("rb") as stream:
        gzipped = stream.read(2) == _GZIP_MAGIC
    return gzip.open(path, "rb") if gzipped else path.open("rb")


def _read_document(path: Path) -> bytes:
    with _open(path) as stream:
        data = stream.read(MAX_DOCUMENT_BYTES + 1)
    if len(data) > MAX_DOCUMENT_BYTES:
        raise InputError(
            f"larger than {MAX_DOCUMENT_BYTES // 2**20} MB: too big for one JSON document or feed"
        )
    return data


def _file_items(path: Path, kind: Kind, fetch: bool) -> Iterator[SourceItem]:
    # Imported here because these modules build their items with this module's helpers.

    key = str(path)
    if kind == "page":
        yield read_item(key, lambda: read_path(path))
        return
    try:
        if kind == "jsonl":
            with _open(path) as stream:
                yield from iter_jsonl(bounded_lines(stream), key)
        elif kind == "json":
            yield from iter_json(_read_document(path), key)
        elif kind == "feed":
            yield from iter_feed(_read_document(path), key, fetch)
        else:
            with path.open("rb") as stream:
                yield from iter_warc(stream, key)
    except (OSError, EOFError, zlib.error, InputError) as exc:
        # An unreadable or damaged file ends that file only; the items read before it stand.
        yield failed_item(key, exc)


def _url_item(url: str) -> SourceItem:
    return read_item(url, lambda: read_url(url), url)


def _count(path: Path, kind: Kind) -> int | None:
    if kind == "page":
        return 1
    if kind != "jsonl":
        return None
    try:
        with _open(path) as stream:
            return sum(1 for line in bounded_lines(stream) if isinstance(line, Oversize) or line.strip())
    except (OSError, EOFError, zlib.error):
        return None


def _stdin_items(fetch: bool) -> Iterator[SourceItem]:
    """Stdin holds JSONL when its first non-blank line starts with "{" (streamed), else one article or
    a feed (read whole).
    """

    stream = sys.stdin.buffer
    lines = bounded_lines(stream)
    head: list[bytes | Oversize] = []
    for line in lines:
        head.append(line)
        if isinstance(line, Oversize) or line.strip():
            break
    first = head[-1] if head else b""
    if isinstance(first, bytes) and first.lstrip().removeprefix(_UTF8_BOM).startswith(b"{"):
        yield from iter_jsonl(chain(head, lines), STDIN_KEY)
        return
    if isinstance(first, Oversize):  # one line over the cap: not an article nor a feed to read whole
        yield failed_item(STDIN_KEY, too_large(first.size))
        return
    data = b"".join(line for line in head if isinstance(line, bytes)) + stream.read(MAX_DOCUMENT_BYTES + 1)
    if len(data) > MAX_DOCUMENT_BYTES:
        yield failed_item(STDIN_KEY, too_large(len(data)))
        return
    if looks_like_feed(data[:_SNIFF_BYTES]):
        yield from iter_feed(data, STDIN_KEY, fetch)
    else:
        yield read_item(STDIN_KEY, lambda: read_bytes(data, source=STDIN_KEY))
