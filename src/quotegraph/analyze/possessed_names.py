"""A person named after an organization's possessive, which the NER took for a place or a building
(docs/quotes.md, round 27).

News writes a person as one of an organization by its possessive: "The Fabian Society's Sundar Katwala
said the change was "long overdue"", "Labour's Alan Milburn". The NER may label the name after the "'s"
a facility or a place ("Sundar Katwala" a FAC, "Simon Champion" a GPE), so that no person stands there and the
source is taken for the organization's. Two or three capitalised words right after the "'s" of an
organization, a place or a group are a person's name when the name speaks (the subject of a speech verb,
"… Sundar Katwala said") or the article writes its last word after a title of address ("Mr Katwala"):
"Manchester United's Old Trafford" neither speaks nor is anyone's "Mr Trafford". Only the entity, its
two tokens before it and its parse head are read (the address test is the caller's).
"""

from __future__ import annotations

from spacy.tokens import Span as TokenSpan

from quotegraph.analyze.cues import SPEECH_LEMMAS

POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
OWNER_LABELS = frozenset({"ORG", "GPE", "NORP"})
# Not an organization: "South Korea's Hyundai Motor has announced" is a firm of that country.
TAKEN_FOR = frozenset({"GPE", "FAC", "LOC", "NORP", "PRODUCT", "WORK_OF_ART"})


def after_owner(ent: TokenSpan) -> bool:
    """ "The Fabian Society's Sundar Katwala": a name of two or three capitalised words, labelled neither
    a person nor an organization, right after an organization's (a place's, a group's) possessive."""
    if ent.label_ not in TAKEN_FOR or not 2 <= len(ent) <= 3 or ent.start < 2:
        return False
    if not all(t.is_title and t.is_alpha for t in ent):
        return False
    mark, owner = ent.doc[ent.start - 1], ent.doc[ent.start - 2]
    return mark.lower_ in POSSESSIVES and owner.ent_type_ in OWNER_LABELS


def speaks(ent: TokenSpan) -> bool:
    """Whether the name is the subject of a speech verb ("… Sundar Katwala said …")."""
    root = ent.root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_LEMMAS
