"""What is not speech (issue 30, round 13 b): cue words in the writer's narration, documents, words not said,
hearsay, slogans and pull quotes.

- "report" as the noun of a compound ("the case report") is no cue: a deed is no speech (Q22);
- a participle whose subject is a document ("falsifying records, stating …") is the document's (Q30);
- a negated cue ("They never cite …") reports words not said (Q41);
- "is also continuing investigations into allegations …" goes on with a deed: "continue" with an object
  reports no words (Q80);
- a programme's name in quotation marks after a preposition, ending the writer's sentence, is a name (Q42);
- a pull quote before its link teaser ("Read our … review.") is page furniture (Q9).

The fixtures are sentences of tuning articles (judged tuning sample 7304): Q22 aeb/a078b3656adc, Q30
aeb/c58aa507c4de, Q41 and Q42 aeb/f5c90a6d5253, Q80 sport/169.txt, Q9 aeb/287e4d9f4af3. The contrasts that
stay speech are short sentences of the same shape. The rules are in docs/quotes.md, "Not speech, round 13 b".
"""

from __future__ import annotations

import pytest

from quotegraph.analyze.attribution_types import attribution_type
from tests.support.paths import SHARED
from tests.support.quotes import quote_rows, quotes_only, rows_of_each, speaker_by_source


def _speech(rows):
    return [row for row in rows if row[2] == "speech"]


def test_the_noun_of_a_case_report_is_no_cue(nlp):
    text = (
        "The doctor subsequently prescribed the man in the case report steroids to calm the reaction and "
        "inflammation in his lungs."
    )
    for rows in rows_of_each(nlp, text):
        assert not _speech(rows), rows


def test_doctors_who_report_still_speak(nlp):
    text = "The doctors report that the man recovered within two days of giving up the duvet."
    for rows in rows_of_each(nlp, text):
        assert any(kind == "speech" and name == "doctors" for _, name, kind in rows), rows


def test_records_stating_are_a_document(nlp):
    text = (
        "Two federal prison officers were charged Tuesday with falsifying records, stating they had "
        "checked on accused sex trafficker Jeffrey Epstein in the hours before he hanged himself in his "
        "Manhattan cell."
    )
    for rows in rows_of_each(nlp, text):
        assert not _speech(rows), rows
    rows = quote_rows(quotes_only(nlp, text))
    assert any(content.startswith("they had checked") and kind == "document" for content, _, kind in rows)


def test_reports_suggesting_are_the_source(nlp):
    # business/338.txt
    text = (
        "Chinese police have detained three top executives at milk firm Yili, with reports suggesting that "
        "they are being investigated for embezzlement."
    )
    for rows in rows_of_each(nlp, text):
        assert not _speech(rows), rows
    assert speaker_by_source(quotes_only(nlp, text), "reports")[0] == "reports"


def test_a_letter_its_author_sends_stays_speech(nlp):
    text = "Mr Smith sent a letter to the club's shareholders, saying that the board had lost his trust."
    rows = quote_rows(quotes_only(nlp, text))
    assert any(kind == "speech" and name == "Smith" for _, name, kind in rows), rows


def test_a_negated_cue_reports_words_not_said(nlp):
    text = (
        "Most of Schiff's witnesses in this inquiry were incoherent in the same critical sense. They never "
        "cite knowledge of presidential crimes but feel that Trump is dangerous."
    )
    for rows in rows_of_each(nlp, text):
        assert not _speech(rows), rows


def test_a_negation_of_another_verb_stays_speech(nlp):
    text = "The witnesses said that Trump had not committed a crime but was dangerous."
    for rows in rows_of_each(nlp, text):
        assert any(kind == "speech" and name == "The witnesses" for _, name, kind in rows), rows


CONTINUING = (
    "The Premier League is also continuing investigations into allegations Chelsea officials tapped up "
    "Arsenal defender Ashley Cole in January."
)


