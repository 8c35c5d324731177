"""A quote count counts speech (store/person_quotes.py, COUNTED_TYPE): the speakers' and persons' counts
stored before counted every attribution type, so a person with a belief or a headline's summary counted
more quotes than `quotes --person` lists. Recount both once; the writer keeps them so from here.
"""

SQL = """
UPDATE speakers SET quote_count = (
    SELECT count(*) FROM quotes q WHERE q.speaker_id = speakers.id AND q.type = 'speech'
);
UPDATE persons SET quote_count = (
    SELECT count(DISTINCT pq.id) FROM article_speakers ps
    JOIN quotes pq ON pq.article_id = ps.article_id AND pq.speaker_id = ps.speaker_id
    WHERE ps.person_id = persons.id AND pq.type = 'speech'
);
"""
