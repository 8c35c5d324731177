"""One size cap for every reader (read/limits.py): an article over 8 MB is skipped with a message
whatever it arrives in, and a streamed JSONL file never holds an over-size line in memory."""

from __future__ import annotations

import gzip
import io
import json
import tracemalloc
from pathlib import Path

from quotegraph.read import iter_items
from quotegraph.read.limits import MAX_ARTICLE_BYTES, Oversize, bounded_lines
from tests.support.warc import page, write_warc

SENTENCE = "The harbour master said the new pier would open in the spring. "
SMALL = {"title": "Pier opens", "text": "The harbour master said the new pier would open in the spring."}


def oversize_text() -> str:
    return SENTENCE * (MAX_ARTICLE_BYTES // len(SENTENCE) + 1000)  # 8 MB and some


def outcomes(path: Path) -> list[str]:
    """Each item of the file: "ok" or its error."""
    return ["ok" if item.article else item.error or "" for item in iter_items([str(path)])]


def test_a_json_record_over_the_cap_is_skipped_and_the_next_read(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    lines = [json.dumps({"title": "Dump", "text": oversize_text()}), json.dumps(SMALL)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first, second = outcomes(path)
    assert "larger than 8 MB: too big for one article" in first
    assert second == "ok"


def test_a_json_list_with_an_html_record_over_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "articles.json"
    html = f"<html><body><article><p>{oversize_text()}</p></article></body></html>"
    path.write_text(json.dumps([{"html": html}, SMALL]), encoding="utf-8")
    first, second = outcomes(path)
    assert "too big for one article" in first and second == "ok"


def test_a_gzipped_jsonl_line_that_expands_past_memory_is_read_past(tmp_path: Path) -> None:
    """200 MB of one line compress to a few hundred kB: it is skipped in bounded memory."""
    path = tmp_path / "bomb.jsonl.gz"
    with gzip.open(path, "wb", compresslevel=9) as stream:
        stream.write(b'{"text": "')
        chunk = b"a" * 2**20
        for _ in range(200):
            stream.write(chunk)
        stream.write(b'"}\n' + json.dumps(SMALL).encode() + b"\n")
    assert path.stat().st_size < 2 * 2**20
    tracemalloc.start()
    try:
        results = outcomes(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(results) == 2 and "too big for one JSON record" in results[0] and results[1] == "ok"
    assert peak < 64 * 2**20, f"peak {peak / 2**20:.0f} MB"


def test_bounded_lines_keeps_short_lines_and_marks_long_ones() -> None:
    stream = io.BytesIO(b"short\n" + b"x" * 100 + b"\nlast")
    lines = list(bounded_lines(stream, limit=10))
    assert lines[0] == b"short\n" and lines[2] == b"last"
    assert isinstance(lines[1], Oversize) and lines[1].size == 101


def test_a_feed_entry_over_the_cap_is_skipped(tmp_path: Path) -> None:
    body = f"<p>{oversize_text()}</p>"
    entries = "".join(
        f"<item><title>Story {n}</title><link>https://example.com/{n}</link>"
        f"<description><![CDATA[{text}]]></description></item>"
        for n, text in enumerate([body, f"<p>{SENTENCE}</p><p>{SENTENCE}</p>"])
    )
    path = tmp_path / "feed.xml"
    path.write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>{entries}</channel></rss>'
    )
    first, second = outcomes(path)
    assert "too big for one feed entry" in first and second == "ok"


def test_a_warc_page_over_the_cap_is_skipped(tmp_path: Path) -> None:
    big = f"<html><body><article><p>{oversize_text()}</p></article></body></html>".encode()
    path = write_warc(tmp_path / "crawl.warc.gz", [big, page(1)])
    first, second = outcomes(path)
    assert "too big for one page" in first and second == "ok"
