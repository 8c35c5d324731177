"""JSON and JSONL articles: fields, one error item per bad line or record, and the batch goes on."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from quotegraph.read import iter_items

BODY = "Council approves sea wall\nThe council voted on Monday, Mayor Ellen Brandt said.\n"
PAGE = (
    "<html><head><title>Mill to close</title></head><body><article><h1>Mill to close</h1>"
    "<p>The old paper mill will close in March, its owners said on Tuesday, ending two centuries of work.</p>"
    "<p>“It is a sad day for the valley,” said union leader Tom Okafor.</p></article></body></html>"
)


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_fields(tmp_path: Path) -> None:
    record = {
        "text": BODY,
        "title": "Council approves sea wall",
        "published": "2024-11-18T09:30:00Z",
        "url": "https://gazette.example.org/sea-wall",
        "authors": ["Ann Lee", "  "],
    }
    path = write_lines(tmp_path / "news.jsonl", [json.dumps(record)])
    (item,) = iter_items([str(path)])
    article = item.article
    assert item.key == f"{path}:1" and item.url == record["url"] and article is not None
    assert article.text == BODY  # plain text is kept exactly: offsets index the record's own text
    assert (article.meta.headline, article.meta.headline_span) == ("Council approves sea wall", (0, 25))
    assert (article.meta.date, article.meta.url, article.meta.source) == (
        "2024-11-18",
        record["url"],
        item.key,
    )
    assert article.meta.authors == ["Ann Lee"]


def test_jsonl_headline_not_in_the_text(tmp_path: Path) -> None:
    record = {
        "text": "The council voted on Monday.",
        "headline": "Sea wall",
        "date": "2024-11-18",
        "authors": "Ann Lee",
    }
    path = write_lines(tmp_path / "news.jsonl", [json.dumps(record)])
    (item,) = iter_items([str(path)])
    assert item.article is not None
    assert (item.article.meta.headline, item.article.meta.headline_span) == ("Sea wall", None)
    assert item.article.meta.authors == ["Ann Lee"]


def test_jsonl_html_record(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "pages.jsonl", [json.dumps({"html": PAGE, "url": "https://courier.example.net/mill"})]
    )
    (item,) = iter_items([str(path)])
    assert item.article is not None and item.article.meta.headline == "Mill to close"
    assert item.article.meta.url == "https://courier.example.net/mill"
    assert "Tom Okafor" in item.article.text


def test_bad_lines_are_error_items_and_the_rest_continue(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": "First story. The minister spoke."}),
        "{not json",
        "",  # blank lines are skipped but counted: keys stay line numbers
        json.dumps({"title": "no body"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "Last story.", "date": "last Tuesday"}),
    ]
    path = write_lines(tmp_path / "mixed.jsonl", lines)
    items = list(iter_items([str(path)]))
    assert [item.key for item in items] == [f"{path}:{n}" for n in (1, 2, 4, 5, 6)]
    assert [item.article is not None for item in items] == [True, False, False, False, True]
    errors = [item.error for item in items]
    assert errors[1] and errors[1].startswith("not a JSON line (")
    assert errors[2] == "no article text: a record needs a non-empty 'text' or 'html' string"
    assert errors[3] == "not an article: a JSON list, not an object"
    last = items[4].article
    assert last is not None and last.meta.date is None
    assert any("ignored the date 'last Tuesday'" in note for note in last.notes)


def test_gzipped_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"text": "One story."}\n{"text": "Another story."}\n'))
    assert [item.article.text for item in iter_items([str(path)]) if item.article] == [
        "One story.",
        "Another story.",
    ]


def test_json_object_and_list(tmp_path: Path) -> None:
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"text": BODY}), encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": BODY}, {"html": PAGE}, 42]), encoding="utf-8")
    items = list(iter_items([str(single), str(many)]))
    assert [item.key for item in items] == [str(single), f"{many}[0]", f"{many}[1]", f"{many}[2]"]
    assert [item.error for item in items][:3] == [None, None, None]
    assert items[3].error == "not an article: a JSON int, not an object"


def test_invalid_json_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"text": "unfinished', encoding="utf-8")
    (item,) = iter_items([str(path)])
    assert item.key == str(path) and item.error and item.error.startswith("not valid JSON (")
