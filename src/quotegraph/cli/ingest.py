"""`quotegraph ingest`: a corpus analyzed into the store (scale/ runs it; render/ingest.py draws it)."""

from __future__ import annotations

from contextlib import nullcontext
from functools import partial
from typing import Annotated

import typer

from quotegraph.cli.main import command, err
from quotegraph.cli.options import (
    AttributionModelOption,
    AttributionScopeOption,
    DbOption,
    ModelOption,
    RulesOnlyOption,
    learned,
    print_json,
)
from quotegraph.errors import InputError
from quotegraph.store import DEFAULT_DB, open_store


@command
def ingest(
    sources: Annotated[
        list[str],
        typer.Argument(
            help="Files, folders (recursive), globs, '-' for standard input: .txt, .html, JSON/JSONL of "
            "articles, RSS/Atom feeds, WARC (gzipped too).",
            show_default=False,
        ),
    ],
    db: DbOption = DEFAULT_DB,
    workers: Annotated[
        int | None,
        typer.Option(
            min=0, metavar="N", help="Analysis processes (default: one per core; 0 analyzes in this process)."
        ),
    ] = None,
    reanalyze: Annotated[
        bool,
        typer.Option(
            help="Analyze again the articles stored by an older quotegraph analysis, or analyzed by another "
            "attribution model than this run's (the rules alone included)."
        ),
    ] = False,
    fetch: Annotated[
        bool, typer.Option(help="For feed entries, download the linked page instead of the entry's text.")
    ] = False,
    model: ModelOption = None,
    attribution_model: AttributionModelOption = None,
    attribution_scope: AttributionScopeOption = None,
    rules_only: RulesOnlyOption = False,
    dask: Annotated[
        str | None,
        typer.Option(
            metavar="SCHEDULER",
            help="Analyze on a Dask cluster instead of --workers: a scheduler address "
            "(tcp://host:8786), or local / local:N for N worker processes on this machine.",
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            metavar="YYYY-MM-DD",
            help="Publication date of the articles that give none (their relative dates resolve); "
            "those stored undated already are analyzed again with it.",
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the closing summary as JSON.")] = False,
) -> None:
    """Analyze a corpus into the store, in parallel; again the same command adds nothing.

    Each article is stored whole or not at all, so a run that was stopped (even killed) resumes
    where it stopped when run again. Sources that cannot be read or analyzed are recorded and skipped.

    Without --attribution-model, the model of $QUOTEGRAPH_ATTRIBUTION_MODEL or else the database's
    own (`quotegraph config set attribution-model DIR`) analyzes, and a note says so; --rules-only
    ignores both.

    [b]Examples[/b]

      quotegraph ingest corpus/ --db news.db
      quotegraph ingest 'feeds/*.xml' archive.warc.gz --workers 4
      quotegraph ingest articles.jsonl --db postgresql://localhost/news
      quotegraph ingest corpus/ --db postgresql://dbhost/news --dask tcp://scheduler:8786
      quotegraph ingest corpus/ --attribution-model MODEL_DIR
    """
    from quotegraph.cli.render.ingest import IngestProgress, summary_view
    from quotegraph.scale.ingest import IngestOptions
    from quotegraph.scale.ingest import ingest as run_ingest
    from quotegraph.store.settings import stored_attribution

    if dask is not None:
        from quotegraph.scale.dask_runner import ingest_on_dask

        run_ingest = partial(ingest_on_dask, scheduler=dask)
    try:
        with open_store(db) as store, nullcontext() if quiet else IngestProgress(err) as progress:
            chosen = learned(
                attribution_model, attribution_scope, rules_only, partial(stored_attribution, store)
            )
            options = IngestOptions(workers, reanalyze, fetch, model, chosen, date)
            summary = run_ingest(sources, store, options=options, progress=progress)
    except KeyboardInterrupt:
        err.print("[yellow]interrupted:[/yellow] every article stored is complete; the same command resumes")
        raise typer.Exit(130) from None
    if as_json:
        print_json(summary.to_dict())
    else:
        err.print(summary_view(summary, db))
    if summary.failed == summary.seen:
        # Nothing could be read at all (a missing path, say): a failure, not a run with a few bad items.
        why = "the sources hold no articles" if summary.seen == 0 else "no source could be read"
        err.print(f"[red]error:[/red] nothing ingested: {why}")
        raise typer.Exit(InputError.exit_code)
