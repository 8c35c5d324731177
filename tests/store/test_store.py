"""The store on both backends, SQLite and a real PostgreSQL server: ingest, re-ingest, speakers linked
across articles, full-text search, date filters, failures, re-analysis and export round trips.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from quotegraph.analyze.pipeline import analyze
from quotegraph.errors import QueryError, StoreError
from quotegraph.read.collect import iter_items
from quotegraph.records import Article, Speaker
from quotegraph.scale.ingest import IngestOptions, ingest
from quotegraph.store import QuoteFilter, Store, open_store, persons, rows, schema, writer
from quotegraph.store.export import COLUMNS, table_rows
from quotegraph.store.lookups import article as stored_article
from quotegraph.store.lookups import events_page
from quotegraph.store.rows import speaker_key
from tests.support.stores import BACKENDS, BRIDGE, DATED, FLOOD, LIBRARY, new_target, snapshot, write_corpus

NAMED = {"Helen Park", "Tomas Reyes", "Ada Lin", "Maria Lopez"}


@pytest.fixture(params=BACKENDS)
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return new_target(request.param, request, tmp_path)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus")


@pytest.fixture
def store(target: str, corpus: Path, nlp):
    """The corpus ingested into a new store, for a test that changes it."""
    with open_store(target) as opened:
        ingest([str(corpus)], opened, IngestOptions(workers=0))
        yield opened


@pytest.fixture(scope="module", params=BACKENDS)
def stored(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, nlp):
    """The corpus ingested once per backend, for tests that only read."""
    folder = tmp_path_factory.mktemp(request.param)
    with open_store(new_target(request.param, request, folder)) as opened:
        ingest([str(write_corpus(folder / "corpus"))], opened, IngestOptions(workers=0))
        yield opened


def expected_quote_count(corpus: Path, nlp) -> int:
    """Quotes the pipeline finds in the corpus's distinct articles, analyzed directly."""
    from quotegraph.analyze.pipeline import analyze

    distinct = {item.article.text: item.article for item in iter_items([str(corpus)]) if item.article}
    return sum(len(analyze(article, nlp).quotes) for article in distinct.values())


def test_ingest_stores_every_article_once(target: str, corpus: Path, nlp):
    with open_store(target) as store:
        summary = ingest([str(corpus)], store, IngestOptions(workers=0))
        stats = store.stats()
        assert (summary.total, summary.seen) == (6, 6)
        assert (summary.ingested, summary.duplicates, summary.failed) == (4, 1, 1)
        assert summary.failures[0]["key"].endswith("empty.txt") and summary.failures[0]["stage"] == "read"
        assert stats["articles"] == 4 and stats["failures"] == 1
        assert stats["quotes"] == expected_quote_count(corpus, nlp)
        assert {row["name"] for row in store.speakers(top=None) if not row["anonymous"]} == NAMED


def test_ingesting_again_adds_nothing(store: Store, corpus: Path):
    before = snapshot(store)
    summary = ingest([str(corpus)], store, IngestOptions(workers=0))
    assert (summary.ingested, summary.duplicates, summary.failed) == (0, 5, 1)
    assert snapshot(store) == before


def test_a_speaker_quoted_in_two_articles_is_one_speaker(stored: Store):
    (park,) = [row for row in stored.speakers(top=None) if row["name"] == "Helen Park"]
    assert (park["articles"], park["quotes"]) == (2, 2)
    assert {role["role"] for role in park["roles"]} == {"Mayor", "mayor"}
    mayor = next(role for role in park["roles"] if role["role"] == "mayor")
    assert (mayor["first"], mayor["last"]) == ("2024-03-05", "2024-03-05")  # the dated flood story


def test_anonymous_sources_are_not_merged_across_articles(stored: Store):
    officials = [row for row in stored.speakers(top=None) if row["name"] == "A senior official"]
    assert len(officials) == 2
    assert all(row["anonymous"] and row["articles"] == 1 for row in officials)
    share = stored.anonymous_share()
    quotes = stored.quotes(QuoteFilter(limit=None, types=None))  # the share counts every type
    attributed = [q for q in quotes if q["speaker"]]
    assert share == pytest.approx(sum(q["anonymous"] for q in attributed) / len(attributed))
    assert {q["speaker"] for q in stored.quotes(QuoteFilter(anonymous=True))} == {
        "A senior official",
        "Two city officials",
    }


