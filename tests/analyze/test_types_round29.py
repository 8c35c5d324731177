"""Types, round 29 (issue 30; judged tuning 7314 Q40 business/047, Q49 business/164): a company's results
reported are a deed, no words; a sum claimed is a demand for a thing, a thought.

The fixtures are lines of TUNING articles (benchmarks/quote_sample.py tuning_paths), cut short; the rules are
in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import rows_of_each, speaker_by_content

# BBC business/047 (tuning), cut.
RYANAIR = (
    "Ryanair in $4bn Boeing plane deal\n\nBudget airline Ryanair has placed an order for 70 Boeing 737-800 "
    "planes.\n\nRyanair said the new planes would help it to cut operating costs further. The carrier "
    "reported a drop in quarterly profit earlier this year after it was hit by higher fuel costs. However, "
    "when it reported the results, the airline was upbeat about prospects for 2005, despite tough "
    "competition in the budget airline market.\n"
)
# BBC business/164 (tuning), cut.
YUKOS = (
    "Yukos sues four firms for $20bn\n\nRussian oil firm Yukos has sued four companies for their role in "
    "last year's forced state auction of its key oil production unit Yuganskneftegas.\n\nYukos is claiming "
    "more than $20bn (£11bn) in damages after Yugansk was sold in December to settle back taxes.\n"
)

# BBC business/221 and business/480 (tuning): results reported or announced as a change in a figure.
BP = (
    "BP profits\n\nOil giant BP has announced a 26% rise in annual profits to $16.2bn.\n\nWipro, India's "
    "third-biggest software firm, has reported a 60% rise in profit, topping market expectations.\n"
)
# BBC business/042 (tuning), cut: a clause reported is words.
UK_COAL = (
    "UK Coal losses\n\nShares in UK Coal have fallen after the mining group reported losses had deepened "
    "to £51.6m.\n"
)


def _contents(text: str, nlp) -> list[str]:
    return [content for rows in rows_of_each(nlp, text) for content, _, _ in rows]


def test_a_drop_in_profit_reported_is_a_deed(nlp):
    assert not [c for c in _contents(RYANAIR, nlp) if c.startswith("a drop in quarterly profit")]
    assert speaker_by_content(RYANAIR, nlp, "the new planes would help") == (
        "Ryanair",
        "organization",
        "speech",
    )


def test_results_reported_in_a_when_clause_are_a_deed_and_take_no_main_clause(nlp):
    contents = _contents(RYANAIR, nlp)
    assert not [c for c in contents if c.startswith("the results") or "was upbeat" in c]


def test_a_rise_in_profits_announced_or_reported_is_a_deed_and_a_clause_reported_is_words(nlp):
    contents = _contents(BP, nlp)
    assert not [c for c in contents if c.startswith(("a 26% rise", "a 60% rise"))]
    assert speaker_by_content(UK_COAL, nlp, "losses had deepened")[2] == "speech"


def test_a_sum_claimed_in_damages_is_a_demand_for_a_thing(nlp):
    for rows in rows_of_each(nlp, YUKOS):
        claims = [(name, kind) for content, name, kind in rows if content.startswith("more than $20bn")]
        assert claims == [("Yukos", "thought")]
