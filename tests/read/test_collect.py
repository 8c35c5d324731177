"""Collecting from many specs: files, folders, globs, stdin; stable keys; bad specs; counts; laziness."""

from __future__ import annotations

import gzip
import io
import json
import shutil
import sys
import time
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

import pytest

from quotegraph.read import SourceItem, count_items, iter_items
from tests.support import paths
from tests.support.paths import shared_path
from tests.support.warc import page, write_warc

FIXTURES = paths.FIXTURES / "collect"
STORY = "Sea wall approved\nThe council voted for the wall on Monday, the mayor said.\n"
PAGE = (
    "<html><head><title>Mill to close</title></head><body><article><h1>Mill to close</h1>"
    "<p>The old paper mill will close in March, its owners said on Tuesday, ending two centuries of work.</p>"
    "</article></body></html>"
)


def make_mixed_folder(root: Path) -> Path:
    (root / "a").mkdir(parents=True)
    (root / "a" / "story.txt").write_text(STORY, encoding="utf-8")
    (root / "a" / "page.html").write_text(PAGE, encoding="utf-8")
    (root / "a" / "zipped.htm.gz").write_bytes(gzip.compress(PAGE.encode()))
    (root / "b.jsonl").write_text(json.dumps({"text": STORY}) + "\n" + json.dumps({"text": "Two."}) + "\n")
    (root / "c.json").write_text(json.dumps({"text": STORY}), encoding="utf-8")
    shutil.copy(FIXTURES / "news.rss", root / "d.rss")
    write_warc(root / "e.warc.gz", [page(0)])
    # Skipped: hidden files and folders, and kinds a folder walk does not know.
    (root / ".hidden.txt").write_text(STORY)
    (root / ".git").mkdir()
    (root / ".git" / "x.txt").write_text(STORY)
    (root / "notes.md").write_text(STORY)
    return root


def keys(specs: list[str]) -> list[str]:
    return [item.key for item in iter_items(specs)]


def test_single_files(tmp_path: Path) -> None:
    text, html = tmp_path / "story.txt", tmp_path / "page.html"
    text.write_text(STORY, encoding="utf-8")
    html.write_text(PAGE, encoding="utf-8")
    items = list(iter_items([str(text), str(html)]))
    assert [(item.key, item.error) for item in items] == [(str(text), None), (str(html), None)]
    assert items[0].article is not None and items[0].article.text == STORY
    assert items[1].article is not None and items[1].article.meta.headline == "Mill to close"
    assert all(item.article and item.article.meta.source == item.key for item in items)


def test_mixed_folder(tmp_path: Path) -> None:
    root = make_mixed_folder(tmp_path / "corpus")
    items = list(iter_items([str(root)]))
    assert [item.error for item in items] == [None] * len(items)
    names = [item.key.removeprefix(f"{root}/") for item in items]
    # Each folder's files in name order, then its subfolders: a file walk, the same on every run.
    assert [name.split("#")[0].split(":")[0] for name in names] == [
        "b.jsonl",
        "b.jsonl",
        "c.json",
        "d.rss",
        "d.rss",
        "e.warc.gz",
        "a/page.html",
        "a/story.txt",
        "a/zipped.htm.gz",
    ]
    assert names[:2] == ["b.jsonl:1", "b.jsonl:2"]


def test_order_and_keys_are_stable(tmp_path: Path) -> None:
    root = make_mixed_folder(tmp_path / "corpus")
    assert keys([str(root)]) == keys([str(root)])


