"""The paper's own reporter, named before: "said our correspondent" (docs/quotes.md, "Names, round 15").

A news report that quotes its own reporter names them once, with the office ("said BBC labour affairs
correspondent Stephen Cape", "speaking to the BBC's defence correspondent Paul Adams", "Nick Robinson, our
political editor,") and then calls them by the office with "our": "This would allow months of tough
negotiations to follow, said our correspondent". By news convention "our correspondent" (reporter, editor,
political editor …) is the person the article named last before it with that office noun, set right before
the name or in apposition after it; where the article names no one so, it stays the anonymous description
as written (a correspondent the paper does not name).

resolved_descriptions.py asks this for a description with "our"; the look-back is one pass over the
tokens before it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.outlet_reporters import outlet_reporter

# Nouns for the paper's own staff that "our" sets ("our correspondent", "our political editor").
REPORTER_NOUNS = frozenset("correspondent reporter editor journalist".split())
# How many tokens of first names or titles may stand between the office noun and the name's cluster.
NAME_GAP = 2


def our_reporter(head: Token, index: EntityIndex) -> Cluster | None:
    """The person "our correspondent" is: the one named last before it with the office noun beside their
    name ("correspondent Stephen Cape", "Stephen Cape, our correspondent"); None where none is."""
    if head.lower_ not in REPORTER_NOUNS or head.tag_ != "NN":
        return None
    if not any(t.lower_ == "our" and t.dep_ == "poss" for t in head.lefts):
        return None
    doc = head.doc
    for i in range(head.left_edge.i - 1, -1, -1):
        if doc[i].lower_ == head.lower_:
            named = _named_with(doc, doc[i], index)
            if named is not None:
                return named
    return outlet_reporter(head, index)  # "The BBC's Zubair Ahmed … Our correspondent" (outlet_reporters.py)


def _named_with(doc: Doc, noun: Token, index: EntityIndex) -> Cluster | None:
    """The person the office noun is set beside: the name right after it ("correspondent Paul Adams"), or
    the name before it with only the noun's own words and a comma between ("Paul Adams, our
    correspondent")."""
    for token in doc[noun.i + 1 : noun.i + 2 + NAME_GAP]:
        if not token.is_title:
            break
        cluster = index.cluster_at(token.i)
        if cluster is not None:
            return cluster if cluster.type == "person" else None
    i = noun.left_edge.i - 1
    if i < 1 or doc[i].text != ",":
        return None
    cluster = index.cluster_at(i - 1)
    return cluster if cluster is not None and cluster.type == "person" else None
