"""Hearsay, round 29 (issue 30; tuning draw 7315, item Q61 of business/442): an impersonal passive ("it is
feared", "it is hoped") with the expletive "it" is a thought with no speaker, whoever the clause joined to
it or the sentence before names: the learned model lent it the subject of the next clause, the rules the
organization before.

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths), cut short; the
rule is in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import quotes_only, rows_of_each, shipped_model

# BBC business/442 (tuning), cut.
LESOTHO = (
    "In the mountainous country surrounded by South Africa, it is feared as many as 50,000 textile workers "
    "could lose their jobs, and Mr Mafeca said he expected more companies to leave.\n"
)
# The same, with an organization speaking the sentence before (names changed).
AFTER_A_FIRM = (
    "Tesco said sales had fallen. It is feared that 500 jobs could go at its stores, and Mr Leahy said he "
    "expected more cuts.\n"
)


def _each(nlp, text: str, words: str) -> list[set]:
    """(speaker, type) of the attributions whose content holds `words`, by the rules and with the model
    (the model draws the fronted phrase into the content: "In the mountainous country …, it … as many")."""
    return [
        {(name, kind) for content, name, kind in rows if words in content} for rows in rows_of_each(nlp, text)
    ]


def test_an_impersonal_passive_is_a_thought_with_no_speaker_from_the_next_clause(nlp):
    assert all(found == {(None, "thought")} for found in _each(nlp, LESOTHO, "as many as 50,000"))


def test_an_impersonal_passive_has_no_speaker_from_the_sentence_before(nlp):
    assert all(found == {(None, "thought")} for found in _each(nlp, AFTER_A_FIRM, "500 jobs could go"))


def test_the_clause_joined_to_it_keeps_its_speaker(nlp):
    assert all(found == {("Mafeca", "speech")} for found in _each(nlp, LESOTHO, "he expected more"))


def test_the_model_lends_it_no_source(nlp):
    model = shipped_model(nlp)
    analysis = quotes_only(nlp, LESOTHO, model)
    feared = next(q for q in analysis.quotes if "feared" in analysis.text[slice(*q.cue[0])])
    assert feared.source == []
