"""Whom a spokesperson noun names: the organization it speaks for, or the person named beside it (round 27).

- "A spokeswoman for the St David's Shopping Centre in Cardiff said" speaks for the St David's Shopping
  Centre: the organization named after "for" is the whole run of capitalised words the parser builds on
  the object of "for" (its compounds and an owner's "'s" before it), where the NER gave that object no
  cluster of its own (it may take only "the St David's", or nothing); the place after it ("in Cardiff")
  is no part of it, nor is an owner with no "the" before it ("Leeds's Hartley Centre" is the Hartley
  Centre, in Leeds; "the St David's" is the name's own). A name with a title ("Mr", "Dr") or one the NER
  takes for a person's is no organization: nothing is made of it.
- "The Trafford Centre spokeswoman said" speaks for the organization whose name is set before the noun
  as its compound, the one the article knows as an organization, whatever the NER labelled the words
  there (a "Centre" may be read as a place); but the person the article gave that very title before it,
  where it gave one: "Lib Dem spokesman Vince Cable … the Lib Dem spokesman questioned" is Vince Cable.
- "A spokesman for DLF Builders, Dr Vancheshwar, told the BBC" is Dr Vancheshwar: a person's name set
  beside the spokesperson's phrase between commas (with a title or taken by the NER for a person's)
  names the spokesperson, whom the parser may hang on the organization's name; no organization is a
  "Dr".

descriptions.spoken_for asks this for a spokesperson noun (descriptions.SPEAKING_FOR).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.name_kinds import ADDRESS_TITLES, RANKS
from quotegraph.analyze.roles import plain_words

# Words a name may hold between its capitalised words: "Marks & Spencer", "Bank of England".
NAME_WORDS = frozenset({"'s", "’s", "&", "of", "and"})


def spokesperson_of(head: Token, index: EntityIndex) -> Cluster | None:
    """The person named beside a spokesperson noun's organization, else the organization it speaks for
    (see the module's docstring); None where neither is named."""
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    owner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if owner is not None and (person := _person_beside(owner, index)) is not None:
        return person  # "A spokesman for DLF Builders, Dr Vancheshwar,": the parser hangs him on the firm
    if prep is not None:
        return _organization_named(owner, index) if owner is not None else None
    return _organization_before(head, index)


def _organization_named(owner: Token, index: EntityIndex) -> Cluster | None:
    """The cluster of the object of "for", else the organization its run of capitalised words names."""
    if (found := index.cluster_at(owner.i)) is not None:
        return found
    if owner.pos_ != "PROPN" or not owner.is_title or owner.ent_type_ == "PERSON":
        return None
    words = [t for t in owner.subtree if t.i <= owner.i and t.dep_ not in {"det", "punct"}]
    place = next((c for c in owner.lefts if c.dep_ == "poss"), None)
    if place is not None and not any(t.dep_ == "det" for t in place.subtree):
        words = [t for t in words if t.i > place.right_edge.i]  # "Leeds's Hartley Centre": the place's
    if not words or any(not (t.is_title or t.is_upper or t.lower_ in NAME_WORDS) for t in words):
        return None
    start = words[0].i
    if words[-1].i - start + 1 != len(words) or words[0].lower_ in ADDRESS_TITLES | RANKS:
        return None  # not one run of words, or "a spokesman for Mr Smith": a person
    if any(t.ent_type_ == "PERSON" for t in words if t.i == start) and len(words) <= 2:
        return None  # "for Rupert Murdoch" the NER missed as a whole: a person's name, no organization
    span = owner.doc[start : owner.i + 1]
    name = span.text
    cluster = index.organization_by_name(name) or index.new(name, "organization")
    cluster.add(span, name)
    return cluster


def _organization_before(head: Token, index: EntityIndex) -> Cluster | None:
    """ "The Trafford Centre spokeswoman": the organization the compound name before the noun stands in,
    or the one the article named with those words (the NER may read them as a place the second time);
    the person named before it with that very title where the article gives one ("Lib Dem spokesman
    Vince Cable … the Lib Dem spokesman" is Vince Cable), None where it gives several."""
    name = next((t for t in head.lefts if t.dep_ == "compound" and t.i == head.i - 1), None)
    if name is None or name.pos_ != "PROPN":
        return None
    words = [t for t in name.subtree if t.dep_ != "det"]  # "Trafford" hangs on "Centre"
    title = plain_words(" ".join(t.text for t in [*words, head]))
    holders = [c for c in index.clusters if c.type == "person" and _holds(c, title, head.i)]
    if holders:
        return holders[0] if len(holders) == 1 else None  # "Lib Dem spokesman Vince Cable": him
    found = index.cluster_at(name.i) or index.organization_by_name(" ".join(t.text for t in words))
    return found if found is not None and found.type == "organization" else None


def _holds(person: Cluster, title: str, before: int) -> bool:
    """Whether the person, named before the token, holds the title: a role that ends on it, or the title
    set right before a mention of the name ("Lib Dem spokesman Vince Cable")."""
    size = len(title.split())
    for mention in person.mentions:
        earlier = mention.start < before and mention.start >= size
        if earlier and plain_words(mention.doc[mention.start - size : mention.start].text) == title:
            return True
    named = any(m.start < before for m in person.mentions)
    return named and any(f" {plain_words(role)}".endswith(f" {title}") for role in person.roles)


def _person_beside(owner: Token, index: EntityIndex) -> Cluster | None:
    """A person's name the parser set beside the organization's name between commas ("DLF Builders, Dr
    Vancheshwar,"): the spokesperson's own, with a title or taken by the NER for a person's."""
    for name in owner.rights:
        after_comma = name.left_edge.i > 0 and name.doc[name.left_edge.i - 1].text == ","
        if name.dep_ != "appos" or name.pos_ != "PROPN" or not after_comma:
            continue
        words = [t for t in name.subtree if t.i <= name.i]
        titled = words[0].lower_.rstrip(".") in {w.rstrip(".") for w in ADDRESS_TITLES}
        if not titled and name.ent_type_ != "PERSON":
            continue
        found = index.cluster_at(name.i)
        if found is not None:
            return found if found.type == "person" else None
        span = name.doc[words[0].i : name.i + 1]
        cluster = index.person_by_name(name.text) or index.new(span.text, "person")
        cluster.add(span, span.text)
        return cluster
    return None
