"""A capitalised office after "the" is a description of a person, never a name (issue 30).

News writes an office with a capital ("The Chancellor said …", "The MEP said …", "The Prime Minister
told …") for the person the sentences before name: `Gordon Brown has addressed the conference … The
Chancellor said …` is Gordon Brown. The parser tags such a word a proper noun and the NER may take it
for an organization, so without this rule the office became a speaker of its own ("Chancellor",
"MEP"). The description is resolved as a lower-case one is: the subject of the sentence before, else
the person named last, within its paragraph or the one before (`descriptions.described_person`).

An office is never a person the article gives another office (`office_described`): in `There was an
attempt to draw the line under … his rift with Chancellor Gordon Brown. … That might get under the skin of
Mr Brown … as the prime minister is happy to make plain` the prime minister is not Brown, the
Chancellor, named last, but the person named before him who holds no other office (Tony Blair, whom the
story is about), wherever the article named them: news names its office holders once and goes on with the
office. A person the article gives that very office ("Prime Minister Tony Blair", a role ending in it)
keeps it as before (descriptions.person_by_role), and a description of no office ("the comedian") is
resolved as before.

An office of the bench ("the judge", "the Recorder", "the magistrate"; round 17, wt-q69) is the person the
article gives that office ("Judge Peter Smith", "the Recorder, Mr Smith", "sentencing judge Peter Smith"),
the one named last before it, and where it gives none, no one the article names: a court story names the
defendant, the prosecutor and the witnesses, not the judge, and `Buhecha … was sentenced at Harrow Crown
Court … The judge in the case … said` is an unnamed judge, never Buhecha, the person named last.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.descriptions import OTHER_HOLDERS, described_person, is_role, person_by_role
from quotegraph.analyze.elected_members import elected_member
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.parsing import text_of
from quotegraph.analyze.portfolio_offices import holds_portfolio
from quotegraph.analyze.roles import ROLE_HEADS, plain_words
from quotegraph.analyze.spoken_of import earlier_subject, named_in_reported_words
from quotegraph.analyze.trade_descriptions import trade_holder

# Offices written as initials: "The MP said", "the MEP added".
_INITIALS = frozenset({"mp", "mep", "msp", "mla"})
# Offices of the bench, which a court story seldom gives a name: only a person given one is "the judge".
BENCH_OFFICES = frozenset({"judge", "recorder", "magistrate"})


def office_holder(head: Token, index: EntityIndex) -> Cluster | str | None:
    """The person "The Chancellor" or "The MEP" (a capitalised office after "the", with no name of its
    own beside it) denotes; None for any other source."""
    if (member := elected_member(head, index)) is not None:
        return member  # "the Salford MP": one person, never an organization (elected_members.py, round 21)
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
    return person_by_role(role, index, head.i) or office_described(head, index)


def office_described(head: Token, index: EntityIndex) -> Cluster | None:
    """The person a definite description denotes (descriptions.described_person), where that description
    is an office ("the prime minister") and the person found holds another ("Chancellor Gordon Brown"):
    the person named last before it who holds no other office, else None (see the module's docstring)."""
    if head.lemma_.lower() in BENCH_OFFICES:
        return bench_holder(head, index)
    person = trade_holder(head, index, described_person(head, index))  # "the star" (trade_descriptions)
    if person is not None and named_in_reported_words(person, head, index):
        person = earlier_subject(head, index, person)  # "the chancellor said Mr Baume was …" (spoken_of.py)
    if person is None or head.lower_ not in ROLE_HEADS:
        return person
    wanted = plain_words(text_of(head.doc)[head.left_edge.idx : head.idx + len(head.text)])
    wanted = wanted.removeprefix("the ").strip()
    if not _another_office(person, wanted):
        return person
    holders = [
        (max(m.start for m in c.mentions if m.start < head.i), c)
        for c in index.clusters
        if c.type == "person" and any(m.start < head.i for m in c.mentions) and not _another_office(c, wanted)
    ]
    return max(holders, key=lambda pair: pair[0])[1] if holders else None


def _another_office(person: Cluster, wanted: str) -> bool:
    """Whether the article gives the person an office (a role ending on an office's word) and none of
    them is the wanted one."""
    offices = [r for r in person.roles if plain_words(r).rsplit(" ", 1)[-1] in ROLE_HEADS]
    # "the minister" after "Irish Transport Minister Martin Cullen" (portfolio_offices.py, round 26)
    return bool(offices) and not any(is_role(wanted, r) or holds_portfolio(wanted, r) for r in offices)


def bench_holder(head: Token, index: EntityIndex) -> Cluster | None:
    """The person named last before "the judge" whom the article gives an office of the bench ("Judge
    Peter Smith", "sentencing judge Peter Smith"; a deputy or former one is not "the judge"), else None."""
    holders = [
        (max(m.start for m in c.mentions if m.start < head.i), c)
        for c in index.clusters
        if c.type == "person" and any(m.start < head.i for m in c.mentions) and any(map(_on_bench, c.roles))
    ]
    return max(holders, key=lambda pair: pair[0])[1] if holders else None


def _on_bench(role: str) -> bool:
    """Whether the role is an office of the bench of the person's own ("Judge", "sentencing judge")."""
    words = plain_words(role).split()
    return bool(words) and words[-1] in BENCH_OFFICES and not OTHER_HOLDERS.intersection(words)
