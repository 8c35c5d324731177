"""WARC archives: HTML 200 responses become items keyed path#offset; damage ends the file with one error."""

from __future__ import annotations

from pathlib import Path

from quotegraph.read import iter_items
from tests.support.warc import page, write_warc


def test_html_responses_become_items(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "crawl.warc.gz", [page(0), page(1, published="2019-05-02")])
    items = list(iter_items([str(path)]))
    assert [item.error for item in items] == [None, None]
    assert [item.url for item in items] == ["https://example.com/story/0", "https://example.com/story/1"]
    offsets = [int(item.key.rsplit("#", 1)[1]) for item in items]
    assert all(item.key.startswith(f"{path}#") for item in items) and 0 < offsets[0] < offsets[1]
    first, second = (item.article for item in items)
    assert first is not None and second is not None
    assert first.meta.headline == "Story 0" and first.meta.source == items[0].key
    assert first.meta.url == "https://example.com/story/0"
    # No date in the page: the crawl date stands in, with a note; the page's own date wins otherwise.
    assert first.meta.date == "2024-11-20" and any("WARC-Date" in note for note in first.notes)
    assert second.meta.date == "2019-05-02"


def test_offsets_point_at_the_records(tmp_path: Path) -> None:
    from warcio.archiveiterator import ArchiveIterator

    path = write_warc(tmp_path / "crawl.warc.gz", [page(0), page(1)])
    item = list(iter_items([str(path)]))[1]
    with path.open("rb") as stream:
        stream.seek(int(item.key.rsplit("#", 1)[1]))
        record = next(iter(ArchiveIterator(stream)))
        assert record.rec_headers.get_header("WARC-Target-URI") == item.url


def test_truncated_warc_gz_yields_the_pages_before_then_one_error(tmp_path: Path) -> None:
    whole = write_warc(tmp_path / "whole.warc.gz", [page(n) for n in range(3)])
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - 300])  # inside the last record
    items = list(iter_items([str(cut)]))
    assert [item.error is None for item in items] == [True, True, False]
    assert [item.url for item in items[:2]] == [f"https://example.com/story/{n}" for n in range(2)]
    end = int(items[2].key.rsplit("#", 1)[1])
    assert f"damaged WARC data after offset {end}" in (items[2].error or "")


def test_warc_cut_in_the_middle_of_a_member_header(tmp_path: Path) -> None:
    whole = write_warc(tmp_path / "whole.warc.gz", [page(n) for n in range(3)])
    items = list(iter_items([str(whole)]))
    second = int(items[1].key.rsplit("#", 1)[1])
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole.read_bytes()[: second + 30])
    items = list(iter_items([str(cut)]))
    assert [item.error is None for item in items] == [True, False]


def test_truncated_uncompressed_warc(tmp_path: Path) -> None:
    whole = write_warc(tmp_path / "whole.warc", [page(n) for n in range(2)], gzip=False)
    cut = tmp_path / "cut.warc"
    cut.write_bytes(whole.read_bytes()[:-200])
    items = list(iter_items([str(cut)]))
    assert [item.error is None for item in items] == [True, False]
    assert items[1].error == "truncated WARC record: the file ends inside it"


def test_not_a_warc(tmp_path: Path) -> None:
    path = tmp_path / "junk.warc"
    path.write_bytes(b"this is not an archive\n" * 10)
    (item,) = iter_items([str(path)])
    assert item.key == f"{path}#0" and item.article is None
    assert item.error == "not WARC data at offset 0"
