"""Dates: the seed article's gold, relative dates around month and year boundaries, tense, exclusions."""

from __future__ import annotations

import json

import pytest
from spacy.language import Language

from quotegraph.analyze.dates import extract_dates
from quotegraph.analyze.parsing import parse
from quotegraph.records import Article
from tests.support.paths import SHARED

SEED = SHARED / "examples" / "atacms-kursk.txt"
SEED_GOLD = SHARED / "examples" / "atacms-kursk.gold.json"


def resolved(nlp: Language, text: str, published: str | None) -> dict[str, tuple[str | None, str | None]]:
    mentions = extract_dates(parse(nlp, Article(text=text)), published)
    for m in mentions:
        assert text[m.span[0] : m.span[1]] == m.text
    return {m.text: (m.value, m.granularity) for m in mentions}


@pytest.mark.skipif(not SEED.exists(), reason="shared examples not available")
def test_seed_gold_dates(nlp: Language) -> None:
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))["dates"]
    found = resolved(nlp, SEED.read_text(encoding="utf-8"), gold["published"])
    assert len(gold["expect"]) == 5
    granularity = {10: "day", 7: "month", 4: "year"}
    for expected in gold["expect"]:
        value = expected["resolves_to"]
        assert found[expected["text"]] == (value, granularity[len(value)])
    # "following months of pressure" is a duration, "in 24 hours" a quantity: neither is a date.
    assert not any("months" in text or "hours" in text for text in found)


def test_month_boundary(nlp: Language) -> None:
    text = (
        "The deal was signed on Saturday, a day after talks collapsed yesterday.\n"
        "Prices rose last month and again in November, two weeks ago, and will rise in December."
    )
    assert resolved(nlp, text, "2024-12-01") == {  # a Sunday
        "on Saturday": ("2024-11-30", "day"),
        "yesterday": ("2024-11-30", "day"),
        "last month": ("2024-11", "month"),
        "in November": ("2024-11", "month"),
        "two weeks ago": ("2024-11-17", "day"),
        "in December": ("2024-12", "month"),
    }


def test_year_boundary(nlp: Language) -> None:
    text = (
        "Sales fell last year, and in December they slumped.\n"
        "The board met on Tuesday and last week, and the plan starts next month."
    )
    assert resolved(nlp, text, "2025-01-02") == {  # a Thursday
        "last year": ("2024", "year"),
        "in December": ("2024-12", "month"),
        "on Tuesday": ("2024-12-31", "day"),
        "last week": ("2024-12", "month"),  # 23-29 December: the month holds the whole week
        "next month": ("2025-02", "month"),
    }


def test_future_tense_looks_forward(nlp: Language) -> None:
    text = "He will meet Putin on Thursday. Talks are due to resume in March. The vote was held last Monday."
    assert resolved(nlp, text, "2024-11-18") == {
        "on Thursday": ("2024-11-21", "day"),
        "in March": ("2025-03", "month"),
        "last Monday": ("2024-11-11", "day"),
    }


def test_without_publication_date_only_absolute_dates_resolve(nlp: Language) -> None:
    text = (
        "Troops have used it since October 2023, and on Sunday it was fired.\n"
        "He was born on 27 October, 1920."
    )
    assert resolved(nlp, text, None) == {
        "since October 2023": ("2023-10", "month"),
        "on Sunday": (None, None),
        "on 27 October, 1920": ("1920-10-27", "day"),
    }


def test_durations_frequencies_ages_names_and_clock_times_are_not_dates(nlp: Language) -> None:
    text = (
        "After months of pressure and for 24 hours each year, the 26-year-old spoke for decades.\n"
        "Theresa May said the Christmas special was a hit.\n"
        "Black Friday is a film, Football Manager 2005 a game, and kick-off is at 2000 GMT."
    )
    assert resolved(nlp, text, "2024-11-18") == {}


def test_month_in_a_present_tense_clause_takes_the_nearer_year(nlp: Language) -> None:
    text = (
        "Democrats are counting on black voters on Nov. 8.\nThe new session opens on Jan. 10.\n"
        "In February, he quit the race."
    )
    assert resolved(nlp, text, "2016-09-19") == {
        "on Nov. 8": ("2016-11-08", "day"),
        "on Jan. 10": ("2017-01-10", "day"),
        "In February": ("2016-02", "month"),
    }
