"""Speakers, round 29 (issue 30; tuning draw 7315, items Q24 Q66 Q80 Q89): a dateline is no subject
("BERLIN -- The European Space Agency says …"); a name set before another common noun of the subject
("the Huaral programme promoters") does not stand for it; "our correspondent" is the one reporter the
article names after the outlet's possessive ("The BBC's Zubair Ahmed"); a name the parser joined to a
fronted date ("on Wednesday Lord Woolf said") is the cue's subject.

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths), cut short; the
rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import speaker_by_content, speakers_of_each

# article-extraction-benchmark b37be3535e1f (tuning), the lead.
DATELINE = (
    "Space agency looks at hibernation\n\n"
    "BERLIN -- The European Space Agency says putting astronauts into a state of suspended animation "
    "could make it easier to reach other planets.\n"
)

# BBC tech/006 (tuning), cut.
PROGRAMME_PROMOTERS = (
    "Peru's farmers go online\n\n"
    "The pilot scheme in the Huaral Valley, 80 kilometres north of the capital Lima, aims to offer the "
    "community up-to-date information on agricultural market prices.\n\n"
    "So far, the Huaral programme promoters say the experience has been very positive, and are already "
    "planning on spreading the model among other farmers' organisations in Peru.\n"
)

# BBC entertainment/085 (tuning), cut.
OUR_CORRESPONDENT = (
    "Indian Catholics protest at film\n\n"
    "The BBC's Zubair Ahmed in Mumbai says that the controversial film shows a priest in steamy scenes "
    "with a girl half his age. Mr D'Souza says he is shocked at the Censor Board's decision to clear the "
    "film. Our correspondent says that India's TV channels have so far refused to be dragged into the "
    "controversy and have not screened the film's promotional material.\n"
)

# BBC politics/231 (tuning), cut.
DATED_NAME = (
    "Woolf murder sentence rethink\n\n"
    "There was an outcry three months ago when the Sentencing Guidelines Council - led by Lord Woolf - "
    "published its proposals for England and Wales.\n\n"
    'In a statement issued on Wednesday Lord Woolf said: "I have no doubt that being able to call on the '
    "diverse backgrounds and experiences of all those that serve on the SGC has vastly improved the final "
    'guidelines."\n'
)


def test_a_dateline_is_no_speaker(nlp):
    assert speakers_of_each(nlp, DATELINE, "putting astronauts") == {"European Space Agency"}


def test_a_name_before_another_noun_of_the_subject_does_not_stand_for_it(nlp):
    assert speakers_of_each(nlp, PROGRAMME_PROMOTERS, "the experience") == {"Huaral programme promoters"}
    _, kind, _ = speaker_by_content(PROGRAMME_PROMOTERS, nlp, "the experience")
    assert kind == "anonymous"


def test_a_name_right_before_the_subject_still_speaks_for_it(nlp):
    text = "ISW analysts say the Russian forces have made marginal gains near the town."
    assert speakers_of_each(nlp, text, "the Russian forces") == {"ISW"}


def test_our_correspondent_is_the_reporter_named_after_the_outlet(nlp):
    assert speakers_of_each(nlp, OUR_CORRESPONDENT, "that India's TV channels") == {"Zubair Ahmed"}


def test_our_correspondent_stays_unnamed_where_two_reporters_are_named(nlp):
    text = OUR_CORRESPONDENT.replace(
        "Mr D'Souza says", "The BBC's Soutik Biswas in Delhi says the protests have spread. Mr D'Souza says"
    )
    assert speakers_of_each(nlp, text, "that India's TV channels") == {"Our correspondent"}


def test_a_name_joined_to_a_fronted_date_is_the_cues_subject(nlp):
    assert speakers_of_each(nlp, DATED_NAME, "I have no doubt") == {"Lord Woolf"}
