"""Scoring people, places, quantities, dates and copy-desk checks against the seed's gold JSON."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from rich.console import Console

from quotegraph.cli.render.evaluate import render
from quotegraph.errors import GoldDataError
from quotegraph.evaluate.facts import gold_dates, gold_quantities, occurrences, score_facts
from quotegraph.evaluate.gold_json import GoldArticle, load_gold_json
from quotegraph.evaluate.run import evaluate_gold_json, evaluate_polnear, run_predictor
from quotegraph.evaluate.scoring import GoldJsonReport
from quotegraph.records import Analysis, ArticleMeta, CopyWarning, DateMention, Entity, Place, Quantity
from tests.support.paths import SHARED, shared_path

EXAMPLES = SHARED / "examples"
GOLD = EXAMPLES / "atacms-kursk.gold.json"
ARTICLE = EXAMPLES / "atacms-kursk.txt"
POLNEAR_DEV = SHARED / "eval" / "polnear" / "dev"
needs_example = pytest.mark.skipif(not GOLD.is_file(), reason="shared example gold is not available")

# How the pipeline names two gold places: by their gazetteer entry, mentioned as the gold writes them.
ENTRY_NAMES = {"Kursk": "Kursk Oblast", "Washington, D.C.": "Washington"}


def first(text: str, phrase: str) -> tuple[int, int]:
    return occurrences(text, phrase)[0]


def facts_from_gold(gold: GoldArticle, text: str) -> Analysis:
    """A perfect analysis of the gold's facts (and nothing else)."""
    entities = [
        Entity(f"e{i}", name, "person", aliases=person.aliases, roles=[person.role] if person.role else [])
        for i, (name, person) in enumerate(gold.people.items())
    ]
    places = [
        Place(ENTRY_NAMES.get(name, name), None, None, None, None, i, "city", occurrences(text, name))
        for i, name in enumerate(gold.places)
    ]
    quantities = [
        Quantity(first(text, q.text), q.text, q.value, q.low, q.high, q.approx, q.unit, q.si_value, q.si_unit)
        for q in gold_quantities(gold)
    ]
    dates = [DateMention(first(text, d.text), d.text, d.resolves_to, None) for d in gold_dates(gold)]
    variant = CopyWarning(
        "name-variant", "Merezhkko or Merezhko", [first(text, "Merezhkko"), first(text, "Merezhko")]
    )
    return Analysis(
        text=text,
        article=ArticleMeta(),
        entities=entities,
        places=places,
        quantities=quantities,
        dates=dates,
        warnings=[variant],
    )


@pytest.fixture
def gold() -> GoldArticle:
    return load_gold_json(GOLD)


@pytest.fixture
def perfect(gold: GoldArticle) -> Analysis:
    return facts_from_gold(gold, ARTICLE.read_text(encoding="utf-8"))


@needs_example
def test_facts_against_themselves_are_perfect(gold: GoldArticle, perfect: Analysis) -> None:
    facts = score_facts(gold, perfect)
    assert (len(facts.people), facts.people_found, facts.people_split, facts.role_word_recall) == (
        11,
        11,
        0,
        1.0,
    )
    assert (facts.places_found, facts.place_precision, facts.place_recall) == (7, 1.0, 1.0)
    found = {p.name: p.predicted for p in facts.places}
    assert (found["Kursk"], found["Washington, D.C."]) == ("Kursk Oblast", "Washington")
    assert (facts.quantities_found, facts.quantities_right, facts.unmatched_quantities) == (5, 5, [])
    assert facts.quantity_checks() == {
        "value": (4, 4),
        "low": (1, 1),
        "high": (1, 1),
        "unit": (5, 5),
        "si": (1, 1),
        "approx": (5, 5),
    }
    assert (facts.dates_found, facts.dates_resolved) == (5, 5)
    assert [(c.kind, c.warning_expected, c.satisfied) for c in facts.checks] == [
        ("name-variant", True, True),
        ("unit-consistency", False, True),
    ]
    assert facts.other_warnings == []


@needs_example
def test_a_missing_place_and_a_spurious_one(gold: GoldArticle, perfect: Analysis) -> None:
    perfect.places = [p for p in perfect.places if p.name != "Moscow"]
    perfect.places.append(
        Place("Germany", "DE", None, None, None, 2921044, "country", [first(perfect.text, "Germany")])
    )
    facts = score_facts(gold, perfect)
    assert [p.name for p in facts.places if p.predicted is None] == ["Moscow"]
    assert (facts.places_found, facts.predicted_places, facts.unmatched_places) == (6, 7, ["Germany"])
    assert (facts.place_precision, facts.place_recall) == (pytest.approx(6 / 7), pytest.approx(6 / 7))


@needs_example
def test_a_date_resolved_wrong(gold: GoldArticle, perfect: Analysis) -> None:
    monday = next(d for d in perfect.dates if d.text == "on Monday")
    monday.value = "2024-11-25"
    facts = score_facts(gold, perfect)
    assert (facts.dates_found, facts.dates_resolved) == (5, 4)
    assert [(d.text, d.value) for d in facts.dates if not d.resolved] == [("on Monday", "2024-11-25")]


