"""What is not speech (issue 30, round 12): "say" meaning "for instance" is no cue. A reader's "with say
no tax on below £6,000" and a writer's "a tax of, say, 10%" give an example, nobody's words: "say" hung
between a preposition or a comma and the example after it.

The fixture is a sentence of a tuning article (judged tuning sample 7304, item Q77, politics/380.txt), cut
short; the contrasts that stay speech are short sentences of the same shape. The rule is in docs/quotes.md,
"Not speech, round 12".
"""

from __future__ import annotations

from tests.support.quotes import rows_of_each


def test_say_after_a_preposition_is_for_instance(nlp):
    text = (
        "It would be better to decrease taxes on earnings below £12,000 a year, with say no tax on below "
        "£6,000. The losses in tax can be recouped by having a 50pc tax band for people making over £100,000."
    )
    for rows in rows_of_each(nlp, text):
        assert all(kind != "speech" for _, _, kind in rows), rows


def test_say_between_commas_is_for_instance(nlp):
    text = "The council could raise the levy to, say, 10% of the bill without losing many households."
    for rows in rows_of_each(nlp, text):
        assert all(kind != "speech" for _, _, kind in rows), rows


def test_a_subject_that_says_stays_speech(nlp):
    text = "Critics say no tax on low earnings would cost the Treasury billions."
    for rows in rows_of_each(nlp, text):
        assert any(kind == "speech" and name == "Critics" for _, name, kind in rows), rows


def test_an_infinitive_say_stays_speech(nlp):
    text = "Ministers were quick to say no tax rise was planned for the coming year."
    for rows in rows_of_each(nlp, text):
        assert any(kind == "speech" for _, _, kind in rows), rows
