"""A quoted fragment in the writer's sentence right after a speaker's quote carries on that speaker's words.

`"For countries to develop, they have to have access to energy," said John Westwood, managing director of
… Douglas-Westwood. India is a "dramatically growing economy that must have access to oil".` The second
sentence is the writer's, but the words in its quotation marks are Westwood's: news quotes a speaker, then
goes on in its own sentence with a further phrase of theirs set in quotation marks and no cue. A quote
inside a later sentence of the writer's does not go on from the speaker (continuations._continues), unless
all of these hold:

- the sentence before is the speaker's direct quote with its cue, in the same paragraph, and the
  fragment's sentence comes right after it (no other sentence between);
- the fragment's sentence has no cue of its own and no other source as its subject (a name of a person,
  an organization or a people other than the speaker's, a personal pronoun, a document): "Critics call it
  a "…"", `The report called it "…"`, `Greenpeace is a "…"` are not the speaker's;
- the fragment is long enough to be a statement of its own (continuations.is_full_quote with the
  threshold for a quote nobody is said to have said, as before), never a scare-quoted word or two.

The fragment is then an attribution of its own that follows the speaker's (not glued to it).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from quotegraph.analyze.attribution import Attribution
from quotegraph.analyze.attribution_types import is_document_noun
from quotegraph.analyze.cues import is_cue
from quotegraph.analyze.parsing import SUBJECT_DEPS
from quotegraph.analyze.quotemarks import MARKS, QuotedSpan

# The end of the speaker's sentence, then the writer's next sentence up to the fragment: one break only.
NEXT_SENTENCE = re.compile(r"[.!?][\"”’)]*\s+[A-Z][^.!?\n]*")
SPEAKING_LABELS = frozenset({"PERSON", "ORG", "NORP"})


def echoed_speaker(previous: Attribution | None, passage: QuotedSpan, text: str) -> Attribution | None:
    """The direct attribution whose speaker the passage goes on from, by the rule above; else None."""
    if previous is None or previous.kind != "direct" or previous.cue_token is None or not previous.source:
        return None
    end = max(e for _, e in previous.content + previous.cue + previous.source)
    between = text[end : passage.start]
    if NEXT_SENTENCE.fullmatch(between) is None or any(m in between for m in MARKS):
        return None
    doc = previous.cue_token.doc
    span = doc.char_span(end, passage.start, alignment_mode="contract")
    if span is None or not len(span):
        return None
    opening = [t for t in span if not t.is_punct]
    if any(is_cue(t) for t in opening) or any(_another_source(t, previous) for t in opening):
        return None
    return previous


def _another_source(token: Token, previous: Attribution) -> bool:
    """A subject of the writer's sentence that could speak for itself: a name (a person, an organization,
    a people) other than the speaker's, a pronoun for a person, or a document."""
    if token.dep_ not in SUBJECT_DEPS:
        return False
    speaker_words = {t.text for t in _source_tokens(previous)}
    if token.ent_type_ in SPEAKING_LABELS and token.text not in speaker_words:
        return True
    return token.lower_ in {"he", "she", "they", "we", "i"} or is_document_noun(token)


def _source_tokens(previous: Attribution) -> list[Token]:
    head = previous.source_token
    return list(head.subtree) if head is not None else []
