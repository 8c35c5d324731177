"""Speakers, round 29 (issue 30; tuning draw 7315, item Q32 of aeb/c00962aabe7b): a cue in an infinitival
relative ("the only other entity to confirm …", "the first company to say …") speaks for whom the copula
names, never for the speaker of the sentence before.

The fixtures are a few lines of TUNING pages (benchmarks/quote_sample.py tuning_pages), cut short; the rule
is in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import speakers_of_each

# aeb/c00962aabe7b (tuning), cut.
NATIONAL_TEAM = (
    "“Using the lift capability of NASA’s Space Launch System Block 1B, we can deliver the lander in one "
    "piece,” Jim Chilton, senior vice president for space and launch at Boeing Defense, Space, and Security, "
    "said in that statement. The only other entity to confirm it has bid on HLS is the “national team” led "
    "by Blue Origin that includes Draper, Lockheed Martin, and Northrop Grumman.\n"
)
# The copula's other way round (made up after it).
FIRST_COMPANY = (
    "Mr Chilton said he expected more bids. Boeing was the first company to confirm it had bid for the "
    "contract.\n"
)


def test_the_complement_of_the_copula_speaks(nlp):
    assert speakers_of_each(nlp, NATIONAL_TEAM, "it has bid on HLS") == {"Blue Origin"}


def test_the_subject_of_the_copula_speaks(nlp):
    assert speakers_of_each(nlp, FIRST_COMPANY, "it had bid for the contract") == {"Boeing"}


def test_the_quote_before_keeps_its_speaker(nlp):
    assert speakers_of_each(nlp, NATIONAL_TEAM, "Using the lift") == {"Jim Chilton"}
