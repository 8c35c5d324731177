"""An outlet's name set before its kind's noun names the outlet (round 27).

News names a magazine or a paper by its name set before the noun for its kind, with no "a": "Us
magazine was unrepentant about their decision to publish, saying: …", "Heat magazine reported", "the Sun
newspaper said". The source is that outlet, an organization: the one the article knows by the name
(alone, or with the noun), else a new one named by both ("Us magazine"), never an anonymous person
called so. The name is the run of capitalised words the parser sets as the noun's compounds right before
it; a name the NER took for a person's ("Smith magazine") or a place's is still the outlet's here, as the
noun says what it is.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.entities import Cluster, EntityIndex

# Nouns for a kind of outlet that a name is set before ("Us magazine", "the Sun newspaper").
OUTLET_NOUNS = frozenset("magazine newspaper paper journal tabloid weekly website".split())


def outlet_named_before(head: Token, index: EntityIndex) -> Cluster | None:
    """The outlet "Us magazine", "Heat magazine" names, or None (see the module's docstring)."""
    if head.lower_ not in OUTLET_NOUNS or head.tag_ != "NN" or head.i == 0:
        return None
    if any(t.dep_ == "det" and t.lower_ != "the" for t in head.lefts):
        return None  # "a Heat magazine": one copy of it
    words = []
    i = head.i - 1
    while i >= 0 and head.doc[i].dep_ == "compound" and head.doc[i].head == head and head.doc[i].is_title:
        words.insert(0, head.doc[i])
        i -= 1
    if not words or any(t.pos_ != "PROPN" for t in words):
        return None
    name = " ".join(t.text for t in words)
    found = index.organization_by_name(name) or index.organization_by_name(f"{name} {head.text}")
    if found is not None:
        return found
    span = head.doc[words[0].i : head.i + 1]
    cluster = index.new(span.text, "organization")
    cluster.add(span, span.text)
    return cluster
