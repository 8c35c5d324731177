"""Speakers merged across articles into persons: the rules (analyze/person_merge.py), the store on SQLite and
a real PostgreSQL (incremental as articles are added, and recomputed), `quotegraph speakers`, and the
/api/persons routes over a real server.
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from quotegraph.analyze.person_merge import (
    CONFIDENCE,
    Appearance,
    given_names_before,
    merge,
    names_organization,
    parse_name,
    surname_blocks,
    written_as_first_name,
)
from quotegraph.cli import app
from quotegraph.records import Analysis, ArticleMeta, Quote, Speaker
from quotegraph.serve import create_app
from quotegraph.store import Store, open_store
from tests.support import postgres
from tests.support.server import running

BACKENDS = ["sqlite", "postgresql"]


# --- the rules ------------------------------------------------------------------------------------------


def people(*rows: tuple[str, str | None] | tuple[str, str | None, str]) -> dict[str, dict[str, tuple]]:
    """Merge one appearance per row (name, role[, article text]), each in its own article, one speaker
    per name as in the store; for each person's canonical name, each name merged → (rule, confidence)."""
    speaker_ids: dict[str, int] = {}
    appearances = [
        Appearance(
            number,
            speaker_ids.setdefault(row[0], len(speaker_ids)),
            row[0],
            row[1],
            number,
            given_names_before(row[2], row[0]) if len(row) > 2 else frozenset(),
        )
        for number, row in enumerate(rows)
    ]
    names = {a.id: a.name for a in appearances}
    return {
        person.name: {names[member]: (rule, confidence) for member, rule, confidence in person.members}
        for person in merge(appearances)
    }


@pytest.mark.parametrize(
    ("name", "given", "surname", "prefix"),
    [
        ("Kremlin spokesperson Dmitry Peskov", ("dmitry",), "peskov", "Kremlin spokesperson"),
        ("Prime Minister Tony Blair", ("tony",), "blair", "Prime Minister"),
        ("Mr Blair", (), "blair", ""),
        ("George W. Bush", ("george", "w"), "bush", ""),
        ("Ursula von der Leyen", ("ursula",), "leyen", ""),
        ("Martin Luther King Jr", ("martin", "luther"), "king", ""),
    ],
)
def test_a_name_is_read_past_its_titles_and_roles(name: str, given: tuple, surname: str, prefix: str):
    parsed = parse_name(name)
    assert parsed is not None and (parsed.given, parsed.surname, parsed.prefix) == (given, surname, prefix)


def test_a_knight_by_first_name_has_no_surname_to_merge_by():
    assert parse_name("Sir Howard") is None
    assert people(("Michael Howard", "Tory leader"), ("Michael Howard", None), ("Sir Howard", None)) == {
        "Michael Howard": {"Michael Howard": ("same name", 1.0)},
        "Sir Howard": {"Sir Howard": ("same name", 1.0)},
    }


def test_variants_titles_and_a_bare_surname_are_one_person():
    found = people(
        ("Dmitry Peskov", "Kremlin spokesman"),
        ("Dmitry Peskov", None),
        ("Kremlin spokesperson Dmitri Peskov", None),
        ("Dmitry S. Peskov", None),
        ("D. Peskov", None),
        ("Peskov", None),
        ("Ivan Merezhko", "MP"),
        ("Ivan Merezhko", None),
        ("Ivan Merezhkko", None),
    )
    assert found == {
        "Dmitry Peskov": {
            "Dmitry Peskov": ("same name", 1.0),
            "Dmitry S. Peskov": ("middle name", 0.95),
            "Kremlin spokesperson Dmitri Peskov": ("spelling variant", 0.85),
            "D. Peskov": ("initial", 0.8),
            "Peskov": ("surname, only candidate", 0.7),
        },
        "Ivan Merezhko": {"Ivan Merezhko": ("same name", 1.0), "Ivan Merezhkko": ("spelling variant", 0.85)},
    }


def test_one_surname_different_first_names_are_different_people():
    found = people(
        ("Tony Blair", "Prime Minister"),
        ("Cherie Blair", "wife of the prime minister"),
        ("George W Bush", None),
        ("George H W Bush", None),
        ("Gordon Brown", None),
        ("Des Browne", None),
    )
    assert set(found) == {
        "Tony Blair",
        "Cherie Blair",
        "George W Bush",
        "George H W Bush",
        "Gordon Brown",
        "Des Browne",
    }
    assert all(len(names) == 1 for names in found.values())


