"""Cross-checking: physical quantities that state the same thing should agree.

"190-mile range" and "300-kilometer range" describe one weapon in two systems; a restatement is the
classic place for a slip, so the pair is linked and the difference beyond rounding measured.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from spacy.tokens import Doc

from quotegraph.analyze.units import IMPERIAL, SI_TARGETS, UNIT_BY_NAME, UNIT_BY_SURFACE, convert
from quotegraph.records import Quantity

# A linked pair whose values differ by more than this, after allowing the coarser number's rounding,
# contradicts itself (see cross_check).
CONTRADICTION = 0.05
# Values further apart than this factor are different things ("60m race", "two mile race"), not a slip.
_MAX_RATIO = 3.0


@dataclass(frozen=True)
class _Measure:
    """A physical value as written, and the interval its rounding allows, both in SI target units."""

    value: float
    low: float
    high: float


def cross_check(quantities: list[Quantity], doc: Doc) -> list[tuple[int, int, float]]:
    """Link physical quantities that state the same thing; return (i, j, excess difference) pairs.

    "The same thing": the same dimension, a shared lemma among the nouns the unit modifies
    ("190-mile-range weapon" -> range, weapon; "300-kilometer maximum range" -> range), and either the
    same value in the same unit, or one imperial and one metric unit: a value restated in the other
    system ("190 miles (300 km)") is the classic place for a slip. Two values in one unit ("a 190-mile
    range" and "a 300-mile range" of two missiles) or in one system ("three years" and "18 months",
    "512MB" and "120GB"), or more than three times apart ("60m race", "two mile race"), describe
    different things. The doc gives what each quantity measures.

    The float is the relative difference left after allowing the coarser number's rounding (0.0 when
    they agree within it; "300" may stand for 250-350); above CONTRADICTION the pair contradicts itself.
    Sets ``links`` on both quantities.
    """
    contexts = [_measured(doc, q) if _physical_value(q) else set() for q in quantities]
    pairs: list[tuple[int, int, float]] = []
    for i, j in _sharing_a_lemma(contexts):
        a, b = quantities[i], quantities[j]
        if not (a.dimension == b.dimension and _restated(a, b)):
            continue
        target = SI_TARGETS[UNIT_BY_NAME[str(a.unit)][1]][0]
        ma, mb = _measure(a, target), _measure(b, target)
        if not _same_magnitude(ma.value, mb.value):
            continue
        excess = _excess_difference(ma, mb)
        a.links.append(j)
        b.links.append(i)
        pairs.append((i, j, round(excess, 4)))
    return pairs


def _sharing_a_lemma(contexts: list[set[str]]) -> list[tuple[int, int]]:
    """The pairs (i < j, in order) of quantities whose contexts share a lemma: found through each
    lemma's quantities, not by trying every pair (quadratic in the quantities of a long article)."""
    by_lemma: dict[str, list[int]] = {}
    for i, context in enumerate(contexts):
        for lemma in context:
            by_lemma.setdefault(lemma, []).append(i)
    return sorted({pair for found in by_lemma.values() for pair in combinations(found, 2)})


def _same_magnitude(a: float, b: float) -> bool:
    """Within a factor of _MAX_RATIO: a slip in a restatement (a mile read as a km) stays that close."""
    low, high = sorted((abs(a), abs(b)))
    return high <= low * _MAX_RATIO


def _physical_value(quantity: Quantity) -> bool:
    return quantity.value is not None and quantity.unit in UNIT_BY_NAME and quantity.si_unit is not None


def _restated(a: Quantity, b: Quantity) -> bool:
    if a.unit == b.unit:
        return a.value == b.value
    return (a.unit in IMPERIAL) != (b.unit in IMPERIAL)


def _measure(quantity: Quantity, target: str) -> _Measure:
    """The quantity's value and rounding interval in the target unit (a pint expression)."""
    expression = UNIT_BY_NAME[str(quantity.unit)][0]
    value = float(quantity.value or 0.0)
    half = _rounding(value)
    low, high = sorted((convert(value - half, expression, target), convert(value + half, expression, target)))
    return _Measure(convert(value, expression, target), low, high)


def _measured(doc: Doc, quantity: Quantity) -> set[str]:
    """Lemmas of the nouns the quantity's unit modifies, through "of" ("a range of 190 miles")."""
    span = doc.char_span(*quantity.span, alignment_mode="expand")
    if span is None:
        return set()
    token, nouns = span[-1], set()
    for _ in range(4):
        head = token.head
        if head == token or head.pos_ in ("VERB", "AUX"):
            break
        if head.pos_ in ("NOUN", "PROPN") and head.lower_ not in UNIT_BY_SURFACE:
            nouns.add(head.lemma_.lower())
        elif head.pos_ == "ADP" and head.lower_ != "of":
            break
        token = head
    return nouns


def _rounding(value: float) -> float:
    """Half a unit of the last significant digit as written: 300 -> 50, 190 -> 5, 1.5 -> 0.05."""
    if value == int(value):
        step = 1
        while value and value % (step * 10) == 0:
            step *= 10
        return step / 2
    decimals = len(repr(value).split(".")[1])
    return 10**-decimals / 2


def _excess_difference(a: _Measure, b: _Measure) -> float:
    """How far apart two values are beyond the coarser one's rounding, relative to the larger."""
    scale = max(abs(a.value), abs(b.value)) or 1.0
    coarse, fine = (a, b) if a.high - a.low >= b.high - b.low else (b, a)
    gap = max(coarse.low - fine.value, fine.value - coarse.high, 0.0)
    return gap / scale
