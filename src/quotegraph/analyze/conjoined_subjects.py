"""The subject of a cue's own clause, where the parser joined it to the object of the clause before.

Two clauses joined by "and" or "but", each with its own subject ("the world auto market has its problems
and analysts warn that overcapacity … could hit exports"), are often parsed as one: the second subject
becomes a conjunct of the first clause's object ("problems and analysts") and the cue a verb coordinated
with the first, with no subject of its own. The speaker is the subject of the cue's own clause, the noun
right before the cue after the coordinator (the analysts), never the first clause's subject (the market):
news says who warns in the clause that warns. Only where that noun agrees with the cue in number ("analysts
warn", "the union says"; a past tense agrees with any) and stands right before the cue, so that "has
problems and risks, and warns" keeps its subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.parsing import SUBJECT_DEPS

JOINING = frozenset({"and", "but"})
OBJECT_DEPS = frozenset({"dobj", "attr", "pobj", "oprd"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def conjoined_subject(cue: Token) -> Token | None:
    """The noun right before a coordinated cue with no subject of its own, which the parser made a conjunct
    of the verb's object before it ("has its problems and analysts warn"): the cue's own subject."""
    verb = cue.head
    if cue.dep_ != "conj" or verb == cue or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    if not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    noun = cue.doc[cue.i - 1]
    if noun.dep_ != "conj" or noun.pos_ not in {"NOUN", "PROPN"} or not _agrees(noun, cue):
        return None
    first = noun.head
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    if first.dep_ not in OBJECT_DEPS or verb not in (first.head, first.head.head):
        return None
    before = cue.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    return noun if before is not None and before.lower_ in JOINING else None


def _agrees(noun: Token, verb: Token) -> bool:
    """ "analysts warn", "the union warns"; a past tense ("warned") agrees with either."""
    if verb.tag_ == "VBP":
        return noun.tag_ in PLURAL_TAGS
    if verb.tag_ == "VBZ":
        return noun.tag_ not in PLURAL_TAGS
    return verb.tag_ == "VBD"