def test_bad_spec_does_not_stop_the_batch(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    items = list(iter_items([str(tmp_path / "missing.txt"), str(empty), str(story), "nowhere/*.txt"]))
    assert [(item.key, item.error) for item in items] == [
        (str(tmp_path / "missing.txt"), "no such file or folder"),
        (str(empty), "is empty"),
        (str(story), None),
        ("nowhere/*.txt", "no file matches this pattern"),
    ]


def test_glob_and_overlapping_specs(tmp_path: Path) -> None:
    root = make_mixed_folder(tmp_path / "corpus")
    assert keys([f"{root}/**/*.txt"]) == [f"{root}/a/story.txt"]  # hidden ones are not matched
    # A file named twice is read once.
    assert keys([f"{root}/a/story.txt", f"{root}/a"]) == [
        f"{root}/a/{n}" for n in ("story.txt", "page.html", "zipped.htm.gz")
    ]


def test_file_named_explicitly_is_read_whatever_its_name(tmp_path: Path) -> None:
    notes = make_mixed_folder(tmp_path / "corpus") / "notes.md"
    (item,) = iter_items([str(notes)])
    assert item.article is not None and item.article.text == STORY


def test_count_items(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    for name in ("one.txt", "two.html", "sub/three.txt.gz", "notes.md"):
        (root / name).write_text(STORY)
    (root / "lines.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\nnot json\n')
    specs = [str(root), str(tmp_path / "missing")]
    assert count_items(specs) == len(list(iter_items(specs))) == 3 + 3 + 1
    shutil.copy(FIXTURES / "news.atom", root / "feed.atom")
    assert count_items([str(root)]) is None  # a feed's entries are not known without parsing it
    assert count_items(["-"]) is None


def fake_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes | io.RawIOBase) -> None:
    raw = io.BytesIO(data) if isinstance(data, bytes) else data
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(raw)))


def test_stdin_article(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_stdin(monkeypatch, STORY.encode())
    (item,) = iter_items(["-"])
    assert item.key == "<stdin>" and item.article is not None and item.article.text == STORY


def test_stdin_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_stdin(monkeypatch, b'\n{"text": "One."}\nbroken\n{"text": "Two."}\n')
    items = list(iter_items(["-"]))
    assert [item.key for item in items] == ["<stdin>:2", "<stdin>:3", "<stdin>:4"]
    assert [item.error is None for item in items] == [True, False, True]


def test_stdin_feed(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_stdin(monkeypatch, (FIXTURES / "news.rss").read_bytes())
    assert [item.key for item in iter_items(["-"])] == [
        "<stdin>#gazette-1001",
        "<stdin>#https://gazette.example.org/2024/11/ferry",
    ]


class _EndlessJsonl(io.RawIOBase):
    """A huge JSONL stream made on demand; it records how many lines were asked for."""

    def __init__(self, total: int) -> None:
        self.lines: Iterator[bytes] = (
            json.dumps({"text": f"Story {n}."}).encode() + b"\n" for n in range(total)
        )
        self.produced = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        line = next(self.lines, b"")
        self.produced += bool(line)
        buffer[: len(line)] = line  # lines are shorter than the reader's buffer
        return len(line)


def test_items_are_lazy(monkeypatch: pytest.MonkeyPatch) -> None:
    source = _EndlessJsonl(total=1_000_000)
    fake_stdin(monkeypatch, source)
    first = next(iter_items(["-"]))
    assert first.key == "<stdin>:1" and first.article is not None
    assert source.produced < 100  # the rest of the million lines were never made


def test_real_bbc_news_folder() -> None:
    tech = shared_path("corpora", "bbc-news", "tech")
    items = list(iter_items([str(tech)]))
    assert count_items([str(tech)]) == len(items) == 401
    assert [item.error for item in items] == [None] * 401
    assert [item.key for item in items] == sorted(item.key for item in items)
    assert items[0].article is not None and items[0].article.meta.headline


def test_real_article_extraction_benchmark() -> None:
    pages = shared_path("corpora", "article-extraction-benchmark", "html")
    assert count_items([f"{pages}/*.html.gz"]) == 181
    items: list[SourceItem] = list(islice(iter_items([str(pages)]), 5))
    assert [item.error for item in items] == [None] * 5
    assert all(item.article and item.article.meta.headline and item.article.meta.url for item in items)


def test_real_corpus_is_quick_to_list() -> None:
    root = shared_path("corpora", "bbc-news")
    start = time.perf_counter()
    assert count_items([str(root)]) == 2226  # 2,225 stories and README.TXT, a .txt like any other
    assert time.perf_counter() - start < 5
