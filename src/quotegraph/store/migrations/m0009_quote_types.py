"""Quote types and speaker kinds (issue 30, docs/quotes.md): each quote's `type` (speech, thought,
document), each article speaker's `kind` (person, organization, group, anonymous, document), its
`roles` as a JSON list of noun phrases and its `age`. Rows stored before this migration are speech,
their kind NULL and their roles those of `role` (`ingest --reanalyze` fills them in).
"""

SQL = """
ALTER TABLE quotes ADD COLUMN type TEXT NOT NULL DEFAULT 'speech';
CREATE INDEX quotes_type ON quotes (type);
ALTER TABLE article_speakers ADD COLUMN kind TEXT;
ALTER TABLE article_speakers ADD COLUMN roles TEXT;
ALTER TABLE article_speakers ADD COLUMN age INTEGER;
"""
