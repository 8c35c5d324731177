"""The corpus store: analyzed articles in SQLite (a file) or PostgreSQL (a postgresql:// URL).

    store = open_store("quotegraph.db")
    store.add(analysis, source_key="a.txt", content_hash=..., url=None)
    store.quotes(QuoteFilter(speaker="Peskov", search="missile*"))
    store.persons(top=20)  # speakers merged across articles: "Peskov" is "Dmitry Peskov"
    store.export("quotes", "parquet", Path("quotes.parquet"))

Every database error comes out as a StoreError; a malformed query as a QueryError.

One way in, a Store: every function called from outside this package works through a Store, `guarded` (a
database error becomes one StoreError naming the database). The Store's methods are the core (write,
list, merge, export); the read-only views the web API and charts need (browse.py, lookups.py,
charts.py, settings.py) are functions of a Store, guarded the same way. Underneath, the SQL modules
(writer, queries, persons, overview, export) are functions of a `Database` and never called from
outside store/. Rows are dicts of column → value; an Analysis goes in as rows (rows.py) and comes
back through `Record.from_dict` (records.py).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, ParamSpec, TypeVar

from quotegraph.errors import StoreError
from quotegraph.records import Analysis
from quotegraph.store import export, overview, persons, queries, writer
from quotegraph.store.dialect import Database, Row, connect, is_postgres, redacted
from quotegraph.store.persons import MergeSummary
from quotegraph.store.queries import QuoteFilter
from quotegraph.store.schema import migrate
from quotegraph.store.writer import Known, Outcome

DEFAULT_DB = "quotegraph.db"

P = ParamSpec("P")
T = TypeVar("T")


def guarded(method: Callable[P, T]) -> Callable[P, T]:
    """Database errors of a function of a Store (a method, or a module's function whose first argument
    is the Store) become one StoreError naming the database."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        store: Store = args[0]  # type: ignore[assignment]
        try:
            return method(*args, **kwargs)
        except store.db.errors as exc:
            raise StoreError(f"{store.target}: {exc}") from None

    return wrapper


class Store:
    """One open database: writing analyzed articles, querying and exporting them."""

    def __init__(self, db: Database, target: str) -> None:
        self.db = db
        self.target = redacted(target)  # for messages: never a password

    @guarded
    def find(self, content_hash: str, url: str | None) -> Known | None:
        return writer.find(self.db, content_hash, url)

    @guarded
    def add(
        self, analysis: Analysis, source_key: str, content_hash: str, url: str | None, reanalyze: bool = False
    ) -> Outcome:
        return writer.add(self.db, analysis, source_key, content_hash, url, reanalyze)

    @guarded
    def record_failure(self, source_key: str, stage: str, error: str) -> None:
        writer.record_failure(self.db, source_key, stage, error)

    @guarded
    def clear_failure(self, source_key: str) -> None:
        writer.clear_failure(self.db, source_key)

    @guarded
    def quotes(self, wanted: QuoteFilter | None = None) -> list[Row]:
        return queries.quotes(self.db, wanted or QuoteFilter())

    @guarded
    def undated_left_out(self, wanted: QuoteFilter) -> tuple[int, int]:
        return queries.undated_left_out(self.db, wanted)

    @guarded
    def speakers(self, top: int | None = 20) -> list[Row]:
        return queries.speakers(self.db, top)

    @guarded
    def persons(self, top: int | None = 20) -> list[Row]:
        return persons.persons(self.db, top)

    @guarded
    def merge_persons(self) -> MergeSummary:
        return persons.recompute(self.db)

    @guarded
    def unmerged_speakers(self) -> int:
        return persons.unmerged(self.db)

    @guarded
    def current_persons(self, merge: bool = False) -> MergeSummary | None:
        """Merge the speakers into persons when `merge`, or when speakers no person links yet (a store
        from before persons: merged rather than listed as none); the summary, or None when it was not
        needed (ingest keeps persons current)."""
        return persons.recompute(self.db) if merge or persons.unmerged(self.db) else None

    @guarded
    def anonymous_share(self) -> float | None:
        return queries.anonymous_share(self.db)

    @guarded
    def articles(self, search: str | None = None, limit: int | None = 50) -> list[Row]:
        return queries.articles(self.db, search, limit)

    @guarded
    def stats(self, top: int = 10) -> Row:
        return overview.stats(self.db, top)

    @guarded
    def failures(self, limit: int | None = 50) -> list[Row]:
        return queries.failures(self.db, limit)

    @guarded
    def export(self, table: str, fmt: str, out: Path | IO[str]) -> int:
        if table == "persons":
            self.current_persons()
        return export.export(self.db, table, fmt, out)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def open_store(target: str | Path = DEFAULT_DB, create: bool = True) -> Store:
    """Open (and create or migrate) the store at a SQLite path or a postgresql:// URL.

    With ``create=False`` a SQLite file that does not exist is an error instead of a new database.
    """
    text = str(target)
    if not create and not is_postgres(text) and not Path(text).is_file():
        raise StoreError(f"{text}: no such database (run `quotegraph ingest` first, or give --db)")
    db = connect(text)
    try:
        migrate(db)
    except db.errors as exc:
        db.close()
        raise StoreError(f"{redacted(text)}: cannot bring the schema up to date ({exc})") from None
    except StoreError:
        db.close()
        raise
    return Store(db, text)


__all__ = ["DEFAULT_DB", "Known", "MergeSummary", "Outcome", "QuoteFilter", "Store", "open_store"]
