"""Relays round 11 (issue 30): the source an "according to" gives when the cue has a subject of its own.

Fixtures are a sentence or two of TUNING articles (BBC politics/282, extraction-benchmark 833caf3bdba5),
cut short; the rules are in docs/quotes.md, "Speakers".
"""

from __future__ import annotations

from tests.support.quotes import quote_rows, quotes_only


def _speaker(nlp, text: str, content_has: str) -> str | None:
    rows = quote_rows(quotes_only(nlp, text))
    return next(name for content, name, _ in rows if content_has in content)


def test_an_advance_text_of_his_speech_relays_the_pronoun_speaker(nlp):
    text = (
        "Gordon Brown has addressed the conference behind closed doors. The Chancellor said the "
        "Conservatives' plans would see some £50bn in spending cuts by 2011, which the Tories deny. "
        'According to an advance text released by officials, he told delegates: "We must all show the '
        'strength and unity of purpose to take the long-term decisions necessary to meet them."'
    )
    assert _speaker(nlp, text, "We must all show") == "Gordon Brown"


def test_a_statement_before_a_pronoun_cue_stays_the_source(nlp):
    # Only a record of spoken words (a text, a transcript) relays "he told"; a statement is its own account.
    text = (
        "Gordon Brown has addressed the conference behind closed doors. "
        'According to a statement released by officials, he told delegates: "We will win."'
    )
    assert _speaker(nlp, text, "We will win") != "Gordon Brown"


def test_according_to_after_a_quoted_cue_leaves_the_cue_subject_the_speaker(nlp):
    text = (
        "Israeli Prime Minister Benjamin Netanyahu visited the Gush Etzion settlement bloc in the West "
        'Bank south of Jerusalem on Tuesday.\n\n"Here we are on a historic day with another tremendous '
        'achievement for the State of Israel," he told settler leaders, according to a statement.'
    )
    assert _speaker(nlp, text, "Here we are") == "Benjamin Netanyahu"


def test_according_to_after_an_unquoted_clause_keeps_the_report(nlp):
    # "Donor nations have promised …, according to the United Nations": the UN's account (round 8).
    text = (
        "Donor nations have promised more than $4bn in aid to the countries hit by the tsunami, "
        "according to the United Nations."
    )
    rows = quote_rows(quotes_only(nlp, text))
    assert all(name != "Donor nations" for _, name, _ in rows)


def test_an_organization_title_and_name_before_a_cue_are_the_person(nlp):
    text = (
        "The California Public Utilities Commission holds a public hearing Wednesday with executives from "
        "AT&T, Comcast/Xfinity, T-Mobile and others.\nIn a letter calling for the meeting, CPUC President "
        "Marybel Batjer said that “lack of service is not a mere inconvenience— it endangers lives.”"
    )
    assert _speaker(nlp, text, "lack of service") == "Marybel Batjer"
