"""Everything that differs between SQLite and PostgreSQL, in one place.

The rest of the store writes portable SQL with ``?`` placeholders and JSON kept as text, and talks to a
``Database``: connection, transactions, scripts, DDL words and full-text search are the backend's.
"""

from __future__ import annotations

import sqlite3
import time
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, ClassVar

from quotegraph.errors import StoreError
from quotegraph.store.search import SearchQuery, Term

Row = dict[str, Any]
Params = Sequence[Any]

# The full-text index of each searchable table: the SQLite FTS5 table (rowid = the row's id).
_FTS_TABLES = {"quotes": "quotes_fts", "articles": "articles_fts"}
# The PostgreSQL advisory lock every write transaction holds (the bytes of "quotegra" as a bigint):
# advisory locks are per database, so one quotegraph database's writers wait only for each other.
_WRITE_LOCK = int.from_bytes(b"quotegra", "big")


class Database(ABC):
    """A connection to one store, with the backend's dialect."""

    name: str
    connection: Any
    # Words the migration scripts leave to the dialect (see store/migrations).
    ddl: ClassVar[dict[str, str]]
    # Failures of the server or the file, to report as StoreError.
    errors: tuple[type[Exception], ...]

    def execute(self, sql: str, params: Params = ()) -> list[Row]:
        """Run one statement; the rows it returns (empty for writes without RETURNING)."""
        with self._cursor() as cursor:
            cursor.execute(self.sql(sql), params)
            return self._fetch(cursor)

    def execute_many(self, sql: str, rows: Iterable[Params]) -> None:
        with self._cursor() as cursor:
            cursor.executemany(self.sql(sql), list(rows))

    def stream(self, sql: str, params: Params = (), batch: int = 1000) -> Iterator[Row]:
        """Rows one batch at a time, so that an export of any size keeps memory flat."""
        with self._cursor() as cursor:
            cursor.execute(self.sql(sql), params)
            yield from _batches(cursor, batch)

    def sql(self, query: str) -> str:
        return query

    @abstractmethod
    def search(self, table: str, alias: str, query: SearchQuery) -> tuple[str, list[Any]]:
        """A WHERE condition: rows of ``table`` (as ``alias``) that match the full-text query."""

    @abstractmethod
    def transaction(self) -> AbstractContextManager[None]:
        """All statements inside commit together or not at all."""

    @abstractmethod
    def script(self, sql: str) -> None:
        """Run a migration script (several statements) inside the current transaction."""

    def close(self) -> None:
        self.connection.close()

    @contextmanager
    def _cursor(self) -> Iterator[Any]:
        cursor = self.connection.cursor()
        try:
            yield cursor
        finally:
            cursor.close()

    @staticmethod
    def _fetch(cursor: Any) -> list[Row]:
        return [] if cursor.description is None else list(_dicts(cursor, cursor.fetchall()))


def _batches(cursor: Any, size: int) -> Iterator[Row]:
    while rows := cursor.fetchmany(size):
        yield from _dicts(cursor, rows)


def _dicts(cursor: Any, rows: Iterable[Sequence[Any]]) -> Iterator[Row]:
    columns = [c[0] for c in cursor.description]
    return (dict(zip(columns, row, strict=True)) for row in rows)


# How long opening a SQLite store waits for another process's lock.
BUSY_SECONDS = 10.0


class SQLite(Database):
    name = "sqlite"
    ddl: ClassVar[dict[str, str]] = {"id": "INTEGER PRIMARY KEY", "float": "REAL"}
    errors = (sqlite3.Error,)

    def __init__(self, path: Path) -> None:
        try:
            # Autocommit mode: transactions are begun and ended explicitly (one per article).
            self.connection = sqlite3.connect(path, isolation_level=None, timeout=BUSY_SECONDS)
            self._set_pragmas()
        except sqlite3.Error as exc:
            raise StoreError(f"{path}: cannot open the SQLite database ({exc})") from None

    def _set_pragmas(self) -> None:
        """Two processes opening one new database at once (two ingests) race to make it WAL: SQLite can
        answer "database is locked" there without waiting in its busy handler (a WAL file being set up
        or recovered), so a locked answer is retried until BUSY_SECONDS have passed."""
        deadline = time.monotonic() + BUSY_SECONDS
        for pragma in (
            "busy_timeout = 10000",
            "journal_mode = WAL",  # readers never block the writer; a killed writer loses nothing
            "synchronous = NORMAL",  # with WAL: a committed article survives a killed process
            "foreign_keys = ON",
        ):
            while True:
                try:
                    self.connection.execute(f"PRAGMA {pragma}")
                    break
                except sqlite3.OperationalError as exc:
                    if "locked" not in str(exc) or time.monotonic() > deadline:
                        raise
                    time.sleep(0.05)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    def script(self, sql: str) -> None:
        # executescript() would commit; split into complete statements (trigger bodies included).
        statement = ""
        for line in sql.splitlines(keepends=True):
            statement += line
            if sqlite3.complete_statement(statement):
                self.connection.execute(statement)
                statement = ""

    def search(self, table: str, alias: str, query: SearchQuery) -> tuple[str, list[Any]]:
        fts = _FTS_TABLES[table]
        return f"{alias}.id IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?)", [_fts5(query)]


