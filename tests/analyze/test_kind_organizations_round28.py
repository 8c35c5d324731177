"""Speakers, round 28 (issue 30; tuning items entertainment/130 and politics/103): a definite noun of an
organization's kind ("the charity", "the union") where the article named one organization of that kind
is that organization, not an anonymous description.

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths), cut short and
with names changed; the rule is in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import speaker_by_content

# BBC entertainment/130 (tuning), cut, the names changed.
RELIEF_SINGLE = (
    "Charity single for quake relief\n\nRadio DJ Mike Reed went to the Disaster Relief Committee (DRC), "
    "which is co-ordinating the British relief effort, with the idea. Reed said all the funds raised by the "
    "record would go to the DRC. The charity welcomed the news of the single and said money raised would "
    "help its agencies working in the affected region.\n"
)
# BBC politics/103 (tuning), cut, the names changed.
FOSTER_CARERS = (
    "Minimum rate for foster parents\n\nFoster carers are to be guaranteed a minimum allowance, the "
    "government has announced.\n\nFostering Alliance executive director Robert Tipsfield criticised the "
    "existing system. The charity recommends a weekly payment of £108.49 for looking after a baby.\n"
)
# BBC politics/114 (tuning), cut, the names changed: the one council the article named.
CITY_COUNCIL = (
    "Congestion charge ballot\n\nLeith City Council is to ballot constituents on proposals to introduce "
    "congestion charging in the capital.\n\nThe ballot will ask residents to vote for or against the "
    "scheme. Then the council will meet to decide whether to proceed with an application to ministers.\n"
)


def test_the_charity_is_the_one_organization_its_paragraph_named(nlp):
    assert speaker_by_content(RELIEF_SINGLE, nlp, "money raised")[:2] == (
        "Disaster Relief Committee",
        "organization",
    )


def test_the_charity_is_named_as_the_text_writes_it(nlp):
    assert speaker_by_content(FOSTER_CARERS, nlp, "a weekly payment")[:2] == (
        "Fostering Alliance",
        "organization",
    )


def test_the_council_is_the_one_council_the_article_named(nlp):
    assert speaker_by_content(CITY_COUNCIL, nlp, "whether to proceed")[:2] == (
        "Leith City Council",
        "organization",
    )
