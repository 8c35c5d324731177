"""A description before a subject that the parser cut off as an adverb: the subject it describes speaks.

`Republican state schools Superintendent Jennifer McCormick has cited a study showing Indiana as the state
with the lowest teacher salary increases since 2002` (extraction benchmark, judged tuning 7311 Q16): the
parser reads "Republican state schools" as an adverbial noun of the verb ("npadvmod") and "Superintendent
Jennifer McCormick" as its subject. A source span that covers both (the learned model's) has two heads,
and the first, "schools", was taken for an anonymous group. A noun the parser hangs on the cue as an
adverbial noun, right before the cue's subject phrase (nothing between them), is a description of that
subject, as news writes titles before names: the subject speaks. An adverbial noun set apart ("Last
week, the minister said", "This time the minister said": a comma, or a noun of time) is untouched: those
are never right before the subject's first word, or are the time of the words, which no rule reads as a
source.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.parsing import SUBJECT_DEPS


def described_subject(head: Token, cue: Token) -> Token:
    """The cue's subject that an adverbial noun right before it describes ("Republican state schools
    Superintendent Jennifer McCormick": McCormick); else the head as given."""
    if head.dep_ != "npadvmod" or head.head != cue or head.i > cue.i:
        return head
    subject = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS and head.i < c.i < cue.i), None)
    if subject is None or subject.left_edge.i != head.i + 1 or head.ent_type_ in {"DATE", "TIME"}:
        return head
    return subject
