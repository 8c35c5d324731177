"""Scoring the facts of a gold JSON article: people, places, quantities, dates and copy-desk checks.

Gold places are bare names, and gold quantities, dates and check forms are bare text with no offsets,
so a phrase is located by its whole-word occurrences in the article (a phrase the text lacks is a
``GoldDataError``). Names compare with ``name_match.name_key``. docs/evaluation.md ("Facts") defines
every measure; in short:

- people: a gold person is *found* when an entity bears one of their names; role word recall as for
  speakers, against the entity's roles joined.
- places: a gold name equals a predicted place's name, else the text of one of its mentions
  ("Kursk" -> Kursk Oblast); precision counts the predicted places no gold name matches.
- quantities, dates: a predicted span overlapping an occurrence of the gold text, one-to-one; then the
  values are checked (quantities) or the resolved value compared (dates).
- checks: a check expecting a warning is met by one warning of its kind covering every form; a check
  expecting none, by no warning of its kind touching any form. The other warnings are listed.
"""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from quotegraph.errors import GoldDataError
from quotegraph.evaluate.gold_json import GoldArticle
from quotegraph.evaluate.metrics import greedy_match
from quotegraph.evaluate.name_match import mean_word_recall, name_key, role_word_recall
from quotegraph.records import Analysis, CopyWarning, Place, Quantity, Span

VALUE_TOLERANCE = 0.005  # relative: what was written, parsed; only float noise is to be forgiven
SI_TOLERANCE = 0.01  # relative: a conversion rounds (4 significant figures here, by hand in the gold)
# The warning kind a gold check is about; any other check kind names its warning kind itself.
WARNING_KIND = {"unit-consistency": "quantity-mismatch"}
# Check kinds that list forms which must not be flagged, unless the check says "warning": true.
NO_WARNING_BY_DEFAULT = frozenset({"unit-consistency"})
QUANTITY_FIELDS = ("value", "low", "high", "unit", "si", "approx")


# --- the gold ------------------------------------------------------------------------------------


@dataclass
class GoldQuantity:
    text: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    si_value: float | None = None
    si_unit: str | None = None
    approx: bool = False


@dataclass
class GoldDate:
    text: str
    resolves_to: str


@dataclass
class GoldCheck:
    kind: str
    forms: list[str]
    warning: bool  # whether the gold expects a warning about the forms


def _fail(gold: GoldArticle, message: str) -> GoldDataError:
    return GoldDataError(f"{gold.path}: {message}")


def _number(gold: GoldArticle, where: str, value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _fail(gold, f"{where} is not a number")
    return float(value)


def gold_places(gold: GoldArticle) -> list[str]:
    if not isinstance(gold.places, list) or not all(isinstance(name, str) for name in gold.places):
        raise _fail(gold, "'places' is a list of place names")
    return gold.places


def gold_quantities(gold: GoldArticle) -> list[GoldQuantity]:
    if not isinstance(gold.quantities, list):
        raise _fail(gold, "'quantities' is a list")
    quantities = []
    for index, item in enumerate(gold.quantities):
        where = f"quantity {index}"
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise _fail(gold, f"{where} needs a 'text'")
        si = item.get("si") or {}
        if not isinstance(si, dict):
            raise _fail(gold, f"{where}: 'si' is an object with 'value' and 'unit'")
        numbers = {key: _number(gold, f"{where} {key!r}", item.get(key)) for key in ("value", "low", "high")}
        quantities.append(
            GoldQuantity(
                text=item["text"],
                **numbers,
                unit=item.get("unit"),
                si_value=_number(gold, f"{where} 'si'", si.get("value")),
                si_unit=si.get("unit"),
                approx=bool(item.get("approx", False)),
            )
        )
    return quantities


def gold_dates(gold: GoldArticle) -> list[GoldDate]:
    expect = gold.dates.get("expect", []) if isinstance(gold.dates, dict) else None
    if not isinstance(expect, list) or not all(
        isinstance(d, dict) and isinstance(d.get("text"), str) and isinstance(d.get("resolves_to"), str)
        for d in expect
    ):
        raise _fail(gold, "'dates' has an 'expect' list of objects with 'text' and 'resolves_to'")
    return [GoldDate(d["text"], d["resolves_to"]) for d in expect]


def gold_checks(gold: GoldArticle) -> list[GoldCheck]:
    if not isinstance(gold.checks, list):
        raise _fail(gold, "'checks' is a list")
    checks = []
    for index, item in enumerate(gold.checks):
        item = item if isinstance(item, dict) else {}
        forms = item.get("forms")
        if not isinstance(item.get("kind"), str) or not isinstance(forms, list) or not forms:
            raise _fail(gold, f"check {index} needs a 'kind' and a non-empty list of 'forms'")
        warning = item.get("warning", item["kind"] not in NO_WARNING_BY_DEFAULT)
        checks.append(GoldCheck(item["kind"], [str(f) for f in forms], bool(warning)))
    return checks


def occurrences(text: str, phrase: str) -> list[Span]:
    """Where a phrase stands as whole words ("Merezhko" is not inside "Merezhkov")."""
    return [m.span() for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text)]


