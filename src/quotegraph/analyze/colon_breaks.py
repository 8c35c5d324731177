"""A quote a colon opens after narration about someone else is not the speaker before's (docs/quotes.md,
round 33).

`"It grabbed me by the heart the moment I heard it," Harper said. Buckley, who phoned in from the Chicago
set of "Fargo," had a similar experience: "It was just that immediate feeling …"`: the quote after the
colon is Buckley's (colon_quotes.py), not a second part of Harper's. continuations.py joins a quote with no
cue to the speaker before it unless narration about another person comes between
(narration_breaks.other_person_between, which reads a sentence that ends before the quote); a clause
that the colon ends runs into the quote's own sentence, so it is read here: where the active subject of
the clause the colon ends (colon_quotes.colon_subject) is a person named otherwise than the speaker
before, after that speaker's quote, the quote is set apart from it.
"""

from __future__ import annotations

from quotegraph.analyze.attribution import Attribution
from quotegraph.analyze.colon_quotes import colon_subject
from quotegraph.analyze.narration_breaks import a_person
from quotegraph.analyze.parsing import text_of


def colon_person_between(previous: Attribution, start: int) -> bool:
    """Whether the quote at the character `start` opens after a colon that ends a clause about a person
    other than the speaker of `previous`, written after `previous` (its quote, cue and source)."""
    token = previous.cue_token or previous.source_token
    if token is None:
        return False
    doc = token.doc
    subject = colon_subject(doc, start)
    end = max(e for _, e in previous.content + previous.cue + previous.source)
    if subject is None or subject.idx < end or not a_person(subject):
        return False
    speaker_words = {word for s, e in previous.source for word in text_of(doc)[s:e].split()}
    return subject.text not in speaker_words
