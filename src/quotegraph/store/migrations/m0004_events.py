"""Events (Analysis.events): who did what to whom in an article, one row per event.

Actor, target and place are the article's local ids (``e3``, ``anon:…``, ``place:<geonames id>``) with
the name they resolve to; spans are JSON text. Articles stored before this migration have no events
until ``ingest --reanalyze`` (their analysis version is older).
"""

SQL = """
CREATE TABLE events (
    id {id},
    article_id BIGINT NOT NULL REFERENCES articles (id),
    seq INTEGER NOT NULL,
    action TEXT NOT NULL,
    action_class TEXT NOT NULL,
    action_span TEXT NOT NULL,
    actor TEXT,
    actor_name TEXT,
    actor_spans TEXT NOT NULL,
    target TEXT,
    target_name TEXT,
    target_spans TEXT NOT NULL,
    place TEXT,
    place_name TEXT,
    place_spans TEXT NOT NULL,
    date TEXT,
    date_spans TEXT NOT NULL,
    negated BOOLEAN NOT NULL,
    UNIQUE (article_id, seq)
);
CREATE INDEX events_class ON events (action_class);
"""
