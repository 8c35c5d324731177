"""A typographic apostrophe reads as a straight one (round 23): web pages write "didn’t" and "she’ll" with
U+2019, and the tokenizer keeps the mark, so the rules that name "n't" or "'ll" name both forms."""

from __future__ import annotations

import pytest

from tests.support.quotes import quote_rows, quotes_only, shipped_model

# An extraction-benchmark tuning page (the Indiana teachers' rally): a refusal to estimate, words not said.
REFUSAL = (
    "Indiana State Police reported at least 5,000 people entered the Statehouse through public entrances, "
    "but the agency {} estimate how many total were on the grounds."
)


@pytest.mark.parametrize("negation", ["didn't", "didn’t"])
def test_a_negated_cue_is_words_not_said_with_either_apostrophe(nlp, negation: str) -> None:
    # The shipped model (the default) gives the refusal a cue of its own; the rules glue it to "reported".
    rows = quote_rows(quotes_only(nlp, REFUSAL.format(negation), shipped_model(nlp)))
    refusal = [row for row in rows if row[0].startswith("how many")]
    assert refusal and all(kind == "thought" for _, _, kind in refusal), rows


@pytest.mark.parametrize("modal", ["would", "’d"])
def test_a_counterfactual_in_the_perfect_with_a_curly_contraction_is_not_speech(nlp, modal: str) -> None:
    text = f"Without the deal, the minister {modal} have claimed that the plant was safe."
    rows = quote_rows(quotes_only(nlp, text))
    assert rows and all(kind != "speech" for _, _, kind in rows), rows
