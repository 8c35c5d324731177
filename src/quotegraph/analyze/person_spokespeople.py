"""A person's spokesperson is not that person: "But a spokesman for Mr Prescott warned that …" is said by
the spokesman, one anonymous person speaking for John Prescott, not by Prescott himself.

An organization speaks only through people, and "a spokeswoman for Human Rights Watch" is the
organization's statement (descriptions.spoken_for), as "a Labour Party spokesman" is. A person speaks for
themselves: where "a spokesman (spokeswoman, spokesperson) for" names a person of the article, the
words are the spokesperson's, named as written with the person's full name ("a spokesman for John
Prescott"), anonymous, a speaker of their own; a later "the spokesman" goes on from them as before
(speakers._spokesperson_before). A spokesperson for an organization, or for no one the article names,
is read as before.

The same holds for a spokesperson a person owns (round 19): "His spokesman said it was highly unlikely
he would give Labour more money" after "Duncan Bannatyne also attacked the government" is the
spokesman for Duncan Bannatyne, not Bannatyne, where "his"/"her" stands for a person as for "his office"
(resolved_descriptions.owner_spoken_for: the person named last before it, when the pronoun agrees), and
so is "Mr Bannatyne's spokesman". An organization's spokesman ("Labour's spokesman", "its spokeswoman")
is the organization's statement as before; a person's office or campaign is still the person's.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.descriptions import SPEAKING_FOR
from quotegraph.analyze.entities import EntityIndex, clean_name
from quotegraph.analyze.resolved_descriptions import owner_spoken_for


def person_spokesperson(head: Token, index: EntityIndex) -> str | None:
    """ "a spokesman for John Prescott" where the source is a spokesperson for a person the article names,
    given as the spokesperson's noun or as the person's name after "for" (speakers._named_holder moves a
    role's noun to the name its phrase ends on); None otherwise."""
    noun = head
    if head.dep_ == "pobj" and head.head.lower_ == "for" and head.head.dep_ == "prep":
        noun = head.head.head  # "a spokesman for Mr Prescott", read from "Prescott"
    if noun.lower_ not in SPEAKING_FOR or noun.pos_ != "NOUN":
        return None
    if (owned := owned_spokesperson(noun, index)) is not None:
        return owned
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "for"), None)
    owner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    person = index.cluster_at(owner.i) if owner is not None else None
    if person is None or person.type != "person":
        return None
    spokesperson = clean_name(noun.doc[noun.left_edge.i : noun.i + 1]) or noun.text
    return f"{spokesperson} for {person.name}"


def owned_spokesperson(noun: Token, index: EntityIndex) -> str | None:
    """ "His spokesman", "Mr Bannatyne's spokeswoman": "spokesman for Duncan Bannatyne" where the owner is
    a person (resolved_descriptions.owner_spoken_for); None otherwise."""
    owner = next((t for t in noun.lefts if t.dep_ == "poss"), None)
    person = owner_spoken_for(noun, index) if owner is not None else None
    if person is None or person.type != "person":
        return None
    spokesperson = clean_name(noun.doc[owner.right_edge.i + 1 : noun.i + 1]) or noun.text
    return f"{spokesperson} for {person.name}"
