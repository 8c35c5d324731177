"""Faults during an ingest: a killed PostgreSQL ingest, a SQLite database locked by another writer, a
full disk, a PostgreSQL server restarted half-way. Each is reported (a StoreError, exit code 5), leaves
whole articles only, and the same command again ends with exactly the database of an uninterrupted run:
nothing lost, nothing doubled.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotegraph.cli import app
from quotegraph.errors import StoreError
from quotegraph.scale.ingest import IngestOptions, IngestSummary, ingest
from quotegraph.store import open_store
from tests.support import postgres
from tests.support.processes import descendants, wait_until_gone
from tests.support.stores import ingested_whole, snapshot, write_many

runner = CliRunner()
COUNT = 30


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_many(tmp_path_factory.mktemp("faults") / "corpus", COUNT)


@pytest.fixture(scope="module")
def expected_sqlite(corpus: Path, tmp_path_factory: pytest.TempPathFactory, nlp) -> dict:
    """The database of an uninterrupted run."""
    return ingested_whole(corpus, tmp_path_factory.mktemp("whole"))


def resume(corpus: Path, target: str) -> dict:
    """The same command again, in this process (the model is loaded): its summary."""
    result = runner.invoke(
        app, ["ingest", str(corpus), "--db", target, "--workers", "0", "--json", "--quiet"]
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def assert_whole_articles_only(partial: dict, expected: dict) -> None:
    for table in ("articles", "quotes", "article_speakers", "entities"):
        assert set(partial[table]) <= set(expected[table])
    assert len(partial["articles"]) < COUNT, "the fault did not interrupt the ingest"


# --- SIGKILL, PostgreSQL ----------------------------------------------------------------------------


def test_a_killed_postgresql_ingest_resumes_to_the_same_database(
    corpus: Path, request: pytest.FixtureRequest, nlp
) -> None:
    with open_store(postgres.database_url(request)) as whole:
        ingest([str(corpus)], whole, IngestOptions(workers=0))
        expected = snapshot(whole)
    killed = postgres.database_url(request)
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "quotegraph",
            "ingest",
            str(corpus),
            "--db",
            killed,
            "--workers",
            "1",
            "--quiet",
        ],
        stderr=subprocess.PIPE,
    )
    try:
        _wait_for_rows(killed, 5, process)
        family = descendants(process.pid)
    finally:
        process.kill()  # SIGKILL
        process.wait()
    wait_until_gone(family)
    with open_store(killed) as store:
        partial = snapshot(store)
    assert_whole_articles_only(partial, expected)
    summary = resume(corpus, killed)
    assert summary["duplicates"] == len(partial["articles"])
    assert summary["ingested"] == COUNT - len(partial["articles"])
    with open_store(killed) as store:
        assert snapshot(store) == expected


def _wait_for_rows(url: str, count: int, process: subprocess.Popen, timeout: float = 90) -> None:
    import psycopg

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"ingest ended before it could be killed: {process.stderr.read().decode()}")
        try:
            with psycopg.connect(url) as connection:
                if connection.execute("SELECT count(*) FROM articles").fetchone()[0] >= count:
                    return
        except psycopg.Error:  # the table is not made yet
            pass
        time.sleep(0.05)
    pytest.fail(f"no {count} articles after {timeout} s")


# --- a SQLite database locked by another writer ---------------------------------------------------


def _hold_write_lock(db: Path, seconds: float) -> threading.Thread:
    """Another process's writer: an open write transaction on db for a while (in a thread)."""
    locked = threading.Event()

    def hold() -> None:
        connection = sqlite3.connect(db, isolation_level=None)
        connection.execute("BEGIN EXCLUSIVE")
        locked.set()
        time.sleep(seconds)
        connection.execute("ROLLBACK")
        connection.close()

    thread = threading.Thread(target=hold, daemon=True)
    thread.start()
    assert locked.wait(10)
    return thread


def test_a_briefly_locked_database_is_waited_for(corpus: Path, expected_sqlite: dict, tmp_path: Path) -> None:
    db = tmp_path / "locked.db"
    open_store(db).close()
    holder = _hold_write_lock(db, 2.0)
    started = time.monotonic()
    summary = resume(corpus, str(db))
    holder.join()
    assert time.monotonic() - started >= 1.5  # it waited for the lock...
    assert summary["ingested"] == COUNT  # ...and then wrote everything
    with open_store(db) as store:
        assert snapshot(store) == expected_sqlite


