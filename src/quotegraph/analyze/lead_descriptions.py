"""A description in the lead is the person the next sentence names (cataphora, a news convention).

News opens a story on a person's office and names them in the sentence after: "The UK's top judge has
revealed he has clashed with ministers … Lord Woolf said he was determined …". A definite description
of one office-holder ("the", or an owner's "'s") that is its sentence's subject, with no person named
anywhere before it, is the person the next sentence has as its subject. Only the next sentence is read
(after blank lines): linear in the text.
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


def named_next(head: Token, index: EntityIndex) -> Cluster | None:
    """The person the sentence after a lead's description names as its subject; None elsewhere."""
    definite = (
        any(t.lower_ == "the" or t.dep_ == "poss" for t in head.lefts) or head.left_edge.lower_ == "the"
    )
    if (
        head.tag_ != "NN"
        or head.lemma_.lower() not in LEAD_OFFICES
        or not definite
        or head.dep_ not in SUBJECT_DEPS
    ):
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
    return cluster if cluster is not None and cluster.type == "person" else None
