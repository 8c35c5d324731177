"""Whose "its website", "its statement", "its spokesman" is (docs/quotes.md, "Names, round 14").

News names an organization and then lets its own channel speak for it with a possessive pronoun:
"Southcorp employs 2,700 people and is the largest single investor in rural Australia, according to its
website" is Southcorp's, as "the BNP's website" is the BNP's and "a Southcorp spokesman" speaks for
Southcorp. So a source whose noun is a page, a statement or a spokesperson, owned by "its", is the
organization "its" stands for: the nearest subject before the pronoun in its own sentence that the article
knows as an organization (or as a name never given a title nor called "he" or "she"), else the subject of
the sentence before it, so named. Where neither sentence has such a subject (a thing, a person, "it"),
the source is left as it was: "its website" stays anonymous. Two sentences at most are read: long texts
stay linear.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.descriptions import (
    DESCRIBED_ORGANIZATIONS,
    ORGANIZATION_NOUNS,
    OWNED_MEDIA,
    SPEAKING_FOR,
    STATEMENT_NOUNS,
)
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.kind_pages import kind_page_owner
from quotegraph.analyze.organization_pronouns import no_sex
from quotegraph.analyze.parsing import SUBJECT_DEPS

# The channels an organization speaks through, which "its" owns: "its website", "its statement".
ITS_CHANNELS = OWNED_MEDIA | STATEMENT_NOUNS | SPEAKING_FOR


def its_owner(head: Token, index: EntityIndex) -> Token | None:
    """The name of the organization an "its website" (statement, spokesman) source stands for, its token in
    the text (see the module's docstring); None for any other source or where no such name is found."""
    if (kind := kind_page_owner(head, ITS_CHANNELS, index)) is not None:
        return kind  # "the club website" after "Everton manager David Moyes": Everton (kind_pages.py)
    if head.lemma_.lower() not in ITS_CHANNELS and head.lower_ not in ITS_CHANNELS:
        return None
    pronoun = next((c for c in head.lefts if c.dep_ == "poss" and c.lower_ == "its"), None)
    if pronoun is None:
        return None
    sentence = head.sent
    own = [t for t in sentence if t.i < pronoun.i and _named_subject(t, index)]
    if own:
        return own[-1]
    if sentence.start == 0:
        return None
    before = head.doc[sentence.start - 1].sent
    return next((t for t in reversed(before) if _named_subject(t, index) and t.head.dep_ == "ROOT"), None)


def _named_subject(token: Token, index: EntityIndex) -> bool:
    """A clause's subject that names an organization the article knows ("Southcorp"), not a person."""
    if token.dep_ not in SUBJECT_DEPS or token.pos_ != "PROPN":
        return False
    cluster = index.cluster_at(token.i)
    if cluster is None:
        return False
    return cluster.type == "organization" or (token.ent_type_ != "PERSON" and no_sex(cluster))


def page_owner(owner: Token, index: EntityIndex) -> Cluster | None:
    """ "Almost 83 million people have downloaded the software that powers the Skype Voip service,
    according to the net telephony firm's website": a page whose owner is a description of an organization
    ("the firm's website") is the organization its sentence names last before it (Skype), as "the BNP's
    website" is the BNP's (round 18); None where the sentence names none, or for another possessor ("the
    man's website"). Only the page's sentence is read."""
    if owner.pos_ != "NOUN" or owner.tag_ != "NN" or owner.lemma_.lower() not in _OWNING_NOUNS:
        return None
    for token in reversed(owner.doc[owner.sent.start : owner.i]):
        cluster = index.cluster_at(token.i)
        if cluster is None or cluster.type != "organization":  # "Skype" of "Skype Voip" clustered apart
            cluster = index.organization_by_name(token.text) if token.ent_type_ == "ORG" else None
        if cluster is not None:
            return cluster
    return None


# The nouns of organizations whose pages speak for them: "the firm's website", "the company's site".
_OWNING_NOUNS = ORGANIZATION_NOUNS | DESCRIBED_ORGANIZATIONS
