"""The query commands as a user runs them: tables by default, --json for machines, one-line errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotegraph.cli import app
from quotegraph.scale.ingest import IngestOptions, ingest
from quotegraph.store import open_store
from tests.support import postgres
from tests.support.stores import write_corpus

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, nlp) -> str:
    folder = tmp_path_factory.mktemp("query")
    path = str(folder / "news.db")
    with open_store(path) as store:
        ingest([str(write_corpus(folder / "corpus"))], store, IngestOptions(workers=0))
    return path


def run(*args: str) -> object:
    result = runner.invoke(app, list(args))
    assert "Traceback" not in result.output
    return result


def test_quotes_by_speaker_as_json(db: str):
    result = run("quotes", "--db", db, "--speaker", "helen park", "--json")
    assert result.exit_code == 0
    quotes = json.loads(result.stdout)
    assert [q["date"] for q in quotes] == ["2024-03-05", None]  # newest first, undated last
    assert {q["speaker"] for q in quotes} == {"Helen Park"} and {q["role"] for q in quotes} == {
        "Mayor",
        "mayor",
    }


def test_quotes_table_shows_speaker_role_and_quote(db: str):
    result = run("quotes", "--db", db, "--search", "hot meal")
    assert result.exit_code == 0
    assert "Maria Lopez" in result.stdout and "Education Secretary" in result.stdout
    assert "Every child deserves a hot meal" in result.stdout
    (row,) = json.loads(run("quotes", "--db", db, "--search", "hot meal", "--json").stdout)
    assert isinstance(row["tone"], float)
    shown = f"{row['tone']:+.2f}" if abs(row["tone"]) >= 0.005 else "0.00"
    first_line = next(line for line in result.stdout.splitlines() if "Maria Lopez" in line)
    assert first_line.rstrip(" │").endswith(f" {shown}")  # the tone column, last


def test_anonymous_and_date_options(db: str):
    anonymous = json.loads(run("quotes", "--db", db, "--anonymous", "--json").stdout)
    assert anonymous and all(q["anonymous"] for q in anonymous)
    named = json.loads(run("quotes", "--db", db, "--named", "--since", "2024-06-01", "--json").stdout)
    assert {q["speaker"] for q in named} == {"Maria Lopez"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--search", '"hot meal'], "a quotation mark is not closed"),
        (["--search", "meal OR"], "OR needs a term after it"),
        (["--until", "yesterday"], "--until 'yesterday': expected a date YYYY-MM-DD"),
    ],
)
def test_a_malformed_query_is_one_line_with_exit_code_6(db: str, args: list[str], message: str):
    result = run("quotes", "--db", db, *args)
    assert result.exit_code == 6
    assert message in result.stderr and len(result.stderr.strip().splitlines()) <= 2


def test_speakers_lists_counts_roles_and_the_anonymous_share(db: str):
    result = run("speakers", "--db", db, "--top", "3", "--json")
    listing = json.loads(result.stdout)
    top = listing["speakers"][0]
    assert (top["name"], top["articles"], top["quotes"]) == ("Helen Park", 2, 2)
    assert len(listing["speakers"]) == 3 and 0 < listing["anonymous_share"] < 1
    table = run("speakers", "--db", db).stdout
    assert "Helen Park" in table and "anonymous sources:" in table


def test_articles_search_and_stats(db: str):
    found = json.loads(run("articles", "--db", db, "--search", "river wall", "--json").stdout)
    assert [a["headline"] for a in found] == ["Flood defences to be rebuilt"]
    stats = json.loads(run("stats", "--db", db, "--json").stdout)
    assert (stats["articles"], stats["named_speakers"], stats["failures"]) == (4, 4, 1)
    assert stats["quotes_per_article"] == stats["quotes"] / 4
    assert stats["top_speakers"][0]["name"] == "Helen Park"
    assert "quotes per article" in run("stats", "--db", db).stdout


def test_export_to_standard_output_and_to_a_file(db: str, tmp_path: Path):
    result = run("export", "--db", db, "--table", "speakers", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {"Helen Park", "Ada Lin"} <= {row["name"] for row in rows}
    out = tmp_path / "quotes.parquet"
    written = run("export", "--db", db, "--format", "parquet", "--out", str(out))
    assert written.exit_code == 0 and out.stat().st_size > 0 and "rows written" in written.stderr
    binary = run("export", "--db", db, "--format", "parquet")
    assert binary.exit_code == 6 and "--out FILE" in binary.stderr
    unknown = run("export", "--db", db, "--table", "people")
    assert unknown.exit_code == 6 and "unknown table 'people'" in unknown.stderr


def test_querying_a_missing_database_creates_nothing(tmp_path: Path):
    missing = tmp_path / "missing.db"
    result = run("quotes", "--db", str(missing))
    assert result.exit_code == 5 and "no such database" in result.stderr
    assert not missing.exists()


def test_the_commands_work_on_postgresql(request: pytest.FixtureRequest, tmp_path: Path, nlp):
    url = postgres.database_url(request)
    corpus = write_corpus(tmp_path / "corpus")
    assert run("ingest", str(corpus), "--db", url, "--workers", "0", "--quiet").exit_code == 0
    quotes = json.loads(run("quotes", "--db", url, "--speaker", "park", "--json").stdout)
    assert {q["speaker"] for q in quotes} == {"Helen Park"}
    assert run("quotes", "--db", url, "--search", "-meal").exit_code == 6
    assert json.loads(run("stats", "--db", url, "--json").stdout)["articles"] == 4


def test_an_unreachable_server_is_one_line_without_the_password():
    result = run("stats", "--db", "postgresql://reader:secret@127.0.0.1:1/news")
    assert result.exit_code == 5
    assert "cannot connect to PostgreSQL at postgresql://reader:***@127.0.0.1:1/news" in result.stderr
    assert "secret" not in result.output
