"""A "he"/"she" who says in a relative clause on an owned document is its owner (docs/quotes.md, round 35).

"Morrison did reference his earlier testimony, in which he said others had raised concerns about Vindman
…": the relative clause ("in which he said …") hangs on a noun of what someone said or wrote ("his earlier
testimony", "her memoir", "Smith's letter"), and the pronoun that says in it is that noun's owner: a
possessor named ("Smith's letter, in which he wrote"), or a possessive pronoun of the same sex ("his",
"her"), which stands for the subject of the clause the noun is in (Morrison), not for whoever was quoted
the paragraph before (the counsel who asked him). Only where that owner is a person the article names
and the pronoun agrees with them.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.gender import SUBJECT_OF_CLAUSE

# A possessive pronoun that stands for the same person as the subject pronoun.
SAME_PERSON = {"he": "his", "she": "her"}


def relative_owner(pronoun: Token, index: EntityIndex, agrees: Callable[[Cluster], bool]) -> Cluster | None:
    """The owner of the noun whose relative clause the pronoun is the subject of, as the module's
    docstring says; None where the pronoun is no such subject or no owner is found."""
    verb = pronoun.head
    if pronoun.lower_ not in SAME_PERSON or pronoun.dep_ not in SUBJECT_OF_CLAUSE or verb.dep_ != "relcl":
        return None
    noun = verb.head
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if len(owners) != 1:
        return None
    owner = owners[0]
    if owner.tag_ == "PRP$":
        if owner.lower_ != SAME_PERSON[pronoun.lower_] or noun.dep_ not in {"dobj", "pobj"}:
            return None  # "his" stands for the subject of the clause the noun is the object in
        host = noun.head if noun.dep_ == "dobj" else noun.head.head
        subjects = [c for c in host.children if c.dep_ in SUBJECT_OF_CLAUSE]
        if len(subjects) != 1:
            return None
        owner = subjects[0]
    cluster = index.cluster_at(owner.i)
    if cluster is None or cluster.type != "person" or not agrees(cluster):
        return None
    return cluster
