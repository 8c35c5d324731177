"""Quantities: the seed article's gold, money, percentages, counts, exclusions and cross-checking."""

from __future__ import annotations

import json

import pytest
from spacy.language import Language

from quotegraph.analyze.crosscheck import CONTRADICTION, cross_check
from quotegraph.analyze.parsing import parse
from quotegraph.analyze.quantities import extract_quantities
from quotegraph.records import Article, Quantity
from tests.support.paths import SHARED

SEED = SHARED / "examples" / "atacms-kursk.txt"
SEED_GOLD = SHARED / "examples" / "atacms-kursk.gold.json"


def quantities(nlp: Language, text: str) -> list[Quantity]:
    return extract_quantities(parse(nlp, Article(text=text)))


def by_text(found: list[Quantity]) -> dict[str, Quantity]:
    return {q.text: q for q in found}


@pytest.mark.skipif(not SEED.exists(), reason="shared examples not available")
def test_seed_gold_quantities(nlp: Language) -> None:
    text = SEED.read_text(encoding="utf-8")
    found = by_text(quantities(nlp, text))
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))["quantities"]
    assert len(gold) == 5
    for expected in gold:
        q = found[expected["text"]]
        assert text[q.span[0] : q.span[1]] == q.text
        assert q.unit == expected["unit"]
        assert q.value == expected.get("value")
        assert (q.low, q.high) == (expected.get("low"), expected.get("high"))
        assert q.approximate == expected.get("approx", False)
        if "si" in expected:
            assert (q.si_value, q.si_unit) == (expected["si"]["value"], expected["si"]["unit"])
    assert found["300-kilometer"].si_value == 300.0 and found["300-kilometer"].dimension == "length"
    assert (found["24 hours"].dimension, found["1-2,000 Russian servicemen"].dimension) == ("time", "count")


@pytest.mark.skipif(not SEED.exists(), reason="shared examples not available")
def test_seed_cross_check_links_without_contradiction(nlp: Language) -> None:
    doc = parse(nlp, Article(text=SEED.read_text(encoding="utf-8")))
    found = extract_quantities(doc)
    pairs = cross_check(found, doc)
    index = {q.text: i for i, q in enumerate(found)}
    assert len(pairs) == 1
    i, j, difference = pairs[0]
    assert (i, j) == (index["190-mile"], index["300-kilometer"])
    assert difference <= CONTRADICTION
    assert found[i].links == [j] and found[j].links == [i]


def test_contradicting_ranges(nlp: Language) -> None:
    doc = parse(
        nlp,
        Article(
            text="The missile has a 100-mile range.\nOfficials said its 400-kilometer range "
            "puts Moscow within reach."
        ),
    )
    found = extract_quantities(doc)
    [(i, j, difference)] = cross_check(found, doc)
    assert (found[i].text, found[j].text) == ("100-mile", "400-kilometer")
    assert difference > CONTRADICTION


def test_conversion_in_parentheses_agrees(nlp: Language) -> None:
    doc = parse(nlp, Article(text="The weapon has a range of 190 miles (300 km)."))
    found = extract_quantities(doc)
    assert cross_check(found, doc) == [(0, 1, 0.0)]


def test_same_unit_different_values_are_different_things(nlp: Language) -> None:
    text = "The ATACMS has a 190-mile range, while the Storm Shadow has a 155-mile range."
    doc = parse(nlp, Article(text=text))
    found = extract_quantities(doc)
    assert [q.value for q in found] == [190.0, 155.0]
    assert cross_check(found, doc) == []
    assert all(q.links == [] for q in found)


def test_money(nlp: Language) -> None:
    found = by_text(
        quantities(
            nlp, "Profits rose to $1.5 billion (£1.1bn), up from £20m, and the ticket costs €300 or 50p more."
        )
    )
    assert (found["$1.5 billion"].value, found["$1.5 billion"].unit) == (1.5e9, "USD")
    assert (found["£1.1bn"].value, found["£1.1bn"].unit) == (1.1e9, "GBP")
    assert (found["£20m"].value, found["£20m"].unit) == (2e7, "GBP")
    assert (found["€300"].value, found["€300"].unit, found["€300"].dimension) == (300.0, "EUR", "currency")
    assert (found["50p"].value, found["50p"].unit) == (0.5, "GBP")


def test_percentages(nlp: Language) -> None:
    found = quantities(
        nlp,
        "Sales rose 12% while costs fell 12 per cent, margins 5.5 percent, and the rate "
        "went up 3 percentage points.",
    )
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("12%", 12.0, "percent"),
        ("12 per cent", 12.0, "percent"),
        ("5.5 percent", 5.5, "percent"),
        ("3 percentage points", 3.0, "percentage point"),
    ]
    assert all(q.dimension == "percent" for q in found)


def test_spelled_out_counts(nlp: Language) -> None:
    found = quantities(
        nlp,
        "Three U.S. officials confirmed it. A dozen people and twenty-five children "
        "waited, and nearly half a million children were affected.",
    )
    assert [(q.text, q.value, q.unit, q.approximate) for q in found] == [
        ("Three U.S. officials", 3.0, "officials", False),
        ("A dozen people", 12.0, "people", False),
        ("twenty-five children", 25.0, "children", False),
        ("nearly half a million children", 500000.0, "children", True),
    ]
    assert all(q.dimension == "count" for q in found)


def test_ranges_and_bounds(nlp: Language) -> None:
    found = by_text(
        quantities(
            nlp,
            "Between 10 and 20 soldiers, more than 300 people and up to 5,000 "
            "troops came every two or three years.",
        )
    )
    assert (found["two or three years"].low, found["two or three years"].high) == (2.0, 3.0)
    assert found["two or three years"].unit == "year"
    assert (found["Between 10 and 20 soldiers"].low, found["Between 10 and 20 soldiers"].high) == (10.0, 20.0)
    assert found["Between 10 and 20 soldiers"].value is None
    assert (found["more than 300 people"].value, found["more than 300 people"].low) == (300.0, 300.0)
    assert (found["up to 5,000 troops"].value, found["up to 5,000 troops"].high) == (5000.0, 5000.0)


def test_physical_units_are_normalised(nlp: Language) -> None:
    found = by_text(
        quantities(
            nlp, "Winds of 30 mph hit 1,500 tonnes of grain over 10,000 sq km, and the runner won the 100m."
        )
    )
    assert (found["30 mph"].si_value, found["30 mph"].si_unit, found["30 mph"].dimension) == (
        48.28,
        "km/h",
        "speed",
    )
    assert (found["1,500 tonnes"].unit, found["1,500 tonnes"].si_unit) == ("tonne", "t")
    assert (found["10,000 sq km"].si_value, found["10,000 sq km"].dimension) == (10000.0, "area")
    assert (found["100m"].unit, found["100m"].si_value, found["100m"].si_unit) == ("m", 100.0, "m")


@pytest.mark.parametrize(
    "text",
    [
        "In 2004 the F-16 and the MGM-140 Army Tactical Missile System were upgraded.",
        "During COVID-19 many people bought Windows 95 machines.",
        "Arsenal won 3-0 and the 27-year-old striker scored two weeks ago.",
        "Hundreds of people and one man came in the 1990s.",
        "Sales rose to 300 from 250, and the rate was two thirds of that.",
        "Robinson is out of the Six Nations, and DVDs hold six times more data.",
    ],
)
def test_exclusions(nlp: Language, text: str) -> None:
    assert quantities(nlp, text) == []
