"""Indexes for browsing the corpus (store/browse.py, the web page): a quote's speaker as it appears in
the quote's article (role, person), the articles mentioning a place, a person's articles, and persons
ranked by quotes.
"""

SQL = """
CREATE INDEX article_speakers_appearance ON article_speakers (article_id, speaker_id);
CREATE INDEX article_speakers_person_article ON article_speakers (person_id, article_id);
CREATE INDEX places_name ON places (name, article_id);
CREATE INDEX persons_rank ON persons (quote_count, article_count);
CREATE INDEX quotes_kind ON quotes (kind);
"""
