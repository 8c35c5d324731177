"""Speakers left out or misread, round 20 (issue 30; judged tuning draw 7309 Q43 Q46 Q62 Q90): "it" and
"the company" go on from the organization a paragraph is about, a reduced passive's "by" agent is the
source, and "the Romanian international" is a person, never a document.

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths), cut short; the
rules are in docs/quotes.md.
"""

from __future__ import annotations

import pytest

from tests.support.quotes import quote_rows, quotes_only, shipped_model, speaker_by_content

# BBC business/252 (judged tuning 7309 Q43): "It added" after "The group … The company …", BT's paragraph.
BT = (
    "BT offers equal access to rivals\n\nBT has moved to pre-empt a possible break-up of its business "
    "by offering to cut wholesale broadband prices and open its network to rivals.\n\nThe move comes "
    'after telecom regulator Ofcom said in November that the firm must offer competitors "real '
    'equality of access to its phone lines". At the time, Ofcom offered BT the choice of change or '
    "splitting into two. Ofcom is carrying out a strategic review aimed at promoting greater "
    "competition in the UK telecom sector. BT's competitors have frequently accused it of misusing "
    "its status as the former telecoms monopoly and controller of access to many customers to "
    "favour its own retail arm.\n\nThis latest submission was delivered to the watchdog ahead of a "
    'deadline for the second phase of its review.\n\n"Central to the proposals are plans by BT to '
    "offer operators lower wholesale prices, faster broadband services and transparent, "
    'highly-regulated access to BT\'s local network," the former monopoly said in a statement. "The '
    "United Kingdom has the opportunity to create the most exciting and innovative telecoms market "
    'in the world," BT chief executive Ben Verwaayen said. "BT has a critical role to play, and '
    'today we are making a set of far-reaching proposals towards that framework," he said. BT wants '
    "lighter regulation in exchange for the changes, as well as the removal of the break-up "
    "threat.\n\nThe group is to set up a new Access Services division - with a separate board which "
    'would include independent members - to ensure equal access for rivals to the "local loop", the '
    "copper wires that run between telephone exchanges and households. The company also unveiled "
    "plans to cut the wholesale prices of its most popular broadband product by about 8% from April "
    "in areas of high customer demand.\n\nIt added that it plans to invest £10bn in the next five "
    'years to create a "21st Century network". To meet the growing demand for greater bandwidth, BT '
    "said it would begin trials in April with a view to launching higher-speed services nationally "
    "from the autumn.\n"
)

# BBC business/393 (judged tuning 7309 Q46): "it reported" in Laura Ashley's paragraph, Metrojaya named first.
ASHLEY = (
    "Laura Ashley chief stepping down\n\n"
    "Laura Ashley is parting company with its chief executive Ainum Mohd-Saaid.\n\n"
    "Since 2002, Ms Tan has been managing director and chief executive of Metrojaya, one of the largest "
    "retail groups in Malaysia. Laura Ashley, which is due to issue its next trading statement in the next "
    "few weeks, has in recent months been hit by reports of poor sales. In recent times, it has put renewed "
    "focus on home furnishings rather than clothing, but last September it reported that interim six month "
    "losses had risen from £1m to £1.2m.\n"
)

# BBC politics/090 (judged tuning 7309 Q62): a reduced passive of a cue with its agent.
SOLUTIONS = (
    "Experts are giving evidence on the subject to the Scottish Parliament's environment committee. "
    "Officials believe nuclear energy and wind farms may be better options than trying to tackle global "
    "warming. Solutions suggested by conservationists include reducing internal UK air travel and "
    "boosting electric trains.\n"
)

# BBC sport/199 (judged tuning 7309 Q90): "the Romanian international" is a player, no document.
MUTU = (
    "It emerged that Mutu had failed a drugs test on October 18. The Romanian international later "
    "suggested it was a substance designed to enhance sexual performance.\n"
)


def test_it_after_descriptions_of_the_company_is_the_paragraphs_organization(nlp):
    assert speaker_by_content(BT, nlp, "that it plans to invest")[:2] == ("BT", "organization")


def test_it_after_a_person_as_subject_is_not_the_organization_before(nlp):
    # Near text: a person is the subject between, the search stops (no BT).
    text = BT.replace("BT wants lighter regulation", "Mr Verwaayen wants lighter regulation")
    assert speaker_by_content(text, nlp, "that it plans to invest")[0] != "BT"


def test_it_in_a_clause_goes_to_the_subject_of_the_paragraph_not_the_object(nlp):
    assert speaker_by_content(ASHLEY, nlp, "that interim six month losses")[:2] == (
        "Laura Ashley",
        "organization",
    )


def test_it_after_a_person_subject_is_left_to_the_rules_before(nlp):
    # Near text: the sentence before is a person's (Ms Tan), so no organization of the paragraph.
    text = ASHLEY.replace(
        "Laura Ashley, which is due to issue its next trading statement in the next few weeks, has",
        "Ms Tan has",
    )
    assert speaker_by_content(text, nlp, "that interim six month losses")[0] != "Laura Ashley"


def test_a_reduced_passives_agent_is_the_source(nlp):
    # The shipped model finds this attribution (the CLI's default, which the judged sample read).
    if shipped_model(nlp) is None:
        pytest.skip("no shipped attribution model")
    assert speaker_by_content(SOLUTIONS, nlp, "Solutions", shipped_model(nlp))[:2] == (
        "conservationists",
        "anonymous",
    )


def test_a_reduced_passive_of_a_deed_names_no_source(nlp):
    # Near text: "built by" is no cue, nothing said.
    text = SOLUTIONS.replace("suggested by conservationists", "built by conservationists")
    rows = quote_rows(quotes_only(nlp, text, shipped_model(nlp)))
    assert not [row for row in rows if row[0].startswith("Solutions") and row[1] == "conservationists"]


def test_a_nations_international_is_a_person_not_a_document(nlp):
    _, kind, kind_of_words = speaker_by_content(MUTU, nlp, "it was a substance")
    assert kind != "document" and kind_of_words == "speech"


def test_a_thing_that_suggests_stays_a_document(nlp):
    # Near text: "The Romanian test" is a thing that shows.
    text = MUTU.replace("The Romanian international", "The Romanian test")
    assert speaker_by_content(text, nlp, "it was a substance")[2] == "document"


# aeb/3cb5e2f46626 (judged tuning 7309 Q6): a quote opened on a straight mark, closed on a curly one.
NISSAN = (
    '"Nissan has a vibrant portfolio of new-generation sedans for customers in the U.S. Market. The lower '
    "stance and more athletic design cues from the Maxima sports sedan give Sentra a sexy new look,” said "
    "David Kershaw, division vice president, Nissan Sales & Regional Operations at Nissan North America "
    "Inc.\n"
)


def test_a_straight_mark_closed_by_a_curly_one_is_one_quote_with_its_cue(nlp):
    name = speaker_by_content(NISSAN, nlp, "Nissan has a vibrant portfolio")[0]
    rows = quote_rows(quotes_only(nlp, NISSAN))
    assert name == "David Kershaw"
    assert not any("said David Kershaw" in content for content, _, _ in rows)


def test_a_curly_mark_inside_a_straight_quote_after_a_space_does_not_close_it(nlp):
    # Near text: "” " with a space before it ends no word; the straight mark still closes the quote.
    text = NISSAN.replace("look,” said", 'look ” here," said')
    assert speaker_by_content(text, nlp, "Nissan has a vibrant portfolio")[0] == "David Kershaw"
