"""Bringing a database to the current schema: the ``schema_version`` table and the ordered migrations."""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from datetime import UTC, datetime
from types import ModuleType

import quotegraph.store.migrations as migrations
from quotegraph.errors import StoreError
from quotegraph.store.dialect import Database


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    module: ModuleType

    def script(self, db: Database) -> str:
        sql = getattr(self.module, db.name.upper(), None) or self.module.SQL
        return sql.format(**db.ddl)


def all_migrations() -> list[Migration]:
    found = []
    for info in pkgutil.iter_modules(migrations.__path__):
        number, _, name = info.name.partition("_")
        module = importlib.import_module(f"{migrations.__name__}.{info.name}")
        found.append(Migration(int(number.removeprefix("m")), name, module))
    return sorted(found, key=lambda m: m.version)


def current_version(db: Database) -> int:
    rows = db.execute("SELECT max(version) AS version FROM schema_version")
    return rows[0]["version"] or 0


def migrate(db: Database) -> int:
    """Apply the migrations the database lacks, each in its own transaction; the version reached."""
    with db.transaction():
        db.execute(
            "CREATE TABLE IF NOT EXISTS schema_version "
            "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
    known = all_migrations()
    if current_version(db) > known[-1].version:
        raise StoreError(
            f"the database has schema version {current_version(db)}, newer than this quotegraph knows "
            f"({known[-1].version}): upgrade quotegraph"
        )
    for migration in known:
        with db.transaction():
            # Read inside the transaction: another process may have migrated meanwhile. Each version
            # by itself, not below the highest: migrations are independent additions, and a store made
            # while a higher-numbered one landed first still gets the lower ones.
            if not db.execute("SELECT 1 FROM schema_version WHERE version = ?", (migration.version,)):
                db.script(migration.script(db))
                db.execute(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                    (migration.version, migration.name, datetime.now(UTC).isoformat(timespec="seconds")),
                )
    return known[-1].version
