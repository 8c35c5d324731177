"""A name that modifies a modifier does not stand for the phrase (round 29).

News names a group by an organization set before its noun ("ISW analysts", "BBC News website staff"):
those speak for the organization. A name set before another common noun, which the phrase's head follows
("the Huaral programme promoters", "the Bolton stadium staff"), modifies that noun: the phrase is the
promoters of the Huaral programme, not Huaral (a valley there); the source stays the phrase as written.
A noun that is part of the organization's name ("the Labour party spokesman", the NER's own span, or a
word such names end in) does not break the name off.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.name_kinds import ORGANIZATION_DESCRIPTORS, ORGANIZATION_ENDINGS

# Nouns that, set after a name, still name the organization ("the Labour party", "the Tesco group").
NAME_NOUNS = ORGANIZATION_ENDINGS | ORGANIZATION_DESCRIPTORS | frozenset("party union council".split())


def naming_compound(head: Token) -> Token | None:
    """The organization's name set as a compound right before `head` (its own name's words between), or
    None where a common noun of no such name stands between them."""
    for child in head.lefts:
        if child.dep_ == "compound" and child.ent_type_ == "ORG" and _names_head(child, head):
            return child
    return None


def _names_head(name: Token, head: Token) -> bool:
    """Whether only the name's own words stand between `name` and `head`."""
    for token in head.doc[name.i + 1 : head.i]:
        in_name = token.ent_type_ == "ORG" and token.ent_iob_ == "I"
        if token.pos_ == "NOUN" and not in_name and token.lower_ not in NAME_NOUNS:
            return False  # "the Huaral programme promoters": the programme's, not Huaral's
    return True