@needs_example
def test_a_spurious_quantity_mismatch_fails_the_unit_check(gold: GoldArticle, perfect: Analysis) -> None:
    spans = [first(perfect.text, "190-mile"), first(perfect.text, "300-kilometer")]
    perfect.warnings += [
        CopyWarning("quantity-mismatch", "190-mile and 300-kilometer differ", spans),
        CopyWarning("unattributed-quote", "direct quote with no speaker", [(10, 20)]),
    ]
    facts = score_facts(gold, perfect)
    unit = facts.checks[1]
    assert (unit.satisfied, unit.warnings) == (False, ["190-mile and 300-kilometer differ"])
    assert facts.checks_satisfied == 1
    assert [w.kind for w in facts.other_warnings] == ["unattributed-quote"]


@needs_example
def test_a_name_variant_must_cover_both_forms(gold: GoldArticle, perfect: Analysis) -> None:
    perfect.warnings[0].spans = perfect.warnings[0].spans[:1]
    facts = score_facts(gold, perfect)
    assert (facts.checks[0].satisfied, facts.checks_satisfied) == (False, 1)


@needs_example
def test_quantity_values_within_tolerance(gold: GoldArticle, perfect: Analysis) -> None:
    mile = next(q for q in perfect.quantities if q.text == "190-mile")
    mile.value, mile.si_value = 190.9, 305.8 * 1.02  # 0.47% off: right; 2% off: wrong
    about = next(q for q in perfect.quantities if q.text.startswith("about"))
    about.approximate = False
    facts = score_facts(gold, perfect)
    assert [
        (q.text, [k for k, ok in q.checks.items() if not ok]) for q in facts.quantities if not q.right
    ] == [
        ("190-mile", ["si"]),
        ("about 150 units of heavy equipment", ["approx"]),
    ]
    assert facts.quantity_checks()["si"] == (0, 1)


@needs_example
def test_a_person_split_in_two_and_a_role_lost(gold: GoldArticle, perfect: Analysis) -> None:
    merezhko = next(e for e in perfect.entities if e.name == "Oleksandr Merezhko")
    merezhko.aliases = ["Oleksandr Merezhko", "Merezhko"]
    perfect.entities.append(Entity("variant", "Oleksandr Merezhkko", "person", ["Merezhkko"]))
    perfect.entities = [e for e in perfect.entities if e.name != "Josep Borrell"]
    facts = score_facts(gold, perfect)
    assert (facts.people_found, facts.people_split) == (10, 1)
    # 11 people with a role; Borrell's five role words are all lost.
    assert facts.role_word_recall == pytest.approx(10 / 11)


@needs_example
def test_gold_text_missing_from_the_article_is_rejected(gold: GoldArticle, perfect: Analysis) -> None:
    with pytest.raises(GoldDataError, match="'9,999 widgets' is not in the article text"):
        score_facts(replace(gold, quantities=[{"text": "9,999 widgets"}]), perfect)
    with pytest.raises(GoldDataError, match="check 0"):
        score_facts(replace(gold, checks=[{"kind": "name-variant"}]), perfect)


def rendered(report: GoldJsonReport) -> str:
    console = Console(record=True, width=200)
    for table in render(report):
        console.print(table)
    return console.export_text()


@needs_example
def test_evaluate_gold_json_passes_the_publication_date(perfect: Analysis) -> None:
    dates: list[str | None] = []

    def analyze(text: str, date: str | None = None) -> Analysis:
        dates.append(date)
        return perfect

    report = evaluate_gold_json(GOLD, ARTICLE, analyze)
    assert dates == ["2024-11-18"]
    assert report.facts is not None and report.to_dict()["facts"]["dates"]["resolved"] == 5
    text = rendered(report)
    assert "Kursk Oblast" in text and "copy-desk checks satisfied" in text and "2 of 2" in text


def test_a_predictor_of_the_text_alone_still_works() -> None:
    assert run_predictor(lambda text: text.upper(), "a", "2024-01-01") == "A"
    assert run_predictor(lambda text, date: f"{text} {date}", "a", "2024-01-01") == "a 2024-01-01"


@pytest.mark.skipif(not POLNEAR_DEV.is_dir(), reason="shared PolNeAR data is not available")
def test_polnear_articles_are_analyzed_on_their_publication_date() -> None:
    dates: list[str | None] = []

    def analyze(text: str, date: str | None) -> Analysis:
        dates.append(date)
        return Analysis(text=text, article=ArticleMeta())

    evaluate_polnear(POLNEAR_DEV, analyze, limit=3)
    assert len(dates) == 3 and all(d and re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dates)


def test_seed_facts_with_the_real_pipeline(nlp) -> None:
    from quotegraph.analyze.pipeline import analyze as run_pipeline
    from quotegraph.read import parse_text

    gold = shared_path("examples", "atacms-kursk.gold.json")
    report = evaluate_gold_json(
        gold,
        gold.with_name("atacms-kursk.txt"),
        lambda text, date: run_pipeline(parse_text(text, date=date), nlp),
    )
    facts = report.facts
    assert facts is not None
    assert {p.name: p.geonames_id for p in facts.places} == {
        "London": 2643743,
        "Kyiv": 703448,
        "Kursk": 538555,  # Kursk Oblast
        "Moscow": 524901,
        "Russia": 2017370,
        "Ukraine": 690791,
        "Washington, D.C.": 4140963,
    }
    assert (facts.quantities_right, facts.dates_resolved) == (5, 5)
    variant, units = facts.checks
    assert variant.satisfied and units.satisfied and units.warnings == []
    assert not any(w.kind == "quantity-mismatch" for w in facts.other_warnings)
