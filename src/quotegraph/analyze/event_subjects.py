"""Whom a sentence about an event is about: the person who acts in the clause it is set by (issue 30,
round 25).

News opens a sentence with a thing for subject and sets it by what a person did ("His words came as
Cardinal Cormac Murphy O'Connor, the Archbishop of Westminster, backed Mr Howard's stance and distanced
himself from Labour. In a statement, he said abortion was a 'very key issue'"): the narration is about
the person who is the subject of that clause (the Cardinal), not about the person named last, whom a
possessive inside its object names (Mr Howard). Where the main subject of the sentence before a
"he"/"she" is a common noun that names no one ("His words", "The move", "The announcement"), the one
person the pronoun agrees with who is the subject of a clause set on the main verb ("came as …",
"comes after …") is the pronoun's antecedent (narration_antecedents.narrated_subject reads it).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.gender import agrees
from quotegraph.analyze.parsing import SUBJECT_DEPS

# The clauses a sentence's event is set by: "came as X backed …", "comes after X said …".
SETTING_CLAUSES = frozenset({"advcl"})


def event_actor(sentence: Span, pronoun: Token, index: EntityIndex) -> Cluster | None:
    """The one person the pronoun agrees with who is the subject of a clause set on the main verb of
    `sentence`, where its own subject is a common noun that names no one; else None."""
    root = sentence.root
    subject = next((t for t in root.children if t.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.pos_ != "NOUN" or index.cluster_at(subject.i) is not None:
        return None
    actors = []
    for clause in (c for c in root.children if c.dep_ in SETTING_CLAUSES and c.i > subject.i):
        own = next((t for t in clause.children if t.dep_ in SUBJECT_DEPS), None)
        cluster = index.cluster_at(own.i) if own is not None else None
        if cluster is not None and cluster.type == "person" and agrees(pronoun, cluster):
            actors.append(cluster)
    return actors[0] if len(actors) == 1 else None
