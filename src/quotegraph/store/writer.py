"""Writing: one transaction per article (the article and all its rows, or nothing), and failures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

import quotegraph.store.persons as persons
import quotegraph.store.rows as rows
from quotegraph.records import Analysis
from quotegraph.store.dialect import Database, Row
from quotegraph.store.person_quotes import speaker_quote_count

Outcome = Literal["added", "reanalyzed", "duplicate"]

# Tables holding an article's rows, cleared before a re-analysis writes new ones.
_ARTICLE_TABLES = ("quotes", "article_speakers", *rows.DETAIL_TABLES)


@dataclass(frozen=True)
class Known:
    """An article already stored, the analysis version it was stored with, and the attribution model
    that analyzed it (its id and scope; None for the rules alone)."""

    article_id: int
    analysis_version: int
    date: str | None = None  # its publication date, None when it has none
    attribution_model_id: str | None = None
    attribution_scope: str | None = None

    def stale(self, version: int, model_id: str | None, scope: str | None) -> bool:
        """Whether an analysis of `version` by that model (None: the rules) would differ from it."""
        return (
            self.analysis_version < version
            or self.attribution_model_id != model_id
            or (model_id is not None and self.attribution_scope != scope)
        )


def find(db: Database, content_hash: str, url: str | None) -> Known | None:
    """The stored article with this text, or from this URL."""
    found = db.execute(
        "SELECT id, analysis_version, date, attribution_model_id, attribution_scope FROM articles "
        "WHERE content_hash = ? OR url = ? ORDER BY id LIMIT 1",
        (content_hash, url),
    )
    if not found:
        return None
    row = found[0]
    return Known(
        row["id"], row["analysis_version"], row["date"], row["attribution_model_id"], row["attribution_scope"]
    )


def add(
    db: Database, analysis: Analysis, source_key: str, content_hash: str, url: str | None, reanalyze: bool
) -> Outcome:
    """Store an analyzed article unless it is already there (re-analyzed ones replace older versions,
    and a dated analysis replaces the stored one of an undated article: `ingest --date`)."""
    with db.transaction():
        # Checked again here: an identical item may have been written while this one was analyzed.
        known = find(db, content_hash, url)
        dates_it = known is not None and known.date is None and analysis.article.date is not None
        fresh = known and not known.stale(
            analysis.version, analysis.attribution_model_id, analysis.attribution_scope
        )
        if known and not dates_it and (not reanalyze or fresh):
            outcome: Outcome = "duplicate"
        else:
            article = rows.article_row(analysis, source_key, content_hash, url)
            if known:
                stale_persons = persons.linked_persons(db, known.article_id)
                stale = _clear_article(db, known.article_id)
                article_id = _update(db, "articles", known.article_id, article)
                outcome = "reanalyzed"
            else:
                stale, stale_persons = [], []
                article_id = _insert_returning_id(db, "articles", article)
                outcome = "added"
            speaker_ids = _link_speakers(db, analysis, article_id, content_hash)
            _insert(db, "quotes", rows.quote_rows(analysis, article_id, speaker_ids))
            for table in rows.DETAIL_TABLES:
                _insert(db, table, rows.detail_rows(analysis, table, article_id))
            _refresh_speakers(db, {*stale, *speaker_ids.values()})
            persons.update(db, stale_persons)
        clear_failure(db, source_key)
    return outcome


def record_failure(db: Database, source_key: str, stage: str, error: str) -> None:
    """Note why a source item was skipped; a later failure of the same item replaces the note."""
    with db.transaction():
        db.execute(
            "INSERT INTO failures (source_key, stage, error, failed_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (source_key) DO UPDATE "
            "SET stage = excluded.stage, error = excluded.error, failed_at = excluded.failed_at",
            (source_key, stage, error, datetime.now(UTC).isoformat(timespec="seconds")),
        )


def clear_failure(db: Database, source_key: str) -> None:
    db.execute("DELETE FROM failures WHERE source_key = ?", (source_key,))


def _link_speakers(db: Database, analysis: Analysis, article_id: int, content_hash: str) -> dict[str, int]:
    """Each speaker of the article → its speaker row across the corpus (made on first sight)."""
    ids: dict[str, int] = {}
    for speaker in analysis.speakers:
        row = rows.speaker_row(speaker, content_hash)
        db.execute(_insert_sql("speakers", row) + " ON CONFLICT (key) DO NOTHING", tuple(row.values()))
        ids[speaker.id] = db.execute("SELECT id FROM speakers WHERE key = ?", (row["key"],))[0]["id"]
        _insert(db, "article_speakers", [rows.article_speaker_row(speaker, article_id, ids[speaker.id])])
    return ids


def _clear_article(db: Database, article_id: int) -> list[int]:
    """Delete an article's rows (not the article); the speakers it linked to, to recount."""
    linked = db.execute(
        "SELECT DISTINCT speaker_id FROM article_speakers WHERE article_id = ?", (article_id,)
    )
    for table in _ARTICLE_TABLES:
        db.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
    return [row["speaker_id"] for row in linked]


def _refresh_speakers(db: Database, speaker_ids: set[int]) -> None:
    """Recount quotes and articles of these speakers; drop the ones no article quotes any more."""
    if not speaker_ids:
        return
    marks = ", ".join("?" * len(speaker_ids))
    ids = sorted(speaker_ids)
    db.execute(
        "UPDATE speakers SET "
        f"quote_count = {speaker_quote_count('speakers.id')}, "
        "article_count = (SELECT count(DISTINCT a.article_id) FROM article_speakers a "
        "WHERE a.speaker_id = speakers.id) "
        f"WHERE id IN ({marks})",
        ids,
    )
    db.execute(f"DELETE FROM speakers WHERE article_count = 0 AND id IN ({marks})", ids)


def _insert_sql(table: str, row: Row) -> str:
    # Table and column names come from this package, never from input.
    return f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})"


def _insert(db: Database, table: str, table_rows: list[Row]) -> None:
    if table_rows:
        db.execute_many(_insert_sql(table, table_rows[0]), [tuple(r.values()) for r in table_rows])


def _insert_returning_id(db: Database, table: str, row: Row) -> int:
    return db.execute(_insert_sql(table, row) + " RETURNING id", tuple(row.values()))[0]["id"]


def _update(db: Database, table: str, row_id: int, row: Row) -> int:
    assignments = ", ".join(f"{column} = ?" for column in row)
    db.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", (*row.values(), row_id))
    return row_id
