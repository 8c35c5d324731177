"""Exporting a table as JSONL, CSV or Parquet, streamed in batches so memory stays flat.

Columns holding lists (spans, roles, aliases, a person's merged names) are JSON values in JSONL and
JSON text in CSV and Parquet.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import IO, Literal

from quotegraph.errors import QueryError
from quotegraph.store.dialect import Database, Row
from quotegraph.store.person_quotes import PERSON_OF_QUOTE
from quotegraph.store.persons import detailed
from quotegraph.store.queries import ROLE_IN_ARTICLE, speaker_details

FORMATS = ("jsonl", "csv", "parquet")
Kind = Literal["str", "int", "float", "bool", "json"]
_BATCH = 1000

# The columns a speaker (one article's name) and a person (speakers merged across articles) share.
_QUOTED: dict[str, Kind] = {
    "id": "int",
    "name": "str",
    "type": "str",
    "anonymous": "bool",
    "quotes": "int",
    "articles": "int",
}

COLUMNS: dict[str, dict[str, Kind]] = {
    "quotes": {
        "article_id": "int",
        "date": "str",
        "headline": "str",
        "article": "str",
        "url": "str",
        "seq": "int",
        "kind": "str",
        "text": "str",
        "cue": "str",
        "source": "str",
        "speaker_id": "int",
        "speaker": "str",
        "speaker_type": "str",
        "role": "str",
        "anonymous": "bool",
        "person_id": "int",
        "person": "str",
        "content_spans": "json",
        "cue_spans": "json",
        "source_spans": "json",
        "tone": "float",
    },
    "speakers": {
        **_QUOTED,
        "roles": "json",
        "aliases": "json",
    },
    "articles": {
        "id": "int",
        "content_hash": "str",
        "url": "str",
        "source_key": "str",
        "source": "str",
        "headline": "str",
        "dek": "str",
        "dateline": "str",
        "date": "str",
        "authors": "json",
        "language": "str",
        "encoding": "str",
        "analysis_version": "int",
        "attribution_model": "str",
        "attribution_scope": "str",
        "attribution_model_id": "str",
        "tone": "float",
        "tone_positive": "float",
        "tone_negative": "float",
        "quotes": "int",
        "text": "str",
    },
    "persons": {
        **_QUOTED,
        "confidence": "float",
        "roles": "json",
        "aliases": "json",
        "names": "json",
    },
    "failures": {"source_key": "str", "stage": "str", "error": "str", "failed_at": "str"},
    "events": {
        "article_id": "int",
        "article_date": "str",
        "headline": "str",
        "article": "str",
        "seq": "int",
        "action": "str",
        "action_class": "str",
        "negated": "bool",
        "actor": "str",
        "actor_name": "str",
        "target": "str",
        "target_name": "str",
        "place": "str",
        "place_name": "str",
        "date": "str",
        "action_span": "json",
        "actor_spans": "json",
        "target_spans": "json",
        "place_spans": "json",
        "date_spans": "json",
    },
}
TABLES = tuple(COLUMNS)

# An event with its article: the article's date is article_date, the event's own (when the sentence
# gives one) is date.
EVENT_COLUMNS = (
    "e.article_id, a.date AS article_date, a.headline, coalesce(a.url, a.source) AS article, e.seq, "
    "e.action, e.action_class, e.negated, e.actor, e.actor_name, e.target, e.target_name, e.place, "
    "e.place_name, e.date, e.action_span, e.actor_spans, e.target_spans, e.place_spans, e.date_spans"
)
_SQL = {
    "quotes": "SELECT q.article_id, a.date, a.headline, coalesce(a.url, a.source) AS article, a.url, q.seq, "
    "q.kind, q.text, q.cue, q.source, q.speaker_id, sp.name AS speaker, sp.type AS speaker_type, "
    f"{ROLE_IN_ARTICLE} AS role, sp.anonymous, {PERSON_OF_QUOTE} AS person_id, "
    f"(SELECT p.name FROM persons p WHERE p.id = {PERSON_OF_QUOTE}) AS person, "
    "q.content_spans, q.cue_spans, q.source_spans, q.tone "
    "FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers sp ON sp.id = q.speaker_id "
    "ORDER BY q.article_id, q.seq",
    "speakers": "SELECT id, name, type, anonymous, quote_count AS quotes, article_count AS articles "
    "FROM speakers ORDER BY id",
    "articles": "SELECT id, content_hash, url, source_key, source, headline, dek, dateline, date, authors, "
    "language, encoding, analysis_version, attribution_model, attribution_scope, attribution_model_id, tone, "
    "tone_positive, "
    "tone_negative, "
    "(SELECT count(*) FROM quotes q WHERE q.article_id = articles.id) AS quotes, text "
    "FROM articles ORDER BY id",
    # A person's confidence: its least sure merge (1.0 when every name is its own).
    "persons": "SELECT p.id, p.name, p.type, p.anonymous, p.quote_count AS quotes, "
    "p.article_count AS articles, (SELECT min(s.person_confidence) FROM article_speakers s "
    "WHERE s.person_id = p.id) AS confidence FROM persons p ORDER BY p.id",
    "failures": "SELECT source_key, stage, error, failed_at FROM failures ORDER BY id",
    "events": f"SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id "
    "ORDER BY e.article_id, e.seq",
}


def export(db: Database, table: str, fmt: str, out: Path | IO[str]) -> int:
    """Write every row of ``table`` to ``out`` (a path, or a text stream for jsonl/csv); the row count."""
    if table not in COLUMNS:
        raise QueryError(f"unknown table {table!r}: expected one of {', '.join(TABLES)}")
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}: expected one of {', '.join(FORMATS)}")
    rows = table_rows(db, table)
    if fmt == "parquet":
        if not isinstance(out, Path):
            raise QueryError("Parquet is binary: give a file to write it to (--out FILE)")
        return _write_parquet(rows, COLUMNS[table], out)
    writer = _write_jsonl if fmt == "jsonl" else _write_csv
    if isinstance(out, Path):
        with out.open("w", encoding="utf-8", newline="") as stream:
            return writer(rows, COLUMNS[table], stream)
    return writer(rows, COLUMNS[table], out)


def table_rows(db: Database, table: str) -> Iterator[Row]:
    """The rows of an exported table, values decoded (booleans, JSON lists)."""
    for batch in _batches(db.stream(_SQL[table])):
        if table == "speakers":
            details = speaker_details(db, [row["id"] for row in batch])
            batch = [row | details[row["id"]] for row in batch]
        elif table == "persons":
            batch = detailed(db, batch)
        for row in batch:
            yield decoded(table, row)


def decoded(table: str, row: Row) -> Row:
    """A row of an exported table with its values decoded (booleans, JSON lists)."""
    return {name: _decoded(row[name], kind) for name, kind in COLUMNS[table].items()}


def _decoded(value: object, kind: Kind) -> object:
    if value is None:
        return None
    if kind == "bool":
        return bool(value)
    if kind == "json" and isinstance(value, str):
        return json.loads(value)
    return value


def _batches(rows: Iterable[Row]) -> Iterator[list[Row]]:
    iterator = iter(rows)
    while batch := list(islice(iterator, _BATCH)):
        yield batch


def _as_text(value: object, kind: Kind) -> object:
    return json.dumps(value, ensure_ascii=False) if kind == "json" and value is not None else value


def _write_jsonl(rows: Iterable[Row], columns: dict[str, Kind], stream: IO[str]) -> int:
    count = 0
    for row in rows:
        stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def _write_csv(rows: Iterable[Row], columns: dict[str, Kind], stream: IO[str]) -> int:
    writer = csv.DictWriter(stream, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({name: _as_text(row[name], kind) for name, kind in columns.items()})
        count += 1
    return count


def _write_parquet(rows: Iterable[Row], columns: dict[str, Kind], path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
    types["json"] = pa.string()
    schema = pa.schema([(name, types[kind]) for name, kind in columns.items()])
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        for batch in _batches(rows):
            texts = [{name: _as_text(row[name], kind) for name, kind in columns.items()} for row in batch]
            writer.write_table(pa.Table.from_pylist(texts, schema=schema))
            count += len(batch)
    return count
