"""Full-text search over quote text and article text (headline and body).

SQLite: FTS5 tables holding only the index (the text stays in quotes/articles), kept in step by
triggers. PostgreSQL: a stored tsvector column with a GIN index. Both stem English words.
"""

SQLITE = """
CREATE VIRTUAL TABLE quotes_fts USING fts5 (
    text, content = 'quotes', content_rowid = 'id', tokenize = 'porter unicode61'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE VIRTUAL TABLE articles_fts USING fts5 (
    headline, text, content = 'articles', content_rowid = 'id', tokenize = 'porter unicode61'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, headline, text) VALUES (new.id, new.headline, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, headline, text)
    VALUES ('delete', old.id, old.headline, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF headline, text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, headline, text)
    VALUES ('delete', old.id, old.headline, old.text);
    INSERT INTO articles_fts (rowid, headline, text) VALUES (new.id, new.headline, new.text);
END;
"""

POSTGRESQL = """
ALTER TABLE quotes ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('english', text)) STORED;
CREATE INDEX quotes_search ON quotes USING GIN (search);

ALTER TABLE articles ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('english', coalesce(headline, '') || ' ' || text)) STORED;
CREATE INDEX articles_search ON articles USING GIN (search);
"""
