"""A company its own words speak of is not the company speaking (docs/quotes.md, "Not the one its words
name").

"The company" goes on from the organization that spoke last, else from the one named last
(descriptions.organization_described). Where the quote of the description's own sentence names that
organization, it is someone else to the speaker: "In a statement … the company said it: "could not
continue to contend with legal maneuvers … by a number of companies across the country, including
Microsoft"" is not Microsoft, however near Microsoft is named. The company is then the one the article is
about: the organization that is the subject of the most sentences before the description (a subject of
an active or a passive verb: "OptInRealBig was fighting several legal battles …", "OptInRealBig was
sued"), the nearest of those on a tie, other than one the quote names; where there is none, no one.
Subjects are read as far back as a long article's length (NAME_LOOK_BACK_TOKENS).
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from quotegraph.analyze.descriptions import NAME_LOOK_BACK_TOKENS
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.parsing import SUBJECT_DEPS

OPENING_MARKS = frozenset('"“')
CLOSING_MARKS = frozenset('"”')


def not_named_in_own_quote(head: Token, described: Cluster | None, index: EntityIndex) -> Cluster | None:
    """`described` (the organization the rules before gave the description), unless the quote of its
    sentence names it; then the organization the article is about (see the module's docstring)."""
    if described is None:
        return None
    named = _named_in_quote(head, index)
    if described.id not in named:
        return described
    counts: Counter[str] = Counter()
    nearest: dict[str, int] = {}
    clusters: dict[str, Cluster] = {}
    for token in head.doc[max(head.sent.start - NAME_LOOK_BACK_TOKENS, 0) : head.sent.start]:
        if token.dep_ not in SUBJECT_DEPS or token.pos_ != "PROPN":
            continue
        cluster = _organization(token, index)
        if cluster is None or cluster.id in named:
            continue
        counts[cluster.id] += 1
        nearest[cluster.id], clusters[cluster.id] = token.i, cluster
    if not counts:
        return None
    best = max(counts, key=lambda key: (counts[key], nearest[key]))
    return clusters[best]


def _named_in_quote(head: Token, index: EntityIndex) -> set[str]:
    """The ids of the organizations named between quotation marks after the description in its sentence."""
    named, inside = set(), False
    for token in head.doc[head.i + 1 : head.sent.end]:
        if token.text in OPENING_MARKS and not inside:
            inside = True
        elif token.text in CLOSING_MARKS and inside:
            inside = False
        elif inside and (cluster := index.cluster_at(token.i)) is not None:
            named.add(cluster.id)
    return named


def _organization(token: Token, index: EntityIndex) -> Cluster | None:
    """The organization a subject's name stands for: its cluster, or the one named so or with the word,
    or the web address it is the name of ("OptInRealBig" of "OptInRealBig.com")."""
    found = index.cluster_at(token.i) or index.organization_by_name(token.text)
    found = found or index.organization_with_word(token.text)
    if found is None and token.is_alpha:
        site = f"{token.lower_}."
        found = next((c for c in index.clusters if c.name.lower().startswith(site)), None)
    return found if found is not None and found.type == "organization" else None
