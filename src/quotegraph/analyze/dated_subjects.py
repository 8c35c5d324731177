"""A name the parser joined to a fronted date is the cue's subject (round 29).

News fronts a phrase of time or of means before the speaker, often with no comma: "In a statement issued
on Wednesday Lord Woolf said: …". The parser may read "Wednesday Lord Woolf" as one noun phrase, the
object of "on", and leave "said" with no subject. A speech verb with no subject of its own, whose word right
before it ends a person's or an organization's name that is the object of a preposition opening the
clause, with a weekday, a month or a date set right before the name (no comma between), takes that name as
its subject. With the comma the parse is right already.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.parsing import SUBJECT_DEPS

WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
NAMED = frozenset({"PERSON", "ORG"})


def dated_subject(cue: Token) -> Token | None:
    """The name right before a subjectless `cue` that the parser joined to a fronted date, or None."""
    if cue.i == 0 or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    name = cue.doc[cue.i - 1]
    if name.ent_type_ not in NAMED or name.pos_ != "PROPN" or name.dep_ != "pobj":
        return None
    prep = name.head
    if prep.dep_ != "prep" or prep.i > name.i or cue not in prep.ancestors:
        return None
    path = list(prep.ancestors)
    if any(t.i > cue.i for t in path[: path.index(cue)]):
        return None  # hung on something after the cue: not a phrase fronted before it
    doc, before = cue.doc, name.i - 1
    while before > prep.i and doc[before].dep_ == "compound" and doc[before].head == name:
        if _dated(doc[before]):
            return name  # "on Wednesday Lord Woolf said"
        before -= 1
    return None


def _dated(token: Token) -> bool:
    """A weekday, a month or a date word ("Wednesday", "May"), not a name's own word ("April Jones")."""
    if token.ent_type_ in NAMED:
        return False
    return token.lower_ in WEEKDAYS | MONTHS or token.ent_type_ == "DATE"
