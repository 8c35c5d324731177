"""An "It" that its own clause tells apart from the company (docs/quotes.md, "Leftovers, round 18").

News writes "its" for the organization an "It" stands for, and "the company" for another: "Argonaut called
in administrators David Rubin & Partners on Friday to find a way to rescue the company from collapse. It
spent the weekend going over the company's finances and concluded that …" is the administrators, never
Argonaut, the subject the sentence before opens on. Where the clause of a sentence-opening "It", before
what it says, holds a definite description of a company or firm ("the company's finances", "the firm"),
the "It" is the other organization the sentence before names after its subject, the first one named
there; with none named there the usual rule stands (organization_pronouns.py). Only the two sentences are
read: the text stays linear.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.descriptions import DESCRIBED_ORGANIZATIONS, MEDIA_AND_SIDES
from quotegraph.analyze.entities import Cluster, EntityIndex

# "the company", "the firm", "the business": the body an "It" would be, told apart by its noun.
_SAME_KIND = DESCRIBED_ORGANIZATIONS - MEDIA_AND_SIDES


def other_organization(pronoun: Token, subject: Token, named: Cluster, index: EntityIndex) -> Cluster | None:
    """The organization the sentence before names after `subject` (whose organization is `named`), other
    than it, where the clause of `pronoun` tells the "It" apart from the company; else None."""
    if not _company_in_clause(pronoun):
        return None
    for token in subject.sent:
        if token.i <= subject.i:
            continue
        cluster = index.cluster_at(token.i)
        if cluster is not None and cluster is not named and cluster.type == "organization":
            return cluster
    return None


def _company_in_clause(pronoun: Token) -> bool:
    """ "It spent the weekend going over the company's finances and concluded that …": a definite "the
    company" in the pronoun's sentence outside what is said (the clauses a verb says or reports)."""
    said = {d.i for t in pronoun.sent if t.dep_ == "ccomp" for d in t.subtree}
    for token in pronoun.sent:
        if token.i <= pronoun.i or token.i in said or token.tag_ != "NN":
            continue
        if token.lemma_.lower() in _SAME_KIND and any(c.lower_ == "the" for c in token.children):
            return True
    return False
