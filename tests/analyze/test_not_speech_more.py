"""What is not speech (issue 30; docs/quotes.md, "What is not speech: questions put, a study's method,
things that show"): the question put to someone has no speaker, the answer keeps its own; a study's or a
poll's method ("noted if …", "asked 801 adults if …") is no one's words; a thing that shows ("the minutes
showed", "the latest speculation suggests") is a document, never a person named before it.

Each fixture is a sentence or two of a BBC tuning article (outside the held-out sample of
benchmarks/quote_sample.py), cut short, run by the rules and, where this checkout ships one, by the
learned model the CLI chooses by default.
"""

from __future__ import annotations

from quotegraph import models
from quotegraph.analyze.runtime.attribution_model import load_attribution_model
from tests.support.quotes import quote_rows
from tests.support.quotes import quotes_only as _run


def _runs(nlp) -> list:
    """The rules alone, and the shipped model where there is one."""
    folder = models.shipped_model({})
    if folder is None:
        return [None]
    return [None, load_attribution_model(folder, nlp).scoped(models.SHIPPED_SCOPE)]


def test_the_question_put_has_no_speaker_and_the_answer_keeps_its_own(nlp):
    # BBC politics and entertainment (tuning): the question is the reporter's. The parser tags the
    # second "Asked" a past tense; it is the question put all the same.
    cases = [
        (
            "Critics say the organisation is secretive and elitist but its members reject such claims. "
            'Asked if she was a member of the group, Ms Kelly said: "I do have spiritual support from Opus '
            'Dei and that is right."',
            "if she was a member of the group",
            ("I do have spiritual support from Opus Dei and that is right.", "Kelly", "speech"),
        ),
        (
            'Asked what the nomination means to her, Arnold says she feels "flattered and honoured".',
            "what the nomination means to her",
            ('she feels "flattered and honoured"', "Arnold", "speech"),
        ),
    ]
    for model in _runs(nlp):
        for text, question, answer in cases:
            rows = quote_rows(_run(nlp, text, model))
            assert answer in rows
            # The question is no attribution (the rules), or a thought no one voiced (the learned model).
            assert all(row == (question, None, "thought") for row in rows if row[0] == question)


def test_a_question_the_parser_makes_the_root_is_still_the_question_put(nlp):
    # BBC entertainment (tuning): with no comma after the question the parser hangs the answer inside it;
    # the question (with what it swallowed) is no speech, and the learned model draws the answer alone.
    text = (
        "Asked whether she was nervous about her best actress nomination she said: \"It's out of my hands, "
        "there's nothing I can do.\""
    )
    for model in _runs(nlp):
        rows = quote_rows(_run(nlp, text, model))
        questions = [row for row in rows if row[0].startswith("whether she was nervous")]
        assert questions and all(speaker is None and kind == "thought" for _, speaker, kind in questions)
        if model is not None:
            assert any(c.startswith("It's out of my hands") and kind == "speech" for c, _, kind in rows)


def test_a_polls_method_is_no_ones_words(nlp):
    # BBC politics (tuning): how Mori did its survey, not what anyone said.
    text = (
        "Polling company Mori carried out both surveys. In July 1999 they asked 801 adults if they "
        "supported the ban for the Mail on Sunday."
    )
    for model in _runs(nlp):
        rows = quote_rows(_run(nlp, text, model))
        assert all(kind != "speech" and speaker is None for _, speaker, kind in rows)
    # A method noted is no speech of the team's, nor of the survey it names (the rule as the issue gives
    # it; a question of telling stays speech: "noted how difficult it had been").
    text = "The team looked at data from the survey and noted if and how often patients took the drug."
    rows = quote_rows(_run(nlp, text))
    assert rows == [("if and how often patients took the drug", None, "document")]
    rows = quote_rows(_run(nlp, "He noted how difficult it had been."))
    assert rows == [("how difficult it had been", None, "speech")]


def test_a_thing_that_shows_is_a_document_not_the_person_before_it(nlp):
    # BBC politics and business (tuning): speculation, minutes and a transcript show, no one named before.
    cases = [
        (
            "A British general election was last held in February in 1974. In that election, Edward Heath "
            "lost. Harold Wilson took over and increased his majority later in the year.\n\n"
            "The latest speculation suggests the prime minister favours a February poll in order to exploit "
            "his current opinion poll lead over Conservative leader Michael Howard.",
            "latest speculation",
        ),
        (
            "The news surprised some analysts who had expected the latest minutes to show another unanimous "
            "decision. Worries over growth rates and consumer spending were behind the decision to freeze "
            "rates, the minutes showed.",
            "minutes",
        ),
        (
            "A transcript of evidence from Jessy's maid, Amelia Laugher, shows her telling how Addison "
            "frequently passed by her on the way to the room.",
            "transcript",
        ),
    ]
    for model in _runs(nlp):
        for text, document in cases:
            analysis = _run(nlp, text, model)
            shown = [q for q in analysis.quotes if q.type == "document"]
            assert shown, text
            for quote in shown:
                speaker = analysis.speaker(quote.speaker)
                assert speaker is not None and speaker.kind == "document"
                assert document in speaker.name
    # A body or people that show are not things: "The ministry showed that the plan worked" stays theirs.
    rows = quote_rows(_run(nlp, "The ministry showed that the plan worked."), label="type")
    assert all(kind != "document" for _, _, kind in rows)
