"""Tone (analyze/tone.py): each quote's score, -1 … 1, and the article's mean sentence score with the
shares of its words the lexicon counts positive and negative. NULL where there was nothing to score,
and for every article stored before this migration (`ingest --reanalyze` fills them in).
"""

SQL = """
ALTER TABLE quotes ADD COLUMN tone {float};
ALTER TABLE articles ADD COLUMN tone {float};
ALTER TABLE articles ADD COLUMN tone_positive {float};
ALTER TABLE articles ADD COLUMN tone_negative {float};
"""
