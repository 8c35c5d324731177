"""The query commands: quotes, events, speakers, articles and stats from the store.

Each is one store call and a table (cli/render/tables.py) or JSON; none imports an analysis library.
"""

from __future__ import annotations

from typing import Annotated

import typer

from quotegraph.cli.main import command, err, out
from quotegraph.cli.options import (
    AllTypesOption,
    DbOption,
    JsonOption,
    TypeOption,
    attribution_types,
    print_json,
    query_store,
)
from quotegraph.cli.render.tables import (
    articles_table,
    events_table,
    quotes_table,
    speakers_table,
    stats_view,
)
from quotegraph.store import DEFAULT_DB, QuoteFilter
from quotegraph.store.lookups import events_page


@command
def quotes(
    speaker: Annotated[
        str | None,
        typer.Option(
            help="Whole words of the speaker's name, any case: 'park' finds Helen Park, not Parkinson."
        ),
    ] = None,
    exact: Annotated[
        bool,
        typer.Option("--exact", help="--speaker is the speaker's whole name (any case), not words of it."),
    ] = False,
    person: Annotated[
        int | None,
        typer.Option(
            "--person",
            min=1,
            metavar="ID",
            help="The quotes of one merged person (an id of `speakers --json`).",
        ),
    ] = None,
    search: Annotated[
        str | None,
        typer.Option(
            help='Full-text search in the quotes: words (stemmed), "a phrase", prefix*, a OR b, -excluded.'
        ),
    ] = None,
    since: Annotated[str | None, typer.Option(help="Articles dated on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Articles dated on or before YYYY-MM-DD.")] = None,
    anonymous: Annotated[
        bool | None, typer.Option("--anonymous/--named", help="Only anonymous sources, or only named ones.")
    ] = None,
    limit: Annotated[int, typer.Option(min=0, help="At most N quotes, newest first (0: all).")] = 50,
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
    attribution_type: TypeOption = None,
    all_types: AllTypesOption = False,
) -> None:
    """Who said what: quotes from the store, with speaker, role and article (speech unless --type).

    [b]Examples[/b]

      quotegraph quotes --speaker peskov --since 2024-11-01
      quotegraph quotes --speaker 'Dmitry Peskov' --exact
      quotegraph quotes --person 12 --json
      quotegraph quotes --search '"long-range missiles" OR atacms' --json
      quotegraph quotes --anonymous --limit 20
    """
    types = None if all_types else attribution_types(attribution_type, False)
    wanted = QuoteFilter(speaker, search, since, until, anonymous, limit or None, exact, person, types=types)
    with query_store(db) as store:
        rows = store.quotes(wanted)
        left_out, left_out_quotes = store.undated_left_out(wanted)
    if left_out:
        err.print(
            f"note: {left_out_quotes} quotes of {left_out} undated articles left out: --since/--until keep "
            "dated articles only (to date them: quotegraph ingest SOURCES --date YYYY-MM-DD)",
            soft_wrap=True,
        )
    if as_json:
        print_json(rows)
    else:
        out.print(quotes_table(rows))


@command
def events(
    action_class: Annotated[
        str | None, typer.Option("--class", help="One class of action (see docs/events.md).")
    ] = None,
    name: Annotated[str | None, typer.Option(help="Part of the actor's or target's name, any case.")] = None,
    since: Annotated[str | None, typer.Option(help="Articles dated on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Articles dated on or before YYYY-MM-DD.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="At most N events, newest article first.")] = 50,
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """Who did what to whom: events from the store, with place, date and article.

    [b]Examples[/b]

      quotegraph events --class authorize --since 2024-11-01
      quotegraph events --name council --json
    """
    with query_store(db) as store:
        rows = events_page(store, limit, action_class=action_class, name=name, since=since, until=until)
    if as_json:
        print_json(rows)
    else:
        out.print(events_table(rows))


@command
def speakers(
    top: Annotated[int, typer.Option(min=0, help="The N most quoted speakers (0: all).")] = 20,
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
    merge: Annotated[
        bool,
        typer.Option(
            "--merge", help="Merge every speaker into persons again first (ingest keeps it current)."
        ),
    ] = False,
    by_name: Annotated[
        bool, typer.Option("--by-name", help="One row per distinct name, not merged into persons.")
    ] = False,
) -> None:
    """The most quoted speakers across articles: quotes, articles, roles over time, other names.

    Speakers are merged into persons across articles ("Peskov", "Mr Peskov" and "Dmitry Peskov" are
    one), each merged name with its confidence; groups and anonymous sources count per article.
    """
    with query_store(db) as store:
        summary = store.current_persons(merge)
        rows = store.speakers(top or None) if by_name else store.persons(top or None)
        share = store.anonymous_share()
    if summary and not as_json:
        err.print(
            f"merged {summary.names} names of people into {summary.persons} persons "
            f"({summary.merged} appearances under another name) in {summary.seconds:.1f} s"
        )
    if as_json:
        print_json(
            {"speakers": rows, "anonymous_share": share} | ({"merge": summary.to_dict()} if summary else {})
        )
    else:
        out.print(speakers_table(rows, share))


@command
def articles(
    search: Annotated[
        str | None, typer.Option(help="Full-text search in headline and text (syntax of quotes --search).")
    ] = None,
    limit: Annotated[int, typer.Option(min=0, help="At most N articles, newest first (0: all).")] = 50,
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """Articles in the store, with how many quotes and speakers each has."""
    with query_store(db) as store:
        rows = store.articles(search, limit or None)
    if as_json:
        print_json(rows)
    else:
        out.print(articles_table(rows))


@command
def stats(db: DbOption = DEFAULT_DB, as_json: JsonOption = False) -> None:
    """Corpus figures: quotes per article, anonymous-source share, top speakers and places."""
    with query_store(db) as store:
        figures = store.stats()
    if as_json:
        print_json(figures)
    else:
        out.print(stats_view(figures))
