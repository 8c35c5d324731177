"""Attribution on small texts written for these tests, and the seed article's acceptance figures."""

from __future__ import annotations

import pytest

from quotegraph.analyze.pipeline import analyze
from quotegraph.analyze.quotemarks import find_quoted
from quotegraph.records import Analysis, Article
from tests.support.paths import shared_path
from tests.support.quotes import quote_rows


def _run(nlp, text: str) -> Analysis:
    return analyze(Article(text=text), nlp)


def _said(analysis: Analysis) -> list[tuple[str, str | None, str]]:
    """(content, speaker name, kind) for each quote."""
    return quote_rows(analysis, label="kind")


def test_quote_marks_pair_across_paragraphs():
    text = '"First part of it.\n"Second part," she said.\nA "scare" quote.'
    article = Article(text=text)
    passages, unpaired = find_quoted(text, article.paragraphs())
    assert unpaired == []
    assert [text[s:e] for s, e in passages[0].fragments] == ["First part of it.", "Second part,"]
    assert [text[s:e] for s, e in passages[1].fragments] == ["scare"]


def test_unbalanced_quote_mark_is_reported():
    text = 'He said "this never closes.\nNext paragraph without a mark.'
    _, unpaired = find_quoted(text, Article(text=text).paragraphs())
    assert unpaired == [text.index('"')]


def test_split_quote_and_pronoun_resolve_to_the_full_name(nlp):
    text = (
        "Mayor Helen Park spoke on Tuesday.\n"
        '"We will build it," Park added. "It will be on budget," she continued.'
    )
    rows = _said(_run(nlp, text))
    assert ("We will build it,", "Helen Park", "direct") in rows
    assert ("It will be on budget,", "Helen Park", "direct") in rows


def test_indirect_speech_with_role_from_apposition(nlp):
    text = "Tomas Reyes, a council member, told reporters that the estimate was too optimistic."
    analysis = _run(nlp, text)
    assert _said(analysis) == [("that the estimate was too optimistic", "Tomas Reyes", "indirect")]
    assert analysis.speakers[0].role == "council member"


def test_mixed_quote_is_marked_mixed(nlp):
    text = 'Ada Lin said the bridge was "a gift to our grandchildren."'
    assert _said(_run(nlp, text)) == [('the bridge was "a gift to our grandchildren.', "Ada Lin", "mixed")]


def test_anonymous_sources_are_flagged(nlp):
    analysis = _run(nlp, "Two senior officials said the talks had failed.")
    (speaker,) = analysis.speakers
    assert speaker.anonymous and speaker.type == "group"
    assert speaker.name == "Two senior officials"


def test_according_to_names_its_source(nlp):
    analysis = _run(nlp, "The plan was approved in March, according to the city council.")
    (quote,) = analysis.quotes
    assert analysis.text[slice(*quote.cue[0])] == "according to"
    assert analysis.text[slice(*quote.source[0])] == "the city council"


def test_quote_with_no_speaker_has_none(nlp):
    analysis = _run(nlp, 'The sign on the door read:\n"We are closed for the whole of the summer season."')
    assert [q.speaker for q in analysis.quotes] == [None]


def test_no_entity_or_sentence_crosses_a_line_break(nlp):
    from quotegraph.analyze.parsing import parse

    doc = parse(nlp, Article(text="He met Putin\nKyiv said so."))
    assert all("\n" not in ent.text for ent in doc.ents)
    assert all("\n" not in sent.text.strip() for sent in doc.sents)


@pytest.fixture(scope="module")
def seed_report(nlp):
    from quotegraph.evaluate.run import evaluate_gold_json

    gold = shared_path("examples", "atacms-kursk.gold.json")
    return evaluate_gold_json(gold, gold.with_name("atacms-kursk.txt"), lambda t: _run(nlp, t))


def test_seed_article_attributions(seed_report):
    """Acceptance: >= 23 of 24 required attributions with the right speaker, <= 1 quote matching nothing."""
    assert seed_report.required == 24
    assert seed_report.required_found >= 23
    assert seed_report.unmatched_quotes <= 1


def test_seed_article_name_variants_are_one_speaker(seed_report):
    merezhko = next(s for s in seed_report.speakers if s.name == "Oleksandr Merezhko")
    assert merezhko.merged and len(set(merezhko.predicted_speakers)) == 1


def test_seed_article_roles(seed_report):
    assert seed_report.roles_given >= 8
    assert len(seed_report.roles) == 9


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('He is 6\'3" tall and said "fine."', ["fine."]),
        ('<tweet tweet-id="7834"><tweet/> He said "fine."', ["fine."]),
        ('In "2016" we won.', ["2016"]),
        ('"He said “no” today," she said.', ["He said “no” today,", "no"]),
    ],
)
def test_marks_that_quote_nothing_are_skipped_and_nesting_is_kept(text, quoted):
    passages, unpaired = find_quoted(text, Article(text=text).paragraphs())
    assert [text[slice(*p.fragments[0])] for p in passages] == quoted
    assert unpaired == []
