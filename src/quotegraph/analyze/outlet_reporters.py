"""The outlet's own reporter, named with the outlet's possessive: "our correspondent" (round 29).

A report names its own reporter with the outlet's possessive ("The BBC's Zubair Ahmed in Mumbai says …")
and goes on with "our correspondent says …" (reporter, editor …): the same person. Where the article names
no one beside the office noun (own_reporters.py), "our correspondent" is the one person it names after an
outlet's possessive (a name holding a newspaper's or a broadcaster's word, media_kinds.MASTHEAD_WORDS)
before it; with none, or with two, it stays the anonymous description as written.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.media_kinds import MASTHEAD_WORDS

OUTLET_WORDS = frozenset().union(*MASTHEAD_WORDS.values())


def outlet_reporter(head: Token, index: EntityIndex) -> Cluster | None:
    """The one person named after an outlet's possessive before `head` ("The BBC's Zubair Ahmed"), or None."""
    found: dict[str, Cluster] = {}
    for outlet in head.doc[: head.left_edge.i]:
        if outlet.dep_ != "poss" or outlet.pos_ != "PROPN" or not _outlet(outlet):
            continue
        cluster = index.cluster_at(outlet.head.i)
        if cluster is not None and outlet.head.pos_ == "PROPN":
            found[cluster.id] = cluster  # a name the NER took for a firm's counts too: two reporters, no one
    only = next(iter(found.values())) if len(found) == 1 else None
    return only if only is not None and only.type == "person" else None


def _outlet(owner: Token) -> bool:
    """Whether the possessive names a news outlet: a word of its name is a masthead's."""
    words = [t for t in owner.lefts if t.dep_ == "compound"] + [owner]
    return owner.ent_type_ == "ORG" and any(t.lower_ in OUTLET_WORDS for t in words)
