"""Which quotes are a person's, in SQL: the one definition that queries, persons, the exports and the
web's lookups all build on (a module of its own, below each of them, so that none imports another for it).
"""

from __future__ import annotations

# The person of a quote: its speaker's person in the quote's article.
PERSON_OF_QUOTE = (
    "(SELECT s.person_id FROM article_speakers s WHERE s.article_id = q.article_id "
    "AND s.speaker_id = q.speaker_id ORDER BY s.id LIMIT 1)"
)
# A person's quotes, the one definition every count and list of them uses (stats, speakers, the person
# page, `quotes --person`, the web's "most quoted"): the quotes whose speaker, in the quote's article,
# is linked to the person. A speaker's appearance joined to the quotes it said in its article:
_PERSON_QUOTES = (
    "article_speakers ps JOIN quotes pq ON pq.article_id = ps.article_id AND pq.speaker_id = ps.speaker_id"
)


# What a count of quotes counts: speech, a reporter's quote list (records.ATTRIBUTION_TYPES), as `quotes`,
# `quotes --person` and the web's search list by default; a thought or a document is in the analysis and in
# `--all-types` lists, never in a count, so a count is the length of the list it stands beside.
COUNTED_TYPE = "speech"


def person_quote_count(person: str) -> str:
    """SQL: how many quotes are the quotes of ``person`` (an SQL expression: ``?``, ``persons.id``)."""
    return (
        f"(SELECT count(DISTINCT pq.id) FROM {_PERSON_QUOTES} "
        f"WHERE ps.person_id = {person} AND pq.type = '{COUNTED_TYPE}')"
    )


def speaker_quote_count(speaker: str) -> str:
    """SQL: how many quotes a corpus speaker said (``speaker``: an SQL expression, ``speakers.id``)."""
    return f"(SELECT count(*) FROM quotes q WHERE q.speaker_id = {speaker} AND q.type = '{COUNTED_TYPE}')"


def is_person_quote(person: str, quote: str = "q") -> str:
    """SQL condition: the quote ``quote`` (a ``quotes`` alias) is one of ``person``'s quotes."""
    return f"{quote}.id IN (SELECT pq.id FROM {_PERSON_QUOTES} WHERE ps.person_id = {person})"
