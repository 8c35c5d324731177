"""Options and helpers that several command groups share: the model options, the store options,
the attribution-type filter, JSON output.

Choice lists are derived from the library's own (records.AttributionScope), never written again here.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, get_args

import typer
from rich.markup import escape

from quotegraph.cli.main import err
from quotegraph.records import ATTRIBUTION_TYPES, AttributionScope, AttributionType, LearnedAttribution
from quotegraph.store import Store, open_store

TypeOption = Annotated[
    str | None,
    typer.Option(
        "--type",
        metavar="TYPES",
        help="List these types of attribution, comma-separated: speech, thought, document (default: speech).",
    ),
]
AllTypesOption = Annotated[bool, typer.Option("--all-types", help="List every type of attribution.")]


ModelOption = Annotated[
    str | None,
    typer.Option("--model", help="spaCy pipeline to use: an installed package name or a path."),
]
# The two learned-attribution options get a panel of their own: rich sizes each panel's columns
# apart, so their long names no longer squeeze every other option's help into a narrow column.
LEARNED_PANEL = "Learned attribution"
AttributionModelOption = Annotated[
    Path | None,
    typer.Option(
        "--attribution-model",
        help="A model directory written by `quotegraph train`: learned attribution joins the rules "
        "(default: QUOTEGRAPH_ATTRIBUTION_MODEL in the environment, else the database's `quotegraph config` "
        "setting, else the model shipped with quotegraph).",
        rich_help_panel=LEARNED_PANEL,
    ),
]

Scope = StrEnum("Scope", {scope: scope for scope in get_args(AttributionScope)})

AttributionScopeOption = Annotated[
    Scope | None,
    typer.Option(
        "--attribution-scope",
        help="With --attribution-model: beside the rules' direct quotes, keep the model's attributions "
        "whose cue reports speech, belief or intention (quotes), or every one it finds, as in its "
        "training data (all; e.g. PolNeAR's 'concerns about'); or the model's alone, direct quotes "
        "included, drawn as its training data draws them (model; to score against that data). "
        "Default: QUOTEGRAPH_ATTRIBUTION_SCOPE in the environment, else the database's setting, else quotes.",
        rich_help_panel=LEARNED_PANEL,
        show_default=False,
    ),
]
RulesOnlyOption = Annotated[
    bool,
    typer.Option(
        "--rules-only",
        help="The rules alone: no attribution model, neither the shipped one nor one from the environment "
        "or the database's setting.",
        rich_help_panel=LEARNED_PANEL,
    ),
]

DbOption = Annotated[
    str,
    typer.Option(
        "--db", envvar="QUOTEGRAPH_DB", help="The store: a SQLite file, or a postgresql://user@host/db URL."
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")]


def learned(
    path: Path | None,
    scope: Scope | None,
    rules_only: bool,
    stored: Callable[[], LearnedAttribution | None] | None = None,
) -> LearnedAttribution | None:
    """The attribution model the options, the environment or the database's setting choose
    (quotegraph/defaults.py); a note says so when no option named it."""
    from quotegraph.defaults import choose

    if rules_only and path is not None:
        raise typer.BadParameter("--rules-only and --attribution-model exclude each other")
    choice = choose(path, scope.value if scope else None, stored, rules_only)
    if note := choice.note():
        err.print(f"[yellow]note:[/yellow] {escape(note)}", soft_wrap=True)
    return choice.model


def attribution_types(attribution_type: str | None, all_types: bool) -> tuple[AttributionType, ...]:
    """The attribution types to list: --all-types, those given with --type, else speech."""
    if all_types:
        return ATTRIBUTION_TYPES
    if not attribution_type:
        return ("speech",)
    wanted = [t.strip() for t in attribution_type.split(",") if t.strip()]
    unknown = [t for t in wanted if t not in ATTRIBUTION_TYPES]
    if unknown or not wanted:
        raise typer.BadParameter(f"--type takes {', '.join(ATTRIBUTION_TYPES)}; not {', '.join(unknown)}")
    return tuple(t for t in ATTRIBUTION_TYPES if t in wanted)


def print_json(value: object) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def query_store(db: str) -> Store:
    """The store to query: it must exist already (a query never creates an empty one)."""
    return open_store(db, create=False)
