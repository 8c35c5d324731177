"""A pronoun after "X, the daughter of Y" is X, not Y (docs/quotes.md, round 27).

News introduces a relative by kin to someone famous: "Attallah Shabazz, the daughter of activist Malcolm
X, recalled the famous eulogy … "…," she said". Y is named last before the pronoun, but Y is whom the
apposition speaks of: where the pronoun's sex is the kin noun's (she: daughter, wife, widow, mother,
sister …; he: son, husband, widower, father, brother …), the person the apposition describes, X, is the
antecedent before Y. Only the parse around Y's last mention is read.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.entities import Cluster, EntityIndex

KIN_BY_PRONOUN = {
    "she": frozenset(
        "daughter wife widow mother sister granddaughter niece girlfriend fiancee stepdaughter".split()
    ),
    "he": frozenset("son husband widower father brother grandson nephew boyfriend fiance stepson".split()),
}


def _kin_holder(pronoun: Token, cluster: Cluster, index: EntityIndex) -> Cluster | None:
    """X where the cluster's last mention before the pronoun is Y of "X, the <kin> of Y"."""
    kin = KIN_BY_PRONOUN.get(pronoun.lower_)
    mentions = [m for m in cluster.mentions if m.end <= pronoun.i]
    if kin is None or not mentions:
        return None
    last = max(mentions, key=lambda m: m.start)
    doc = pronoun.doc
    root = next((t for t in doc[last.start : last.end] if not last.start <= t.head.i < last.end), None)
    of = root.head if root is not None and root.dep_ == "pobj" else None
    noun = of.head if of is not None and of.lower_ == "of" else None
    if noun is None or noun.dep_ != "appos" or noun.lemma_.lower() not in kin:
        return None
    holder = index.cluster_at(noun.head.i)
    return holder if holder is not None and holder is not cluster and holder.type == "person" else None


def kin_holder_first(pronoun: Token, index: EntityIndex, named: list[Cluster]) -> list[Cluster]:
    """The people named before a pronoun, the last named first, with the person of a kin apposition put
    right before the one it names ("Attallah Shabazz, the daughter of Malcolm X, … she" is Attallah
    Shabazz)."""
    ordered: list[Cluster] = []
    for cluster in named:
        holder = _kin_holder(pronoun, cluster, index)
        ordered.extend(c for c in (holder, cluster) if c is not None and all(c is not o for o in ordered))
    return ordered
