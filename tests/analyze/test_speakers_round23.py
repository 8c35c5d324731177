"""Descriptions and spokespeople resolved to the wrong person, round 23 (issue 30, wt-q88): a description by
a trade is the person the article gave it, a churchman's name the NER missed is a person's, "her
spokesman" is the spokesman for the woman named before the man between, and a firm named like a person is
the firm.

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths), cut short; the
rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import speaker_by_content

# BBC entertainment/141.
OSBOURNE = (
    "Police praise 'courageous' Ozzy\n\nRock star Ozzy Osbourne has been praised by police for \"very "
    'courageously" tackling a burglar who stole jewellery from his house.\n\nThe singer grabbed an '
    "intruder who then jumped 30ft (10m) from a first floor window as the star gave chase at his "
    'Buckinghamshire home on Monday. "I acted on impulse," Osbourne said. A £100,000 reward has been '
    "offered for information leading to a conviction. His wife Sharon, who called the police, said her "
    "wedding rings were taken from her bedside table as she slept.\n\nThe heavy metal star said he could "
    "have met the same fate as late Beatle George Harrison, who was repeatedly stabbed in a break-in in "
    "1999.\n"
)

# BBC politics/405.
CARDINAL = (
    "Abortion not a poll issue - Blair\n\nTony Blair does not believe abortion should be an election "
    'issue.\n\nMr Blair\'s spokesman said: "The Catholic church has a well-known position on this issue." '
    "His words came as Cardinal Cormac Murphy O'Connor, the Archbishop of Westminster, backed Mr Howard's "
    'stance and distanced himself from Labour.\n\nCardinal O\'Connor claimed Labour had "developed" the '
    "notion that it was the natural party of Catholics.\n"
)
# BBC politics/060, its headline cut.
MURPHY_OCONNOR = (
    "Church leader on the cost of war\n\nCardinal Cormac Murphy-O'Connor has said that billions of pounds "
    "spent on conflict should have been spent on the poor.\n"
)

# BBC sport/478.
CLIJSTERS = (
    "Clijsters hope on Aussie Open\n\nKim Clijsters has denied reports that she has pulled out of "
    "January's Australian Open because of her persistent wrist injury.\n\nOpen chief Paul McNamee had "
    "said: \"Kim's wrist obviously isn't going to be rehabilitated.\" But her spokesman insisted she had "
    "simply delayed submitting her entry.\n"
)

# BBC business/479.
FORD = (
    "Ford gains from finance not cars\n\nFord, the US car company, reported higher fourth quarter and "
    'full-year profits on Thursday boosted by a buoyant period for its car loans unit.\n\n"In 2004, our '
    'company gained momentum," said chairman and chief executive officer Bill Ford. But Ford declined to '
    "provide guidance for first quarter 2005.\n"
)


def test_a_description_by_a_trade_is_the_person_given_that_trade(nlp):
    assert speaker_by_content(OSBOURNE, nlp, "he could have met")[:2] == ("Ozzy Osbourne", "person")


def test_a_name_after_cardinal_is_a_person(nlp):
    assert speaker_by_content(CARDINAL, nlp, "Labour had")[:2] == ("Cormac Murphy O'Connor", "person")


def test_a_hyphenated_name_after_cardinal_is_a_person_not_an_organization(nlp):
    found = speaker_by_content(MURPHY_OCONNOR, nlp, "that billions")[:2]
    assert found == ("Cormac Murphy-O'Connor", "person")


def test_her_spokesman_is_the_woman_named_before_a_man_of_no_sign(nlp):
    found = speaker_by_content(CLIJSTERS, nlp, "she had simply delayed")[:2]
    assert found == ("spokesman for Kim Clijsters", "anonymous")


def test_a_firm_named_like_a_person_is_the_firm(nlp):
    assert speaker_by_content(FORD, nlp, "higher fourth quarter")[:2] == ("Ford", "organization")
    assert speaker_by_content(FORD, nlp, "to provide guidance")[:2] == ("Ford", "organization")
    assert speaker_by_content(FORD, nlp, "In 2004")[:2] == ("Bill Ford", "person")
