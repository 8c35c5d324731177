"""`quotegraph events` as a user runs it: the seed article and a small one of our own ingested by the real
CLI, then listed as a table and as JSON, by class, name and article date; bad options are one-line errors.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotegraph.cli import app
from tests.support.paths import shared_path
from tests.support.stores import BRIDGE

runner = CliRunner()
SEED_DATE, BRIDGE_DATE = "2024-11-18", "2024-03-05"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, nlp) -> str:
    folder = tmp_path_factory.mktemp("events-cli")
    seed = shared_path("examples", "atacms-kursk.txt").read_text(encoding="utf-8")
    articles = [
        {"text": seed, "date": SEED_DATE, "url": "https://news.example/atacms"},
        {"text": BRIDGE, "date": BRIDGE_DATE, "url": "https://news.example/bridge"},
    ]
    (folder / "articles.jsonl").write_text("".join(json.dumps(a) + "\n" for a in articles))
    path = str(folder / "news.db")
    result = runner.invoke(
        app, ["ingest", str(folder / "articles.jsonl"), "--db", path, "--workers", "0", "-q"]
    )
    assert result.exit_code == 0, result.output
    return path


def run(db: str, *args: str, columns: int = 80) -> object:
    result = runner.invoke(app, ["events", "--db", db, *args], env={"COLUMNS": str(columns)})
    assert "Traceback" not in result.output
    return result


def listed(db: str, *args: str) -> list[dict]:
    result = run(db, *args, "--json", "--limit", "1000")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_json_lists_every_event_newest_article_first(db: str):
    every = listed(db)
    dates = [e["article_date"] for e in every]
    assert set(dates) == {SEED_DATE, BRIDGE_DATE} and dates == sorted(dates, reverse=True)
    authorized = next(e for e in every if e["action"] == "authorize")
    assert (authorized["actor_name"], authorized["target_name"]) == ("Joe Biden", "Ukraine")
    assert authorized["headline"].startswith("Why Biden's Ukraine ATACMS")
    assert authorized["article"] == "https://news.example/atacms" and authorized["negated"] is False
    assert json.loads(run(db, "--limit", "2", "--json").stdout) == every[:2]


def test_the_table_shows_who_did_what_to_whom_with_place_date_and_headline(db: str):
    result = run(db, "--name", "biden", columns=200)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].strip() == f"{len(listed(db, '--name', 'biden'))} events"
    row = next(line for line in lines if "Joe Biden — authorize (authorize) → Ukraine" in line)
    assert SEED_DATE in row and "Why Biden's Ukraine ATACMS" in row
    kursk = next(
        line for line in run(db, "--class", "fight", columns=200).stdout.splitlines() if "hit" in line
    )
    assert "Kursk Oblast" in kursk  # the place column


def test_class_keeps_one_class_of_action(db: str):
    every = listed(db)
    authorized = listed(db, "--class", "authorize")
    assert authorized == [e for e in every if e["action_class"] == "authorize"]
    # The seed's "authorized" and "allowed", and the council that "approved the new bridge".
    assert {e["action"] for e in authorized} == {"authorize", "allow", "approve"}
    assert listed(db, "--class", "protest") == []


def test_name_matches_actor_or_target_in_any_case(db: str):
    every = listed(db)
    ukraine = listed(db, "--name", "UKRAINE")
    assert ukraine == [
        e for e in every if "ukraine" in f"{e['actor_name'] or ''} {e['target_name'] or ''}".lower()
    ]
    assert any(e["actor_name"] == "Ukraine" for e in ukraine) and any(
        e["target_name"] == "Ukraine" for e in ukraine
    )
    council = listed(db, "--name", "city council")
    assert [(e["action"], e["article_date"]) for e in council] == [("approve", BRIDGE_DATE)]


def test_since_and_until_keep_articles_dated_in_between(db: str):
    every = listed(db)
    later = listed(db, "--since", "2024-06-01")
    earlier = listed(db, "--until", "2024-06-01")
    assert later == [e for e in every if e["article_date"] == SEED_DATE] and later
    assert earlier == [e for e in every if e["article_date"] == BRIDGE_DATE] and earlier
    assert listed(db, "--since", BRIDGE_DATE, "--until", BRIDGE_DATE) == earlier  # both ends inclusive
    assert listed(db, "--class", "authorize", "--until", "2024-06-01") == [
        e for e in earlier if e["action_class"] == "authorize"
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--class", "gossip"], "unknown action class 'gossip': expected one of statement, appeal"),
        (["--since", "yesterday"], "--since 'yesterday': expected a date YYYY-MM-DD"),
    ],
)
def test_a_bad_option_is_one_line_and_exit_code_6(db: str, args: list[str], message: str):
    result = run(db, *args, columns=200)
    assert result.exit_code == 6 and result.stdout == ""
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_missing_database_is_an_error_and_creates_nothing(tmp_path: Path):
    missing = tmp_path / "missing.db"
    result = run(str(missing))
    assert result.exit_code == 5 and "no such database" in result.stderr
    assert not missing.exists()
