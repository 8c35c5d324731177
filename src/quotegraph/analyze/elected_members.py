""" "The Salford MP", "the Labour MEP": a member for a place or party is one person (round 21).

`"The threat is most likely to come from …," the Salford MP told the Commons home affairs committee.`: news
calls an elected member by the seat or party they sit for, written before the office's initials or word
("the Salford MP", "the Labour MEP", "the Ohio senator", "the Tory councillor"). The parser tags the
office a proper noun, and without this rule the phrase became an organization ("Salford MP"). It is one
person: the one the text is about just before it (descriptions.described_person: the subject of the
sentence before, else the person named last, within its paragraph or the one before; here Hazel Blears),
and where the article ties no one to it, an anonymous person as written ("Salford MP").

Only "the", capitalised words (the seat or party) and the office's word, singular, with no name beside it
("the Salford MP, Hazel Blears," is her by the appositive rules); "The MP said" with no place before it is
office_titles.office_holder's, a plural ("the Labour MPs") a group as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.descriptions import described_person, person_by_role
from quotegraph.analyze.entities import Cluster, EntityIndex, clean_name

# An elected member's office, as news writes it after the seat or party they sit for.
MEMBER_OFFICES = frozenset(
    "mp mep msp mla am td senator congressman congresswoman assemblyman assemblywoman councillor "
    "alderman".split()
)


def elected_member(head: Token, index: EntityIndex) -> Cluster | str | None:
    """The person "the Salford MP" denotes, else the description as written (an anonymous person); None
    for any other source."""
    if head.lower_ not in MEMBER_OFFICES or head.tag_ in {"NNS", "NNPS"}:
        return None
    lefts = [t for t in head.lefts if not t.is_punct]
    if len(lefts) < 2 or lefts[0].lower_ != "the" or not all(t.text[:1].isupper() for t in lefts[1:]):
        return None  # "The MP said" (office_titles), "a Labour MP" (someone unnamed, as before)
    if any(t.dep_ in {"appos", "compound"} or t.ent_type_ == "PERSON" for t in head.rights):
        return None  # "the Salford MP, Hazel Blears, said": the name beside it
    phrase = head.doc[lefts[0].i : head.i + 1]
    found = person_by_role(phrase, index, head.i, sole=False) or described_person(head, index)
    return found or clean_name(phrase[1:])
