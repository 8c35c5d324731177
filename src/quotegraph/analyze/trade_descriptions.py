"""A description by what a person does is the person the article gave that trade (issue 30, round 23).

News introduces a person with a noun for what they do ("Rock star Ozzy Osbourne has been praised …")
and goes on with a description of that noun ("The heavy metal star said he could have met the same
fate …"). The description is the one person the article gave a role of that head noun before it, named
within its paragraph or the one before, though another person was named since: `His wife Sharon, who
called the police, said … / The heavy metal star said` is Ozzy Osbourne, not Sharon, whom the article
gives no such role. Where the person the sentences before are about (descriptions.described_person) has
a role of that noun themselves, or where two people have one, or none, it stays as before; an office
("the chairman", "the minister") is read by office_titles.office_described.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.descriptions import DESCRIPTION_WINDOW_PARAGRAPHS, OTHER_HOLDERS, paragraph_floor
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.parsing import text_of
from quotegraph.analyze.roles import ROLE_HEADS, plain_words


def trade_holder(head: Token, index: EntityIndex, person: Cluster | None) -> Cluster | None:
    """The one person named within reach before the description whom the article gives a role of its
    head noun ("Rock star" for "the heavy metal star"), where `person`, found by the sentences before,
    has none; else `person`."""
    noun = head.lower_
    if person is None or noun in ROLE_HEADS or head.tag_ != "NN" or _holds(person, noun):
        return person
    floor = paragraph_floor(text_of(head.doc), head.idx, DESCRIPTION_WINDOW_PARAGRAPHS)
    holders = [
        c
        for c in index.clusters
        if c.type == "person"
        and _holds(c, noun)
        and any(m.start < head.i and m.start_char >= floor for m in c.mentions)
    ]
    return holders[0] if len(holders) == 1 else person


def _holds(person: Cluster, noun: str) -> bool:
    """Whether the article gives the person a role whose head noun is `noun`, of their own ("Rock star";
    not "former star")."""
    for role in person.roles:
        words = plain_words(role).split()
        if words and words[-1] == noun and not OTHER_HOLDERS.intersection(words):
            return True
    return False
