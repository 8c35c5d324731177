"""A firm described by what it trades in is the organization the story goes on from (round 27).

News goes on from a named firm with a description of what it sells, supplies or makes: "Reuters also
managed to slow a decline in underlying revenues … The news and financial data seller said the year had
begun well" is Reuters. A definite description ("the", no "a") whose head is a noun for one who trades
(TRADE_NOUNS: seller, supplier, provider …) and which names the goods before it as nouns of its own
("news and financial data", "jet fuel", "software") is read as "the company" is
(descriptions.organization_described: the organization that spoke last, else the one named last), unless
the article gives a person a role of that noun ("record producer Pete Waterman … the record producer said"
is his: trade_descriptions.py). A bare "the seller" (of a house, on an auction site) is a person, and stays as
before.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.descriptions import organization_described
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.roles import plain_words

# Nouns for one who trades, which a firm is described by with its goods before them.
TRADE_NOUNS = frozenset(
    "seller supplier provider vendor distributor wholesaler exporter importer producer".split()
)
GOODS_DEPS = frozenset({"compound", "nmod"})
# Nouns for a firm by its trade, which news sets before a firm's name ("developer Valve", "carmaker Tesla",
# "publisher Devolver"; round 29): a name the NER left untagged after one is a firm's (described_names.py).
# Not "producer" (a record's or a film's producer is a person) nor the descriptors name_kinds.py already
# reads for any name.
FIRM_TRADES = (TRADE_NOUNS - {"producer"}) | frozenset(
    """
    developer developers publisher studio maker automaker carmaker chipmaker drugmaker toymaker
    phonemaker brewer distiller grocer operator startup start-up broker bookmaker
    """.split()
)


def organization_by_trade(
    head: Token, index: EntityIndex, speaking: Cluster | None, hearers: frozenset[str]
) -> Cluster | None:
    """The organization "the news and financial data seller" stands for, or None (see the module's
    docstring)."""
    if head.lemma_.lower() not in TRADE_NOUNS or head.tag_ != "NN" or not head.is_lower:
        return None
    lefts = list(head.lefts)
    if not any(t.dep_ == "det" and t.lower_ == "the" for t in lefts):
        return None
    if not any(t.dep_ in GOODS_DEPS and t.pos_ == "NOUN" and t.is_lower for t in lefts):
        return None  # "the seller": a person, more often than not
    if any(_holds(c, head.lower_) for c in index.clusters if c.type == "person"):
        return None  # "record producer Pete Waterman … the record producer": him (trade_descriptions.py)
    return organization_described(head, index, speaking, hearers)


def _holds(person: Cluster, noun: str) -> bool:
    """Whether the article gives the person a role whose last word is `noun` ("record producer")."""
    return any(plain_words(role).split()[-1:] == [noun] for role in person.roles)
