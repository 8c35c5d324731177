"""Ingest as a user runs it: the command's summary and exit codes, and a run killed with SIGKILL, then
run again, giving exactly the database of an uninterrupted run.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotegraph.cli import app
from quotegraph.scale.ingest import IngestOptions, ingest
from quotegraph.store import open_store
from tests.support.processes import descendants, wait_until_gone
from tests.support.stores import snapshot, write_corpus, write_many

runner = CliRunner()


def test_a_killed_ingest_resumes_to_the_same_database(tmp_path: Path, nlp):
    corpus = write_many(tmp_path / "corpus", 40)
    with open_store(tmp_path / "whole.db") as whole:
        ingest([str(corpus)], whole, IngestOptions(workers=0))
        expected = snapshot(whole)
    killed = tmp_path / "killed.db"
    command = ["ingest", str(corpus), "--db", str(killed)]
    process = subprocess.Popen(
        [sys.executable, "-m", "quotegraph", *command, "--workers", "1"], stderr=subprocess.PIPE
    )
    try:
        _wait_for_articles(killed, 5, process)
        family = descendants(process.pid)
    finally:
        process.kill()  # SIGKILL: no cleanup of any kind
        process.wait()
    with open_store(killed) as interrupted:
        partial = snapshot(interrupted)
    assert 5 <= len(partial["articles"]) < 40, "the run was not interrupted half-way"
    for table in ("articles", "quotes", "article_speakers", "entities"):
        assert set(partial[table]) <= set(expected[table])  # whole articles only, as in the full run
    wait_until_gone(family)  # its workers do not linger once it is dead

    # The same command again (analyzing in this process, where the model is loaded already).
    resumed = runner.invoke(app, [*command, "--workers", "0", "--json"])
    assert resumed.exit_code == 0, resumed.output
    assert json.loads(resumed.stdout)["duplicates"] == len(partial["articles"])
    with open_store(killed) as store:
        assert snapshot(store) == expected


def _wait_for_articles(db: Path, count: int, process: subprocess.Popen, timeout: float = 300) -> None:
    # A guard, not a pace: the wait ends as soon as the articles are stored; a loaded machine's
    # model load alone has taken over 60 s.
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"ingest ended before it could be killed: {process.stderr.read().decode()}")
        if _stored_articles(db) >= count:
            return
        time.sleep(0.02)
    pytest.fail(f"no {count} articles in {db} after {timeout} s")


def _stored_articles(db: Path) -> int:
    try:
        with sqlite3.connect(db) as connection:
            return connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # not created or not migrated yet
        return 0


def test_the_command_prints_a_summary_and_records_failures(tmp_path: Path):
    corpus = write_corpus(tmp_path / "corpus")
    db = str(tmp_path / "cli.db")
    first = runner.invoke(app, ["ingest", str(corpus), "--db", db, "--workers", "0", "--json"])
    assert first.exit_code == 0, first.output
    summary = json.loads(first.stdout)
    assert (summary["ingested"], summary["duplicates"], summary["failed"], summary["total"]) == (4, 1, 1, 6)
    assert summary["failures"][0]["error"] == "is empty"
    again = runner.invoke(app, ["ingest", str(corpus), "--db", db, "--workers", "0"])
    assert again.exit_code == 0
    assert "skipped as duplicate" in again.stderr and "empty.txt" in again.stderr
    assert "6/6" in again.stderr  # the progress bar, with the total known


def test_standard_input_is_a_source(tmp_path: Path):
    lines = '{"text": "\\"We are ready,\\" said Ada Lin.", "date": "2024-01-02"}\n'
    result = runner.invoke(
        app, ["ingest", "-", "--db", str(tmp_path / "in.db"), "--workers", "0", "--json"], input=lines
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["ingested"] == 1


def test_nothing_readable_is_an_error(tmp_path: Path):
    result = runner.invoke(app, ["ingest", str(tmp_path / "missing"), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2
    assert "no such file or folder" in result.stderr and "Traceback" not in result.output


def test_a_bad_database_target_is_one_line(tmp_path: Path):
    corpus = write_corpus(tmp_path / "corpus")
    result = runner.invoke(app, ["ingest", str(corpus), "--db", str(tmp_path / "no" / "such" / "dir.db")])
    assert result.exit_code == 5
    assert "cannot open the SQLite database" in result.stderr and "Traceback" not in result.output


def test_a_model_that_cannot_load_in_the_workers_stops_the_ingest(tmp_path: Path):
    corpus = write_corpus(tmp_path / "corpus")
    db = str(tmp_path / "m.db")
    result = runner.invoke(
        app, ["ingest", str(corpus), "--db", db, "--workers", "1", "--model", "no_such_model"]
    )
    assert result.exit_code == 3
    assert "cannot load spaCy pipeline 'no_such_model'" in result.stderr