def test_what_was_not_said_and_what_was_said(nlp):
    # business/103.txt
    text = "Marsh did not say when the move would take place, but said it had signed a letter of intent."
    rows = quote_rows(quotes_only(nlp, text))
    assert not any(content.startswith("when the move") and kind == "speech" for content, _, kind in rows)
    assert any(content.startswith("it had signed") and kind == "speech" for content, _, kind in rows), rows


def test_a_negated_cue_with_what_was_said_instead_stays_speech(nlp):
    # sport/216.txt
    text = (
        "Vargas does not mention England's two Galacticos, simply adding in a PS: \"I have not forgotten to "
        'speak of Beckham and Owen. They forgot to play."'
    )
    for rows in rows_of_each(nlp, text):
        assert any(kind == "speech" and "Beckham" in content for content, _, kind in rows), rows


def test_continuing_investigations_is_a_deed(nlp):
    doc = nlp(CONTINUING)
    assert attribution_type(next(t for t in doc if t.lower_ == "continuing"), None, False) == "thought"
    for rows in rows_of_each(nlp, CONTINUING):
        assert not _speech(rows), rows


def test_continuing_investigations_in_its_article(nlp):
    """The shipped model takes "is also continuing" for a cue in the whole article only (sport/169.txt)."""
    article = SHARED / "corpora" / "bbc-news" / "sport" / "169.txt"
    if not article.is_file():
        pytest.skip(f"{article} not available")
    for rows in rows_of_each(nlp, article.read_text(encoding="utf-8")):
        assert not any("tapped up" in content and kind == "speech" for content, _, kind in rows), rows


def test_a_continued_quote_stays_speech(nlp):
    text = 'Mourinho praised his side. "We will keep pushing until the last game," Mourinho continued.'
    for rows in rows_of_each(nlp, text):
        assert any(kind == "speech" and name == "Mourinho" for _, name, kind in rows), rows


def test_a_programme_named_after_a_preposition_is_no_quote(nlp):
    text = (
        "To get attention back from Schiff, the front-runners must become even shriller and crazier — from "
        "Bernie Sanders's declaring an end to all deportations to Elizabeth Warren's dreaming up an unhinged "
        "multi-trillion-dollar wealth tax to pay for “Medicare for all.” What will happen when these "
        "barnstorming senators are trapped in an impeachment farce in the Senate?"
    )
    for rows in rows_of_each(nlp, text):
        assert not any("Medicare" in content for content, _, _ in rows), rows


def test_a_lowercase_quotation_after_a_preposition_stays(nlp):
    text = (
        "The senator spent the evening arguing for “a tax on the very richest families to pay for care.” "
        "The crowd cheered."
    )
    rows = quote_rows(quotes_only(nlp, text))
    assert any(content.startswith("a tax on the very richest") for content, _, _ in rows), rows


def test_a_pull_quote_before_its_review_link_is_furniture(nlp):
    text = (
        "New Release: Last Chance to Buy Pokemon Sword or Shield and Get $10 Amazon Credit\n"
        '"Pokemon Sword and Shield are the best games in the series, streamlining its most tedious '
        'traditions without losing any of the charm." Read our Pokemon Sword and Shield review.\n'
        "If you only want Pokemon Sword OR Shield and not both, then Amazon still has the best deal."
    )
    for rows in rows_of_each(nlp, text):
        assert not any(content.startswith("Pokemon Sword and Shield are") for content, _, _ in rows), rows


def test_a_quote_without_a_teaser_stays(nlp):
    text = (
        "The reviewer was impressed by the new games.\n"
        '"Pokemon Sword and Shield are the best games in the series, streamlining its most tedious '
        'traditions without losing any of the charm," she wrote.\n'
    )
    rows = quote_rows(quotes_only(nlp, text))
    assert any(content.startswith("Pokemon Sword") and kind == "speech" for content, _, kind in rows), rows
