"""A sentence about another person between two quotes ends the first speaker's run (docs/quotes.md,
"Names, round 14").

News joins a quote with no cue to the speaker before it in its paragraph (`"A," he said. "B."`,
continuations.py). Where the reporter's own sentence right before the second quote has another person the
article names as its subject, the next quote is that person's, not a part of the first speaker's: `"…
performing on the pitch." Ruddock, though, is keen to protect his players from injury and fatigue. "At this
stage, there's nothing more [the players] can do in games to impress me further."` is Ruddock's (the Wales
coach), not the captain Forster's quoted before. Such a quote is left with no cue (narrated_quotes.py then
gives it to the person the narration is about), and the quotes that follow it with nothing of the reporter's
between go on from it. A sentence about the same speaker ("Forster, 31, has played …"), about a thing
("Finnan's normal position is right-back", after a sentence about his manager), or with "he"/"she" as its
subject leaves the run whole. A sentence that quotes a word or a short phrase of someone's (a scare quote:
`Beckett rejected Mr Howard's comment, telling Radio 4 that Labour was not "rattled".`) is narration all the
same (round 19); one that quotes a longer run of words, or a quote left open, carries someone's words and
leaves the run whole.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from quotegraph.analyze.attribution import Attribution
from quotegraph.analyze.parsing import SUBJECT_DEPS, text_of
from quotegraph.analyze.quotemarks import MARKS

SHORT_QUOTE = 4  # words: a scare quote or a phrase quoted inside narration ("rattled", "attack mongrel")
MARK_SPLIT = re.compile(f"[{MARKS}]")


def other_person_between(previous: Attribution, start: int) -> bool:
    """Whether the sentence of narration right before the character `start` of the next quote, after the
    end of `previous` (its quote, cue and source), has as its subject a person named otherwise than its
    speaker."""
    token = previous.cue_token or previous.source_token
    if token is None:
        return False
    doc = token.doc
    end = max(e for _, e in previous.content + previous.cue + previous.source)
    between = doc.char_span(end, start, alignment_mode="contract")
    if between is None:
        return False
    sentence = between[-1].sent  # the sentence right before the quote: whom the narration is about now
    if sentence.start_char < end or sentence.end_char > start or quotes_words(sentence.text):
        return False  # a part of the first quote's sentence, or one with someone's words in it
    speaker_words = {word for s, e in previous.source for word in text_of(doc)[s:e].split()}
    subject = next((c for c in sentence.root.children if c.dep_ in SUBJECT_DEPS), None)
    return subject is not None and a_person(subject) and subject.text not in speaker_words


def quotes_words(text: str) -> bool:
    """Whether a sentence carries someone's words: a quote left open, or one of more than SHORT_QUOTE words
    (a word or a short phrase in quotation marks is the reporter's narration)."""
    parts = MARK_SPLIT.split(text)
    if len(parts) % 2 == 0:  # an odd number of marks: a quote opened or closed across the sentence
        return True
    return any(len(quoted.split()) > SHORT_QUOTE for quoted in parts[1::2])


def a_person(token: Token) -> bool:
    """A name the article gives a person: tagged so here, or a word of a PERSON named elsewhere in it
    ("Ruddock" after "Wales coach Mike Ruddock")."""
    if token.pos_ != "PROPN" or not token.is_title or token.ent_type_ not in {"PERSON", ""}:
        return False
    return token.ent_type_ == "PERSON" or token.text in _person_words(token.doc)


def _person_words(doc: Doc) -> frozenset[str]:
    """The words of the article's PERSON names, made once per document (kept with it)."""
    key = "quotegraph.person_words"
    if key not in doc.user_data:
        doc.user_data[key] = frozenset(w for e in doc.ents if e.label_ == "PERSON" for w in e.text.split())
    return doc.user_data[key]
