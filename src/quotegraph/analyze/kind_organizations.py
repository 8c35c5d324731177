"""Which organization "the charity", "the union", "the watchdog" stands for (round 28).

News goes on from an organization it named with a definite noun of its kind: "Fostering Network executive
director Robert Tapsfield criticised the system … The charity recommends a weekly payment" is the
Fostering Network; "Read said all the funds would go to the DEC … The charity welcomed the news" is the
DEC. A definite singular "the charity / union / agency / council / watchdog / regulator" (KIND_NOUNS,
"the" and the noun alone) is:

- the organization named before it whose name holds the noun ("Unison union", "Westminster Council"),
  where the article named just one such;
- else, where no organization named before holds the noun, the one organization its own paragraph
  names before it, when the paragraph names just one that is no body of the state (a government, a
  ministry: descriptions.public_body) and whose name holds no other kind of organization ("the Ministry
  of Health", "Oxford University" is no charity); its name as the text writes it, with the capitalised
  words the NER left off ("Fostering Network" where it found "Network").

Otherwise (two named, none in the paragraph) it stays an anonymous description. named_organizations.py
asks this last, after the rules that read a name, the clause or the subject before.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from quotegraph.analyze.descriptions import public_body
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.roles import plain_words

# Nouns for an organization of one kind, which news re-describes a named one by.
KIND_NOUNS = frozenset("charity union agency council watchdog regulator".split())
# Words of a name that say it is another kind of organization than a charity, union or watchdog: a body of
# learning, of trade, of the law or of the media ("Oxford University", "Barclays Bank", "Radio 1 station").
OTHER_KINDS = frozenset(
    """
    ministry department bourse exchange university college school hospital court station channel
    publication outlet company bank party club firm group
    """.split()
)
# How far back a paragraph is read, in tokens: a long paragraph's length.
PARAGRAPH_TOKENS = 400


def organization_of_kind_named(head: Token, index: EntityIndex, hearers: frozenset[str]) -> Cluster | None:
    """The organization "the charity" stands for (see the module's docstring), or None."""
    if head.lower_ not in KIND_NOUNS or head.tag_ != "NN":
        return None
    lefts = [t for t in head.lefts if t.dep_ != "punct"]
    if [t.lower_ for t in lefts] != ["the"]:
        return None  # "the local council", "the union's leader": not the bare description
    named = _named_before(head, index, hearers)
    holding = [c for c in named if head.lower_ in _words(c)]
    if holding:
        return holding[0] if len(holding) == 1 else None
    in_paragraph = _paragraph_organizations(head, index, hearers)
    if len(in_paragraph) != 1:
        return None
    cluster = in_paragraph[0]
    if cluster.id.startswith("ent:") or public_body(cluster) or _words(cluster) & (OTHER_KINDS | KIND_NOUNS):
        return None
    return _as_written(cluster, head)


def _words(cluster: Cluster) -> set[str]:
    """The lowercase words of an organization's name and aliases."""
    return {w for a in [cluster.name, *cluster.aliases] for w in plain_words(a).split()}


def _named_before(head: Token, index: EntityIndex, hearers: frozenset[str]) -> list[Cluster]:
    """The organizations the article names before the description's sentence."""
    start = head.sent.start
    return [
        c
        for c in index.clusters
        if c.type == "organization" and c.id not in hearers and any(m.start < start for m in c.mentions)
    ]


def _paragraph_organizations(head: Token, index: EntityIndex, hearers: frozenset[str]) -> list[Cluster]:
    """The organizations named in the description's paragraph before it, in the order first named; an
    organization the NER tagged but gave no cluster counts too (it makes the paragraph's one ambiguous)."""
    doc = head.doc
    found: dict[str, Cluster] = {}
    for token in reversed(doc[max(head.i - PARAGRAPH_TOKENS, 0) : head.i]):
        if token.is_space and "\n" in token.text:
            break
        cluster = index.cluster_at(token.i)
        if cluster is not None and cluster.type == "organization" and cluster.id not in hearers:
            found.setdefault(cluster.id, cluster)
        elif cluster is None and token.ent_type_ == "ORG" and token.ent_iob_ == "B":
            found.setdefault(
                f"ent:{token.i}", Cluster(id=f"ent:{token.i}", name=token.text, type="organization")
            )
    return list(found.values())


def _as_written(cluster: Cluster, head: Token) -> Cluster:
    """The cluster named as the text writes it before the description: "Fostering Network" where the
    cluster's name is "Network" (the mention's own capitalised words, and those right before it that
    modify what it modifies or it itself: "Fostering Network executive director"; not "Yesterday Unison
    said")."""
    doc = head.doc
    for mention in cluster.mentions:
        if mention.start >= head.i:
            continue
        root, start = mention.root, mention.start
        while start < mention.end - 1 and not _name_word(doc[start]):
            start += 1  # "the" of "the Fostering Network"
        while start > 0 and _name_word(doc[start - 1]) and doc[start - 1].head.i in {root.head.i, root.i}:
            start -= 1
        written = doc[start : mention.end].text
        if written != cluster.name and written.endswith(" " + cluster.name):
            return replace(cluster, name=written)
    return cluster


def _name_word(token: Token) -> bool:
    """A capitalised word that may open a name: no stop word, no date."""
    return token.is_title and token.is_alpha and not token.is_stop and token.ent_type_ not in {"DATE", "TIME"}
