"""Opening a SQLite store while another process makes the new database WAL (two ingests started at once):
SQLite may answer "database is locked" without waiting in its busy handler, and the open must wait and
retry, not fail (tests/scale/test_concurrent_ingest.py met it once in a fresh clone); past BUSY_SECONDS it
gives up with the one-line StoreError.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from quotegraph.errors import StoreError
from quotegraph.store import dialect


class _LockedAtFirst:
    """A real connection whose first `locked` switches to WAL answer as a busy database does."""

    def __init__(self, real: sqlite3.Connection, locked: int) -> None:
        self.real, self.locked, self.tries = real, locked, 0

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if "journal_mode" in sql:
            self.tries += 1
            if self.tries <= self.locked:
                raise sqlite3.OperationalError("database is locked")
        return self.real.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


def _connect_locked(monkeypatch: pytest.MonkeyPatch, locked: int) -> list[_LockedAtFirst]:
    made: list[_LockedAtFirst] = []
    connect = sqlite3.connect

    def locked_connect(*args: Any, **kwargs: Any) -> _LockedAtFirst:
        made.append(_LockedAtFirst(connect(*args, **kwargs), locked))
        return made[-1]

    monkeypatch.setattr(dialect.sqlite3, "connect", locked_connect)
    return made


def test_a_database_locked_while_it_is_made_wal_is_waited_for(tmp_path: Path, monkeypatch):
    made = _connect_locked(monkeypatch, locked=3)
    database = dialect.SQLite(tmp_path / "both.db")
    assert made[0].tries == 4
    assert database.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_lock_that_outlasts_the_wait_is_a_store_error(tmp_path: Path, monkeypatch):
    _connect_locked(monkeypatch, locked=10**6)
    monkeypatch.setattr(dialect, "BUSY_SECONDS", 0.2)
    with pytest.raises(StoreError, match="cannot open the SQLite database"):
        dialect.SQLite(tmp_path / "both.db")
