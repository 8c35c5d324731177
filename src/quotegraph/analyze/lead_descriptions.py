"""A description in the lead is the person the next sentence names (cataphora, a news convention).

News opens a story on a person's office and names them in the sentence after: "The UK's top judge has
revealed he has clashed with ministers … Lord Woolf said he was determined …". A definite description
of one office-holder ("the", or an owner's "'s") that is its sentence's subject, with no person named
anywhere before it, is the person the next sentence has as its subject. Only the next sentence is read
(after blank lines): linear in the text.

A relation to someone is such a description as well when its owner is written (round 27): "Chancellor
Gordon Brown's closest ally has denied suggestions … / Ed Balls, ex-chief economic adviser to the
Treasury, said …", "the minister's deputy", "the actor's widow", "the closest aide of the president": a
relational noun (ally, aide, adviser, friend, deputy, colleague, wife, son …) with a named owner ("'s" or
"of"), never the owner himself named next ("Mr Brown's ally … / Mr Brown said" is no match; "the prime
minister's ally … / Tony Blair said" may be the owner under his office, and is left alone).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.names import PERSON_TITLES
from quotegraph.analyze.parsing import SUBJECT_DEPS
from quotegraph.analyze.roles import ROLE_HEADS

# Offices a lead describes a person by, beyond the titles of roles.py ("the UK's top judge").
LEAD_OFFICES = (
    PERSON_TITLES | ROLE_HEADS | frozenset("judge justice prosecutor envoy bishop archbishop".split())
)
# Nouns that describe a person by a relation to someone, a description only with that someone written.
RELATIONS = frozenset(
    """
    ally aide adviser advisor friend deputy confidant confidante colleague assistant lieutenant protege
    associate mentor rival wife husband widow widower partner fiancee fiance son daughter brother sister
    mother father
    """.split()
)


def _owner(head: Token) -> Token | None:
    """The owner of a relation: "Brown's" of "Brown's closest ally", "president" of "the aide of the
    president"; None where none is written."""
    owner = next((t for t in head.lefts if t.dep_ == "poss"), None)
    if owner is not None:
        return owner
    of = next((t for t in head.rights if t.dep_ == "prep" and t.lower_ == "of"), None)
    return next((t for t in of.children if t.dep_ == "pobj"), None) if of is not None else None


def _described(head: Token) -> Token | None:
    """The owner of a relation noun ("Brown's closest ally"); the head itself for an office; None else."""
    lemma = head.lemma_.lower()
    if lemma in RELATIONS:
        owner = _owner(head)  # a named owner: "the prime minister's ally … / Tony Blair said" is the owner
        return owner if owner is not None and owner.pos_ == "PROPN" else None
    return head if lemma in LEAD_OFFICES else None


def named_next(head: Token, index: EntityIndex) -> Cluster | None:
    """The person the sentence after a lead's description names as its subject; None elsewhere."""
    definite = (
        any(t.lower_ == "the" or t.dep_ == "poss" for t in head.lefts) or head.left_edge.lower_ == "the"
    )
    described = _described(head) if head.tag_ == "NN" else None
    if described is None or not definite or head.dep_ not in SUBJECT_DEPS:
        return None
    if index.last_person_before(head.left_edge.i) is not None:
        return None  # someone named before: descriptions.py's antecedent, not the next sentence
    doc, end = head.doc, head.sent.end
    while end < len(doc) and doc[end].is_space:
        end += 1
    if end >= len(doc):
        return None
    subject = next((t for t in doc[end].sent if t.dep_ in SUBJECT_DEPS and t.head.dep_ == "ROOT"), None)
    cluster = index.cluster_at(subject.i) if subject is not None else None
    if cluster is None or cluster.type != "person":
        return None
    if described is not head and index.cluster_at(described.i) is cluster:
        return None  # "Mr Brown's ally has denied … / Mr Brown said …": the owner, not the ally
    return cluster
