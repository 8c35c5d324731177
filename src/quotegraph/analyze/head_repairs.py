"""A source's head moved onto the name it stands for, where the parser put it beside the name.

Four repairs, in this order: a part for its whole ("the Department for Work and Pensions" from its
"Work", descriptions.whole_of_part), a title before a person ("Field MP", found_names.person_after_title),
post-nominal letters ("… K. Hrafnsson", post_nominals.name_before_letters), and a description set before
"the" and a name ("lobby group the CBI says", double_subjects.subject_named_after).

Two more, for a source's head that is a role or a firm's noun before the name (`held_name`): the person a
role's phrase ends on ("Director of rugby Warren Gatland revealed") and the name a noun for a firm sets
("US oil giant Exxon said").
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.descriptions import whole_of_part
from quotegraph.analyze.double_subjects import subject_named_after
from quotegraph.analyze.found_names import person_after_title
from quotegraph.analyze.name_kinds import ORGANIZATION_DESCRIPTORS, RANKS
from quotegraph.analyze.names import NAME_SUFFIXES
from quotegraph.analyze.post_nominals import name_before_letters
from quotegraph.analyze.roles import ROLE_HEADS


def named_head(head: Token) -> Token:
    """The token of the name `head` stands for, after the four repairs; else `head`."""
    return subject_named_after(name_before_letters(person_after_title(whole_of_part(head))))


def held_name(head: Token) -> Token:
    """The name a role's phrase or a firm's noun at `head` sets, else `head` (see the module's docstring)."""
    return _named_holder(_name_described(head))


def _named_holder(head: Token) -> Token:
    """ "Director of rugby Warren Gatland revealed …", "Lord of the Rings director Peter Jackson has
    said": the source is the person the role's phrase ends on, not the role's head word (which, at the
    start of a sentence, looks like a name; a rank before "of" is a title, no peer's name)."""
    lord_of = head.lower_ in RANKS and head.i + 1 < len(head.doc) and head.nbor(1).lower_ == "of"
    if (head.lower_ not in ROLE_HEADS and not lord_of) or head.ent_type_ == "PERSON":
        return head
    last = head.right_edge
    # "Scottish Finance Minister, Tom McCabe MSP, said": letters after a name are no part of it
    while last.i > head.i and (last.is_punct or last.is_space or last.lower_ in NAME_SUFFIXES):
        last = last.doc[last.i - 1]
    return last if last.ent_type_ == "PERSON" and last.i > head.i else head


def _name_described(head: Token) -> Token:
    """ "US oil giant Exxon said", parsed with "giant" as the subject: the source is the name the
    noun for a firm sets, not the noun."""
    if head.lower_ not in ORGANIZATION_DESCRIPTORS or head.i + 1 >= len(head.doc):
        return head
    name = head.nbor(1)  # a name or an acronym: "the French news agency AFP"
    if not (name.pos_ == "PROPN" and (name.is_title or name.is_upper)):
        return head  # "the central bank told Reuters": the name after the verb is whom it told
    while name.i + 1 < len(head.doc) and name.nbor(1).pos_ == "PROPN" and name.nbor(1).is_title:
        name = name.nbor(1)
    return name if name.i > head.i and name.pos_ == "PROPN" and (name.is_title or name.is_upper) else head