def test_a_database_locked_for_long_is_reported_then_resumed(
    corpus: Path, expected_sqlite: dict, tmp_path: Path
) -> None:
    db = tmp_path / "locked.db"
    with open_store(db) as store:  # a first part stored before the other writer takes the lock
        ingest([str(p) for p in sorted(corpus.glob("00*.txt"))], store, IngestOptions(workers=0))
    holder = _hold_write_lock(db, 13.0)  # longer than the store's 10 s busy timeout
    result = runner.invoke(app, ["ingest", str(corpus), "--db", str(db), "--workers", "0", "--quiet"])
    assert result.exit_code == 5, result.output
    assert "database is locked" in result.stderr and "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1
    holder.join()
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    summary = resume(corpus, str(db))
    assert summary["duplicates"] == 10 and summary["ingested"] == COUNT - 10
    with open_store(db) as store:
        assert snapshot(store) == expected_sqlite


# --- a full disk ------------------------------------------------------------------------------------


def test_a_full_database_is_reported_and_resumes_after_space_is_freed(
    corpus: Path, expected_sqlite: dict, tmp_path: Path
) -> None:
    """SQLite's max_page_count caps the file as a full disk would (portable: no mount needed)."""
    db = tmp_path / "full.db"
    with open_store(db) as store:
        pages = store.db.execute("PRAGMA page_count")[0]["page_count"]
        store.db.execute(f"PRAGMA max_page_count = {pages + 8}")
        with pytest.raises(StoreError, match="full"):
            ingest([str(corpus)], store, IngestOptions(workers=0))
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with open_store(db) as store:
        partial = snapshot(store)
    assert_whole_articles_only(partial, expected_sqlite)
    summary = resume(corpus, str(db))  # a new connection: the cap is gone, as freed space would be
    assert summary["duplicates"] == len(partial["articles"])
    with open_store(db) as store:
        assert snapshot(store) == expected_sqlite


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("mount"), reason="mounting a tmpfs needs root")
def test_a_full_filesystem_is_reported_and_resumes_after_space_is_freed(
    corpus: Path, expected_sqlite: dict, tmp_path: Path
) -> None:
    """A real full disk: the database on a small tmpfs, nearly filled by another file."""
    mount = tmp_path / "disk"
    mount.mkdir()
    mounting = ["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount)]
    if subprocess.run(mounting, check=False).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        db = mount / "full.db"
        open_store(db).close()
        filler = mount / "filler"
        with filler.open("wb") as stream:  # leave about 160 KB free
            stream.write(b"\0" * (shutil.disk_usage(mount).free - 160 * 1024))
        result = runner.invoke(app, ["ingest", str(corpus), "--db", str(db), "--workers", "0", "--quiet"])
        assert result.exit_code == 5, result.output
        assert "full" in result.stderr and "Traceback" not in result.output
        with open_store(db) as store:
            partial = snapshot(store)
        assert_whole_articles_only(partial, expected_sqlite)
        filler.unlink()  # space freed
        summary = resume(corpus, str(db))
        assert summary["duplicates"] == len(partial["articles"])
        with open_store(db) as store:
            assert snapshot(store) == expected_sqlite
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


# --- PostgreSQL restarted mid-ingest ----------------------------------------------------------------


def _restart(server: postgres.Server) -> None:
    server._run("pg_ctl", "-D", str(server.data), "-m", "fast", "-w", "stop")
    options = f"-p {server.port} -k {server.root} -c listen_addresses=127.0.0.1 -c fsync=off"
    log = str(server.root / "server.log")
    server._run("pg_ctl", "-D", str(server.data), "-o", options, "-l", log, "-w", "-t", "30", "start")


def test_a_postgresql_restart_mid_ingest_is_reported_and_resumed(
    corpus: Path, request: pytest.FixtureRequest, nlp
) -> None:
    with open_store(postgres.database_url(request)) as whole:
        ingest([str(corpus)], whole, IngestOptions(workers=0))
        expected = snapshot(whole)
    target = postgres.database_url(request)
    server = postgres._server
    assert server is not None

    def restart_after_eight(summary: IngestSummary) -> None:
        if summary.seen == 8:
            _restart(server)  # the ingest's connection dies with the server

    with open_store(target) as store, pytest.raises(StoreError) as failed:
        ingest([str(corpus)], store, IngestOptions(workers=0), progress=restart_after_eight)
    assert "\n" not in str(failed.value).strip()
    with open_store(target) as store:
        partial = snapshot(store)
    assert len(partial["articles"]) == 8
    assert_whole_articles_only(partial, expected)
    summary = resume(corpus, target)
    assert (summary["duplicates"], summary["ingested"]) == (8, COUNT - 8)
    with open_store(target) as store:
        assert snapshot(store) == expected
