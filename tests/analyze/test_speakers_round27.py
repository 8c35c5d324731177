"""Speakers, round 27 (issue 30; tuning draw 7313, items Q51 Q69 Q70 Q75 Q76): a refusal in the future
keeps its speaker.

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths), names rewritten
and cut short; the rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import rows_of_each, speakers_of_each

# BBC politics/344 (tuning), names rewritten.
WILL_NOT_SAY = (
    "Martin Hale has finally revealed the full scale of his planned tax cuts.\n\nShould he win the next "
    "general election, he has earmarked £4 billion that will be used to reduce taxes - although he still "
    "will not say which or how.\n"
)
# Made up, as news writes a decision not announced yet (unsaid.not_yet_said, no speaker).
WILL_ANNOUNCE = "The club will announce which stadium it backs next week.\n"


def test_a_refusal_in_the_future_keeps_its_speaker(nlp):
    assert speakers_of_each(nlp, WILL_NOT_SAY, "which or how") == {"Martin Hale"}
    types = {row[2] for rows in rows_of_each(nlp, WILL_NOT_SAY) for row in rows if row[0] == "which or how"}
    assert types == {"thought"}


def test_words_not_said_yet_still_have_no_speaker(nlp):
    assert speakers_of_each(nlp, WILL_ANNOUNCE, "which stadium") == {None}
