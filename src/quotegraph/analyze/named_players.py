"""A one-word name the NER calls an organization is a person where the article writes it after a first
name and calls it "he" or "she" (docs/quotes.md, "Leftovers, round 25").

The NER reads an unfamiliar surname as a club or a firm: "Chelsea have sacked Adrian Mutu after he failed a
drugs test. … Mutu scored six goals in his first five games … and he was frozen out by coach Jose Mourinho"
tags every "Mutu" an organization and "Adrian" a nationality, so no person is named and a later "The
Romanian international" is given to someone else. An organization of one capitalised word is that person
where both hold:

- the article writes the word once after a capitalised word the NER gives no organization, place or date
  ("Adrian Mutu"), the full name; "Manchester City" (a place) and "New Labour" (a word of the language,
  no name) are no such first name;
- the full name comes before the word alone, past the headline: news names a person in full first ("Labour
  … New Labour" is a party);
- the pronouns that follow it as the subject of a clause call it "he" or "she", by the majority
  (gender.pronouns_used): clubs and firms are "they" or "it".

The organization becomes the person, named in full, with the full name as one more mention.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.gender import pronouns_used

# The NER's labels a first name never has: an organization's, a place's, a time's, a number's.
NOT_FIRST_NAME_LABELS = frozenset(
    {"ORG", "GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "EVENT", "PRODUCT", "LAW"}
)


def _first_name(token: Token, index: EntityIndex) -> bool:
    """A capitalised proper noun before the surname, in no cluster and no name of a place or a firm."""
    return (
        token.is_title
        and token.is_alpha
        and token.pos_ == "PROPN"
        and token.ent_type_ not in NOT_FIRST_NAME_LABELS
        and index.cluster_at(token.i) is None
    )


def _full_name(doc: Doc, cluster: Cluster, index: EntityIndex) -> Token | None:
    """The first name the article writes right before the one-word organization's name, if any."""
    for token in doc[1:]:
        if token.text == cluster.name and _first_name(token.nbor(-1), index):
            return token.nbor(-1)
    return None


def _written(doc: Doc, cluster: Cluster, index: EntityIndex) -> list[TokenSpan]:
    """The cluster's mentions and every other time the article writes its word outside any cluster (the
    NER tags some "Mutu"s and leaves the others)."""
    loose = [doc[t.i : t.i + 1] for t in doc if t.text == cluster.name and index.cluster_at(t.i) is None]
    return sorted([*cluster.mentions, *loose], key=lambda m: m.start)


def _named_first(doc: Doc, first: Token, written: list[TokenSpan]) -> bool:
    """Whether the full name comes before the word alone, past the headline (the text's first line): news
    names a person in full first ("Chelsea sack Mutu / Chelsea have sacked Adrian Mutu …"), and "Labour
    … New Labour" is a party named by a word before it."""
    headline_end = doc.text.find("\n")
    return all(m.start >= first.i or m.start_char < headline_end for m in written)


def retype_named_players(doc: Doc, index: EntityIndex) -> None:
    """Make a person of each one-word organization the module's docstring says is one."""
    for cluster in list(index.clusters):
        if cluster.type != "organization" or len(cluster.name.split()) != 1 or not cluster.name.istitle():
            continue
        first = _full_name(doc, cluster, index)
        if first is None:
            continue
        written = _written(doc, cluster, index)
        if not _named_first(doc, first, written):
            continue
        if not any(pronouns_used(Cluster(id="probe", name=cluster.name, type="person", mentions=written))):
            continue
        full = doc[first.i : first.i + 2]
        for mention in [full, *(m for m in written if m not in cluster.mentions and m.start != full.end - 1)]:
            cluster.add(mention, mention.text)
        cluster.type, cluster.name = "person", full.text
        cluster.mentions.sort(key=lambda m: m.start)
