"""Which group "the group", "the panel" or "the committee" is, where the article brought in one unnamed.

News brings in a body of people by what they are and goes on with its noun: "A group of MPs has tried to
raise the pressure … over reform to the House of Lords … The group says it can win support …" is the
group of MPs, never the House of Lords the story is about, though that is the organization named last. A
definite "the group" (panel, committee) stands for the last such group the article brought in before it,
"a group of" (panel of, committee of) people named by a plural noun, unless an organization is the subject
of a clause since (then it may be the one that goes on, and the rules for organizations decide). The
speaker is that group, named by its words ("group of MPs").
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.descriptions import NAME_LOOK_BACK_TOKENS
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.parsing import SUBJECT_DEPS

GROUP_NOUNS = frozenset({"group", "panel", "committee"})
INDEFINITE = frozenset({"a", "an"})


def group_brought_in(head: Token, index: EntityIndex) -> Cluster | None:
    """The unnamed group of people "the group" goes on from, as a cluster of its words; None where the
    article brought in none or an organization has been a subject since."""
    lemma = head.lemma_.lower()
    if lemma not in GROUP_NOUNS or head.tag_ != "NN" or not any(t.lower_ == "the" for t in head.lefts):
        return None
    if any(t.dep_ == "compound" and t.pos_ == "PROPN" for t in head.lefts):
        return None  # "the Carlyle group": a name
    doc = head.doc
    for at in range(head.sent.start - 1, max(head.sent.start - NAME_LOOK_BACK_TOKENS, 0) - 1, -1):
        token = doc[at]
        if token.dep_ in SUBJECT_DEPS and _organization(token, index):
            return None  # "… Unilever said …": an organization went on since
        people = _people_of(token, lemma, index)
        if people is not None:
            words = doc[token.i : people.i + 1]
            name = words.text
            return Cluster(id=f"named:{name.lower()}", name=name, type="organization", mentions=[words])
    return None


def _organization(token: Token, index: EntityIndex) -> bool:
    cluster = index.cluster_at(token.i)
    return cluster is not None and cluster.type == "organization"


def _people_of(token: Token, lemma: str, index: EntityIndex) -> Token | None:
    """The plural noun of "a group of MPs" where `token` is that group's noun, unnamed; else None."""
    if token.lemma_.lower() != lemma or token.tag_ != "NN" or index.cluster_at(token.i) is not None:
        return None
    if not any(t.lower_ in INDEFINITE and t.dep_ == "det" for t in token.lefts):
        return None
    of = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    people = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if people is None:
        return None
    plural = people.tag_ in {"NNS", "NNPS"} or (people.tag_ == "NNP" and people.text[-1:] == "s")  # "MPs"
    return people if plural else None
