"""Descriptions that name no one by name (issue 30): a quantifier alone as the subject ("Many believe"),
a description whose words are a name the article gives ("the union" of the "Public and Commercial Services
union"), a page that speaks for its owner (analyze/descriptions.py; docs/quotes.md, "Speakers").

The fixtures are a sentence or two of BBC articles outside the held-out sample (benchmarks/quote_sample.py,
tuning_paths), cut short.
"""

from __future__ import annotations

from tests.support.quotes import quotes_only as _run


def _speaker(text: str, nlp, content: str):
    """The speaker of the attribution whose content starts with `content`."""
    analysis = _run(nlp, text)
    quote = next(q for q in analysis.quotes if analysis.text[slice(*q.content[0])].startswith(content))
    return analysis.speaker(quote.speaker)


def test_many_alone_with_no_group_before_is_no_one_never_the_name_many(nlp):
    # business/091 (round 7: a quantifier is never a name, analyze/named_groups.py)
    text = (
        "The company's founder and ex-chief executive, Mikhail Khodorkovsky, is in jail on trial for tax "
        "evasion and fraud. Many believe the real motive for his prosecution is that he threatened to use "
        "his wealth to set up a political alternative to President Vladimir Putin."
    )
    assert _speaker(text, nlp, "the real motive") is None


def test_others_after_some_commentators_are_commentators_an_anonymous_group(nlp):
    # tech/364
    text = (
        "Some commentators on the net say it has a similar feel to the dotcom days. "
        "Others say it is just another element of setting media free from big companies."
    )
    assert _speaker(text, nlp, "it has a similar").name == "Some commentators"
    others = _speaker(text, nlp, "it is just another")
    assert others is not None and others.name == "commentators" and others.anonymous


def test_a_quantifier_of_a_group_named_is_still_that_group(nlp):
    # a sentence made for the contrast: "Some of the residents" are the residents, as before the rule
    text = "Some of the residents said the council had ignored their complaints."
    speaker = _speaker(text, nlp, "the council had")
    assert speaker is not None and speaker.name.lower().endswith("residents")


PCS = (
    "Public and Commercial Services union members have already voted to strike over cuts for one day on "
    "5 November. Next Friday's strike action by the PCS is the biggest in the civil service since 1993, "
    "hitting Jobcentres, benefit agencies, pensions offices, customs and driving tests. "
)


def test_the_union_is_the_union_the_article_names_with_that_word_last(nlp):
    # politics/084: the NER takes only "Commercial Services" for a name; "the union" is the PCS
    text = PCS + "The union says it is concerned about pensions, sick pay and forced relocation."
    speaker = _speaker(text, nlp, "it is concerned")
    assert speaker is not None and speaker.name == "PCS" and not speaker.anonymous


def test_a_description_with_a_word_the_name_lacks_is_not_that_union(nlp):
    # politics/084, the last sentence adapted: "the transport union" is no union the article names
    text = PCS + "The transport union says it is concerned about pensions, sick pay and forced relocation."
    speaker = _speaker(text, nlp, "it is concerned")
    assert speaker is None or speaker.name != "PCS"


def test_a_name_the_ner_missed_and_no_initials_name_is_the_speaker_by_its_words(nlp):
    # politics/084, the PCS's sentence left out: the name the article gives, whole
    text = PCS.split(" Next Friday")[0] + " The union says it is concerned about pensions and sick pay."
    speaker = _speaker(text, nlp, "it is concerned")
    assert speaker is not None and speaker.name == "Public and Commercial Services union"
    assert speaker.type == "organization" and not speaker.anonymous
