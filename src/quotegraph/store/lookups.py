"""Read-only lookups the HTTP API needs beyond the Store's methods: one article with its whole
analysis, one speaker or person (speakers merged across articles) with roles and quotes over time,
quotes a page at a time with the ids that link them to their article, speaker and person, and events
a page at a time.

Functions of a Store, written on its database API (portable SQL with ``?`` placeholders).
"""

from __future__ import annotations

import json

from quotegraph.analyze.event_classes import CLASSES
from quotegraph.errors import QueryError
from quotegraph.records import (
    Analysis,
    ArticleMeta,
    ArticleTone,
    Quote,
    Speaker,
)
from quotegraph.store import QuoteFilter, Store, guarded
from quotegraph.store.dialect import Database, Row
from quotegraph.store.export import EVENT_COLUMNS, decoded
from quotegraph.store.person_quotes import COUNTED_TYPE, PERSON_OF_QUOTE, is_person_quote
from quotegraph.store.persons import detailed
from quotegraph.store.queries import (
    ROLE_IN_ARTICLE,
    Where,
    iso_date,
    quote_conditions,
    speaker_details,
    with_bool,
)
from quotegraph.store.rows import DETAIL_TABLES, detail_record


@guarded
def quotes_page(
    store: Store,
    wanted: QuoteFilter,
    offset: int = 0,
    speaker_id: int | None = None,
    person_id: int | None = None,
) -> list[Row]:
    """store.quotes rows, newest first, from ``offset`` on, each with its ``id``, ``article_id``,
    ``speaker_id`` and ``person_id``; ``speaker_id`` keeps one speaker's quotes, ``person_id`` one
    person's. ``wanted.limit`` must be set, and its dates be valid YYYY-MM-DD (the caller checks them).
    """
    db = store.db
    where = quote_conditions(db, wanted)
    if speaker_id is not None:
        where.add("q.speaker_id = ?", speaker_id)
    if person_id is not None:
        where.add(is_person_quote("?"), person_id)
    found = db.execute(
        f"SELECT q.id, q.article_id, q.speaker_id, {PERSON_OF_QUOTE} AS person_id, a.date, a.headline, "
        "coalesce(a.url, a.source) AS article, "
        f"sp.name AS speaker, {ROLE_IN_ARTICLE} AS role, sp.anonymous, q.kind, q.type, "
        "q.text AS quote, q.cue, "
        "q.tone FROM quotes q JOIN articles a ON a.id = q.article_id "
        "LEFT JOIN speakers sp ON sp.id = q.speaker_id"
        f"{where.sql()} ORDER BY a.date DESC NULLS LAST, a.id, q.seq LIMIT ? OFFSET ?",
        [*where.params, wanted.limit, offset],
    )
    return [with_bool(row, "anonymous") for row in found]


