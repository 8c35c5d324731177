"""Speakers, round 29 (issue 30; tuning draw 7314, items Q28, Q63 and Q30): a pronoun or description that
went to the wrong antecedent. A named spokesperson's singular "they" is theirs (spokesperson_they.py); a
name before a noun for works ("the Harry Potter films") is a title, no person the next description goes
to (series_titles.py); what "the nation" learned is the writer's account, no one's words
(public_learners.py).

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths / tuning_pages),
cut short; the rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import speaker_by_content

# Extraction benchmark d48aeb9cf2f2 (tuning; WIRED on Instagram's business accounts), cut.
SPOKESPERSON_THEY = (
    "Instagram first introduced business accounts in 2016. There are now 140 million monthly active "
    "“businesses” across Facebook’s various platforms, according to the company.\n\n"
    "Kym Lino, a spokesperson for Instagram, confirmed to WIRED that the company notifies people who it "
    "thinks could benefit from converting their personal accounts into business ones. “We use a machine "
    "learning model which predicts likely commercial intent of Instagram accounts to identify potential "
    "accounts that may benefit from professional tools like analytics,” they said in an email.\n"
)
# BBC entertainment/354 (tuning), cut.
SERIES_TITLE = (
    "The younger stars of British film were also represented in the shape of Emma Watson, who plays "
    "Hermione in the Harry Potter films. The 14-year-old said she was hoping to meet DiCaprio and Keanu "
    'Reeves but joked that "they are probably a little too old for me".\n'
)
# Extraction benchmark f5c90a6d5253 (tuning; a column on Adam Schiff's inquiry), cut.
NATION_LEARNED = (
    "Polls show that Trump is almost back to where he was in popularity when Schiff unleashed his "
    "late-September Ukrainian caper.\n\nFrom the day Schiff reemerged after his licking his wounds in "
    "hibernation, following the Mueller implosion, his efforts have insidiously gone downhill. Once Trump "
    "released the transcript of his July 25th call with Ukrainian president Zelensky, the nation learned "
    "that the Schiff’s gold-standard whistleblower was no such thing.\n"
)


def test_a_named_spokespersons_singular_they_is_theirs(nlp):
    assert speaker_by_content(SPOKESPERSON_THEY, nlp, "We use a machine")[:2] == ("Kym Lino", "person")


def test_a_name_before_a_noun_for_films_is_their_title_not_the_person_described(nlp):
    assert speaker_by_content(SERIES_TITLE, nlp, "she was hoping")[:2] == ("Emma Watson", "person")


def test_what_the_nation_learned_is_nobodys_statement(nlp):
    assert speaker_by_content(NATION_LEARNED, nlp, "that the Schiff")[:2] == (None, None)
