"""Whom a pronoun or a description stands for (issue 30, round 8): "they" after a group's words, "the
company" of the clause before, "the three writers" named together before.

The fixtures are a sentence or two of tuning articles (benchmarks/quote_sample.py's tuning_paths and
tuning_pages, items of benchmarks/judged/tuning-7302-9301fb0-quotes.md and draws 7680+), cut short; the
rules are in docs/quotes.md, "Round 8: antecedents".
"""

from __future__ import annotations

from tests.support.quotes import quotes_only, speaker_by_source, speaker_of


def test_they_go_on_from_the_group_not_whom_their_reported_clause_asks_to_act(nlp):
    # politics/051.txt (7302 Q57): the courts are what the MPs want the law to require, not speakers.
    text = (
        "MPs criticise child access system\n\n"
        "Divorced parents seeking access to their children are often disadvantaged by the legal system, "
        "MPs have said.\n\n"
        "They said the law should be changed to require family courts specifically to take account of the "
        "importance of sustaining the relationship between the child and the non-resident parent in "
        'contested cases. This would "reassert the rights of non-resident parents to contact with their '
        'children", they said.'
    )
    assert speaker_of(text, nlp, "reassert the rights") == "MPs"


def test_the_company_of_a_joined_clause_is_the_organization_the_clause_before_has_as_subject(nlp):
    # aeb/c00962aabe7b (7302 Q32): SpaceX, the subject of the clause "but" joins, not Boeing quoted before.
    text = (
        "Boeing is one of the companies bidding on the HLS program, and confirmed that its approach makes "
        "use of the SLS. The only other entity to confirm it has bid on HLS is the national team led by "
        "Blue Origin that includes Draper, Lockheed Martin, and Northrop Grumman. (SpaceX is widely "
        "believed to have submitted a proposal based on its Starship vehicle, but the company has "
        "declined to publicly confirm that.)"
    )
    assert speaker_by_source(quotes_only(nlp, text), "the company")[0] == "SpaceX"
