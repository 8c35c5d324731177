"""Not speech, round 34 (issue 30; judged tuning samples): a means of saying ("two words to describe"), a
belief confirmed by a thing, a passive with nothing said ("The Top 500 list was announced"), and a failure
to speak ("was unable to say when …", a thought as "refused to say").

The fixtures are lines of TUNING articles (benchmarks/quote_sample.py tuning_paths / tuning_pages), cut
short, and lines in the same pattern; the rules are in docs/quotes.md ("Not speech, round 34").
"""

from __future__ import annotations

from tests.support.quotes import quote_rows, quotes_only, rows_of_each, speaker_by_content

# article-extraction-benchmark 4648a420af99 (tuning), an interviewer's question.
WORDS = (
    "Interview\n\nWhen you woke up that first morning and you were officially in charge, what are two "
    "words to describe how it felt?\n"
)
# article-extraction-benchmark 5fa5679de56c (tuning), cut.
BELIEF = (
    "Apple\n\nWhat does bug me about Apple's new take on innovation is that it confirms the belief that "
    "the company seldom has new ideas.\n"
)
# BBC tech/141 (tuning), cut.
TOP500 = (
    "Supercomputer\n\nIBM test results show that Blue Gene/L has managed speeds of 70.72 teraflops. The "
    "previous top machine, Japan's NEC Earth Simulator, clocked up 35.86. The Top 500 list was announced "
    "on Monday and officially charts the fastest computers in the world.\n"
)
# BBC business/045 (tuning), cut.
REFINERY = (
    "Oil prices\n\nThe jump followed a fire at Western Refining Company's refinery in Texas, which shut down "
    "petrol production. A spokesman for the group was unable to say when the production unit would be back "
    "up and running.\n"
)


def _contents(text: str, nlp) -> list[str]:
    return [content for rows in rows_of_each(nlp, text) for content, _, _ in rows]


def _rules(text: str, nlp) -> list[tuple[str, str | None, str]]:
    return quote_rows(quotes_only(nlp, f"Title\n\n{text}\n"))


def test_a_means_of_saying_reports_nothing(nlp):
    assert not _contents(WORDS, nlp)
    assert not _rules("There is no easy way to describe how the players felt after the defeat.", nlp)
    # a speech verb said, with an infinitive of wording inside its clause, stays words
    assert _rules("Analysts said there was no easy way to describe the market.", nlp)[0][2] == "speech"


def test_a_belief_confirmed_by_a_thing_is_no_cue(nlp):
    assert not [c for c in _contents(BELIEF, nlp) if "seldom has new ideas" in c]
    assert not _rules("The figures reinforce the impression that the economy is slowing.", nlp)


def test_a_passive_with_nothing_said_is_an_event(nlp):
    assert not [c for c in _contents(TOP500, nlp) if c.startswith("The Top 500 list")]
    # "It was announced that …" keeps its clause
    assert _rules("It was announced on Monday that the plant would close.", nlp)
    # a charge named after "accused of" is content of its own (business/448, tuning)
    charged = (
        "The nine now charged, who worked as suppliers to Ahold, are accused of signing false documents "
        "relating to the amount of money they paid the retailer for promoting their products in its stores."
    )
    assert [c for c in _contents(f"Ahold\n\n{charged}\n", nlp) if c.startswith("signing false documents")]


def test_unable_to_say_is_typed_as_a_refusal_with_its_speaker(nlp):
    name, _, kind = speaker_by_content(REFINERY, nlp, "when the production unit")
    assert kind == "thought"
    assert name is not None and "spokesman" in name.lower()
    name, _, kind = speaker_by_content(
        "Title\n\nThe minister was unwilling to say whether troops would be sent.\n", nlp, "whether troops"
    )
    assert kind == "thought"
