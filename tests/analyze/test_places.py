"""Places: recognition with the gazetteer and the NER, and resolution to GeoNames entries."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.analyze.parsing import parse
from quotegraph.analyze.places import extract_places
from quotegraph.records import Article, Place
from tests.support.paths import SHARED

SEED = SHARED / "examples" / "atacms-kursk.txt"


def places(nlp: Language, text: str, dateline: str | None = None) -> list[Place]:
    return extract_places(parse(nlp, Article(text=text)), dateline=dateline)


def by_name(found: list[Place]) -> dict[str, Place]:
    return {p.name: p for p in found}


def mention_texts(text: str, place: Place) -> list[str]:
    return [text[start:end] for start, end in place.mentions]


@pytest.fixture(scope="module")
def seed(nlp: Language) -> tuple[str, dict[str, Place]]:
    if not SEED.exists():
        pytest.skip("shared examples are not here")
    text = SEED.read_text(encoding="utf-8")
    return text, by_name(places(nlp, text, dateline="LONDON"))


@pytest.mark.parametrize(
    ("name", "geonames_id", "country", "kind"),
    [
        ("London", 2643743, "GB", "city"),
        ("Kyiv", 703448, "UA", "city"),
        ("Kursk Oblast", 538555, "RU", "region"),
        ("Moscow", 524901, "RU", "city"),
        ("Russia", 2017370, "RU", "country"),
        ("Ukraine", 690791, "UA", "country"),
        ("Washington", 4140963, "US", "city"),
    ],
)
def test_seed_gold_places_resolve(seed, name, geonames_id, country, kind) -> None:
    place = seed[1][name]
    assert (place.geonames_id, place.country, place.kind) == (geonames_id, country, kind)
    assert place.latitude is not None and place.longitude is not None


def test_seed_finds_nothing_else(seed) -> None:
    # Germany and the United States are named in the article too; nothing else is a place there
    # (not "North Korean", "Tomahawk", "Storm Shadow", "Taurus", "White House", "ABC News").
    assert set(seed[1]) == {
        "London",
        "Kyiv",
        "Kursk Oblast",
        "Moscow",
        "Russia",
        "Ukraine",
        "Washington",
        "Germany",
        "United States",
    }


def test_seed_mentions(seed) -> None:
    text, found = seed
    assert mention_texts(text, found["Washington"]) == ["Washington, D.C."]
    assert mention_texts(text, found["London"]) == ["LONDON"]
    # Every "Kursk" is the region the article speaks of, bare or with "region".
    kursk = mention_texts(text, found["Kursk Oblast"])
    assert set(kursk) == {"Kursk", "Kursk region"} and len(kursk) == text.count("Kursk")
    # "American University Kyiv" names a university, not a mention of Kyiv.
    assert len(found["Kyiv"].mentions) == text.count("Kyiv") - 1
    assert found["Kursk Oblast"].admin1 == "Kursk Oblast"
    assert found["Washington"].admin1 == "District of Columbia"


def test_places_come_in_order_of_first_mention(seed) -> None:
    firsts = [min(p.mentions)[0] for p in seed[1].values()]
    assert firsts == sorted(firsts)


def test_dateline_in_capitals_is_london_england(nlp) -> None:
    text = "LONDON -- Shares fell on Monday."
    (london,) = places(nlp, text, dateline="LONDON")
    assert (london.geonames_id, london.country, london.admin1) == (2643743, "GB", "England")
    assert mention_texts(text, london) == ["LONDON"]


def test_dateline_absent_from_text_is_still_resolved(nlp) -> None:
    (washington,) = places(nlp, "Prices rose again in the capital.", dateline="WASHINGTON")
    assert washington.geonames_id == 4140963
    assert washington.mentions == []


def test_dateline_qualifier_sets_the_sense_of_later_mentions(nlp) -> None:
    text = "PARIS, Texas -- Paris police said the road was closed."
    paris, texas = places(nlp, text, dateline="PARIS, Texas")
    assert (paris.geonames_id, texas.geonames_id) == (4717560, 4736286)
    assert mention_texts(text, paris) == ["PARIS", "Paris"]


@pytest.mark.parametrize(
    ("text", "name", "geonames_id", "country"),
    [
        ("The concert moved to Paris, Texas, after the storm.", "Paris", 4717560, "US"),
        ("The concert moved to Paris after the storm.", "Paris", 2988507, "FR"),
        ("She grew up in London, Ontario, and studied there.", "London", 6058560, "CA"),
        ("He lives in Springfield, IL, with his family.", "Springfield", 4250542, "US"),
        ("Voters in Atlanta, Georgia, queued for hours.", "Georgia", 4197000, "US"),
    ],
)
def test_a_qualifier_picks_the_place(nlp, text, name, geonames_id, country) -> None:
    place = by_name(places(nlp, text))[name]
    assert (place.geonames_id, place.country) == (geonames_id, country)


def test_washington_alone_in_us_politics_is_the_capital(nlp) -> None:
    text = "Lawmakers in Washington passed the budget on Friday, and the president signed it."
    (washington,) = places(nlp, text)
    assert (washington.geonames_id, washington.kind) == (4140963, "city")
    assert mention_texts(text, washington) == ["Washington"]


def test_washington_state_is_the_state_and_leaves_the_capital_alone(nlp) -> None:
    text = "Republicans in Washington want a deal. Washington state voters disagree."
    found = {p.geonames_id: mention_texts(text, p) for p in places(nlp, text)}
    assert found == {4140963: ["Washington"], 5815135: ["Washington state"]}


def test_a_division_word_picks_the_division(nlp) -> None:
    text = "Shelling hit the Kursk region again. Troops in Kursk held their ground."
    (kursk,) = places(nlp, text)
    assert (kursk.geonames_id, kursk.kind, kursk.country) == (538555, "region", "RU")
    assert mention_texts(text, kursk) == ["Kursk region", "Kursk"]


def test_bare_city_name_is_the_city(nlp) -> None:
    (kursk,) = places(nlp, "The train from Kursk arrived late.")
    assert (kursk.geonames_id, kursk.kind) == (538560, "city")


@pytest.mark.parametrize(
    "text",
    [
        "Jack Reading said the plan would work. Reading later resigned.",
        "Officials said Luis Martinez would stay. Martinez declined to comment.",
        "Mr Lincoln spoke to President Jackson about the bill.",
    ],
)
def test_people_named_like_towns_are_not_places(nlp, text) -> None:
    assert places(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Reading the report, the minister frowned.",
        "The White House said ABC News had the story first.",
        "Russian and Ukrainian troops fought North Korean units.",
    ],
)
def test_words_organisations_and_adjectives_are_not_places(nlp, text) -> None:
    assert places(nlp, text) == []


def test_old_english_name_finds_the_city(nlp) -> None:
    text = "He flew from Kiev to Moscow on Monday, Ukraine's foreign ministry said."
    assert [p.geonames_id for p in places(nlp, text)] == [703448, 524901, 690791]


@pytest.mark.parametrize(
    "text",
    [
        "Giggs (Man Utd) and Fletcher (West Brom) are fit.",
        "A third Spider-Man film is scheduled for release.",
        "Real Madrid midfielder David Beckham has ruled out a move.",
        "The Bishop of Durham described the report as shocking.",
    ],
)
def test_name_inside_another_name_or_title_is_not_a_place(nlp, text) -> None:
    assert places(nlp, text) == []


def test_town_in_another_division_is_one_the_gazetteer_lacks(nlp) -> None:
    # GeoNames' only "Park City" above 15,000 people is an alternate name of Bridgeport, Connecticut.
    text = "The festival is held in Park City, Utah. Park City fills up every January."
    assert [p.name for p in places(nlp, text)] == ["Utah"]


def test_city_known_abroad_beats_a_namesake_in_a_named_country(nlp) -> None:
    text = "The film won the Golden Lion at Venice, and its US release follows in March."
    venice = by_name(places(nlp, text))["Venice"]
    assert (venice.geonames_id, venice.country) == (3164603, "IT")


def test_lesser_namesake_does_not_stand_in_for_a_city(nlp) -> None:
    # Rotterdam, New York is in a country the article names; the Dutch city is meant but its
    # country is not named, so neither is reported.
    text = "Federer plays in Rotterdam this week before he flies to the US."
    assert [p.name for p in places(nlp, text)] == ["United States"]
