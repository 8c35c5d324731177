"""A one-word office, round 26 (issue 30; judged tuning draw 7312 Q55): "the minister" is the person the
article named with a portfolio ending on that word ("Irish Transport Minister Martin Cullen").

The fixture is a few lines of a TUNING article (benchmarks/quote_sample.py tuning_paths), cut short; the
rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import speaker_by_content

# BBC business/445 (judged tuning 7312 Q55), cut short.
CULLEN = (
    "Executive trio leave Aer Lingus\n\nThe trio are chief executive Willie Walsh, chief financial officer "
    "Brian Dunne and chief operations officer Seamus Kearney. That decision had followed an announcement by "
    "Irish Prime Minister Bertie Ahern - who is still considering the future of the airline - which "
    "ruled out a proposed management buy-out of Aer Lingus.\n\nThis week opposition politicians had called "
    "on the Irish government to make an urgent decision on the future of the airline. On Wednesday Irish "
    'Transport Minister Martin Cullen said in a statement: "A conflict of interest cannot, should not and '
    "will not be allowed to arise between their current roles at Aer Lingus and their future career "
    'intentions." Last Friday the minister had announced he was to advertise for three senior executives '
    "for Aer Lingus.\n"
)


def test_the_minister_is_the_holder_of_the_portfolio_named_before(nlp):
    assert speaker_by_content(CULLEN, nlp, "he was to advertise") == ("Martin Cullen", "person", "speech")
