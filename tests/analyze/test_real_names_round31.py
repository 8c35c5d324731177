"""Speakers, round 31 (issue 30): a stage name and the real name written beside it ("Chart-topper 50 Cent,
real name Curtis Jackson") are one person, called by the stage name (real_names.py); "cent" without "per"
is no percentage, so "50 Cent said" is no survey's count (survey_counts.py).

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths), cut short; the
rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import speaker_by_content

# BBC entertainment/288 (tuning), cut.
REAL_NAME = (
    "Rapper 50 Cent has ended his public feud with his protege The Game.\n\n"
    'The Game, whose real name is Jayceon Taylor, told a news conference: "I want to apologise." '
    "Chart-topper 50 Cent, real name Curtis Jackson, said the truce came on the anniversary of the death of "
    "the Notorious BIG in 1997. \"We're here today to show that people can rise above the most difficult "
    'circumstances," 50 Cent said.\n\n'
    '"I realised that if I\'m going to be effective at that, I have to overcome some of my own," he said.\n'
)
WHOSE_REAL_NAME = (
    'The Game, whose real name is Jayceon Taylor, told a news conference: "I want to apologise."\n\n'
    'Jayceon Taylor said: "Game and I need to set an example in the community."\n'
)


def test_stage_name_and_real_name_are_one_person(nlp) -> None:
    assert speaker_by_content(REAL_NAME, nlp, "the truce came")[:2] == ("50 Cent", "person")


def test_stage_name_alone_is_the_same_person_not_a_count(nlp) -> None:
    assert speaker_by_content(REAL_NAME, nlp, "We're here today") == ("50 Cent", "person", "speech")


def test_pronoun_after_goes_to_the_one_person(nlp) -> None:
    assert speaker_by_content(REAL_NAME, nlp, "I realised")[:2] == ("50 Cent", "person")


def test_whose_real_name_is_joins_the_two_names(nlp) -> None:
    first = speaker_by_content(WHOSE_REAL_NAME, nlp, "I want to apologise")
    second = speaker_by_content(WHOSE_REAL_NAME, nlp, "Game and I need")
    assert first[:2] == second[:2]
    assert first[1] == "person"
