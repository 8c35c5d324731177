"""Speakers due but left out or taken from the wrong noun, round 24 (issue 30; judged tuning draw 7311 Q40): a
name, an aside between two dashes and the cue is the name's.

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths), cut short; the
rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import speaker_by_content

# BBC business/105 (judged tuning 7311 Q40).
ASTON = (
    "Budget Aston takes on Porsche\n\nWith a price tag under £80,000, the V8 Vantage is tens of thousands "
    'of pounds cheaper than existing Aston models. The Vantage is "the most important car in the history '
    "of our company\", said Aston's chief executive Ulrich Bez. Aston - whose cars were famously used by "
    "James Bond - will unveil the Vantage at the Geneva Motor Show on Thursday. Mr Bez - himself a former "
    "executive at rival Porsche - said the new car was the company's \"most affordable car ever and makes "
    'the brand accessible".\n'
)


def test_a_name_then_an_aside_between_dashes_then_the_cue_is_the_names(nlp):
    assert speaker_by_content(ASTON, nlp, "the new car was")[:2] == ("Ulrich Bez", "person")
