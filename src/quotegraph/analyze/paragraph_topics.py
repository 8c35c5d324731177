"""A paragraph that opens on narration naming one person is about that person: "The documentary showed
some of the tensions between Mr Kilroy-Silk and his fellow MEPs after UKIP took third place … He denied
wanting to be leader …" is Kilroy-Silk, not the man quoted in the paragraph before.

News writing opens a paragraph on whom it goes on about; where its first sentence is the reporter's
narration (no quote in it) and names one person and no other, a "he"/"she" opening the sentence right
after it is that person, even where the person is no subject of that sentence (the subject is a thing:
"the documentary", "the row"). gender.topic_before reads this after the subject, its possessor and the
passive's agent; the pronoun must agree with the person (the caller checks).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Token

from quotegraph.analyze.parsing import text_of

C = TypeVar("C")

# Quotation marks: a sentence holding one is somebody's words, not the reporter's narration.
QUOTE_MARKS = frozenset('"“”')


def paragraph_person(subject: Token, pronoun: Token, person_at: Callable[[int], C | None]) -> C | None:
    """The one person (by `person_at`, a token index to a person's cluster or None) named in the sentence
    of `subject`, where that sentence opens its paragraph, holds no quote, and the pronoun opens the
    sentence right after it; else None."""
    sentence, doc = subject.sent, subject.doc
    text = text_of(doc)  # doc.text is joined anew at each access
    if sentence.end != pronoun.sent.start or pronoun.sent.start == 0:
        return None
    if sentence.start_char > 0 and text[: sentence.start_char].rstrip(" ")[-1:] != "\n":
        return None  # not the paragraph's first sentence
    if any(mark in sentence.text for mark in QUOTE_MARKS):
        return None
    people = {id(found): found for token in sentence if (found := person_at(token.i)) is not None}
    return next(iter(people.values())) if len(people) == 1 else None
