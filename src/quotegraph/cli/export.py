"""`quotegraph export`: a whole table of the store written as JSONL, CSV or Parquet."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from quotegraph.cli.main import command, err
from quotegraph.cli.options import DbOption, query_store
from quotegraph.store import DEFAULT_DB


@command
def export(
    output_format: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv or parquet.")] = "jsonl",
    table: Annotated[
        str, typer.Option(help="quotes, speakers, persons (speakers merged), articles, failures or events.")
    ] = "quotes",
    out_path: Annotated[
        Path | None, typer.Option("--out", "-o", help="File to write (default: standard output).")
    ] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Write a whole table of the store as JSONL, CSV or Parquet (lists as JSON).

    [b]Examples[/b]

      quotegraph export --format parquet --out quotes.parquet
      quotegraph export --table speakers --format csv > speakers.csv
      quotegraph export --table persons --format parquet --out persons.parquet
    """
    with query_store(db) as store:
        count = store.export(table, output_format, out_path or sys.stdout)
    if out_path is not None:
        err.print(f"{count} rows written to {escape(str(out_path))}")
