"""Copy-desk warnings on texts written for these tests, and the pipeline's stage selection."""

from __future__ import annotations

import pytest

from quotegraph.analyze.pipeline import UnknownStageError, analyze, resolve_stages
from quotegraph.records import Analysis, Article


def _kinds(analysis: Analysis) -> list[str]:
    return [w.kind for w in analysis.warnings]


def test_one_person_spelled_two_ways(nlp):
    text = (
        "Council member Natalia Kowalczyk opened the meeting.\n"
        "Kowalczyk said the budget was balanced.\n"
        '"We are done," Kowalczykk added.\n'
        "Kowalczyk left at noon."
    )
    analysis = analyze(Article(text=text), nlp)
    (warning,) = [w for w in analysis.warnings if w.kind == "name-variant"]
    assert "Kowalczykk" in warning.message
    assert "most often 'Kowalczyk'" in (warning.suggestion or "")
    assert len({q.speaker for q in analysis.quotes}) == 1  # both spellings are one speaker


def test_unbalanced_quotation_mark(nlp):
    analysis = analyze(Article(text='Ada Lin said "we will never close.\nThe shop stayed open.'), nlp)
    assert "unbalanced-quotes" in _kinds(analysis)


def test_quote_without_a_speaker(nlp):
    text = 'The sign was clear.\n"Nobody gets in here after dark, whatever the reason may be."'
    analysis = analyze(Article(text=text), nlp)
    assert "unattributed-quote" in _kinds(analysis)


def test_surname_before_full_name(nlp):
    text = "Headline about the vote\nReyes voted against the plan.\nLater, Tomas Reyes said he had doubts."
    assert "surname-first" in _kinds(analyze(Article(text=text), nlp))


def test_contradicting_conversion_is_flagged(nlp):
    text = (
        "The missile has a 100-mile range, officials said.\n"
        "Its 400-kilometer range puts the capital within reach."
    )
    assert "quantity-mismatch" in _kinds(analyze(Article(text=text), nlp))


def test_consistent_conversion_is_not_flagged(nlp):
    text = "The missile has a 190-mile range.\nIts 300-kilometer range puts the capital within reach."
    assert "quantity-mismatch" not in _kinds(analyze(Article(text=text), nlp))


def test_clean_article_has_no_warnings(nlp):
    text = 'Mayor Helen Park said the bridge would open in May.\n"It is finished," Park added.'
    assert analyze(Article(text=text), nlp).warnings == []


def test_only_runs_the_stages_asked_for_and_what_they_need(nlp):
    assert resolve_stages(["quotes"]) == ["entities", "quotes"]
    analysis = analyze(Article(text="Mayor Helen Park said the plan worked in May."), nlp, only=["quotes"])
    assert analysis.quotes and analysis.dates == [] and analysis.places == []
    with pytest.raises(UnknownStageError):
        resolve_stages(["sentiment"])


def test_plural_family_name_and_apostrophes_are_not_misspellings(nlp):
    text = (
        "Bill Clinton spoke first.\nThe Clintons left early.\n"
        "Mary O'Neill arrived.\nO’Neill said the talks went well."
    )
    assert "name-variant" not in _kinds(analyze(Article(text=text), nlp))


def test_one_warning_per_paragraph_for_a_mark_turned_the_wrong_way(nlp):
    analysis = analyze(Article(text="”We will stay,” said Ada Lin.\nThe shop stayed open."), nlp)
    assert _kinds(analysis).count("unbalanced-quotes") == 1
    assert analysis.speakers[0].name == "Ada Lin"  # the quote is still read


def test_quote_continuing_the_previous_speaker_is_not_unattributed(nlp):
    text = (
        '"We are ready for the vote," Mayor Helen Park said.\n'
        '"Nobody on this council has worked harder for the bridge than our staff."'
    )
    assert "unattributed-quote" not in _kinds(analyze(Article(text=text), nlp))