@pytest.mark.parametrize(
    ("speaker", "linked"),
    [
        (Speaker("e1", "Tony Blair"), True),
        (Speaker("named:tories", "Tories", type="organization"), True),
        (Speaker("named:company", "company", type="organization"), False),  # "the company": which one?
        (Speaker("named:residents", "Residents", type="group"), False),
        (Speaker("anon:a senior official", "A senior official", anonymous=True), False),
    ],
)
def test_only_proper_names_link_speakers_across_articles(speaker: Speaker, linked: bool):
    assert speaker_key(speaker, "hash").startswith("name:") == linked
    assert speaker_key(Speaker("e2", "José  Álvarez-Ruiz"), "a") == speaker_key(
        Speaker("e9", "JOSE ALVAREZ RUIZ"), "b"
    )


def test_full_text_search_finds_quotes_and_articles(stored: Store):
    (meal,) = stored.quotes(QuoteFilter(search="deserve hot meals"))  # stemmed: deserves, meal
    assert meal["speaker"] == "Maria Lopez" and meal["role"] == "Education Secretary"
    assert [q["speaker"] for q in stored.quotes(QuoteFilter(search='"another flood" OR student*'))] == [
        "Helen Park",
        "Ada Lin",
    ]
    assert stored.quotes(QuoteFilter(search="bridge -change")) == []
    assert [a["headline"] for a in stored.articles(search="midnight")] == ["Library opens late on weekends"]


@pytest.mark.parametrize("query", ['"hot meal', "OR bridge", "bridge OR", "-bridge", "brid*ge", "   "])
def test_a_search_syntax_error_says_what_is_wrong(stored: Store, query: str):
    with pytest.raises(QueryError, match=r"^search .*: "):
        stored.quotes(QuoteFilter(search=query))


def test_since_and_until_filter_by_article_date(stored: Store):
    assert {q["date"] for q in stored.quotes(QuoteFilter(since="2024-04-01"))} == {"2024-06-10"}
    assert {q["date"] for q in stored.quotes(QuoteFilter(until="2024-04-01"))} == {"2024-03-05"}
    assert stored.quotes(QuoteFilter(since="2024-03-06", until="2024-06-09")) == []
    with pytest.raises(QueryError, match="--since '2024-13-01': expected a date"):
        stored.quotes(QuoteFilter(since="2024-13-01"))


def test_speaker_filter_ignores_case_and_accents(stored: Store):
    assert {q["speaker"] for q in stored.quotes(QuoteFilter(speaker="HELEN PÁRK"))} == {"Helen Park"}


def test_same_url_is_the_same_article(store: Store, tmp_path: Path):
    changed = tmp_path / "changed.jsonl"
    changed.write_text(json.dumps(DATED[0] | {"text": FLOOD + "Updated at noon.\n"}) + "\n")
    summary = ingest([str(changed)], store, IngestOptions(workers=0))
    assert (summary.ingested, summary.duplicates) == (0, 1)


def test_a_failed_source_is_retried_and_cleared(store: Store, corpus: Path):
    (corpus / "notes" / "empty.txt").write_text('"It works now," said Ada Lin.\n')
    summary = ingest([str(corpus)], store, IngestOptions(workers=0))
    assert (summary.ingested, summary.failed) == (1, 0)
    assert store.failures() == []


def test_reanalyze_replaces_older_analyses(store: Store, corpus: Path):
    before = snapshot(store)
    store.db.execute("UPDATE articles SET analysis_version = 0")
    kept = ingest([str(corpus)], store, IngestOptions(workers=0))
    assert (kept.outdated, kept.duplicates, kept.reanalyzed) == (5, 0, 0)  # the copy too
    redone = ingest([str(corpus)], store, IngestOptions(workers=0, reanalyze=True))
    assert (redone.reanalyzed, redone.duplicates) == (4, 1)
    assert snapshot(store) == before