def _locate(gold: GoldArticle, text: str, phrase: str) -> list[Span]:
    found = occurrences(text, phrase)
    if not found:
        raise _fail(gold, f"{phrase!r} is not in the article text")
    return found


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _overlaps(
    gold: GoldArticle, text: str, phrases: list[str], spans: list[Span]
) -> dict[tuple[int, int], int]:
    """(gold phrase, predicted span) -> characters shared with the phrase's occurrences, where any are."""
    overlaps = {}
    for g, phrase in enumerate(phrases):
        where = _locate(gold, text, phrase)
        for p, span in enumerate(spans):
            overlap = max(_overlap(w, span) for w in where)
            if overlap:
                overlaps[g, p] = overlap
    return overlaps


# --- results -------------------------------------------------------------------------------------


@dataclass
class PersonResult:
    """A gold person against the entities bearing one of their names."""

    name: str
    gold_role: str | None
    entities: list[str]  # names of the matching entities (two or more: the person was split)
    predicted_roles: list[str]
    word_recall: float | None  # None when the gold role has no content word

    @property
    def found(self) -> bool:
        return bool(self.entities)


@dataclass
class PlaceResult:
    name: str
    predicted: str | None = None  # the matched Place's name
    geonames_id: int | None = None


@dataclass
class QuantityResult:
    text: str
    predicted: str | None = None  # the matched Quantity's text
    checks: dict[str, bool] = field(default_factory=dict)  # only the fields the gold states, and approx

    @property
    def right(self) -> bool:
        return self.predicted is not None and all(self.checks.values())


@dataclass
class DateResult:
    text: str
    expected: str
    predicted: str | None = None  # the matched date's text
    value: str | None = None  # and its resolved value

    @property
    def resolved(self) -> bool:
        return self.predicted is not None and self.value == self.expected


@dataclass
class CheckResult:
    kind: str
    forms: list[str]
    warning_expected: bool
    warnings: list[str]  # messages of the warnings of the check's kind touching a form
    satisfied: bool


