"""Invented stories and the stores they go into: a small corpus on disk, many short stories, both
backends, and a snapshot of every table for comparing two databases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotegraph.scale.ingest import IngestOptions, ingest
from quotegraph.store import Store, open_store, rows
from tests.support import postgres

BRIDGE = (
    "Council backs bridge plan\n\nRIVERTON -- The city council approved the new bridge on Tuesday.\n\n"
    '"This bridge will change the city," Mayor Helen Park said.\n\n'
    "Council member Tomas Reyes said the cost estimate was too optimistic.\n"
)


LIBRARY = (
    "Library opens late on weekends\n\nThe central library will stay open until midnight on Saturdays.\n\n"
    '"Students asked for this for years," said librarian Ada Lin.\n\n'
    "A senior official said the extra hours would cost little.\n"
)


FLOOD = (
    "Flood defences to be rebuilt\n\nRIVERTON -- Work on the river wall starts next month.\n\n"
    '"We cannot wait for another flood," said Helen Park, the mayor.\n\n'
    "Two city officials said the state would pay half of the cost.\n"
)


MEALS = (
    "School meals get cheaper\n\nPrices for school lunches fall by a third from September.\n\n"
    '"Every child deserves a hot meal," Education Secretary Maria Lopez told reporters.\n\n'
    "A senior official, who asked not to be named, said the plan had been delayed twice.\n"
)


DATED = [
    {"text": FLOOD, "date": "2024-03-05", "url": "https://news.example/flood"},
    {"text": MEALS, "date": "2024-06-10", "url": "https://news.example/meals"},
]


def write_corpus(folder: Path) -> Path:
    """Four articles (two dated, in JSONL), a copy of one, and an empty file that cannot be read."""
    (folder / "feeds").mkdir(parents=True)
    (folder / "notes").mkdir()
    (folder / "bridge.txt").write_text(BRIDGE)
    (folder / "copy.txt").write_text(BRIDGE)
    (folder / "library.txt").write_text(LIBRARY)
    (folder / "feeds" / "dated.jsonl").write_text("".join(json.dumps(r) + "\n" for r in DATED))
    (folder / "notes" / "empty.txt").write_text("")
    return folder


BACKENDS = ["sqlite", "postgresql"]


def new_target(backend: str, request: pytest.FixtureRequest, folder: Path) -> str:
    """An empty store: a SQLite file in folder, or a new database on the test PostgreSQL server."""
    return str(folder / "test.db") if backend == "sqlite" else postgres.database_url(request)


def snapshot(store: Store) -> dict[str, list[tuple]]:
    """Every table's rows, sorted, without ids and timestamps; links by article hash and speaker key."""
    execute = store.db.execute
    article_columns = (
        "content_hash, url, source_key, source, headline, dek, dateline, date, authors, language, encoding, "
        "meta, notes, text, analysis_version, attribution_model, attribution_scope, tone, tone_positive, "
        "tone_negative"
    )
    tables = {
        "schema_version": execute("SELECT version, name FROM schema_version"),
        "articles": execute(f"SELECT {article_columns} FROM articles"),
        "speakers": execute(
            "SELECT key, name, norm, type, anonymous, article_count, quote_count FROM speakers"
        ),
        "article_speakers": execute(
            "SELECT a.content_hash, sp.key, s.local_id, s.name, s.role, s.aliases, s.mentions "
            "FROM article_speakers s JOIN articles a ON a.id = s.article_id "
            "JOIN speakers sp ON sp.id = s.speaker_id"
        ),
        "quotes": execute(
            "SELECT a.content_hash, q.seq, q.kind, q.text, q.cue, q.source, sp.key, q.content_spans, "
            "q.cue_spans, q.source_spans, q.tone FROM quotes q JOIN articles a ON a.id = q.article_id "
            "LEFT JOIN speakers sp ON sp.id = q.speaker_id"
        ),
        "failures": execute("SELECT source_key, stage, error FROM failures"),
    }
    for table in rows.DETAIL_TABLES:
        found = execute(f"SELECT a.content_hash, t.* FROM {table} t JOIN articles a ON a.id = t.article_id")
        tables[table] = [{k: v for k, v in row.items() if k not in ("id", "article_id")} for row in found]
    return {name: sorted(tuple(map(repr, row.values())) for row in rows) for name, rows in tables.items()}


_SPEAKERS = [
    ("Mayor", "Helen Park"),
    ("Council member", "Tomas Reyes"),
    ("Police chief", "Omar Haddad"),
    ("Fire commissioner", "Grace Obi"),
]


_TOPICS = ["bridge", "library", "flood wall", "bus lanes", "school meals", "harbour"]


def write_many(folder: Path, count: int) -> Path:
    """count short, distinct stories quoting a few recurring people, and one file that cannot be read."""
    folder.mkdir(parents=True)
    for number in range(count):
        role, name = _SPEAKERS[number % len(_SPEAKERS)]
        topic = _TOPICS[number % len(_TOPICS)]
        (folder / f"{number:03}.txt").write_text(
            f"Council debates the {topic}, item {number}\n\n"
            f"RIVERTON -- The council discussed the {topic} on day {number} of the session.\n\n"
            f'"We will decide on the {topic} soon," {role} {name} said.\n\n'
            f"A senior official said the vote on item {number} could slip by a week.\n"
        )
    (folder / "zz-empty.txt").write_text("")
    return folder


def ingested_whole(corpus: Path, folder: Path) -> dict[str, list[tuple]]:
    """The snapshot of an uninterrupted ingest of `corpus` (in this process) into a new SQLite store."""
    with open_store(folder / "whole.db") as whole:
        ingest([str(corpus)], whole, IngestOptions(workers=0))
        return snapshot(whole)
