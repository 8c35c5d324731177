"""Thoughts, round 29 (issue 30; tuning draw 7315, items Q44 and Q45 of aeb/f5c90a6d5253): a quotation that
"think" brings in is an inner voice, a thought, not speech; a belief a verb of beginning carries ("will
begin to think") is a thought, as the learned model draws the cue whole.

The fixtures are a few lines of TUNING pages (benchmarks/quote_sample.py tuning_pages), cut short; the
rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import rows_of_each

# aeb/f5c90a6d5253 (tuning), cut.
SHRUG_AND_THINK = (
    "In other words, the more Schiff pushes these serial whines, the closer he gets to Election Day, and the "
    "more the people shrug and think, “Enough already, just vote.”\n"
)
BEGIN_TO_THINK = (
    "After the Dems decided to wage a three-year-long presidential abortion, the public has begun finally to "
    "wonder at what point enough is enough. People will begin to think the target of unhinged vituperation "
    "must be doing something right to warrant such unattractive enemies, and that he is therefore worthy of "
    "empathy.\n"
)
# A quotation after "said" stays speech.
SAID_QUOTE = "The more the people shrug, the more they say, “Enough already, just vote.”\n"


def _types(nlp, text: str, start: str) -> set[str]:
    return {
        kind for rows in rows_of_each(nlp, text) for content, _, kind in rows if content.startswith(start)
    }


def test_a_quotation_think_brings_in_is_a_thought(nlp):
    assert _types(nlp, SHRUG_AND_THINK, "Enough already") == {"thought"}


def test_a_belief_a_verb_of_beginning_carries_is_a_thought(nlp):
    assert _types(nlp, BEGIN_TO_THINK, "the target of unhinged") == {"thought"}


def test_a_quotation_said_stays_speech(nlp):
    assert _types(nlp, SAID_QUOTE, "Enough already") == {"speech"}