@dataclass
class FactsReport:
    """People, places, quantities, dates and checks of one article against its gold JSON."""

    people: list[PersonResult]
    places: list[PlaceResult]
    predicted_places: int
    unmatched_places: list[str]  # predicted places no gold name matches
    quantities: list[QuantityResult]
    unmatched_quantities: list[str]  # texts of predicted quantities matched to no gold one
    dates: list[DateResult]
    checks: list[CheckResult]
    other_warnings: list[CopyWarning]  # warnings no check is about, for a reviewer to judge

    @property
    def people_found(self) -> int:
        return sum(p.found for p in self.people)

    @property
    def people_split(self) -> int:
        return sum(len(p.entities) > 1 for p in self.people)

    @property
    def role_word_recall(self) -> float:
        return mean_word_recall(p.word_recall for p in self.people)

    @property
    def places_found(self) -> int:
        return sum(p.predicted is not None for p in self.places)

    @property
    def place_precision(self) -> float:
        matched = self.predicted_places - len(self.unmatched_places)
        return matched / self.predicted_places if self.predicted_places else 0.0

    @property
    def place_recall(self) -> float:
        return self.places_found / len(self.places) if self.places else 0.0

    @property
    def quantities_found(self) -> int:
        return sum(q.predicted is not None for q in self.quantities)

    @property
    def quantities_right(self) -> int:
        return sum(q.right for q in self.quantities)

    def quantity_checks(self) -> dict[str, tuple[int, int]]:
        """For each checked field of the found quantities: (right, checked)."""
        tally = {name: [0, 0] for name in QUANTITY_FIELDS}
        for result in self.quantities:
            for name, ok in result.checks.items():
                tally[name][0] += ok
                tally[name][1] += 1
        return {name: (right, checked) for name, (right, checked) in tally.items() if checked}

    @property
    def dates_found(self) -> int:
        return sum(d.predicted is not None for d in self.dates)

    @property
    def dates_resolved(self) -> int:
        return sum(d.resolved for d in self.dates)

    @property
    def checks_satisfied(self) -> int:
        return sum(c.satisfied for c in self.checks)

    def to_dict(self) -> dict[str, Any]:
        return {
            "people": {
                "gold": len(self.people),
                "found": self.people_found,
                "split": self.people_split,
                "role_word_recall": self.role_word_recall,
                "details": [{**asdict(p), "found": p.found} for p in self.people],
            },
            "places": {
                "gold": len(self.places),
                "found": self.places_found,
                "predicted": self.predicted_places,
                "unmatched": self.unmatched_places,
                "precision": self.place_precision,
                "recall": self.place_recall,
                "details": [asdict(p) for p in self.places],
            },
            "quantities": {
                "gold": len(self.quantities),
                "found": self.quantities_found,
                "right": self.quantities_right,
                "checks": {k: {"right": r, "checked": c} for k, (r, c) in self.quantity_checks().items()},
                "unmatched": self.unmatched_quantities,
                "details": [{**asdict(q), "right": q.right} for q in self.quantities],
            },
            "dates": {
                "gold": len(self.dates),
                "found": self.dates_found,
                "resolved": self.dates_resolved,
                "details": [{**asdict(d), "resolved": d.resolved} for d in self.dates],
            },
            "checks": {
                "gold": len(self.checks),
                "satisfied": self.checks_satisfied,
                "details": [asdict(c) for c in self.checks],
            },
            "other_warnings": [asdict(w) for w in self.other_warnings],
        }


# --- scoring -------------------------------------------------------------------------------------


def score_facts(gold: GoldArticle, analysis: Analysis) -> FactsReport:
    """Score an analysis of the gold's article on people, places, quantities, dates and checks."""
    text = analysis.text
    names = gold_places(gold)
    places = [_place_result(name, analysis.places, text) for name in names]
    gold_keys = {name_key(name) for name in names}
    quantities, matched_quantities = _quantity_results(gold, analysis)
    checks, involved = _check_results(gold, analysis)
    return FactsReport(
        people=_person_results(gold, analysis),
        places=places,
        predicted_places=len(analysis.places),
        unmatched_places=[p.name for p in analysis.places if not gold_keys & _place_keys(p, text)],
        quantities=quantities,
        unmatched_quantities=[
            q.text for i, q in enumerate(analysis.quantities) if i not in matched_quantities
        ],
        dates=_date_results(gold, analysis),
        checks=checks,
        other_warnings=[w for i, w in enumerate(analysis.warnings) if i not in involved],
    )


def _person_results(gold: GoldArticle, analysis: Analysis) -> list[PersonResult]:
    results = []
    for name, person in gold.people.items():
        keys = {name_key(n) for n in gold.names(name)}
        entities = [e for e in analysis.entities if keys & {name_key(n) for n in (e.name, *e.aliases)}]
        roles = [role for entity in entities for role in entity.roles]
        recall = role_word_recall(person.role, "; ".join(roles))
        results.append(PersonResult(name, person.role, [e.name for e in entities], roles, recall))
    return results


