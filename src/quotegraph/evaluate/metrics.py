"""Span comparison, one-to-one matching and precision/recall/F1: the definitions every scorer shares.

A *unit* is a list of fragments (``Span``s into one text): the source, the cue or the content of one
attribution, gold or predicted. Two units are compared in two ways:

- **exact**: each fragment is trimmed at both ends of whitespace, punctuation and quotation marks
  (straight and curly, ``'`` and ``’`` included), fragments that trim to nothing are dropped, and the
  sorted lists are equal. Annotators disagree on whether a quote's marks and final comma belong to it;
  that is not what a system should be judged on. A unit made only of such characters (PolNeAR has
  cues that are a bare ``:``) is compared with only whitespace trimmed.
- **overlap**: the Jaccard index of the two units' word-token sets is at least ``OVERLAP_THRESHOLD``.
  A token is a maximal run of word characters (``\\w+``) identified by its offsets, not its string,
  so "said" in another sentence never counts. Units with no word token at all on both sides compare
  their non-space characters instead.

Matching is one-to-one and greedy: eligible (gold, predicted) pairs are taken best score first, ties
broken by position, and a unit is used at most once. With ``m`` matched pairs, ``p`` predicted and
``g`` gold units: precision ``m/p``, recall ``m/g``, F1 their harmonic mean (0 when undefined).
Counts are summed over documents before dividing (micro-average).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from quotegraph.records import Span

OVERLAP_THRESHOLD = 0.5

G = TypeVar("G", bound=Hashable)
P = TypeVar("P", bound=Hashable)

_WORD = re.compile(r"\w+")
# Quote-like characters Unicode files as symbols, not punctuation.
_EXTRA_MARKS = frozenset("`´")


def _trimmable(char: str) -> bool:
    return char.isspace() or char in _EXTRA_MARKS or unicodedata.category(char).startswith("P")


def trim(text: str, span: Span) -> Span | None:
    """The span without leading/trailing whitespace, punctuation and quotation marks; None if empty."""
    start, end = span
    while start < end and _trimmable(text[start]):
        start += 1
    while end > start and _trimmable(text[end - 1]):
        end -= 1
    return (start, end) if start < end else None


def _strip_space(text: str, span: Span) -> Span | None:
    start, end = span
    chunk = text[start:end]
    start += len(chunk) - len(chunk.lstrip())
    end -= len(chunk) - len(chunk.rstrip())
    return (start, end) if start < end else None


def normalize(text: str, fragments: Iterable[Span]) -> tuple[Span, ...]:
    """The fragments as exact matching compares them: trimmed, empty ones dropped, sorted."""
    fragments = list(fragments)
    trimmed = sorted(s for s in (trim(text, f) for f in fragments) if s)
    if trimmed:
        return tuple(trimmed)
    return tuple(sorted(s for s in (_strip_space(text, f) for f in fragments) if s))


def exact_match(text: str, gold: Sequence[Span], predicted: Sequence[Span]) -> bool:
    """Whether two units are equal after trimming (two empty units are not a match)."""
    normalized = normalize(text, gold)
    return bool(normalized) and normalized == normalize(text, predicted)


def word_tokens(text: str, fragments: Iterable[Span]) -> frozenset[Span]:
    """Positions of the word tokens inside the fragments (a word cut by a fragment edge is cut too)."""
    return frozenset(
        (start + m.start(), start + m.end())
        for start, end in fragments
        for m in _WORD.finditer(text[start:end])
    )


def _char_tokens(text: str, fragments: Iterable[Span]) -> frozenset[Span]:
    return frozenset(
        (i, i + 1) for start, end in fragments for i in range(start, end) if not text[i].isspace()
    )


def jaccard(a: frozenset[Span], b: frozenset[Span]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def token_overlap(text: str, gold: Sequence[Span], predicted: Sequence[Span]) -> float:
    """Jaccard index of the units' word-token positions (non-space characters if neither has a word)."""
    gold_tokens, predicted_tokens = word_tokens(text, gold), word_tokens(text, predicted)
    if not gold_tokens and not predicted_tokens:
        gold_tokens, predicted_tokens = _char_tokens(text, gold), _char_tokens(text, predicted)
    return jaccard(gold_tokens, predicted_tokens)


def greedy_match(candidates: dict[tuple[G, P], Any]) -> list[tuple[G, P]]:
    """One-to-one matching: take eligible pairs best score first; ties go to the earlier pair.

    ``candidates`` maps only the eligible (gold, predicted) pairs to a comparable score; insertion
    order is the tie-break.
    """
    order = sorted(enumerate(candidates.items()), key=lambda item: (item[1][1], -item[0]), reverse=True)
    used_gold: set[G] = set()
    used_predicted: set[P] = set()
    pairs = []
    for _, ((gold, predicted), _score) in order:
        if gold not in used_gold and predicted not in used_predicted:
            used_gold.add(gold)
            used_predicted.add(predicted)
            pairs.append((gold, predicted))
    return pairs


@dataclass
class Counts:
    """Matched, predicted and gold unit counts, and the rates they give."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, matched: int, predicted: int, gold: int) -> None:
        self.matched += matched
        self.predicted += predicted
        self.gold += gold

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {
            "matched": self.matched,
            "predicted": self.predicted,
            "gold": self.gold,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }
