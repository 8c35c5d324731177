"""Groups named before (issue 30): a definite plural of an organization noun, or a bare "Both", is the
organizations named together before it, one joint source; a quantifier alone ("Others", "Many") is a part
of a group, never a name (analyze/named_groups.py; docs/quotes.md, "Groups named before").

The fixtures are a sentence or two of BBC articles outside the held-out sample of
benchmarks/quote_sample.py (its tuning_paths), cut short.
"""

from __future__ import annotations

from tests.support.quotes import quote_rows, speaker_of
from tests.support.quotes import quotes_only as _run


def _speaker(text: str, nlp, content: str) -> str | None:
    return next(name for written, name, _ in quote_rows(_run(nlp, text)) if written.startswith(content))


def test_the_firms_are_the_firms_the_lead_lists_not_the_last_of_them(nlp):
    # tech/304
    text = (
        "Technology firms Sony, Philips, Matsushita and Samsung are developing a common way to stop people "
        "pirating digital music and video.\n\n"
        "By setting up the alliance to work on a common control system, the firms said they hope to end "
        "this current fragmentation of file formats. In a joint statement the firms said they wanted to let "
        "consumers enjoy music on any device."
    )
    joint = "Sony, Philips, Matsushita and Samsung"
    assert _speaker(text, nlp, "they hope to end") == joint
    assert _speaker(text, nlp, "they wanted to let") == joint


def test_the_parties_are_the_two_parties_the_sentence_before_names(nlp):
    # politics/337
    text = (
        "Labour and the Conservatives are still telephoning the millions of people who have signed up to "
        'make sure they do not get marketing "cold calls".\n\n'
        "The parties say they can stick to the rules by ensuring that their calls are not marketing."
    )
    assert _speaker(text, nlp, "they can stick") == "Labour and the Conservatives"


def test_both_after_two_airlines_named_together_is_the_two(nlp):
    # business/466
    text = (
        "Two of the largest airlines in the US - American and Southwest - have blamed record fuel prices "
        "for their disappointing quarterly results.\n\n"
        "American Airlines' parent AMR reported a loss of $387m for the fourth quarter of 2004. Meanwhile, "
        "Southwest Airlines saw its fourth-quarter 2004 profits fall 15% to $56m. Both said high fuel bills "
        "would continue to pressure revenues in 2005."
    )
    assert _speaker(text, nlp, "high fuel bills") == "American and Southwest"


def test_a_plural_of_people_named_in_full_is_no_joint_organization(nlp):
    # made for the contrast, from politics/254's two men: people are no organizations
    text = (
        "Tony Blair and Gordon Brown met on Monday. Mr Blair and Mr Brown spoke for an hour.\n\n"
        "The parties said the talks had gone well."
    )
    assert _speaker(text, nlp, "the talks had") != "Mr Blair and Mr Brown"


def test_others_after_some_consumers_are_the_consumers(nlp):
    # aeb/098bb3e96c0a (tuning), cut short
    text = (
        "Some consumers who sought help reported telephone wait times of hours. Others reported being "
        "abruptly logged off the service."
    )
    assert _speaker(text, nlp, "being abruptly") == "consumers"


def test_many_alone_with_no_group_before_is_no_speaker(nlp):
    # tech/215: a column's generalisation
    text = (
        "Many feel that the most difficult and challenging area for the Commission will be to identify a "
        "solution for different Digital Rights Management schemes."
    )
    assert _speaker(text, nlp, "that the most difficult") is None


def test_they_after_many_with_no_group_is_no_one_not_a_speaker_further_back(nlp):
    # politics/254, cut short
    text = (
        "Meanwhile the likes of Health Secretary John Reid are warning of the electoral dangers of allowing "
        "this soap opera to continue.\n\n"
        "But this particular genie is unusually reluctant to return to captivity and many fear it is simply "
        "too late to repair the damage. They believe they will be fighting the next election with the "
        "sounds of open warfare ringing in their ears."
    )
    assert _speaker(text, nlp, "it is simply too late") is None
    assert _speaker(text, nlp, "they will be fighting") is None


def test_they_after_two_people_named_together_as_the_subject_is_the_two(nlp):
    # politics/254
    text = (
        "Tony Blair and Gordon Brown are desperately trying to stuff the genie of their rivalry back into "
        "the bottle.\n\n"
        "Along with any number of senior cabinet colleagues, they are insisting their only job is to win the "
        "next election and govern in the best interests of Britain."
    )
    assert _speaker(text, nlp, "their only job") == "Tony Blair and Gordon Brown"


def test_they_after_two_people_only_mentioned_is_not_the_two(nlp):
    # business/242, cut short: the two are the object of a preposition, not who acts
    text = (
        "Analysts said the support of Mr Magnier and Mr McManus was crucial. They said the bid could well "
        "go ahead."
    )
    assert _speaker(text, nlp, "the bid could") != "Mr Magnier and Mr McManus"


def test_others_after_a_group_named_whole_are_the_other_side_not_that_group(nlp):
    # Made up, of the shape "X say …; others argue …" where the others disagree with X.
    text = (
        "Unions say the pay offer is an insult to nurses. "
        "Others argue it is the best deal the health service can afford."
    )
    assert speaker_of(text, nlp, "it is the best deal") != "Unions"
