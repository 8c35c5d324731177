"""The browsing API (store/browse.py, serve/browse.py) over a real server, on SQLite and PostgreSQL
stores holding the invented stories of tests/support/server.py: totals agree with the rows, every filter
narrows, the download holds what the search lists."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import httpx
import pytest

from quotegraph.serve import create_app
from quotegraph.store import open_store
from quotegraph.store.charts import outlet
from tests.support.server import running, serving_stories


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def corpus(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, nlp
) -> Iterator[httpx.Client]:
    with serving_stories(request, tmp_path_factory, nlp) as client:
        yield client


def get(client: httpx.Client, path: str, **params: object) -> dict:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_overview_totals_match_the_lists(corpus: httpx.Client) -> None:
    found = get(corpus, "/api/overview")
    assert found["articles"] == 3
    assert (
        found["quotes"]
        == get(corpus, "/api/search", limit=200)["total"]
        == len(get(corpus, "/api/quotes", limit=200)["items"])
    )
    assert (found["first_date"], found["last_date"]) == ("2024-03-05", "2024-09-20")
    assert sum(m["quotes"] for m in found["months"]) == found["quotes"]
    assert [m["month"] for m in found["months"]] == ["2024-03", "2024-06", "2024-09"]
    assert found["top_persons"][0]["name"] == "Helen Park"
    assert 0 < found["anonymous_share"] < 1


def test_search_facets_narrow_and_count(corpus: httpx.Client) -> None:
    everything = get(corpus, "/api/search")
    facets = everything["facets"]
    assert sum(f["count"] for f in facets["kind"]) == everything["total"]
    park = next(p for p in facets["person"] if p["label"] == "Helen Park")
    narrowed = get(corpus, "/api/search", person_id=park["value"])
    assert narrowed["total"] == park["count"] < everything["total"]
    assert {row["speaker"] for row in narrowed["items"]} <= {"Helen Park", "Park"}
    named = get(corpus, "/api/search", anonymous="false")
    anonymous = get(corpus, "/api/search", anonymous="true")
    assert named["total"] + anonymous["total"] <= everything["total"]
    assert all(row["anonymous"] for row in anonymous["items"]) and anonymous["total"] > 0
    mayor = get(corpus, "/api/search", role="mayor")
    assert mayor["total"] > 0 and all("mayor" in row["role"].lower() for row in mayor["items"])
    dated = get(corpus, "/api/search", since="2024-06-01", until="2024-06-30")
    assert dated["total"] > 0 and all(row["date"] == "2024-06-10" for row in dated["items"])
    direct = get(corpus, "/api/search", kind="direct")
    assert all(row["kind"] == "direct" for row in direct["items"])
    assert get(corpus, "/api/search", q="barrier OR park", limit=1)["next_offset"] in (1, None)


def test_search_pages_add_up_to_the_total(corpus: httpx.Client) -> None:
    total = get(corpus, "/api/search")["total"]
    seen = []
    offset: int | None = 0
    while offset is not None:
        page = get(corpus, "/api/search", limit=2, offset=offset)
        seen += [row["id"] for row in page["items"]]
        offset = page["next_offset"]
    assert len(seen) == len(set(seen)) == total


def test_place_filter_keeps_the_articles_that_mention_it(corpus: httpx.Client) -> None:
    places = get(corpus, "/api/browse/places")["items"]
    assert places and all(p["latitude"] is not None and p["articles"] >= 1 for p in places)
    first = places[0]
    articles = get(corpus, "/api/browse/articles", place=first["name"])
    assert articles["total"] == first["articles"]
    quotes = get(corpus, "/api/search", place=first["name"])
    assert {row["article_id"] for row in quotes["items"]} <= {a["id"] for a in articles["items"]}


def test_download_holds_the_rows_the_search_lists(corpus: httpx.Client) -> None:
    shown = get(corpus, "/api/search", anonymous="false", limit=200)["items"]
    response = corpus.get("/api/search/download", params={"anonymous": "false", "format": "csv"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [(int(r["id"]), r["quote"]) for r in rows] == [(r["id"], r["quote"]) for r in shown]
    as_json = corpus.get("/api/search/download", params={"anonymous": "false", "format": "json"}).json()
    assert [r["id"] for r in as_json] == [r["id"] for r in shown]


def test_articles_sort_and_count(corpus: httpx.Client) -> None:
    by_quotes = get(corpus, "/api/browse/articles", sort="quotes")["items"]
    assert [a["quotes"] for a in by_quotes] == sorted((a["quotes"] for a in by_quotes), reverse=True)
    oldest = get(corpus, "/api/browse/articles", sort="date", order="asc", limit=1)
    assert oldest["items"][0]["date"] == "2024-03-05" and oldest["total"] == 3 and oldest["next_offset"] == 1
    assert get(corpus, "/api/browse/articles", search="strike")["total"] == 1


def test_persons_with_articles_and_co_quoted(corpus: httpx.Client) -> None:
    listed = get(corpus, "/api/browse/persons", name="park")
    assert listed["total"] == 1
    park = listed["items"][0]
    assert park["name"] == "Helen Park" and park["articles"] == 2
    found = get(corpus, f"/api/browse/persons/{park['id']}")
    assert [a["date"] for a in found["appearances"]] == ["2024-06-10", "2024-03-05"]
    assert "Tom Okafor" in {p["name"] for p in found["co_quoted"]}
    assert all(n["confidence"] is not None for n in found["names"])
    assert corpus.get("/api/browse/persons/999999").status_code == 404
    organizations = get(corpus, "/api/browse/persons", type="organization")
    assert all(p["type"] == "organization" for p in organizations["items"])


def test_events_filter_and_class_counts(corpus: httpx.Client) -> None:
    found = get(corpus, "/api/browse/events")
    assert found["total"] == sum(c["count"] for c in found["classes"])
    if found["classes"]:
        one = found["classes"][0]
        narrowed = get(corpus, "/api/browse/events", action_class=one["value"])
        assert narrowed["total"] == one["count"]
    assert corpus.get("/api/browse/events", params={"action_class": "dance"}).status_code == 400


def test_charts(corpus: httpx.Client) -> None:
    months = get(corpus, "/api/charts/person-months")
    assert months["series"] and all(len(s["counts"]) == len(months["months"]) for s in months["series"])
    park = next(s for s in months["series"] if s["name"] == "Helen Park")
    assert sum(park["counts"]) == get(corpus, "/api/search", person_id=park["id"])["total"]
    tone = get(corpus, "/api/charts/tone")
    assert tone["months"] == [m for m in tone["months"] if m.startswith("2024")]
    assert all(len(s["tone"]) == len(tone["months"]) for s in tone["series"])


def test_bad_values_are_4xx(corpus: httpx.Client) -> None:
    assert corpus.get("/api/search", params={"q": '"open'}).status_code == 400
    assert corpus.get("/api/search", params={"kind": "shouted"}).status_code == 422
    assert corpus.get("/api/browse/articles", params={"sort": "length"}).status_code == 422
    assert corpus.get("/api/search", params={"since": "March"}).status_code == 422


def test_outlet_is_the_host_or_the_folder() -> None:
    assert outlet("https://www.bbc.co.uk/news/1", None) == "bbc.co.uk"
    assert outlet(None, "corpora/bbc-news/politics/001.txt") == "politics"
    assert outlet(None, None) == "unknown"


def test_migration_adds_the_browse_indexes(tmp_path) -> None:
    with open_store(str(tmp_path / "empty.db")) as store:
        names = {r["name"] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"article_speakers_appearance", "places_name", "persons_rank"} <= names


NEW_STORY = """Library reopens after a year of repairs
RIVERTON -- The city library reopened on Tuesday after a year of repairs to its roof.
"The readers have been patient, and now they have their library back," said Jo Marsh, the head librarian.
"""


def test_an_article_added_from_the_page_is_in_the_corpus(corpus: httpx.Client) -> None:
    before = get(corpus, "/api/overview")["articles"]
    response = corpus.post("/api/articles", json={"text": NEW_STORY, "date": "2024-10-01"})
    assert response.status_code == 200, response.text
    added = response.json()
    assert added["outcome"] == "added"
    assert get(corpus, "/api/overview")["articles"] == before + 1
    stored = get(corpus, f"/api/articles/{added['id']}")
    assert "Jo Marsh" in {s["name"] for s in stored["analysis"]["speakers"]}
    again = corpus.post("/api/articles", json={"text": NEW_STORY, "date": "2024-10-01"}).json()
    assert again == {"id": added["id"], "outcome": "duplicate"}


def test_adding_without_a_database_is_a_503(tmp_path) -> None:
    with (
        running(create_app(str(tmp_path / "none.db"))) as base,
        httpx.Client(base_url=base, timeout=60) as client,
    ):
        response = client.post("/api/articles", json={"text": NEW_STORY})
    assert response.status_code == 503
    assert not (tmp_path / "none.db").exists()
