"""Query results as Rich tables, for reading in a terminal (--json gives the rows themselves)."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Group
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from quotegraph.formats import event_text, tone_text
from quotegraph.store.dialect import Row

_MAX_LISTED = 4


def quotes_table(rows: list[Row]) -> Table:
    table = Table(title=f"{len(rows)} quotes", title_justify="left")
    table.add_column("date", no_wrap=True)
    table.add_column("speaker", ratio=1)
    table.add_column("quote (kind, cue) and article", ratio=3)
    table.add_column("tone", justify="right", no_wrap=True)
    for row in rows:
        speaker = Text(row["speaker"] or "(no speaker)", style="bold cyan" if row["speaker"] else "red")
        if row["role"]:
            speaker.append(f"\n{row['role']}", style="cyan")
        if row["anonymous"]:
            speaker.append("\nanonymous", style="magenta")
        quote = Text(f"“{row['quote']}”") + Text(f"  ({row['kind']}, {row['cue']})", style="dim")
        quote.append(f"\n{row['headline'] or row['article'] or ''}", style="italic dim")
        table.add_row(row["date"] or "", speaker, quote, tone_text(row["tone"]))
    return table


def events_table(rows: list[Row]) -> Table:
    table = Table(title=f"{len(rows)} events", title_justify="left")
    table.add_column("date", no_wrap=True)
    table.add_column("actor — action (class) → target", ratio=2)
    table.add_column("place", ratio=1)
    table.add_column("headline", ratio=1)
    for row in rows:
        did = event_text(
            row["actor_name"], row["action"], row["action_class"], row["target_name"], row["negated"]
        )
        table.add_row(
            row["date"] or row["article_date"] or "",
            escape(did),
            escape(row["place_name"] or ""),
            escape(row["headline"] or row["article"] or ""),
        )
    return table


def speakers_table(rows: list[Row], anonymous_share: float | None) -> Table:
    table = Table(
        "speaker",
        "quotes",
        "articles",
        "roles",
        "also named",
        title="most quoted speakers",
        title_justify="left",
    )
    for row in rows:
        name = Text(row["name"], style="bold cyan")
        name.append(f"\n{row['type']}" + (", anonymous" if row["anonymous"] else ""), style="dim")
        held = sorted(row["roles"], key=lambda role: -role["articles"])[:_MAX_LISTED]
        roles = "\n".join(map(_role, held)) + ("\n…" if len(row["roles"]) > _MAX_LISTED else "")
        aliases = [alias for alias in row["aliases"] if alias != row["name"]]
        # A person's names merged by a rule less sure than its own name, with that confidence.
        merged = [f"{n['name']} ({n['confidence']:.2f})" for n in row.get("names", []) if n["confidence"] < 1]
        also = _short(aliases) + ("\nmerged: " + _short(merged) if merged else "")
        table.add_row(name, str(row["quotes"]), str(row["articles"]), escape(roles), escape(also))
    if anonymous_share is not None:
        table.caption = f"anonymous sources: {anonymous_share:.1%} of attributed quotes"
    return table


def articles_table(rows: list[Row]) -> Table:
    table = Table(
        "id",
        "date",
        "headline",
        "quotes",
        "speakers",
        "source",
        title=f"{len(rows)} articles",
        title_justify="left",
    )
    for row in rows:
        table.add_row(
            str(row["id"]),
            row["date"] or "",
            escape(row["headline"] or ""),
            str(row["quotes"]),
            str(row["speakers"]),
            escape(row["article"] or ""),
        )
    return table


def stats_view(stats: Row) -> Group:
    overview = Table(show_header=False, title="corpus", title_justify="left")
    for label, value in (
        ("articles", stats["articles"]),
        ("quotes", stats["quotes"]),
        ("quotes per article", _number(stats["quotes_per_article"])),
        ("named speakers", stats["named_speakers"]),
        ("anonymous share of attributed quotes", _share(stats["anonymous_share"])),
        ("failed sources", stats["failures"]),
    ):
        overview.add_row(label, str(value))
    speakers = _ranking("top speakers", ("name", "quotes", "articles"), stats["top_speakers"])
    places = _ranking("top places", ("name", "country", "articles"), stats["top_places"])
    return Group(overview, speakers, places)


def _ranking(title: str, columns: Iterable[str], rows: list[Row]) -> Table:
    columns = list(columns)
    table = Table(*columns, title=title, title_justify="left")
    for row in rows:
        table.add_row(*(escape(str(row[c])) if row[c] is not None else "" for c in columns))
    if not rows:
        table.caption = "none yet"
    return table


def _role(held: Row) -> str:
    """ "Mayor (3×, 2024-01-05 – 2024-03-02)": how often, and when first and last."""
    dates = " – ".join(dict.fromkeys(d for d in (held["first"], held["last"]) if d))
    return f"{held['role']} ({held['articles']}×{', ' + dates if dates else ''})"


def _short(aliases: list[str]) -> str:
    return ", ".join(aliases[:_MAX_LISTED]) + (" …" if len(aliases) > _MAX_LISTED else "")


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def _share(value: float | None) -> str:
    return "" if value is None else f"{value:.1%}"
