"""The tone stage: VADER's score of each quote's content and the article's mean sentence tone."""

from __future__ import annotations

import pytest

from quotegraph.analyze.pipeline import analyze, resolve_stages
from quotegraph.analyze.tone import article_tone, label, quote_tone, text_tone
from quotegraph.records import Article, Quote

TONED = (
    "Storm damage\n\n"
    '"This is a terrible tragedy and we are devastated," Mayor Helen Park said.\n\n'
    '"The volunteers were wonderful," said Ada Lin.\n'
)


def test_a_clearly_negative_statement_scores_below_zero():
    score = text_tone("This is a horrible tragedy, and the families are devastated and angry.")
    assert score is not None and score < -0.5 and label(score) == "negative"


def test_a_clearly_positive_statement_scores_above_zero():
    score = text_tone("We are delighted: it is a wonderful success and a great day for the town.")
    assert score is not None and score > 0.5 and label(score) == "positive"


def test_a_neutral_statement_scores_near_zero():
    score = text_tone("The meeting will be held on Tuesday at the town hall on Main Street.")
    assert score is not None and abs(score) < 0.05 and label(score) == "neutral"


def test_negation_turns_the_tone():
    assert text_tone("The plan is good.") > 0 > text_tone("The plan is not good.")


@pytest.mark.parametrize("text", ["", "   ", "— … —", '" "'])
def test_a_text_without_words_has_no_tone(text: str):
    assert text_tone(text) is None


def test_a_quote_without_content_has_no_tone():
    assert quote_tone("He said nothing.", Quote(kind="direct", content=[])) is None


def test_a_quote_split_by_its_attribution_is_scored_as_one_statement():
    text = '"We lost everything," she said, "and it is a disaster."'
    quote = Quote(kind="direct", content=[(1, 19), (34, 54)])
    assert quote_tone(text, quote) == text_tone("We lost everything, and it is a disaster.")


def test_the_stage_scores_what_was_said_not_the_attribution(nlp):
    text = (
        "Fire at the depot\n\n"
        '"We saved every animal and the staff were wonderful," the exhausted, grieving keeper said.\n\n'
        '"It is a catastrophe and I am furious," said Ada Lin.\n'
    )
    analysis = analyze(Article(text=text), nlp, only=["tone"])
    saved, catastrophe = analysis.quotes
    assert saved.tone == text_tone("We saved every animal and the staff were wonderful,")
    assert saved.tone > 0.05  # "exhausted, grieving" is in the sentence, outside what was said
    assert catastrophe.tone < -0.05
    assert analysis.tone is not None and -1 <= analysis.tone.score <= 1


def test_the_stage_needs_the_quotes_and_alone_gives_what_the_full_pipeline_gives(nlp):
    assert resolve_stages(["tone"]) == ["entities", "quotes", "tone"]
    article = Article(text=TONED)
    full, alone = analyze(article, nlp), analyze(article, nlp, only=["tone"])
    assert [q.tone for q in alone.quotes] == [q.tone for q in full.quotes] and alone.tone == full.tone
    assert all(q.tone is None for q in analyze(article, nlp, only=["quotes"]).quotes)  # not run: None


def test_the_article_tone_is_the_mean_of_its_sentences_with_word_shares(nlp):
    text = "The food was good. The service was bad. The room was blue."
    doc = nlp(text)
    tone = article_tone(doc, text)
    sentences = [text_tone(s.text) for s in doc.sents]
    assert len(sentences) == 3 and sentences[0] > 0 > sentences[1] and sentences[2] == 0
    assert tone is not None and tone.score == pytest.approx(sum(sentences) / 3, abs=1e-4)
    # 12 words: "good" positive, "bad" negative.
    assert (tone.positive, tone.negative) == (round(1 / 12, 4), round(1 / 12, 4))


def test_an_article_without_words_has_no_tone(nlp):
    assert article_tone(nlp("— … —"), "— … —") is None
