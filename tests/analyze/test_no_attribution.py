"""What is no attribution, or no one's speech (issue 30): a count of a survey's respondents, a participle
that modifies a thing.

The fixtures are a sentence or two of BBC articles outside the held-out sample of
benchmarks/quote_sample.py (its tuning_paths), cut short; the rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import quote_rows
from tests.support.quotes import quotes_only as _run


def test_a_percentage_of_respondents_is_a_surveys_figure_not_speech(nlp):
    text = (
        "However, only 34% said they had received replacement cards with the necessary 'chip' technology "
        "from all their card providers. Furthermore, 16% said that none of their cards had been replaced."
    )
    rows = quote_rows(_run(nlp, text))
    assert len(rows) == 2
    assert all(speaker is None and kind == "document" for _, speaker, kind in rows)
    text = (
        "A total of 53% of those polled said they had sympathy for Mr Blunkett, with 40% saying they did not."
    )
    assert [(s, t) for _, s, t in quote_rows(_run(nlp, text))] == [(None, "document")]


def test_one_in_four_and_a_fraction_are_counts_not_speakers(nlp):
    text = "Nearly three out of four girls said they used make-up."
    assert quote_rows(_run(nlp, text)) == [("they used make-up", None, "document")]
    text = "One in four said he should be back in the Government's top ranks within a year or two."
    rows = quote_rows(_run(nlp, text))
    assert [(s, t) for _, s, t in rows] == [(None, "document")]
    text = "However, nearly a quarter said they struggled to remember their pin number."
    assert quote_rows(_run(nlp, text)) == [("they struggled to remember their pin number", None, "document")]


def test_people_counted_by_name_still_speak(nlp):
    text = (
        "Verizon's offer is made up of cash, shares and dividends, and a number of investors have said "
        "that it undervalues MCI."
    )
    assert [t for _, _, t in quote_rows(_run(nlp, text))] == ["speech"]
    text = (
        "Shares in Cairn Energy have jumped 6% after the firm said an Indian oilfield was larger than "
        "previously thought."
    )
    assert quote_rows(_run(nlp, text)) == [
        ("an Indian oilfield was larger than previously thought", "Cairn Energy", "speech")
    ]


def test_a_participle_that_modifies_a_thing_reports_nothing_anyone_said(nlp):
    text = (
        "Among sweeteners reported to have been discussed by Mr Seifert with Ms Furse were plans to move "
        "the management of its cash and Eurex derivatives market to London."
    )
    assert all(t != "speech" for _, _, t in quote_rows(_run(nlp, text)))
    text = (
        "Meanwhile, in the USA a further 717 lawsuits against people alleged to have traded copyrighted "
        "songs were filed this week by the Recording Industry Association of America."
    )
    assert all(t != "speech" for _, _, t in quote_rows(_run(nlp, text)))
    text = "The deal, reported to be worth $2bn, was signed on Monday."  # issue 30: the noun did not report
    assert quote_rows(_run(nlp, text)) == [("to be worth $2bn", None, "thought")]


def test_a_participle_of_a_named_speaker_is_still_speech(nlp):
    text = (
        "England's World Cup-winning fly-half said last week he was hoping to recover from his latest "
        "injury in time to play some role in the championship."
    )
    assert [t for _, _, t in quote_rows(_run(nlp, text))] == ["speech"]
    text = (
        "Umbro, which recently lost sponsorship deals with Chelsea and Celtic, said on Thursday it had "
        "signed a new four-year agreement with Scottish club Rangers."
    )
    assert quote_rows(_run(nlp, text))[0][1:] == ("Umbro", "speech")


def test_a_count_of_those_questioned_is_no_one_and_some_of_them_in_a_poll_story_too(nlp):
    text = (
        "In the UK 69% of those questioned said they turned to their fixed phone because it was still "
        "cheaper to use than a mobile. Some of those questioned said they were looking to use a mobile or "
        "wireless service to get net access within the next couple of years."
    )
    assert [(s, t) for _, s, t in quote_rows(_run(nlp, text))] == [(None, "document"), (None, "document")]