@guarded
def events_page(
    store: Store,
    limit: int,
    offset: int = 0,
    action_class: str | None = None,
    name: str | None = None,
    article_id: int | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[Row]:
    """Events, newest article first, as the ``events`` export has them: of one ``action_class``, with
    ``name`` in the actor's or target's name (any case), of one article, of articles dated from
    ``since`` to ``until`` (YYYY-MM-DD, inclusive); at most ``limit`` rows. An unknown class or a
    malformed date is a QueryError."""
    where = Where()
    if action_class is not None:
        if action_class not in CLASSES:
            raise QueryError(f"unknown action class {action_class!r}: expected one of {', '.join(CLASSES)}")
        where.add("e.action_class = ?", action_class)
    if since:
        where.add("a.date >= ?", iso_date(since, "--since"))
    if until:
        where.add("a.date <= ?", iso_date(until, "--until"))
    if name is not None:
        pattern = f"%{name.lower()}%"
        where.add("(lower(e.actor_name) LIKE ? OR lower(e.target_name) LIKE ?)", pattern, pattern)
    if article_id is not None:
        where.add("e.article_id = ?", article_id)
    found = store.db.execute(
        f"SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id{where.sql()} "
        "ORDER BY a.date DESC NULLS LAST, e.article_id, e.seq LIMIT ? OFFSET ?",
        [*where.params, limit, offset],
    )
    return [decoded("events", row) for row in found]


@guarded
def speaker(store: Store, speaker_id: int) -> Row | None:
    """One speaker: as in store.speakers (roles over time, aliases), with ``timeline``: quotes per
    month of the article date (``month`` None for undated articles), and ``persons``: the persons it is
    merged into (a bare surname may be one person in one article, another elsewhere), most articles
    first, each with the lowest confidence of those merges."""
    db = store.db
    found = db.execute(
        "SELECT id, name, type, anonymous, quote_count AS quotes, article_count AS articles FROM speakers "
        "WHERE id = ?",
        (speaker_id,),
    )
    if not found:
        return None
    timeline = db.execute(
        "SELECT substr(a.date, 1, 7) AS month, count(*) AS quotes FROM quotes q "
        "JOIN articles a ON a.id = q.article_id WHERE q.speaker_id = ? "
        "GROUP BY substr(a.date, 1, 7) ORDER BY month NULLS LAST",
        (speaker_id,),
    )
    details = speaker_details(db, [speaker_id])[speaker_id]
    persons = db.execute(
        "SELECT p.id, p.name, min(s.person_confidence) AS confidence, "
        "count(DISTINCT s.article_id) AS articles "
        "FROM article_speakers s JOIN persons p ON p.id = s.person_id WHERE s.speaker_id = ? "
        "GROUP BY p.id, p.name ORDER BY count(DISTINCT s.article_id) DESC, p.id",
        (speaker_id,),
    )
    return with_bool(found[0], "anonymous") | details | {"timeline": timeline, "persons": persons}


@guarded
def person(store: Store, person_id: int) -> Row | None:
    """One person: as in store.persons (canonical name, roles over time, aliases, the ``names`` merged
    with their rule and confidence), with ``timeline`` as a speaker has it."""
    db = store.db
    found = db.execute(
        "SELECT id, name, type, anonymous, quote_count AS quotes, article_count AS articles FROM persons "
        "WHERE id = ?",
        (person_id,),
    )
    if not found:
        return None
    timeline = db.execute(
        "SELECT substr(a.date, 1, 7) AS month, count(*) AS quotes FROM quotes q "
        f"JOIN articles a ON a.id = q.article_id WHERE {is_person_quote('?')} AND q.type = '{COUNTED_TYPE}' "
        "GROUP BY substr(a.date, 1, 7) ORDER BY month NULLS LAST",
        (person_id,),
    )
    return detailed(db, found)[0] | {"timeline": timeline}


@guarded
def article(store: Store, article_id: int) -> Row | None:
    """One article: ``id``, ``url``, ``source``, ``ingested_at``, its ``analysis`` as `quotegraph analyze
    --format json` gives it, and ``speaker_ids``: each speaker id of the analysis → its corpus speaker id.
    """
    db = store.db
    found = db.execute(
        "SELECT id, url, source, meta, notes, text, analysis_version, attribution_model, attribution_scope, "
        "attribution_model_id, tone, tone_positive, tone_negative, ingested_at FROM articles WHERE id = ?",
        (article_id,),
    )
    if not found:
        return None
    row = found[0]
    speakers = db.execute(
        "SELECT s.local_id, s.speaker_id, s.name, s.role, s.kind, s.roles, s.age, s.aliases, s.mentions, "
        "sp.type, sp.anonymous "
        "FROM article_speakers s JOIN speakers sp ON sp.id = s.speaker_id "
        "WHERE s.article_id = ? ORDER BY s.id",
        (article_id,),
    )
    local_ids = {s["speaker_id"]: s["local_id"] for s in speakers}
    analysis = Analysis(
        text=row["text"],
        article=ArticleMeta.from_dict(json.loads(row["meta"])),
        quotes=[_quote(q, local_ids) for q in _rows(db, "quotes", article_id)],
        speakers=[_speaker(s) for s in speakers],
        notes=json.loads(row["notes"]),
        attribution_model=row["attribution_model"],
        attribution_scope=row["attribution_scope"],
        attribution_model_id=row["attribution_model_id"],
        tone=_tone(row),
        version=row["analysis_version"],
    )
    for table in DETAIL_TABLES:
        setattr(analysis, table, [detail_record(table, r) for r in _rows(db, table, article_id)])
    return {
        "id": row["id"],
        "url": row["url"],
        "source": row["source"],
        "ingested_at": row["ingested_at"],
        "analysis": analysis.to_dict(),
        "speaker_ids": {s["local_id"]: s["speaker_id"] for s in speakers},
    }


def _rows(db: Database, table: str, article_id: int) -> list[Row]:
    # Table names come from this module, never from input.
    return db.execute(f"SELECT * FROM {table} WHERE article_id = ? ORDER BY seq", (article_id,))


def _quote(row: Row, local_ids: dict[int, str]) -> Quote:
    return Quote(
        kind=row["kind"],
        content=json.loads(row["content_spans"]),
        cue=json.loads(row["cue_spans"]),
        source=json.loads(row["source_spans"]),
        speaker=local_ids.get(row["speaker_id"]),
        type=row["type"],
        tone=row["tone"],
    )


def _tone(row: Row) -> ArticleTone | None:
    if row["tone"] is None:  # stored before the tone stage, or an article without words
        return None
    return ArticleTone(score=row["tone"], positive=row["tone_positive"], negative=row["tone_negative"])


def _speaker(row: Row) -> Speaker:
    return Speaker(
        id=row["local_id"],
        name=row["name"],
        type=row["type"],
        aliases=json.loads(row["aliases"]),
        role=row["role"],
        anonymous=bool(row["anonymous"]),
        mentions=json.loads(row["mentions"]),
        kind=row["kind"] or ("anonymous" if row["anonymous"] else row["type"]),  # NULL: stored before m0009
        roles=json.loads(row["roles"]) if row["roles"] else [r for r in (row["role"] or "").split("; ") if r],
        age=row["age"],
    )
