"""Whom a description stands for in the sentence that names it (docs/quotes.md, "Round 8: antecedents").

News names an organization as the subject of a clause and goes on in the next clause of the same
sentence with its description: "SpaceX is widely believed to have submitted a proposal …, but the
company has declined to publicly confirm that" is SpaceX, not Boeing, the organization quoted before.
So a "the company", "the firm", "the group" (descriptions.DESCRIBED_ORGANIZATIONS, less the media and
sides, which name another side more often than not) as the subject of a clause joined to another by
"and"/"but" is the organization that other clause has as its subject, where the article knows that
subject as an organization, or as a name never given a title nor called "he" or "she" (the NER may take
"SpaceX" for a person, or give it no cluster: one is made). Only
the two clauses of one sentence are read: the text stays linear.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.descriptions import DESCRIBED_ORGANIZATIONS, MEDIA_AND_SIDES
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.organization_pronouns import no_sex

CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def organization_of_clause(head: Token, index: EntityIndex) -> Cluster | None:
    """The organization a "the company" subject of a joined clause stands for: the subject of the clause
    it is joined to, a name the article gives an organization; else None (the other rules go on)."""
    lemma = head.lemma_.lower()
    if lemma not in DESCRIBED_ORGANIZATIONS - MEDIA_AND_SIDES or head.tag_ != "NN":
        return None
    if head.dep_ not in CLAUSE_SUBJECTS or not any(t.lower_ == "the" for t in head.lefts):
        return None
    verb = head.head
    if verb.dep_ != "conj" or not any(
        c.dep_ == "cc" and c.lower_ in {"and", "but"} for c in verb.head.children
    ):
        return None
    subject = next((c for c in verb.head.children if c.dep_ in CLAUSE_SUBJECTS), None)
    if subject is None or subject.pos_ != "PROPN" or subject.i > head.i:
        return None
    cluster = index.cluster_at(subject.i) or index.organization_by_name(subject.text)
    if cluster is None and subject.ent_type_ in {"ORG", "PERSON", ""}:
        cluster = index.new(subject.text, "organization")  # a name the NER gave no cluster: "SpaceX"
        cluster.add(subject.doc[subject.i : subject.i + 1], subject.text)
    if cluster is None or (cluster.type != "organization" and not no_sex(cluster)):
        return None  # "Smith founded the firm, and the company grew": no person is the company
    return cluster
