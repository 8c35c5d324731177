"""`quotegraph config`: the database's settings (store/settings.py keeps them and checks them)."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from quotegraph.cli.main import config_command, err
from quotegraph.cli.options import DbOption, JsonOption, ModelOption, Scope, print_json, query_store
from quotegraph.records import LearnedAttribution
from quotegraph.store import DEFAULT_DB, open_store, settings
from quotegraph.store.settings import KEYS, MODEL

Setting = StrEnum("Setting", {key: key for key in KEYS})


SettingArgument = Annotated[
    Setting, typer.Argument(metavar="KEY", help="attribution-model or attribution-scope.", show_default=False)
]


@config_command("set")
def config_set(
    key: SettingArgument,
    value: Annotated[
        str, typer.Argument(metavar="VALUE", help="A model directory, or a scope (quotes, all, model).")
    ],
    scope: Annotated[
        Scope | None,
        typer.Option(
            help="With attribution-model: its --attribution-scope (default quotes).", show_default=False
        ),
    ] = None,
    model: ModelOption = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Set a setting of the database (created when missing).

    attribution-model DIR: the model `ingest --db DB` and `serve --db DB` analyze with when no
    --attribution-model is given, so every article of the corpus is analyzed alike. The directory
    must load as a `quotegraph train` model (with --model, the spaCy pipeline it is used with) and is
    kept as an absolute path. attribution-scope SCOPE: that model's scope.

    [b]Examples[/b]

      quotegraph config set attribution-model MODEL_DIR --db news.db
      quotegraph config set attribution-model MODEL_DIR --scope model --db news.db
      quotegraph config set attribution-scope all --db news.db
    """
    if scope is not None and key != MODEL:
        raise typer.BadParameter("--scope goes with attribution-model")
    with open_store(db) as store:
        if key == MODEL:
            chosen = LearnedAttribution(Path(value), (scope or Scope.quotes).value)
            settings.set_attribution_model(store, chosen, model)
        else:
            settings.set_attribution_scope(store, _scope_argument(value).value)
        now, where = settings.settings(store), store.target  # never a URL's password
    err.print(f"{escape(where)}: " + ", ".join(f"{k} = {escape(v)}" for k, v in now.items()), soft_wrap=True)


def _scope_argument(value: str) -> Scope:
    try:
        return Scope(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a scope: one of {', '.join(Scope)}") from None


@config_command("get")
def config_get(key: SettingArgument, db: DbOption = DEFAULT_DB) -> None:
    """Print a setting of the database; exit code 1 when it is not set."""
    with query_store(db) as store:
        found, where = settings.value(store, key.value), store.target
    if found is None:
        err.print(f"{key.value} is not set in {escape(where)}", soft_wrap=True)
        raise typer.Exit(1)
    sys.stdout.write(found + "\n")


@config_command("unset")
def config_unset(key: SettingArgument, db: DbOption = DEFAULT_DB) -> None:
    """Remove a setting of the database (attribution-model takes its scope with it): `ingest` and `serve`
    then analyze with the rules alone unless told otherwise."""
    with query_store(db) as store:
        was_set, where = settings.unset(store, key.value), store.target
    err.print(f"{key.value} {'unset' if was_set else 'was not set'} in {escape(where)}", soft_wrap=True)


@config_command("show")
def config_show(db: DbOption = DEFAULT_DB, as_json: JsonOption = False) -> None:
    """Print every setting of the database, one `key = value` a line."""
    with query_store(db) as store:
        found, where = settings.settings(store), store.target
    if as_json:
        print_json(found)
        return
    if not found:
        err.print(f"no settings in {escape(where)}", soft_wrap=True)
    for key, text in found.items():
        sys.stdout.write(f"{key} = {text}\n")
