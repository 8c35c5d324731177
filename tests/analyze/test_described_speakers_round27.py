"""Speakers, round 27 (issue 30; tuning draws 7311 and 7312, items 7312 Q44 Q50 and three of 7311's
articles): a description the article resolves by its own words. A firm described by what it trades in
("the news and financial data seller") is the firm the story goes on from; a spokesperson for a name the
NER cut ("the St David's Shopping Centre") speaks for the whole name, and one set after a name ("The
Trafford Centre spokeswoman") for it; a spokesperson named beside the organization ("A spokesman for DLF
Builders, Dr Vancheshwar,") is that person; an outlet's name before its noun ("Us magazine") is the
outlet; a name ending on a trade's word ("Mengniu Dairy") is an organization.

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths), cut short and
with names changed where the construction allows; the rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import cluster_names, speaker_by_content, speakers_of_each

# BBC business/053 (tuning), cut.
DATA_SELLER = (
    "Weak dollar hits Reuters\n\nRevenues at media group Reuters slipped 11% during 2004, the group said.\n\n"
    "Reuters also managed to slow a decline in underlying revenues to 5.4% from 10.2% in 2003. The news and "
    "financial data seller said the year had begun well.\n"
)
# BBC business/317 (tuning), cut; the first centre's name changed.
SHOPPING_CENTRES = (
    "Christmas shoppers flock to tills\n\nA spokesman for Leeds's Hartley Centre said it was \"the biggest "
    'Christmas to date" with sales up 5%.\n\nThe Hartley Centre spokeswoman said about 8,500 vehicles had '
    "arrived at the centre on Saturday.\n\nIt was a similar story at Bluewater in Kent.\n\nOn Saturday "
    "afternoon, a spokeswoman for the St David's Shopping Centre in Cardiff said it looked like being its "
    "busiest day of the year.\n"
)
# BBC business/068 (tuning), cut, the names changed.
NAMED_SPOKESMAN = (
    "India seeks to boost construction\n\nA spokesman for KLP Builders, Dr Ramaswamy, told the BBC this "
    'will mean "better offerings" for consumers as well as builders.\n'
)
# BBC entertainment/345 (tuning), cut.
US_MAGAZINE = (
    "Pop star Britney Spears has attacked US tabloid magazines. Us magazine was unrepentant about their "
    "decision to publish, saying: \"Britney should start her own magazine if she'd like to dictate her own "
    'coverage."\n'
)
# BBC business/338 (tuning), cut.
DAIRIES = (
    "The company and its two main rivals - market leader Mengniu Dairy and second place Bright Dairy - "
    "dominate a Chinese milk market.\n"
)


def test_a_firm_described_by_its_trade_is_the_firm_before(nlp):
    assert speakers_of_each(nlp, DATA_SELLER, "the year had begun") == {"Reuters"}


def test_a_spokesperson_for_a_name_the_ner_cut_speaks_for_the_whole_name(nlp):
    assert speakers_of_each(nlp, SHOPPING_CENTRES, "it looked like") == {"St David's Shopping Centre"}


def test_a_spokesperson_after_a_name_speaks_for_it(nlp):
    assert speakers_of_each(nlp, SHOPPING_CENTRES, "about 8,500") == {"Hartley Centre"}


def test_a_spokesperson_named_beside_the_organization_is_that_person(nlp):
    assert speakers_of_each(nlp, NAMED_SPOKESMAN, "this will mean") == {"Dr Ramaswamy"}


def test_an_outlet_named_before_its_noun_is_the_outlet(nlp):
    assert speaker_by_content(US_MAGAZINE, nlp, "Britney should")[:2] == ("Us magazine", "organization")


def test_a_name_ending_on_a_trade_word_is_an_organization(nlp):
    assert "Mengniu Dairy" in cluster_names(nlp, DAIRIES, "organization")
    assert "Mengniu Dairy" not in cluster_names(nlp, DAIRIES, "person")


# BBC politics/405 (tuning), cut.
GROUP_THE_NAME = (
    'Anti-abortion group the Pro-Life Alliance "congratulated" Mr Howard on his new stance, but said it did '
    "not go far enough.\n"
)
# BBC business/233 (tuning), cut.
FIRM_COMMA_NAME = (
    "Bat spit drug firm goes to market\n\nA German firm whose main product is derived from the saliva of "
    "the vampire bat is looking to raise more than 70m euros on the stock market.\n\nThe firm, Paion, said "
    "that it hoped to sell 5 million shares.\n"
)
# BBC tech/076 (tuning), cut.
GOOGLE_SPOKESPERSON = (
    "Google launches TV search service\n\nThe net search giant Google has launched a search service that "
    "lets people look for TV programmes.\n\nIt should expand over time to include content from more "
    "channels, said a Google spokesperson.\n"
)


def test_a_description_before_the_and_a_name_is_the_name(nlp):
    assert speakers_of_each(nlp, GROUP_THE_NAME, "it did not go") == {"Pro-Life Alliance"}


def test_a_capitalised_word_beside_a_description_is_a_name(nlp):
    assert speakers_of_each(nlp, FIRM_COMMA_NAME, "that it hoped") == {"Paion"}


def test_a_spokesperson_after_a_name_the_ner_missed_there_speaks_for_it(nlp):
    assert speakers_of_each(nlp, GOOGLE_SPOKESPERSON, "It should expand") == {"Google"}


# BBC politics/355 (tuning), cut.
TITLED_SPOKESMAN = (
    "Lib Dems stress Budget trust gap\n\nLib Dem spokesman Vince Cable said the public did not know who to "
    "believe.\n\nMr Brown earmarked £1bn to help keep down council tax rises next year. But the Lib Dem "
    "spokesman questioned whether that money was being found from cuts to education and health.\n"
)
# BBC business/068 (tuning), cut, the names changed.
PROPOSAL_STATES = (
    NAMED_SPOKESMAN
    + "\nThe government proposal states that foreign investment of up to 100% will be allowed in the "
    "construction sector.\n"
)


def test_a_spokesperson_after_a_name_is_the_person_given_that_title(nlp):
    assert speakers_of_each(nlp, TITLED_SPOKESMAN, "whether that money") == {"Vince Cable"}


def test_a_proposal_is_a_document(nlp):
    assert speaker_by_content(PROPOSAL_STATES, nlp, "that foreign investment")[1:] == ("document", "document")