def test_migrations_are_recorded_and_applied_once(store: Store, target: str):
    versions = [row["version"] for row in store.db.execute("SELECT version FROM schema_version ORDER BY 1")]
    assert versions == [m.version for m in schema.all_migrations()]
    with open_store(target) as again:
        assert snapshot(again) == snapshot(store)


def test_a_newer_schema_is_refused(store: Store, target: str):
    store.db.execute("INSERT INTO schema_version (version, name, applied_at) VALUES (99, 'future', '')")
    with pytest.raises(StoreError, match="schema version 99, newer than this quotegraph knows"):
        open_store(target)


def test_the_attribution_model_is_stored_read_back_and_exported(target: str, nlp):
    learned = analyze(Article(text=BRIDGE), nlp)
    learned.attribution_model, learned.attribution_scope = "polnear-attribution-transformer", "all"
    rules = analyze(Article(text=LIBRARY), nlp)
    with open_store(target) as store:
        for key, analysis in (("learned", learned), ("rules", rules)):
            assert store.add(analysis, source_key=key, content_hash=key, url=None) == "added"
        ids = {r["source_key"]: r["id"] for r in store.db.execute("SELECT id, source_key FROM articles")}
        back = {key: stored_article(store, ids[key]) for key in ids}
        exported = io.StringIO()
        assert store.export("articles", "jsonl", exported) == 2
    # The whole analysis comes back as analyze gave it (spans as JSON lists), provenance included.
    assert back["learned"]["analysis"] == json.loads(json.dumps(learned.to_dict()))
    assert back["learned"]["analysis"]["attribution_model"] == "polnear-attribution-transformer"
    assert back["learned"]["analysis"]["attribution_scope"] == "all"
    assert back["rules"]["analysis"]["attribution_model"] is None
    assert back["rules"]["analysis"]["attribution_scope"] is None
    provenance = {
        row["source_key"]: (row["attribution_model"], row["attribution_scope"])
        for row in map(json.loads, exported.getvalue().splitlines())
    }
    assert provenance == {"learned": ("polnear-attribution-transformer", "all"), "rules": (None, None)}


def _without(make_row, columns: tuple[str, ...]):
    """rows.article_row as it was before ``columns`` were added."""
    return lambda *args: {k: v for k, v in make_row(*args).items() if k not in columns}


def _each_without(make_rows, columns: tuple[str, ...]):
    """rows.quote_rows as it was before ``columns`` were added."""
    return lambda *args: [{k: v for k, v in row.items() if k not in columns} for row in make_rows(*args)]


ARTICLE_TONE = ("tone", "tone_positive", "tone_negative")


def _find_by_version(db, content_hash: str, url: str | None) -> writer.Known | None:
    found = db.execute(
        "SELECT id, analysis_version FROM articles WHERE content_hash = ? OR url = ? ORDER BY id LIMIT 1",
        (content_hash, url),
    )
    return writer.Known(found[0]["id"], found[0]["analysis_version"]) if found else None


def _every_quote(speaker: str) -> str:
    """A speaker's quote count as releases before quote types wrote it: every quote."""
    return f"(SELECT count(*) FROM quotes q WHERE q.speaker_id = {speaker})"


