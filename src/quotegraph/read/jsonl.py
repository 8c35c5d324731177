"""Articles as JSON records: a .json file (one object or a list of them) or JSONL (one object a line).

A record needs "text" (plain text, kept exactly as given) or "html" (a page, read like an .html file);
optional: "title"/"headline", "date"/"published" (ISO), "url", "authors" (a list or one string).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from quotegraph.errors import InputError
from quotegraph.read.decode import normalize_newlines
from quotegraph.read.html import parse_html
from quotegraph.read.items import SourceItem, failed_item, iso_day, read_item
from quotegraph.read.limits import Oversize, check_text, too_large
from quotegraph.read.text import build_article
from quotegraph.records import Article, ArticleMeta


def iter_jsonl(lines: Iterable[bytes | Oversize], label: str) -> Iterator[SourceItem]:
    """One item per non-blank line, keyed label:line (1-based); a bad or over-size line is an error
    item (read/limits.py's bounded_lines gives the lines of a stream, an Oversize for a line too long)."""
    for number, line in enumerate(lines, 1):
        if isinstance(line, Oversize):
            yield failed_item(f"{label}:{number}", too_large(line.size, "JSON record"))
        elif line.strip():
            yield _line_item(line, f"{label}:{number}")


def iter_json(data: bytes, key: str) -> Iterator[SourceItem]:
    """One item for an object (keyed key), one per element for a list (keyed key[index])."""
    try:
        document = json.loads(data)
    except ValueError as exc:  # JSONDecodeError, or bytes that are not UTF-8/16/32
        yield failed_item(key, f"not valid JSON ({exc})")
        return
    if isinstance(document, list):
        for index, record in enumerate(document):
            yield record_item(record, f"{key}[{index}]")
    else:
        yield record_item(document, key)


def record_item(record: Any, key: str) -> SourceItem:
    if not isinstance(record, dict):
        return failed_item(key, f"not an article: a JSON {type(record).__name__}, not an object")
    url = _string(record.get("url"))
    return read_item(key, lambda: article_from_record(record, url), url)


def article_from_record(record: dict[str, Any], url: str | None = None) -> Article:
    """An Article from a record's fields; InputError when it has neither text nor html."""
    raw_date = _string(_first(record, "date", "published"))
    date = iso_day(raw_date)
    headline = _string(_first(record, "headline", "title"))
    text, html = _string(record.get("text")), _string(record.get("html"))
    check_text(text or html or "")
    if text:
        text, notes = normalize_newlines(text)
        article = build_article(text, ArticleMeta(headline=headline, date=date), notes)
    elif html:
        article = parse_html(html, url=url, date=date)
        article.meta.headline = article.meta.headline or headline
    else:
        raise InputError("no article text: a record needs a non-empty 'text' or 'html' string")
    if raw_date and not date:
        article.notes.append(f"ignored the date {raw_date!r}: expected an ISO date (YYYY-MM-DD...)")
    authors = _authors(record.get("authors"))
    if authors:
        article.meta.authors = authors
    return article


def _line_item(line: bytes, key: str) -> SourceItem:
    try:
        record = json.loads(line)
    except ValueError as exc:
        return failed_item(key, f"not a JSON line ({exc})")
    return record_item(record, key)


def _authors(value: Any) -> list[str]:
    names = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return [name.strip() for name in names if isinstance(name, str) and name.strip()]


def _first(record: dict[str, Any], *names: str) -> Any:
    return next((record[name] for name in names if record.get(name)), None)


def _string(value: Any) -> str | None:
    """A non-blank string field, else None (a number or a list where a string belongs is ignored)."""
    return value if isinstance(value, str) and value.strip() else None
