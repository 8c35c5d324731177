"""Whose "the club website", "the company statement", "the party spokesman" is (docs/quotes.md, "Round 30:
it, he and the club").

`Everton manager David Moyes will discipline striker James Beattie … for his headbutt on Chelsea defender
William Gallas. … Moyes added: "…" ¶ The club website also reported that Beattie … has now apologised.`:
news lets the channel of the body its people belong to speak for it, naming the body by its kind alone
("the club website", "the club statement", "a party spokesman", "the company website"). That is the
organization the article named as the body of the person it was reporting on, never the last person
quoted (the page went to "William Gallas", the description to a person). So a page, a statement or a
spokesperson noun (its_sources.ITS_CHANNELS) with a noun of an organization's kind before it (club, company,
firm, team, party, side, group) and "the" or "a" is the organization whose name opens the role of the
person named last before it who was given one ("Everton manager"): Everton. Where no such person is named
before, the source is left to the rules that read descriptions.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.entities import Cluster, EntityIndex

# Nouns of an organization's kind, that news sets before its page or its spokesman: "the club website".
KIND_WORDS = frozenset("club company firm team party side group".split())
# How far back, in tokens, the person whose body it is may be named: a few paragraphs.
LOOK_BACK_TOKENS = 600


def kind_page_owner(head: Token, channels: frozenset[str], index: EntityIndex) -> Token | None:
    """A mention (its root) of the organization "the club website" stands for (see the module's
    docstring), or None."""
    if head.lemma_.lower() not in channels and head.lower_ not in channels:
        return None
    lefts = [t for t in head.lefts if t.dep_ != "punct"]
    if len(lefts) != 2 or lefts[0].lower_ not in {"the", "a"} or lefts[1].lower_ not in KIND_WORDS:
        return None  # "the club's website" and "its website" are read by their own rules (its_sources.py)
    if lefts[1].dep_ not in {"compound", "nmod", "amod"}:
        return None
    floor = max(0, head.i - LOOK_BACK_TOKENS)
    seen: set[str] = set()
    for token in reversed(head.doc[floor : head.i]):
        person = index.cluster_at(token.i)
        if person is None or person.type != "person" or person.id in seen:
            continue
        seen.add(person.id)
        body = _body_in_roles(person, index)
        if body is not None:
            return _mention_root(body, head)
    return None


def _body_in_roles(person: Cluster, index: EntityIndex) -> Cluster | None:
    """The organization whose name opens one of the person's roles ("Everton manager": Everton)."""
    for role in person.roles:
        for cluster in index.clusters:
            if cluster.type == "organization" and any(
                role.startswith(f"{name} ") for name in cluster.aliases
            ):
                return cluster
    return None


def _mention_root(body: Cluster, head: Token) -> Token | None:
    """The root of the organization's last mention before the page that is a name of its own (not set
    before a person's name, "Everton manager David Moyes"), else of its first mention."""
    mentions = [m for m in body.mentions if m.start < head.i]
    own = [m for m in mentions if m.root.dep_ != "compound"]
    chosen = own[-1] if own else mentions[0] if mentions else None
    return chosen.root if chosen is not None else None