def _place_keys(place: Place, text: str) -> set[str]:
    return {name_key(place.name), *(name_key(text[start:end]) for start, end in place.mentions)}


def _place_result(name: str, places: list[Place], text: str) -> PlaceResult:
    """The place named so, else one mentioned so ("Kursk" -> Kursk Oblast, its mention "Kursk")."""
    key = name_key(name)
    place = next((p for p in places if name_key(p.name) == key), None) or next(
        (p for p in places if key in _place_keys(p, text)), None
    )
    return PlaceResult(name, place.name, place.geonames_id) if place else PlaceResult(name)


def _quantity_results(gold: GoldArticle, analysis: Analysis) -> tuple[list[QuantityResult], set[int]]:
    """One result per gold quantity, and the indices of the predicted quantities matched."""
    expected = gold_quantities(gold)
    spans = [q.span for q in analysis.quantities]
    results = [QuantityResult(q.text) for q in expected]
    pairs = greedy_match(_overlaps(gold, analysis.text, [r.text for r in results], spans))
    for g, p in pairs:
        found = analysis.quantities[p]
        results[g].predicted, results[g].checks = found.text, _quantity_checks(expected[g], found)
    return results, {p for _, p in pairs}


def _close(found: float | None, expected: float, tolerance: float) -> bool:
    return found is not None and math.isclose(found, expected, rel_tol=tolerance)


def _quantity_checks(gold: GoldQuantity, found: Quantity) -> dict[str, bool]:
    checks = {
        name: _close(getattr(found, name), getattr(gold, name), VALUE_TOLERANCE)
        for name in ("value", "low", "high")
        if getattr(gold, name) is not None
    }
    if gold.unit is not None:
        checks["unit"] = name_key(found.unit or "") == name_key(gold.unit)
    if gold.si_value is not None:
        same_unit = gold.si_unit is None or found.si_unit == gold.si_unit
        checks["si"] = same_unit and _close(found.si_value, gold.si_value, SI_TOLERANCE)
    checks["approx"] = found.approximate == gold.approx
    return checks


def _date_results(gold: GoldArticle, analysis: Analysis) -> list[DateResult]:
    expected = gold_dates(gold)
    overlaps = _overlaps(gold, analysis.text, [d.text for d in expected], [d.span for d in analysis.dates])
    # A date resolved right wins over a longer overlap resolved wrong.
    candidates = {
        (g, p): (analysis.dates[p].value == expected[g].resolves_to, overlap)
        for (g, p), overlap in overlaps.items()
    }
    results = [DateResult(d.text, d.resolves_to) for d in expected]
    for g, p in greedy_match(candidates):
        results[g].predicted, results[g].value = analysis.dates[p].text, analysis.dates[p].value
    return results


def _check_results(gold: GoldArticle, analysis: Analysis) -> tuple[list[CheckResult], set[int]]:
    """One result per gold check, and the indices of the warnings the checks are about."""
    results, involved = [], set()
    for check in gold_checks(gold):
        spans = {form: _locate(gold, analysis.text, form) for form in check.forms}
        kind = WARNING_KIND.get(check.kind, check.kind)
        touching = {
            i: {form for form, where in spans.items() if _touches(w, where)}
            for i, w in enumerate(analysis.warnings)
            if w.kind == kind
        }
        touching = {i: forms for i, forms in touching.items() if forms}
        involved |= touching.keys()
        covered = any(forms == set(check.forms) for forms in touching.values())
        results.append(
            CheckResult(
                kind=check.kind,
                forms=check.forms,
                warning_expected=check.warning,
                warnings=[analysis.warnings[i].message for i in touching],
                satisfied=covered if check.warning else not touching,
            )
        )
    return results, involved


def _touches(warning: CopyWarning, spans: list[Span]) -> bool:
    return any(_overlap(a, b) for a in warning.spans for b in spans)
