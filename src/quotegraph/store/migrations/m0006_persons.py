"""Persons: the speakers of every article merged across the corpus by name variants, titles and roles
("Peskov", "Dmitry Peskov", "Kremlin spokesperson Dmitry Peskov"; Merezhkko / Merezhko).

Each article's speaker (an ``article_speakers`` row) links to one person with the confidence of that
merge and the rule that made it (analyze/person_merge.py). ``surname`` is the blocking key of named people
(NULL for organizations, groups and anonymous sources, which are never merged by name). Rows stored
before this migration are linked by the next ingest or by `quotegraph speakers --merge`.
"""

SQL = """
CREATE TABLE persons (
    id {id},
    name TEXT NOT NULL,  -- canonical: the most used full name
    norm TEXT NOT NULL,
    surname TEXT,
    type TEXT NOT NULL,
    anonymous BOOLEAN NOT NULL,
    article_count INTEGER NOT NULL DEFAULT 0,
    quote_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX persons_surname ON persons (surname);

ALTER TABLE article_speakers ADD COLUMN person_id BIGINT REFERENCES persons (id);
ALTER TABLE article_speakers ADD COLUMN person_confidence {float};
ALTER TABLE article_speakers ADD COLUMN person_rule TEXT;
CREATE INDEX article_speakers_person ON article_speakers (person_id);
"""
