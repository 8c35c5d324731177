"""Titles, round 29 (issue 30; tuning draw 7315, item Q70 of entertainment/234): a capitalised verb inside a
run of capitalised words in prose ("with Do They Know It's Christmas") is a word of a song's title, no cue.

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths), cut short; the
rule is in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import rows_of_each

# BBC entertainment/234 (tuning), cut.
BAND_AID = (
    "Band Aid 20 slipped to six after seven weeks in the chart with Do They Know It's Christmas, which has "
    "been the top-selling single of the year.\n"
)
# A title-case headline keeps its cue (made up).
HEADLINE = "Blair Says Tax Cuts Will Pay\n\nThe prime minister said the cuts would pay for themselves.\n"


def test_a_verb_in_a_title_is_no_cue(nlp):
    assert rows_of_each(nlp, BAND_AID) == [[] for _ in rows_of_each(nlp, BAND_AID)]


def test_a_title_case_headline_keeps_its_cue(nlp):
    for rows in rows_of_each(nlp, HEADLINE):
        assert any(content.startswith("Tax Cuts") for content, _, _ in rows)
