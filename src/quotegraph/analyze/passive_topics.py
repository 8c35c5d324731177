"""Whom a passive sentence is about: the person it acts on, or the person who did what it says.

A sentence whose subject is a thing done to or by someone is about that someone, and a "he"/"she"
opening the next sentence is them (gender.topic_before reads these after the subject itself):

- words put to someone for an answer: "Those allegations were put to Wenger after Saturday's game … At
  first he said only: "…"" is Wenger answering, not the Ferguson whose allegations they are;
- a thing made, written or published by someone (the agent of the passive, or of the participle that
  says where the thing is: "The claims … were made in a book published this week by Philippe Sands QC.
  He also says …" is Sands, not the person quoted in the paragraph before; "The report was compiled by
  Dr Jane Smith. She said …").
"""

from __future__ import annotations

from spacy.tokens import Token

# Passives by which words are put to someone for an answer: "Those allegations were put to Wenger".
PUT_TO = frozenset({"put", "pose", "address", "direct", "present", "read", "show"})


def put_to(subject: Token) -> list[Token]:
    """Whom a passive subject (allegations, questions) was put to: the objects of its verb's "to"."""
    verb = subject.head
    if subject.dep_ != "nsubjpass" or verb.lemma_ not in PUT_TO:
        return []
    to = [c for c in verb.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to"]
    return [p for c in to for p in c.children if p.dep_ == "pobj"]


def done_by(subject: Token) -> list[Token]:
    """The words of the "by" phrase of a passive subject's verb, or of a participle on the object of one
    of that verb's prepositions ("made in a book published … by X"): the name's words, its compounds
    first, so that the person's mention is found whichever word the parser made the head."""
    verb = subject.head
    if subject.dep_ != "nsubjpass":
        return []
    participles = [
        p
        for prep in verb.children
        if prep.dep_ == "prep"
        for obj in prep.children
        if obj.dep_ == "pobj"
        for p in obj.children
        if p.dep_ == "acl" and p.tag_ == "VBN"
    ]
    agents = [a for v in [verb, *participles] for a in v.children if a.dep_ == "agent"]
    names = [o for a in agents for o in a.children if o.dep_ == "pobj"]
    return [t for o in names for t in [*(c for c in o.lefts if c.dep_ == "compound"), o]]
