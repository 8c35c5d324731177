"""Speakers, round 30 (issue 30; tuning draw 7316, items Q54, Q89, Q84 and Q3): an "it", a "he", a club's
page and a headline's description that went to the wrong antecedent or to none. A cue's "it" reaches the
organization named in the paragraph before, past the blank line (written_before.py); a name ending in a
club's or a firm's word is no person a "he" goes to (organization_endings.py); "the club website" is the
club of the person reported on (kind_pages.py); a headline's "exec says" is the executive the lead names
(headline_descriptions.py).

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths / tuning_pages),
cut short; the rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import speaker_by_content

# BBC business/293 (tuning), cut.
IT_CONFIRMED = (
    "Malcolm Glazer has made a fresh approach to buy Manchester United, which could lead to a bid valuing "
    "the Premiership club at £800m.\n\n"
    "The US tycoon, who has been wooing the club for the last 12 months, has approached the United board "
    'with "detailed proposals", it has confirmed. Mr Glazer, who owns the Tampa Bay Buccaneers team, hopes '
    "this "
    "will lead to a formal bid being accepted.\n"
)
# BBC sport/297 (tuning), cut.
CLUB_NAMED_RFC = (
    "Wales hooker Mefin Davies is likely to stay with English side Gloucester despite reported interest "
    "from the Neath-Swansea Ospreys.\n\n"
    "The summer demise of the Celtic Warriors region left Davies in the cold and forced him to take a "
    "semi-professional contract with Neath RFC. Although he got match time with the Ospreys at the request "
    "of the Wales management, he admitted before his move to Gloucester that he was angry with the way he "
    "was treated.\n"
)
# BBC sport/097 (tuning), cut.
CLUB_WEBSITE = (
    "Everton manager David Moyes will discipline striker James Beattie after all for his headbutt on "
    "Chelsea defender William Gallas.\n\n"
    "The Scot initially defended Beattie, whose dismissal put Everton on the back foot in a game they "
    'ultimately lost 1-0, saying Gallas overreacted. He said: "I believe that I should set the record '
    'straight by conceding that the dismissal was right and correct."\n\n'
    "The club website also reported that Beattie, who seemed unrepentant after Saturday's match, has now "
    "apologised.\n"
)
# Extraction benchmark 098bb3e96c0a (tuning; Disney+ launch), cut.
HEADLINE_EXEC = (
    "'We had some issues,' exec says on Disney+ glitches\n\n"
    "Walt Disney Co. executive Kevin Mayer said overwhelming demand for the new Disney+ streaming service "
    "caused technical problems on its first day.\n"
)


def test_a_cues_it_reaches_the_organization_named_before_the_paragraph_break(nlp):
    assert speaker_by_content(IT_CONFIRMED, nlp, "The US tycoon")[:2] == ("Manchester United", "organization")


def test_a_name_ending_in_a_clubs_word_is_no_he(nlp):
    assert speaker_by_content(CLUB_NAMED_RFC, nlp, "that he was angry")[:2] == ("Mefin Davies", "person")


def test_the_club_website_is_the_club_of_the_person_reported_on(nlp):
    assert speaker_by_content(CLUB_WEBSITE, nlp, "that Beattie")[:2] == ("Everton", "organization")


def test_a_headlines_bare_description_is_the_person_the_lead_names_in_that_role(nlp):
    assert speaker_by_content(HEADLINE_EXEC, nlp, "We had some issues")[:2] == ("Kevin Mayer", "person")