def test_a_version_2_database_migrates_keeping_its_articles(
    target: str, corpus: Path, nlp, monkeypatch: pytest.MonkeyPatch
):
    # The database and its articles as the previous release wrote them: migrations 1 and 2 only.
    known = schema.all_migrations()
    monkeypatch.setattr(schema, "all_migrations", lambda: known[:2])
    provenance = ("attribution_model", "attribution_scope", "attribution_model_id")
    monkeypatch.setattr(rows, "article_row", _without(rows.article_row, provenance + ARTICLE_TONE))
    monkeypatch.setattr(writer, "find", _find_by_version)  # that release read back the version alone
    monkeypatch.setattr(rows, "quote_rows", _each_without(rows.quote_rows, ("tone", "type")))
    monkeypatch.setattr(
        rows, "article_speaker_row", _without(rows.article_speaker_row, ("kind", "roles", "age"))
    )
    monkeypatch.setattr(persons, "update", lambda db, stale=(): None)  # no persons yet
    monkeypatch.setattr(writer, "speaker_quote_count", _every_quote)  # quotes had no type then
    monkeypatch.setattr(rows, "DETAIL_TABLES", tuple(t for t in rows.DETAIL_TABLES if t != "events"))
    with open_store(target) as old:
        ingest([str(corpus)], old, IngestOptions(workers=0))
        before = old.db.execute("SELECT id, content_hash, text, analysis_version FROM articles ORDER BY id")
        quotes = old.db.execute("SELECT count(*) AS n FROM quotes")[0]["n"]  # stats() reads later tables
        columns = old.db.execute("SELECT * FROM articles")[0]
    assert len(before) == 4 and not set(provenance) & set(columns)
    monkeypatch.undo()

    with open_store(target) as store:
        versions = [r["version"] for r in store.db.execute("SELECT version FROM schema_version ORDER BY 1")]
        after = store.db.execute(
            "SELECT id, content_hash, text, analysis_version, attribution_model, attribution_scope "
            "FROM articles ORDER BY id"
        )
        assert versions == [m.version for m in known]
        assert after == [row | {"attribution_model": None, "attribution_scope": None} for row in before]
        ids = store.db.execute("SELECT attribution_model_id FROM articles")
        assert [row["attribution_model_id"] for row in ids] == [None] * len(before)
        assert store.stats()["quotes"] == quotes
        assert store.db.execute("SELECT count(*) AS n FROM events")[0]["n"] == 0  # until --reanalyze
        assert store.quotes(QuoteFilter(search="deserve hot meals"))  # the search index still works
        analysis = stored_article(store, before[0]["id"])["analysis"]
        assert (analysis["attribution_model"], analysis["attribution_scope"]) == (None, None)
        # Quotes stored before types are speech, and the speakers' kinds and roles come from what was kept.
        assert {q["type"] for q in analysis["quotes"]} == {"speech"}
        kinds = {"person", "organization", "group", "anonymous"}
        assert all(s["kind"] in kinds for s in analysis["speakers"])


TONED = (
    "Storm damage\n\n"
    '"This is a terrible tragedy and we are devastated," Mayor Helen Park said.\n\n'
    '"The volunteers were wonderful, and I am grateful for their kindness," said Ada Lin.\n'
)


def test_tone_is_stored_read_back_and_exported(target: str, nlp):
    analysis = analyze(Article(text=TONED), nlp)
    tones = [quote.tone for quote in analysis.quotes]
    assert len(tones) == 2 and tones[0] < 0 < tones[1] and analysis.tone is not None
    with open_store(target) as store:
        store.add(analysis, source_key="toned", content_hash="toned", url=None)
        article_id = store.db.execute("SELECT id FROM articles")[0]["id"]
        back = stored_article(store, article_id)["analysis"]
        listed = {row["quote"]: row["tone"] for row in store.quotes()}
        exported = {row["seq"]: row["tone"] for row in table_rows(store.db, "quotes")}
        article_row = next(table_rows(store.db, "articles"))
    assert back == json.loads(json.dumps(analysis.to_dict()))  # quote and article tone included
    assert [q["tone"] for q in back["quotes"]] == tones
    assert sorted(listed.values()) == sorted(tones)
    assert exported == dict(enumerate(tones))
    stored_tone = (article_row["tone"], article_row["tone_positive"], article_row["tone_negative"])
    assert stored_tone == (analysis.tone.score, analysis.tone.positive, analysis.tone.negative)


