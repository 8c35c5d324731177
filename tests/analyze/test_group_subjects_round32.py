"""Speakers, round 32 (issue 30, helper q120; tuning items aeb/3c5bf8db4272 and aeb/5fa3154ec031): a
quantifier restricted to a place or a body ("Many in Hong Kong fear …") is an unnamed group, not no one;
a "they" opening its sentence goes on from the group noun the sentence before has as its subject ("the
team … They also plan …"), not dropped (group_subjects.py).

The fixtures are the tuning pages' sentences (benchmarks/quote_sample.py tuning_pages), cut short, and
sentences in the same pattern; the rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import speaker_by_content

# Extraction benchmark 3c5bf8db4272 (tuning; a galaxy simulation), cut.
THE_TEAM = (
    "Despite these initial findings, the team is far from finished dissecting their model. They also plan "
    "to release all of the simulation's data publicly for astronomers across the world to study their "
    "virtual cosmos.\n"
)
# The same pattern, another body of people.
THE_CREW = "The crew spent six months on the station. They say the next mission will be harder.\n"
# A thing as the subject before: no group, still no one.
THE_MODEL = "The model is far from finished. They also plan to release all of its data publicly.\n"

# Extraction benchmark 5fa3154ec031 (tuning; an editorial on Hong Kong), cut.
MANY_IN_HONG_KONG = (
    "The movement\u2019s resolve in Hong Kong is also a response to events on the mainland. Many in Hong "
    "Kong fear that to pause or seek compromise is to surrender entirely.\n"
)
# The same pattern: a body after "in".
SOME_IN_THE_PARTY = "The vote was close on Tuesday. Some in the party believe that the leader must go.\n"
# A time after "in" restricts no group: a quantifier alone, no one (named_groups.part_of_group).
MANY_IN_RECENT_YEARS = "The vote was close. Many in recent years have said that the party is lost.\n"


def test_they_after_the_team_is_the_team(nlp):
    name, kind, _ = speaker_by_content(THE_TEAM, nlp, "to release all")
    assert (name, kind) == ("team", "anonymous")


def test_they_after_the_crew_is_the_crew(nlp):
    name, kind, _ = speaker_by_content(THE_CREW, nlp, "the next mission")
    assert (name, kind) == ("crew", "anonymous")


def test_they_after_a_thing_is_still_no_one(nlp):
    name, _, _ = speaker_by_content(THE_MODEL, nlp, "to release all")
    assert name is None


def test_many_in_a_place_is_an_unnamed_group(nlp):
    name, kind, _ = speaker_by_content(MANY_IN_HONG_KONG, nlp, "that to pause")
    assert (name, kind) == ("Many in Hong Kong", "anonymous")


def test_some_in_a_body_is_an_unnamed_group(nlp):
    name, kind, _ = speaker_by_content(SOME_IN_THE_PARTY, nlp, "that the leader")
    assert (name, kind) == ("Some in the party", "anonymous")


def test_many_in_a_time_is_still_no_one(nlp):
    name, _, _ = speaker_by_content(MANY_IN_RECENT_YEARS, nlp, "that the party")
    assert name is None