def test_a_role_conflict_keeps_names_apart():
    found = people(
        ("John Smith", "Arsenal striker"),
        ("John Smith", "footballer"),
        ("J Smith", "Labour MP"),  # an initial would do, the roles do not
        ("Smith", "cricket umpire"),  # a bare surname whose role fits no Smith of the corpus
    )
    assert found["John Smith"] == {"John Smith": ("same name", 1.0)}
    assert found["J Smith"] == {"J Smith": ("same name", 1.0)}
    assert found["Smith"] == {"Smith": ("same name", 1.0)}


def test_a_name_that_fits_two_people_joins_neither():
    found = people(("John Smith", None), ("Jane Smith", None), ("J Smith", None))
    assert found["J Smith"] == {"J Smith": ("same name", 1.0)}


def test_a_bare_surname_goes_by_role_then_to_the_dominant_person_with_less_confidence():
    rows = [("Tony Blair", "Prime Minister")] * 6 + [
        ("Cherie Blair", "wife of the prime minister"),
        ("Blair", "the prime minister"),
        ("Blair", "his wife"),
        ("Mr Blair", None),
    ]
    found = people(*rows)
    assert found["Tony Blair"]["Blair"] == ("surname, role picks", CONFIDENCE["surname, role picks"])
    assert found["Cherie Blair"]["Blair"] == ("surname, role picks", CONFIDENCE["surname, role picks"])
    assert found["Tony Blair"]["Mr Blair"] == ("surname, dominant", CONFIDENCE["surname, dominant"])


def test_a_bare_surname_without_a_dominant_person_stays_unmerged():
    found = people(("Tony Blair", None), ("Tony Blair", None), ("Ian Blair", None), ("Mr Blair", None))
    assert found["Mr Blair"] == {"Mr Blair": ("same name", 1.0)}
    assert "Mr Blair" not in found["Tony Blair"]


def test_a_first_name_the_article_writes_decides_a_bare_surname():
    found = people(
        ("Robin Cook", "Foreign Secretary"),
        ("Robin Cook", None),
        ("Cook", None, "DJ Norman Cook has said that dance music is not dead. Cook said so."),
        ("Cook", None, "Last night Robin Cook resigned. But Cook said he would stay an MP."),
    )
    cooks = [names for names in found.values() if "Cook" in names]
    assert found["Robin Cook"]["Cook"] == (
        "surname, first name in article",
        CONFIDENCE["surname, first name in article"],
    )
    assert len(cooks) == 2  # Norman Cook's stays apart
    assert given_names_before("But Cook said. Mr Cook, Liverpool's Cook", "Cook") == frozenset()


