"""A capitalised office after "the" is a description of a person, never a name (issue 30).

News writes an office with a capital ("The Chancellor said …", "The MEP said …", "The Prime Minister
told …") for the person the sentences before name: `Gordon Brown has addressed the conference … The
Chancellor said …` is Gordon Brown. The parser tags such a word a proper noun and the NER may take it
for an organization, so without this rule the office became a speaker of its own ("Chancellor",
"MEP"). The description is resolved as a lower-case one is: the subject of the sentence before, else
the person named last, within its paragraph or the one before (`descriptions.described_person`).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.descriptions import described_person, person_by_role
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.roles import ROLE_HEADS

# Offices written as initials: "The MP said", "the MEP added".
_INITIALS = frozenset({"mp", "mep", "msp", "mla"})


def office_holder(head: Token, index: EntityIndex) -> Cluster | None:
    """The person "The Chancellor" or "The MEP" (a capitalised office after "the", with no name of its
    own beside it) denotes; None for any other source."""
    if not (head.text[:1].isupper() and (head.lower_ in ROLE_HEADS or head.lower_ in _INITIALS)):
        return None
    lefts = list(head.lefts)
    # "The Chancellor", "the former Chancellor": "the" and lower-case words only, no name before it
    if not lefts or lefts[0].lower_ != "the" or any(t.text[:1].isupper() for t in lefts[1:]):
        return None
    # "The Chancellor, Gordon Brown, said": the name beside it is the speaker (the other rules)
    if any(t.dep_ in {"appos", "compound"} or t.ent_type_ == "PERSON" for t in head.rights):
        return None
    role = head.doc[lefts[0].i : head.i + 1]
    return person_by_role(role, index, head.i) or described_person(head, index)