def test_a_version_3_database_gets_tone_columns_and_reanalysis_fills_them(
    target: str, corpus: Path, nlp, monkeypatch: pytest.MonkeyPatch
):
    # As the release before the tone stage wrote it: migrations 1-3, no tone anywhere, version 1.
    known = schema.all_migrations()
    monkeypatch.setattr(schema, "all_migrations", lambda: known[:3])
    monkeypatch.setattr(
        rows, "article_row", _without(rows.article_row, ("attribution_model_id", *ARTICLE_TONE))
    )
    monkeypatch.setattr(writer, "find", _find_by_version)  # that release read back the version alone
    monkeypatch.setattr(rows, "quote_rows", _each_without(rows.quote_rows, ("tone", "type")))
    monkeypatch.setattr(
        rows, "article_speaker_row", _without(rows.article_speaker_row, ("kind", "roles", "age"))
    )
    monkeypatch.setattr(persons, "update", lambda db, stale=(): None)  # no persons yet
    monkeypatch.setattr(writer, "speaker_quote_count", _every_quote)  # quotes had no type then
    monkeypatch.setattr(rows, "DETAIL_TABLES", tuple(t for t in rows.DETAIL_TABLES if t != "events"))
    with open_store(target) as old:
        ingest([str(corpus)], old, IngestOptions(workers=0))
        old.db.execute("UPDATE articles SET analysis_version = 1")
    monkeypatch.undo()

    with open_store(target) as store:
        versions = [r["version"] for r in store.db.execute("SELECT version FROM schema_version ORDER BY 1")]
        assert versions == [m.version for m in known]
        assert {row["tone"] for row in store.quotes()} == {None}
        article_id = store.db.execute("SELECT min(id) AS id FROM articles")[0]["id"]
        assert stored_article(store, article_id)["analysis"]["tone"] is None
        redone = ingest([str(corpus)], store, IngestOptions(workers=0, reanalyze=True))
        assert redone.reanalyzed == 4
        assert None not in {row["tone"] for row in store.quotes()}
        assert stored_article(store, article_id)["analysis"]["tone"]["score"] is not None


def test_events_are_stored_listed_by_class_and_name(stored: Store):
    approved = events_page(stored, 10, action_class="authorize")
    assert [(e["action"], e["actor_name"], e["target_name"]) for e in approved] == [
        ("approve", "The city council", "the new bridge")
    ]
    event = approved[0]
    assert event["headline"] == "Council backs bridge plan" and event["negated"] is False
    start, end = event["action_span"]
    assert BRIDGE[start:end] == "approved" and event["date_spans"]  # "on Tuesday"
    assert events_page(stored, 10, name="CITY COUNCIL") == approved
    assert events_page(stored, 10, action_class="fight") == []


@pytest.mark.parametrize("table", ["quotes", "speakers", "persons", "articles", "events"])
@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_round_trips(stored: Store, tmp_path: Path, table: str, fmt: str):
    expected = list(table_rows(stored.db, table))
    counts = {"quotes": stored.stats()["quotes"], "speakers": len(stored.speakers(None)), "articles": 4}
    counts["events"] = stored.db.execute("SELECT count(*) AS n FROM events")[0]["n"]
    counts["persons"] = len(stored.persons(None))
    assert list(expected[0]) == list(COLUMNS[table])
    assert len(expected) == counts[table]
    out = tmp_path / f"{table}.{fmt}"
    assert stored.export(table, fmt, out) == len(expected) > 0
    if fmt == "csv":  # CSV has no null: a missing text is an empty cell
        expected = [
            {k: "" if v is None and COLUMNS[table][k] == "str" else v for k, v in row.items()}
            for row in expected
        ]
    assert _read_back(out, fmt, table) == expected


def _read_back(path: Path, fmt: str, table: str) -> list[dict]:
    kinds = COLUMNS[table]
    if fmt == "jsonl":
        return [json.loads(line) for line in path.read_text().splitlines()]
    if fmt == "parquet":
        rows = pq.read_table(path).to_pylist()
        assert list(rows[0]) == list(kinds)
    else:
        with path.open(newline="") as stream:
            rows = list(csv.DictReader(stream))
    return [{name: _typed(row[name], kinds[name], fmt) for name in kinds} for row in rows]


def _typed(value: Any, kind: str, fmt: str) -> Any:
    """A CSV or Parquet cell as export's rows hold it: CSV cells are text, lists are JSON in both."""
    if value is None or (fmt == "csv" and value == "" and kind != "str"):
        return None
    if kind == "json":
        return json.loads(value)
    if fmt == "csv" and kind == "int":
        return int(value)
    if fmt == "csv" and kind == "bool":
        return value == "True"
    if fmt == "csv" and kind == "float":
        return float(value)
    return value