def test_merging_names_loads_no_spacy_in_a_process_without_it():
    # An ingest's main process merges persons but never parses: importing spaCy there for its stop
    # words cost ~4 s mid-run. The words must still be spaCy's ("But" is one, "Norman" is not).
    code = (
        "import sys\n"
        "from quotegraph.analyze.person_merge import given_names_before, written_as_first_name\n"
        "print(sorted(given_names_before('But Cook said. DJ Norman Cook', 'Cook')),"
        " written_as_first_name('Sharon Osbourne spoke', 'Sharon'), 'spacy' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["['norman']", "True", "False"]


def test_a_quoted_nickname_does_not_hide_the_first_name():
    text = 'Antonio "LA" Reid, chairman of The Island Def Jam Music Group, said so. Reid added more.'
    assert given_names_before(text, "Reid") == {"antonio"}
    found = people(("John Reid", "Health Secretary"), ("Reid", None, text))
    assert found["John Reid"] == {"John Reid": ("same name", 1.0)}


def test_a_surname_the_article_also_uses_otherwise_stays_unmerged():
    assert names_organization(["Foster's Group", "Carlton"], "Foster")
    assert not names_organization(["Carlton"], "Foster")
    assert written_as_first_name("His wife Sharon said so. Sharon Osbourne listed the rings.", "Sharon")
    assert not written_as_first_name("Mr Sharon said. Sharon and Abbas met.", "Mr Sharon")
    sharon = [
        Appearance(0, 0, "Ariel Sharon", "Israeli prime minister", 0),
        Appearance(1, 1, "Sharon", None, 1),
    ]
    assert len(merge(sharon)) == 1
    sharon[1] = Appearance(1, 1, "Sharon", None, 1, ambiguous=True)
    assert [len(person.members) for person in merge(sharon)] == [1, 1]


def test_a_peer_is_not_a_commoner_of_that_surname():
    found = people(
        ("Julia Roberts", "actress"), ("Lord Roberts", "Welsh Office minister"), ("Lord Roberts", None)
    )
    assert found["Julia Roberts"] == {"Julia Roberts": ("same name", 1.0)}
    assert set(found["Lord Roberts"]) == {"Lord Roberts"}


def test_confidence_falls_with_the_evidence():
    order = [
        "same name",
        "middle name",
        "spelling variant",
        "initial",
        "surname, role agrees",
        "surname, only candidate",
        "surname, role picks",
        "surname, dominant",
    ]
    assert [CONFIDENCE[rule] for rule in order] == sorted((CONFIDENCE[rule] for rule in order), reverse=True)
    assert len({CONFIDENCE[rule] for rule in order}) == len(order)


def test_surname_blocks_join_spellings_one_letter_apart():
    blocks = surname_blocks(["merezhko", "merezhkko", "blair", "peskov", "goodman", "goldman"])
    assert sorted(map(sorted, blocks)) == [
        ["blair"],
        ["goldman", "goodman"],
        ["merezhkko", "merezhko"],
        ["peskov"],
    ]


# --- the store ------------------------------------------------------------------------------------------


def analysis(date: str, *speakers: tuple[str, str | None], anonymous: str | None = None) -> Analysis:
    """An article quoting each named speaker (name, role) once, and an anonymous source if given."""
    cast = [Speaker(f"e{n}", name, role=role) for n, (name, role) in enumerate(speakers)]
    if anonymous:
        cast.append(Speaker("s1", anonymous, type="person", anonymous=True))
    text = " ".join(f"{s.name} said things number {n}." for n, s in enumerate(cast))
    quotes = [Quote("indirect", [(0, 4)], speaker=s.id) for s in cast]
    return Analysis(text=text, article=ArticleMeta(date=date), quotes=quotes, speakers=cast)


ARTICLES = [
    analysis("2005-01-10", ("Peskov", "Kremlin spokesman"), anonymous="A senior official"),
    analysis("2005-02-01", ("Tony Blair", "Prime Minister"), ("Cherie Blair", None)),
    analysis("2005-03-01", ("Dmitry Peskov", "Kremlin spokesman"), anonymous="A senior official"),
    analysis("2005-04-01", ("Tony Blair", "Labour leader"), ("Kremlin spokesperson Dmitri Peskov", None)),
    analysis("2005-05-01", ("Tony Blair", None)),
    analysis("2005-06-01", ("Tony Blair", None), ("Blair", "the prime minister")),
]


def links(store: Store) -> list[tuple]:
    """Every article speaker's name → its person's canonical name, rule and confidence."""
    return sorted(
        (row["name"], row["person"], row["rule"], row["confidence"])
        for row in store.db.execute(
            "SELECT s.name, p.name AS person, s.person_rule AS rule, s.person_confidence AS confidence "
            "FROM article_speakers s JOIN persons p ON p.id = s.person_id"
        )
    )


def fill(target: str) -> Store:
    store = open_store(target)
    for number, article in enumerate(ARTICLES):
        store.add(article, source_key=f"a{number}", content_hash=f"h{number}", url=None)
    return store


@pytest.fixture(params=BACKENDS)
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return str(tmp_path / "p.db") if request.param == "sqlite" else postgres.database_url(request)


def test_ingest_merges_each_article_into_the_persons_stored(target: str):
    with open_store(target) as store:
        store.add(ARTICLES[0], source_key="a0", content_hash="h0", url=None)
        # Alone, "Peskov" is a person of its own ...
        assert [(p["name"], p["articles"]) for p in store.persons(None) if not p["anonymous"]] == [
            ("Peskov", 1)
        ]
        (first,) = [p["id"] for p in store.persons(None) if not p["anonymous"]]
        for number, article in enumerate(ARTICLES[1:], 1):
            store.add(article, source_key=f"a{number}", content_hash=f"h{number}", url=None)
        # ... until "Dmitry Peskov" is stored: the same person (same id), under the full name.
        named = {p["name"]: p for p in store.persons(None) if not p["anonymous"]}
        assert set(named) == {"Tony Blair", "Cherie Blair", "Dmitry Peskov"}
        peskov = named["Dmitry Peskov"]
        assert peskov["id"] == first and (peskov["articles"], peskov["quotes"]) == (3, 3)
        assert {n["name"]: (n["rule"], n["confidence"]) for n in peskov["names"]} == {
            "Dmitry Peskov": ("same name", 1.0),
            "Kremlin spokesperson Dmitri Peskov": ("spelling variant", 0.85),
            "Peskov": ("surname, role agrees", 0.75),
        }
        assert [(r["role"], r["first"], r["last"]) for r in peskov["roles"]] == [
            ("Kremlin spokesman", "2005-01-10", "2005-03-01")
        ]
        assert {"Peskov", "Dmitry Peskov", "Kremlin spokesperson Dmitri Peskov"} <= set(peskov["aliases"])
        blair = named["Tony Blair"]
        assert {n["name"] for n in blair["names"]} == {"Tony Blair", "Blair"}
        assert (blair["articles"], blair["quotes"]) == (4, 5)
        assert named["Cherie Blair"]["articles"] == 1
        # The anonymous official of two articles is two persons, not merged by name.
        assert [p["articles"] for p in store.persons(None) if p["anonymous"]] == [1, 1]


def test_recompute_gives_what_ingest_kept_current(target: str):
    with fill(target) as store:
        incremental = links(store)
        ids = {p["name"]: p["id"] for p in store.persons(None)}
        summary = store.merge_persons()
        assert links(store) == incremental
        assert {p["name"]: p["id"] for p in store.persons(None)} == ids  # ids survive a recompute
        assert (summary.names, summary.persons, summary.merged) == (6, 3, 3)


def test_a_store_from_before_persons_is_merged_on_demand(target: str):
    with fill(target) as store:
        expected = links(store)
        store.db.execute(
            "UPDATE article_speakers SET person_id = NULL, person_confidence = NULL, person_rule = NULL"
        )
        store.db.execute("DELETE FROM persons")
        assert store.persons(None) == [] and store.unmerged_speakers() == len(expected)
        # `quotegraph speakers` merges what no person links yet before listing.
        listing = json.loads(CliRunner().invoke(app, ["speakers", "--db", target, "--json"]).stdout)
        assert listing["merge"]["persons"] == 3 and listing["speakers"][0]["name"] == "Tony Blair"
        assert links(store) == expected and store.unmerged_speakers() == 0


def test_a_reanalyzed_article_moves_its_speakers(target: str):
    with fill(target) as store:
        changed = analysis("2005-06-01", ("Tony Blair", None), ("Cherie Blair", None))
        changed.version += 1
        assert (
            store.add(changed, source_key="a5", content_hash="h5", url=None, reanalyze=True) == "reanalyzed"
        )
        named = {p["name"]: p for p in store.persons(None)}
        assert {n["name"] for n in named["Tony Blair"]["names"]} == {"Tony Blair"}
        assert (named["Tony Blair"]["articles"], named["Cherie Blair"]["articles"]) == (4, 2)


# --- the command and the API ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("persons") / "p.db")
    fill(path).close()
    return path


def test_speakers_lists_persons_with_their_merged_names(db: str):
    result = CliRunner().invoke(app, ["speakers", "--db", db, "--json"])
    listing = json.loads(result.stdout)
    top = listing["speakers"][0]
    assert (top["name"], top["quotes"], top["articles"]) == ("Tony Blair", 5, 4)
    assert {n["name"]: n["confidence"] for n in top["names"]} == {
        "Tony Blair": 1.0,
        "Blair": 0.8,
    }  # "Tony Blair" in its article
    by_name = json.loads(CliRunner().invoke(app, ["speakers", "--db", db, "--by-name", "--json"]).stdout)
    assert {s["name"] for s in by_name["speakers"]} > {s["name"] for s in listing["speakers"]}
    table = CliRunner().invoke(app, ["speakers", "--db", db, "--merge"])
    assert table.exit_code == 0 and "merged 6 names of people into 3 persons" in table.stderr
    assert "Dmitry Peskov" in table.stdout and "merged:" in table.stdout and "(0.85)" in table.stdout


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_writes_one_row_per_person_with_its_merged_names(db: str, tmp_path: Path, fmt: str):
    out = tmp_path / f"persons.{fmt}"
    result = CliRunner().invoke(
        app, ["export", "--db", db, "--table", "persons", "--format", fmt, "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    if fmt == "parquet":
        import pyarrow.parquet as pq

        rows = pq.read_table(out).to_pylist()
    elif fmt == "csv":
        with out.open(newline="") as stream:
            rows = list(csv.DictReader(stream))
    else:
        rows = [json.loads(line) for line in out.read_text().splitlines()]
    with open_store(db) as store:
        listed = store.persons(None)
    assert f"{len(listed)} rows written" in result.stderr
    assert sorted(str(row["id"]) for row in rows) == sorted(str(p["id"]) for p in listed)
    peskov = next(row for row in rows if row["name"] == "Dmitry Peskov")
    lists = {k: peskov[k] if fmt == "jsonl" else json.loads(peskov[k]) for k in ("roles", "aliases", "names")}
    assert {n["name"]: (n["rule"], n["confidence"]) for n in lists["names"]} == {
        "Dmitry Peskov": ("same name", 1.0),
        "Kremlin spokesperson Dmitri Peskov": ("spelling variant", 0.85),
        "Peskov": ("surname, role agrees", 0.75),
    }
    assert float(peskov["confidence"]) == 0.75  # its least sure merge
    assert (int(peskov["quotes"]), int(peskov["articles"])) == (3, 3)
    assert [r["role"] for r in lists["roles"]] == ["Kremlin spokesman"]
    assert {"Peskov", "Dmitry Peskov"} <= set(lists["aliases"])
    cherie = next(row for row in rows if row["name"] == "Cherie Blair")
    assert float(cherie["confidence"]) == 1.0 and str(cherie["anonymous"]) == "False"


def test_export_merges_a_store_from_before_persons_first(tmp_path: Path):
    target = str(tmp_path / "old.db")
    with fill(target) as store:
        store.db.execute(
            "UPDATE article_speakers SET person_id = NULL, person_confidence = NULL, person_rule = NULL"
        )
        store.db.execute("DELETE FROM persons")
    result = CliRunner().invoke(app, ["export", "--db", target, "--table", "persons"])
    assert result.exit_code == 0, result.output
    names = [json.loads(line)["name"] for line in result.stdout.splitlines()]
    assert {"Tony Blair", "Cherie Blair", "Dmitry Peskov"} <= set(names)


@pytest.fixture(scope="module", params=BACKENDS)
def api(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    if request.param == "sqlite":
        target = str(tmp_path_factory.mktemp("persons-api") / "p.db")
    else:
        target = postgres.database_url(request)
    fill(target).close()
    with running(create_app(target)) as base, httpx.Client(base_url=base, timeout=60) as client:
        yield client


def test_the_api_gives_persons_and_each_speaker_its_person(api: httpx.Client):
    persons = api.get("/api/persons", params={"limit": 2}).json()
    assert [p["name"] for p in persons["items"]] == ["Tony Blair", "Dmitry Peskov"] and persons[
        "next_offset"
    ] == 2
    peskov = api.get(f"/api/persons/{persons['items'][1]['id']}").json()
    assert (peskov["quotes"], peskov["articles"]) == (3, 3) and len(peskov["names"]) == 3
    assert peskov["timeline"] == [{"month": m, "quotes": 1} for m in ("2005-01", "2005-03", "2005-04")]
    quotes = api.get("/api/quotes", params={"person_id": peskov["id"]}).json()["items"]
    assert {q["speaker"] for q in quotes} == {"Peskov", "Dmitry Peskov", "Kremlin spokesperson Dmitri Peskov"}
    assert {q["person_id"] for q in quotes} == {peskov["id"]}
    bare = next(q for q in quotes if q["speaker"] == "Peskov")
    speaker = api.get(f"/api/speakers/{bare['speaker_id']}").json()
    assert speaker["persons"] == [
        {"id": peskov["id"], "name": "Dmitry Peskov", "confidence": 0.75, "articles": 1}
    ]
    missing = api.get("/api/persons/999999")
    assert missing.status_code == 404 and missing.json()["detail"] == "no person 999999"


def test_the_speaker_page_shows_the_merged_person(tmp_path: Path, browser):
    from playwright.sync_api import expect

    target = str(tmp_path / "p.db")
    with fill(target) as store:
        bare = store.db.execute("SELECT id FROM speakers WHERE name = 'Peskov'")[0]["id"]
    with running(create_app(target)) as base:
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(f"{base}/#/speakers/{bare}")
        expect(page.locator("#corpus-view h1")).to_contain_text("Dmitry Peskov")
        expect(page.locator("#corpus-view .facts").first).to_have_text("3 quotes in 3 articles")
        names = page.locator("table.names tbody tr")
        expect(names).to_have_count(3)
        expect(names.filter(has_text="Peskov").last).to_contain_text("0.75")
        expect(page.locator("#corpus-view .quote-item")).to_have_count(3)
        page.locator(".quote-item a", has_text="Kremlin spokesperson Dmitri Peskov").click()
        expect(page).to_have_url(re.compile(r"#/persons/\d+$"))
        expect(page.locator("#corpus-view h1")).to_contain_text("Dmitry Peskov")
        page.close()
    assert errors == []
