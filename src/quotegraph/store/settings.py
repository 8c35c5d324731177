"""Settings kept in the store (the ``settings`` table): what every command using the database does alike,
whoever runs it and from wherever. Today one: the learned attribution model, and its scope, that
`ingest` and `serve` analyze with when their options name none, so that a corpus fed day after day is
not analyzed by the rules one day and by a model the next (quotegraph/defaults.py says who wins).

    set_attribution_model(store, LearnedAttribution(Path("models/polnear"), "model"))
    stored_attribution(store)  # LearnedAttribution(path=PosixPath('/abs/models/polnear'), scope='model')
    unset(store, MODEL)

Functions of a Store, as store/lookups.py's are.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from quotegraph.errors import ModelError, StoreError
from quotegraph.records import AttributionScope, LearnedAttribution, scope_named
from quotegraph.store import Store, guarded, open_store
from quotegraph.store.dialect import is_postgres

MODEL = "attribution-model"
SCOPE = "attribution-scope"
KEYS = (MODEL, SCOPE)

# Portable upsert: SQLite (3.24 and later) and PostgreSQL both read ON CONFLICT ... excluded.
_PUT = (
    "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"
)


@guarded
def settings(store: Store) -> dict[str, str]:
    """Every setting of the database, by key."""
    rows = store.db.execute("SELECT key, value FROM settings ORDER BY key")
    return {row["key"]: row["value"] for row in rows}


def value(store: Store, key: str) -> str | None:
    return settings(store).get(key)


@guarded
def _put(store: Store, values: dict[str, str]) -> None:
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with store.db.transaction():
        store.db.execute_many(_PUT, [(key, text, now) for key, text in values.items()])


@guarded
def unset(store: Store, key: str) -> bool:
    """Remove a setting (the model's scope with the model: it means nothing alone); whether it was set."""
    keys = KEYS if key == MODEL else (key,)
    with store.db.transaction():
        was_set = key in settings(store)
        store.db.execute_many("DELETE FROM settings WHERE key = ?", [(k,) for k in keys])
    return was_set


def set_attribution_model(
    store: Store, choice: LearnedAttribution, model: str | None = None
) -> LearnedAttribution:
    """Make ``choice`` the database's attribution model, kept as an absolute path (commands run from
    anywhere). It is loaded first, for the spaCy pipeline ``model``: a ModelError now rather than at the
    next ingest."""
    from quotegraph.analyze.loading import load_models

    resolved = LearnedAttribution(Path(choice.path).resolve(), choice.scope)
    load_models(model, resolved)
    _put(store, {MODEL: str(resolved.path), SCOPE: resolved.scope})
    return resolved


def set_attribution_scope(store: Store, scope: AttributionScope) -> None:
    if value(store, MODEL) is None:
        raise ModelError(
            f"{store.target} has no {MODEL} setting for a scope to go with: "
            f"quotegraph config set {MODEL} DIR --scope {scope} --db {store.target}"
        )
    _put(store, {SCOPE: scope_named(scope, f"{store.target}'s {SCOPE} setting")})


def stored_attribution(store: Store) -> LearnedAttribution | None:
    """The database's attribution model; None when it has none. A ModelError when its directory is gone,
    saying how to set another or remove it."""
    values = settings(store)
    path = values.get(MODEL)
    if path is None:
        return None
    if not Path(path).is_dir():
        raise ModelError(
            f"{store.target}'s {MODEL} setting names {path}, which is no longer a directory: "
            f"set another (quotegraph config set {MODEL} DIR --db {store.target}), remove it "
            f"(quotegraph config unset {MODEL} --db {store.target}), or give --attribution-model "
            "or --rules-only"
        )
    scope = scope_named(values.get(SCOPE, "quotes"), f"{store.target}'s {SCOPE} setting")
    return LearnedAttribution(Path(path), scope)


def stored_attribution_at(target: str) -> LearnedAttribution | None:
    """stored_attribution of the store at ``target``; None when no SQLite file is there yet. A StoreError
    when the store cannot be opened: which model to load is unknown then, and guessing the rules would
    analyze otherwise than the corpus was."""
    if not is_postgres(target) and not Path(target).is_file():
        return None
    try:
        store = open_store(target, create=False)
    except StoreError as error:
        raise StoreError(
            f"cannot read the database's {MODEL} setting ({error}); give --attribution-model DIR or "
            "--rules-only to go on without it"
        ) from None
    with store:
        return stored_attribution(store)
