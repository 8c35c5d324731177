"""Articles and everything found in them; speakers linked across articles; failed sources.

Lists (spans, aliases, roles) are JSON text: they are read back whole, never queried inside.
"""

SQL = """
CREATE TABLE articles (
    id {id},
    content_hash TEXT NOT NULL UNIQUE,  -- sha256 of the text: the article's identity
    url TEXT UNIQUE,
    source_key TEXT NOT NULL,  -- the source item it was first read from
    source TEXT,
    headline TEXT,
    dek TEXT,
    dateline TEXT,
    date TEXT,  -- YYYY-MM-DD
    authors TEXT NOT NULL,
    language TEXT,
    encoding TEXT,
    meta TEXT NOT NULL,  -- the whole ArticleMeta, spans included
    notes TEXT NOT NULL,
    text TEXT NOT NULL,
    analysis_version INTEGER NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_date ON articles (date);

-- One row per person or organization across the corpus (keyed by normalized name); anonymous
-- sources and groups get a row per article (key names the article), since they are not one person.
CREATE TABLE speakers (
    id {id},
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    norm TEXT NOT NULL,
    type TEXT NOT NULL,
    anonymous BOOLEAN NOT NULL,
    article_count INTEGER NOT NULL DEFAULT 0,
    quote_count INTEGER NOT NULL DEFAULT 0
);

-- A speaker as it appears in one article: the name, role and aliases used there.
CREATE TABLE article_speakers (
    id {id},
    article_id BIGINT NOT NULL REFERENCES articles (id),
    speaker_id BIGINT NOT NULL REFERENCES speakers (id),
    local_id TEXT NOT NULL,
    name TEXT NOT NULL,
    role TEXT,
    aliases TEXT NOT NULL,
    mentions TEXT NOT NULL
);
CREATE INDEX article_speakers_article ON article_speakers (article_id);
CREATE INDEX article_speakers_speaker ON article_speakers (speaker_id);

CREATE TABLE quotes (
    id {id},
    article_id BIGINT NOT NULL REFERENCES articles (id),
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    cue TEXT NOT NULL,
    source TEXT NOT NULL,
    speaker_id BIGINT REFERENCES speakers (id),
    content_spans TEXT NOT NULL,
    cue_spans TEXT NOT NULL,
    source_spans TEXT NOT NULL,
    UNIQUE (article_id, seq)
);
CREATE INDEX quotes_speaker ON quotes (speaker_id);

CREATE TABLE entities (
    id {id},
    article_id BIGINT NOT NULL REFERENCES articles (id),
    seq INTEGER NOT NULL,
    local_id TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    aliases TEXT NOT NULL,
    roles TEXT NOT NULL,
    mentions TEXT NOT NULL,
    UNIQUE (article_id, seq)
);

CREATE TABLE places (
    id {id},
    article_id BIGINT NOT NULL REFERENCES articles (id),
    seq INTEGER NOT NULL,
    name TEXT NOT NULL,
    country TEXT,
    admin1 TEXT,
    latitude {float},
    longitude {float},
    geonames_id BIGINT,
    kind TEXT,
    mentions TEXT NOT NULL,
    UNIQUE (article_id, seq)
);

CREATE TABLE quantities (
    id {id},
    article_id BIGINT NOT NULL REFERENCES articles (id),
    seq INTEGER NOT NULL,
    span TEXT NOT NULL,
    text TEXT NOT NULL,
    value {float},
    low {float},
    high {float},
    approximate BOOLEAN NOT NULL,
    unit TEXT,
    si_value {float},
    si_unit TEXT,
    dimension TEXT,
    links TEXT NOT NULL,
    UNIQUE (article_id, seq)
);

CREATE TABLE dates (
    id {id},
    article_id BIGINT NOT NULL REFERENCES articles (id),
    seq INTEGER NOT NULL,
    span TEXT NOT NULL,
    text TEXT NOT NULL,
    value TEXT,
    granularity TEXT,
    UNIQUE (article_id, seq)
);

CREATE TABLE warnings (
    id {id},
    article_id BIGINT NOT NULL REFERENCES articles (id),
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    message TEXT NOT NULL,
    spans TEXT NOT NULL,
    suggestion TEXT,
    UNIQUE (article_id, seq)
);

-- Source items that could not be read or analyzed; cleared when the item later succeeds.
CREATE TABLE failures (
    id {id},
    source_key TEXT NOT NULL UNIQUE,
    stage TEXT NOT NULL,
    error TEXT NOT NULL,
    failed_at TEXT NOT NULL
);
"""
