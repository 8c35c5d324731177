"""Entity kinds, round 31 (issue 30, helper q118; tuning item tech/150): a name right after a lower-case
noun for a body that campaigns, thinks or oversees ("UK think-tank Demos") is an organization's, as one
after a noun for a firm is ("miner Barrick Gold"; name_kinds.BODY_DESCRIPTORS).

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths / tuning_pages),
cut short; the rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import speaker_by_content

# BBC tech/150 (tuning), cut.
THINK_TANK = (
    "A quarter of broadband users in Britain regularly upload content and have personal sites, according to "
    "a report by UK think-tank Demos. It said that having an always-on, fast connection is changing the way "
    "people use the internet.\n"
)


def test_a_name_after_think_tank_is_an_organization(nlp):
    name, kind, _ = speaker_by_content(THINK_TANK, nlp, "A quarter of broadband users")
    assert (name, kind) == ("Demos", "organization")


def test_the_think_tanks_it_is_the_organization(nlp):
    name, kind, _ = speaker_by_content(THINK_TANK, nlp, "that having an always-on")
    assert (name, kind) == ("Demos", "organization")


# BBC politics/357 (tuning), cut: the union's name runs on into its leader's.
UNION_LEADER = (
    "But general secretary of the public services union Unison Dave Prentis criticised the plans. "
    '"If you want world class public services you don\'t get that by hitting people," he said.\n'
)


def test_a_union_name_running_into_a_persons_is_the_person(nlp):
    name, kind, _ = speaker_by_content(UNION_LEADER, nlp, "the plans")
    assert kind == "person", name
