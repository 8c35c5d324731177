"""Speakers, round 34 (issue 30, helper q128; tuning items bbc-news/business/409.txt and
bbc-news/politics/121.txt): in "X quoted Y as saying" Y is the speaker, X the outlet relaying it
(quoted_as.py); a quote right after the object of a verb of judging or welcoming ("welcomed the new
targets "…"") is the subject's words (called_quotes.py).

The fixtures are sentences of the tuning articles (benchmarks/quote_sample.py tuning_paths), cut short,
or written in their pattern; the rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import speaker_by_content

# BBC business/409.txt (tuning), cut.
QUOTED_INSIDER = (
    "Rival banking giant HSBC, which is based in London and Hong Kong, was also in the running. "
    '"They were able to move so quickly it caught HSBC by surprise," the Financial Times newspaper quoted '
    "an insider in the talks as saying.\n"
)
# The same pattern, written: a named speaker, the quote after; and the passive.
QUOTED_NAMED = 'Reuters quoted Mr Smith as saying: "We will not sell the bank to anyone this year."\n'
QUOTED_PASSIVE = '"They were able to move so quickly," an insider in the talks was quoted as saying.\n'
# BBC politics/121.txt (tuning), cut.
WELCOMED_TARGETS = (
    "Dr Richard Lewis, of the British Medical Association, welcomed the new targets "
    '"to make further and faster progress on waiting lists".\n'
)
# The same pattern, written, with another verb of judging.
HAILED_DEAL = (
    'Union leader Tony Woodley hailed the deal "a victory for common sense and for the workforce".\n'
)


def test_quoted_as_saying_credits_the_object(nlp):
    assert speaker_by_content(QUOTED_INSIDER, nlp, "They were able")[:2] == ("an insider", "anonymous")


def test_quoted_as_saying_with_a_name_and_the_quote_after(nlp):
    assert speaker_by_content(QUOTED_NAMED, nlp, "We will not sell")[:2] == ("Smith", "person")


def test_quoted_as_saying_in_the_passive(nlp):
    assert speaker_by_content(QUOTED_PASSIVE, nlp, "They were able")[:2] == ("an insider", "anonymous")


def test_quote_after_a_welcomed_object_is_the_subjects(nlp):
    assert speaker_by_content(WELCOMED_TARGETS, nlp, "to make further")[:2] == ("Richard Lewis", "person")


def test_quote_after_a_hailed_object_is_the_subjects(nlp):
    assert speaker_by_content(HAILED_DEAL, nlp, "a victory")[:2] == ("Tony Woodley", "person")
