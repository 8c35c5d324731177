"""Counted and paired people, round 25 (issue 30): a bare number, a counting noun or a couple as a
subject is the people the article names, never no one nor one of them alone.

The fixtures are sentences of TUNING articles (BBC business/445, sport/048, entertainment/345,
politics/254), cut short; the rules are in docs/quotes.md, "Counted and paired people, round 25".
"""

from __future__ import annotations

from tests.support.quotes import quote_rows, quotes_only, shipped_model, speaker_by_content

# BBC business/445 (tuning), cut short.
THE_THREE = (
    "Executive trio leave Aer Lingus\n\n"
    "Three senior executives of Ireland's state-owned airline, Aer Lingus, are set to leave early on 28 "
    "January after accusations of a conflict of interest.\n\n"
    "The trio are chief executive Willie Walsh, chief financial officer Brian Dunne and chief operations "
    "officer Seamus Kearney. The three have refused to confirm reports they plan to launch a private airline "
    "in competition with Aer Lingus. They announced in November they would quit in May, but did not give a "
    "reason."
)
TRIO = "Willie Walsh, Brian Dunne and Seamus Kearney"


def test_the_three_after_the_trio_defined_is_those_three(nlp):
    name, kind, _ = speaker_by_content(THE_THREE, nlp, "to confirm reports", shipped_model(nlp))
    assert (name, kind) == (TRIO, "group")


def test_they_after_the_three_is_those_three(nlp):
    name, _, _ = speaker_by_content(THE_THREE, nlp, "they would quit", shipped_model(nlp))
    assert name == TRIO


# BBC sport/048 (tuning), cut short.
AFTER_CLAIMING = (
    "Greek pair set for hearing\n\n"
    "Kostas Kenteris and Katerina Thanou will fight the provisional two-year bans imposed on them by the "
    "IAAF at an independent tribunal this weekend.\n\n"
    "Athletics' ruling body took action against the pair for failing to take drugs tests before the Athens "
    "Olympics. The sprint duo face charges of failing to give information on their location. Testers could "
    "not find them at the Olympic village and the duo were later admitted to hospital after claiming to have "
    "been involved in a motorcycle accident."
)


def test_after_claiming_speaks_for_the_main_clauses_subject(nlp):
    name, kind, _ = speaker_by_content(AFTER_CLAIMING, nlp, "to have been involved", shipped_model(nlp))
    assert (name, kind) == ("Kostas Kenteris and Katerina Thanou", "group")


def test_after_a_thing_the_participle_stays_no_ones(nlp):
    # Near text: the main clause's subject is a thing, which claims nothing.
    text = AFTER_CLAIMING.replace("the duo were later admitted to hospital", "the case was later closed")
    analysis = quotes_only(nlp, text, shipped_model(nlp))
    assert "Kostas Kenteris and Katerina Thanou" not in {name for _, name, _ in quote_rows(analysis)}


# BBC entertainment/345 (tuning), cut short.
THE_COUPLE = (
    "Britney attacks 'false tabloids'\n\n"
    'Pop star Britney Spears has attacked "false" and "desperate" US tabloid magazines.\n\n'
    "Stories about the state of her marriage to Kevin Federline and rumours about a pregnancy have recently "
    "appeared. In February, Spears clashed with Us Weekly for publishing pictures of her honeymoon in Fiji "
    "without permission. The couple, who married in Los Angeles last September, claimed staff took "
    "photographs of them which were later sold.\n\n"
    "They said they allowed the pictures to be taken after they were assured they would only be used for a "
    'private scrapbook. Us magazine was unrepentant about their decision to publish, saying: "Britney should '
    'start her own magazine if she\'d like to dictate her own coverage." "Coming from a celebrity who '
    "sold pictures of both her wedding and her stepdaughter, it's unlikely the issue here is privacy,\" "
    "they added."
)
COUPLE = "Britney Spears and Kevin Federline"


def test_the_couple_is_the_person_and_the_spouse_named(nlp):
    name, kind, _ = speaker_by_content(THE_COUPLE, nlp, "staff took photographs", shipped_model(nlp))
    assert (name, kind) == (COUPLE, "group")
    assert speaker_by_content(THE_COUPLE, nlp, "they allowed the pictures", shipped_model(nlp))[0] == COUPLE


def test_they_added_after_another_speakers_words_is_not_the_couple(nlp):
    name, _, _ = speaker_by_content(THE_COUPLE, nlp, "Coming from a celebrity", shipped_model(nlp))
    assert name != COUPLE


# BBC politics/254 (tuning), cut short.
BOTH_WANT = (
    "Could rivalry overshadow election?\n\n"
    "Tony Blair and Gordon Brown are desperately trying to stuff the genie of their rivalry back into the "
    "bottle.\n\n"
    "It is a message they are aiming directly at their backbenchers. Ian Gibson, for example, urged the two "
    "men to stop squabbling. Those with slim majorities are particularly fearful that the rift could hit "
    "their own hopes of re-election.\n\n"
    "Either way, there is universal agreement that if this goes on through the general election it can only "
    "do the Labour party serious damage. There are signs that the two men appreciate the dangers and both "
    "want to put a lid on all the speculation."
)


def test_both_after_the_two_men_is_the_pair_named_before(nlp):
    name, kind, _ = speaker_by_content(BOTH_WANT, nlp, "to put a lid", shipped_model(nlp))
    assert (name, kind) == ("Tony Blair and Gordon Brown", "group")