def _fts5(query: SearchQuery) -> str:
    """The query in FTS5 syntax: every term quoted, so nothing the user types is FTS5 syntax."""
    included = " AND ".join("(" + " OR ".join(map(_fts5_term, group)) + ")" for group in query.groups)
    if not query.excluded:
        return included
    return f"({included}) NOT (" + " OR ".join(map(_fts5_term, query.excluded)) + ")"


def _fts5_term(term: Term) -> str:
    quoted = '"' + term.text.replace('"', '""') + '"'
    return quoted + "*" if term.prefix else quoted


class PostgreSQL(Database):
    name = "postgresql"
    ddl: ClassVar[dict[str, str]] = {
        "id": "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
        "float": "DOUBLE PRECISION",
    }

    def __init__(self, url: str) -> None:
        import psycopg

        self.errors = (psycopg.Error,)
        try:
            self.connection = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            reason = " ".join(str(exc).split())  # psycopg's message spans lines
            raise StoreError(f"cannot connect to PostgreSQL at {redacted(url)}: {reason}") from None

    def sql(self, query: str) -> str:
        # Portable SQL uses ?; psycopg wants %s (and reads a literal % as the start of one).
        return query.replace("%", "%%").replace("?", "%s")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One writer at a time, as SQLite's BEGIN IMMEDIATE: two ingests of the same sources into one
        database would otherwise both find an article missing and both insert it (the second fails on
        the unique content hash), and both migrate an empty database. A lock per content hash would
        not do: an article's speakers are rows shared across articles, inserted and recounted in each
        article's transaction, so two different articles quoting the same people would deadlock or
        count from a snapshot missing the other's quotes. Writes are short (the analysis happens
        before); the lock is released by the commit or rollback, and by the server if the client dies.
        """
        with self.connection.transaction():
            self.connection.execute("SELECT pg_advisory_xact_lock(%s)", (_WRITE_LOCK,))
            yield

    def script(self, sql: str) -> None:
        # Without parameters psycopg sends the statements as one simple query.
        self.connection.execute(sql)

    def search(self, table: str, alias: str, query: SearchQuery) -> tuple[str, list[Any]]:
        params: list[Any] = []

        def tsquery(term: Term) -> str:
            if term.prefix:
                params.append(term.text + ":*")
                return "to_tsquery('english', ?)"
            params.append(term.text)
            return f"{'phraseto' if term.phrase else 'plainto'}_tsquery('english', ?)"

        included = " && ".join("(" + " || ".join(map(tsquery, group)) + ")" for group in query.groups)
        condition = f"({included})"
        if query.excluded:
            condition += " && !!(" + " || ".join(map(tsquery, query.excluded)) + ")"
        return f"{alias}.search @@ ({condition})", params

    def stream(self, sql: str, params: Params = (), batch: int = 1000) -> Iterator[Row]:
        # A named (server-side) cursor sends rows as they are read; it lives in a transaction.
        with self.connection.transaction(), self.connection.cursor(name="stream") as cursor:
            cursor.execute(self.sql(sql), params)
            yield from _batches(cursor, batch)


def redacted(target: str) -> str:
    """The target without a URL's password, for messages."""
    from urllib.parse import urlsplit

    parts = urlsplit(target)
    if not is_postgres(target) or parts.password is None:
        return target
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
    return parts._replace(netloc=netloc).geturl()


def is_postgres(target: str | Path) -> bool:
    return str(target).startswith(("postgresql://", "postgres://"))


def connect(target: str | Path) -> Database:
    """A PostgreSQL URL (postgresql://, postgres://) or a SQLite file path."""
    return PostgreSQL(str(target)) if is_postgres(target) else SQLite(Path(target))
