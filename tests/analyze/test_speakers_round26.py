"""Speakers, round 26 (issue 30; tuning draw 7312, items Q52 Q68 Q75 Q76 Q90): those a passive "urged"
names are urged, not who urges; the place of "the East Midlands MEP" is no person's name; a verb the NER
glued before a name ("rang Lucy") is no part of it; "it" before a whole quotation and a comma-set
"claiming" speaks.

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths), cut short; the
rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import speakers_of_each

# BBC tech/072 (tuning).
GADGET_LOVERS = (
    "Technology firms and gadget lovers are being urged to think more about the environment when buying "
    "and disposing of the latest hi-tech products.\n"
)
# Made up, as news writes a warning given to its hearers.
VOTERS_WARNED = "Voters were warned that the scheme would cost more.\n"
# BBC politics/333 (tuning).
EAST_MIDLANDS_MEP = (
    "Ex-chat show host Robert Kilroy-Silk is to contest the Derbyshire seat of Erewash at the next general "
    "election.\n\nMr Kilroy-Silk announced his plans a day after launching his new party, Veritas, the Latin "
    'for truth. The East Midlands MEP, who quit the UK Independence Party, wants his new group to "change '
    'the face" of UK politics.\n\nHe said "our country" was being "stolen from us" by mass immigration.\n'
)
# BBC politics/113 (tuning).
RANG_LUCY = (
    'Lucy, 36, tracked down Mr Pound after her birth mother told her he was known as "Precious" at '
    "school. That happened when Lucy wrote to his Parliamentary office saying she believed he was her "
    "father.\n\nMr Pound says he rang Lucy as soon as he got her letter, they met up and have been in "
    "contact ever since.\n"
)
# BBC business/414 (tuning).
UNIVERSITY_CLAIMING = (
    "Enron's shareholders are still seeking damages from a long list of other big name defendants including "
    "the financial institutions JP Morgan Chase, Citigroup, Merrill Lynch and Credit Suisse First Boston. "
    "The University of California said the trial in the case is scheduled to begin in October 2006. It "
    'joined the lawsuit in December 2001alleging "massive insider trading" and fraud, claiming it had '
    "lost $145m on its investments in the company.\n"
)


def test_those_urged_in_the_passive_are_no_speaker(nlp):
    assert speakers_of_each(nlp, GADGET_LOVERS, "to think more") == {None}


def test_those_warned_in_the_passive_are_no_speaker(nlp):
    assert speakers_of_each(nlp, VOTERS_WARNED, "that the scheme") == {None}


def test_the_place_of_an_elected_member_is_no_name(nlp):
    assert speakers_of_each(nlp, EAST_MIDLANDS_MEP, "his new group") == {"Robert Kilroy-Silk"}
    assert speakers_of_each(nlp, EAST_MIDLANDS_MEP, "our country") == {"Robert Kilroy-Silk"}


def test_a_verb_glued_before_a_name_is_no_part_of_it(nlp):
    assert speakers_of_each(nlp, RANG_LUCY, "she believed") == {"Lucy"}


def test_it_claims_after_a_whole_quotation(nlp):
    assert speakers_of_each(nlp, UNIVERSITY_CLAIMING, "it had lost") == {"University of California"}
