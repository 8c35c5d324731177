"""Two type errors, round 27 (issue 30; judged tuning draw 7313 Q37 Q53): a survey whose owner's name the
parser made the source's head is still a document; a charge carried by a verb of appearing in court is
hearsay, not speech.

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths), names
rewritten, or made up in their style; the rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import quote_rows, quotes_only, rows_of_each, shipped_model

# After BBC business/295 (judged tuning 7313 Q37), rewritten.
OWNED_SURVEY = "The Bank of Japan's December survey says big manufacturers are gloomier than in September."
# BBC entertainment/114 (judged tuning 7313 Q53), names rewritten.
IN_COURT = (
    "The singer was arrested following an alleged incident in a London hotel on Wednesday evening. "
    "Musician Adam Ward, 23, also of north London, appeared in court accused of the same offences.\n"
)

# Made up in the style of a court report: "charged with" after a court appearance.
CHARGED = "Two men appeared at Leeds Crown Court charged with the murder of a teenager.\n"


def test_a_survey_its_owner_heads_in_the_parse_is_a_document(nlp):
    # The parser makes "Bank" the subject and "survey" the object of its "of"; the shipped model's own
    # drawing of the same survey written "In the Bank of Japan's December survey, the balance …" was
    # too close a call to test on (it differs by CPU).
    for rows in rows_of_each(nlp, OWNED_SURVEY):
        assert ("big manufacturers are gloomier than in September", "Bank of Japan", "document") in rows, rows


def test_a_charge_after_appearing_in_court_is_no_speech(nlp):
    for model in (None, shipped_model(nlp)):
        rows = quote_rows(quotes_only(nlp, IN_COURT, model))
        assert not any(kind == "speech" and "same offences" in content for content, _, kind in rows)


def test_charged_with_after_a_court_appearance_is_no_speech(nlp):
    for model in (None, shipped_model(nlp)):
        rows = quote_rows(quotes_only(nlp, CHARGED, model))
        assert not any(kind == "speech" and "murder" in content for content, _, kind in rows)
