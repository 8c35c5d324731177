"""Span metrics: trimming, exact and overlap matching, one-to-one matching, P/R/F1 arithmetic."""

from __future__ import annotations

import pytest

from quotegraph.evaluate.metrics import (
    Counts,
    exact_match,
    greedy_match,
    normalize,
    token_overlap,
    trim,
)


def span(text: str, fragment: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(fragment, start + 1)
    return start, start + len(fragment)


@pytest.mark.parametrize(
    "quoted",
    [
        '"a great move,"',
        "“a great move,”",
        "‘a great move’",
        "'a great move.'",
        " «a great move» ",
        "`a great move´",
    ],
)
def test_trim_removes_marks_punctuation_and_space_at_both_ends(quoted: str) -> None:
    text = f"He said {quoted} today"
    start, end = trim(text, span(text, quoted))
    assert text[start:end] == "a great move"


def test_trim_keeps_inner_marks_and_gives_none_for_nothing_left() -> None:
    text = "“it’s ‘fine’”  ,."
    start, end = trim(text, (0, len(text)))
    assert text[start:end] == "it’s ‘fine"
    assert trim(text, span(text, "  ,.")) is None


def test_exact_match_ignores_quotation_marks_and_final_comma() -> None:
    text = '"We will win," she said.'
    assert exact_match(text, [span(text, '"We will win,"')], [span(text, "We will win")])
    assert not exact_match(text, [span(text, '"We will win,"')], [span(text, "We will")])


def test_exact_match_compares_every_fragment() -> None:
    text = '"One," she said. "Two."'
    gold = [span(text, '"One,"'), span(text, '"Two."')]
    assert exact_match(text, gold, [span(text, "Two"), span(text, "One")])
    assert not exact_match(text, gold, [span(text, "One")])


def test_a_unit_of_bare_punctuation_still_compares_exactly() -> None:
    text = "Caddell: health"
    assert normalize(text, [span(text, ": ")]) == (span(text, ":"),)
    assert exact_match(text, [span(text, ":")], [span(text, ": ")])
    assert token_overlap(text, [span(text, ":")], [span(text, ": ")]) == 1.0


def test_overlap_threshold_is_inclusive_at_one_half() -> None:
    text = "one two three four five six"
    gold = [span(text, "one two three four")]
    assert token_overlap(text, gold, [span(text, "one two")]) == 0.5
    assert token_overlap(text, gold, [span(text, "two three four five")]) == 0.6
    assert token_overlap(text, gold, [span(text, "one")]) == 0.25


def test_overlap_counts_positions_not_strings() -> None:
    text = "we win, we win"
    assert token_overlap(text, [span(text, "we win")], [span(text, "we win", 1)]) == 0.0


def test_overlap_of_discontinuous_units_uses_all_fragments() -> None:
    text = '"A b," he said, "c d."'
    gold = [span(text, '"A b,"'), span(text, '"c d."')]
    assert token_overlap(text, gold, [span(text, "A b")]) == 0.5
    assert token_overlap(text, gold, [span(text, 'A b," he said, "c d')]) == 4 / 6


def test_greedy_matching_is_one_to_one_best_score_first() -> None:
    # Gold 0 is best matched by prediction 0, which gold 1 also wanted: gold 1 stays unmatched.
    assert greedy_match({(0, 0): 0.9, (0, 1): 0.8, (1, 0): 0.7}) == [(0, 0)]
    assert sorted(greedy_match({(0, 0): 0.6, (0, 1): 0.8, (1, 0): 0.7})) == [(0, 1), (1, 0)]


def test_greedy_matching_breaks_ties_by_insertion_order() -> None:
    assert greedy_match({(0, 1): 1.0, (0, 0): 1.0}) == [(0, 1)]


def test_counts_give_precision_recall_and_f1() -> None:
    counts = Counts()
    counts.add(2, 3, 5)
    counts.add(1, 1, 1)
    assert (counts.precision, counts.recall) == (0.75, 0.5)
    assert counts.f1 == pytest.approx(0.6)
    assert counts.to_dict()["matched"] == 3


def test_counts_with_nothing_predicted_score_zero_not_nan() -> None:
    counts = Counts(matched=0, predicted=0, gold=4)
    assert (counts.precision, counts.recall, counts.f1) == (0.0, 0.0, 0.0)
