"""`quotegraph serve`: the web page and the HTTP API (serve/ builds the app; it never imports cli/)."""

from __future__ import annotations

from functools import partial
from typing import Annotated

import typer
from rich.markup import escape

from quotegraph.cli.main import command, err
from quotegraph.cli.options import (
    AttributionModelOption,
    AttributionScopeOption,
    DbOption,
    ModelOption,
    RulesOnlyOption,
    learned,
)
from quotegraph.store import DEFAULT_DB


@command
def serve(
    host: Annotated[
        str, typer.Option(help="Address to listen on (127.0.0.1: reachable from this machine only).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8000,
    db: DbOption = DEFAULT_DB,
    allow_fetch: Annotated[
        bool,
        typer.Option(
            "--allow-fetch", help="Let POST /api/analyze download a page by URL (public addresses only)."
        ),
    ] = False,
    model: ModelOption = None,
    attribution_model: AttributionModelOption = None,
    attribution_scope: AttributionScopeOption = None,
    rules_only: RulesOnlyOption = False,
    workers: Annotated[
        int | None,
        typer.Option(
            min=0,
            metavar="N",
            help="Analysis processes, each loading the models (default: one per core, at most 4; "
            "0 analyzes in the server's process).",
        ),
    ] = None,
    queue: Annotated[
        int,
        typer.Option(min=0, metavar="N", help="Articles that may wait for a busy worker; more get HTTP 429."),
    ] = 16,
    timeout: Annotated[
        float,
        typer.Option(
            min=1,
            metavar="SECONDS",
            help="Time limit of one analysis: its worker is stopped, the client gets 503.",
        ),
    ] = 60.0,
    allowed_host: Annotated[
        list[str] | None,
        typer.Option(
            metavar="NAME",
            help="Also answer requests for this host name (Host header), besides loopback's and --host; "
            "'*' for any. Repeatable.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Serve the web page and the HTTP API: analyze articles, search the store.

    The page is at http://HOST:PORT/, the API docs at /docs. See docs/serve.md. Without
    --attribution-model, the model of $QUOTEGRAPH_ATTRIBUTION_MODEL or else the database's own
    (`quotegraph config set attribution-model DIR`) analyzes; --rules-only ignores both. Requests for
    another host name are refused (DNS rebinding), as are uploads from another site's page.

    [b]Examples[/b]

      quotegraph serve --db news.db
      quotegraph serve --port 8080 --allow-fetch
      quotegraph serve --attribution-model MODEL_DIR
      quotegraph serve --host 0.0.0.0 --allowed-host news.example.org --workers 8
    """
    import uvicorn

    from quotegraph.serve import create_app
    from quotegraph.serve.guards import allowed_hosts
    from quotegraph.serve.protocol import uvicorn_options
    from quotegraph.serve.workers import default_workers
    from quotegraph.store.settings import stored_attribution_at

    chosen = learned(attribution_model, attribution_scope, rules_only, partial(stored_attribution_at, db))
    application = create_app(
        db,
        allow_fetch=allow_fetch,
        model=model,
        attribution_model=chosen,
        workers=default_workers() if workers is None else workers,
        queue=queue,
        timeout=timeout,
        hosts=allowed_hosts(host, allowed_host or ()),
    )
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"[yellow]note:[/yellow] no login: anyone who can reach {escape(host)} can use the API")
    err.print(f"quotegraph: http://{escape(host)}:{port}/ (API docs at /docs); Ctrl-C stops")
    uvicorn.run(application, host=host, port=port, log_level="warning", **uvicorn_options(application))
