"""Output formats of an Analysis: JSON, JSONL, CSV (one row per quote) and a readable summary.

JSON keeps every attribution with its type; the CSV and the readable summary are a reporter's quote
list and show speech only unless given other types (records.ATTRIBUTION_TYPES, docs/quotes.md).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from quotegraph.analyze.tone import label
from quotegraph.records import Analysis, AttributionType, Quantity, Quote, Span

FORMATS = ("text", "json", "jsonl", "csv")
SPEECH: tuple[AttributionType, ...] = ("speech",)
CSV_FIELDS = (
    "article",
    "quote",
    "kind",
    "type",
    "speaker",
    "speaker_role",
    "speaker_kind",
    "speaker_age",
    "anonymous",
    "cue",
    "source",
    "content",
    "content_spans",
    "tone",
)


def to_json(analysis: Analysis, indent: int | None = 2) -> str:
    return json.dumps(analysis.to_dict(), ensure_ascii=False, indent=indent)


def to_jsonl(analyses: Iterable[Analysis]) -> str:
    return "".join(to_json(a, indent=None) + "\n" for a in analyses)


def _joined(text: str, spans: list[Span], sep: str = " … ") -> str:
    return sep.join(text[s:e] for s, e in spans)


def to_csv(
    analyses: Iterable[Analysis], types: Iterable[AttributionType] = SPEECH, header: bool = True
) -> str:
    """One row per quote of the given types; `quote` numbers every attribution, as the JSON orders them.
    header=False for the rows that follow an earlier call's."""
    wanted = set(types)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    if header:
        writer.writeheader()
    for analysis in analyses:
        for number, quote in enumerate(analysis.quotes, 1):
            if quote.type in wanted:
                writer.writerow(_csv_row(analysis, number, quote))
    return out.getvalue()


def _csv_row(analysis: Analysis, number: int, quote: Quote) -> dict[str, object]:
    speaker = analysis.speaker(quote.speaker)
    return {
        "article": analysis.article.source or analysis.article.headline or "",
        "quote": number,
        "kind": quote.kind,
        "type": quote.type,
        "speaker": speaker.name if speaker else "",
        "speaker_role": (speaker.role or "") if speaker else "",
        "speaker_kind": speaker.kind if speaker else "",
        "speaker_age": "" if speaker is None or speaker.age is None else speaker.age,
        "anonymous": bool(speaker and speaker.anonymous),
        "cue": _joined(analysis.text, quote.cue),
        "source": _joined(analysis.text, quote.source),
        "content": _joined(analysis.text, quote.content),
        "content_spans": json.dumps(quote.content),
        "tone": "" if quote.tone is None else quote.tone,
    }


def readable(analysis: Analysis, types: Iterable[AttributionType] = SPEECH) -> Group:
    """Quotes of the given types grouped by speaker, with names and roles: what a reporter reads."""
    wanted = set(types)
    listed = [quote for quote in analysis.quotes if quote.type in wanted]
    meta = analysis.article
    parts: list[object] = []
    title = Text(meta.headline or meta.source or "(untitled)", style="bold")
    source = meta.source if meta.headline else None  # with no headline, the source is the title
    details = " · ".join(x for x in [meta.dateline, meta.date, source] if x)
    parts.append(Panel(Text.assemble(title, "\n", details) if details else title, expand=False))
    for note in analysis.notes:
        parts.append(Text(f"note: {note}", style="yellow"))
    by_speaker: dict[str | None, list[Quote]] = {}
    for quote in listed:
        by_speaker.setdefault(quote.speaker, []).append(quote)
    for speaker_id, quotes in by_speaker.items():
        parts.append(_speaker_table(analysis, speaker_id, quotes))
    speakers = len({q.speaker for q in listed if q.speaker})
    shown = "quotes" if wanted == set(SPEECH) else f"attributions ({', '.join(sorted(wanted))})"
    hidden = len(analysis.quotes) - len(listed)
    summary = f"{len(listed)} {shown} from {speakers} speakers"
    summary += f"; {hidden} of other types (--all-types lists them)" if hidden else ""
    parts.append(Text(summary, style="dim"))
    if analysis.tone is not None:
        tone = analysis.tone
        shares = f"words {tone.positive:.1%} positive, {tone.negative:.1%} negative"
        parts.append(Text(f"tone {tone.score:+.2f} (mean of its sentences, -1 … 1); {shares}", style="dim"))
    if analysis.attribution_model is not None:
        learned = f"learned attribution: {analysis.attribution_model} (scope {analysis.attribution_scope})"
        parts.append(Text(learned, style="dim"))
    tables = (_facts_table(analysis), _events_table(analysis), _warnings_table(analysis))
    parts.extend(table for table in tables if table.row_count)
    return Group(*parts)


def _facts_table(analysis: Analysis) -> Table:
    """Places, figures and dates, one line each."""
    table = Table(title=Text("Places, figures and dates", style="bold"), title_justify="left", box=None)
    table.add_column("kind", style="dim", width=8)
    table.add_column("as written")
    table.add_column("resolved")
    for place in analysis.places:
        where = ", ".join(x for x in (place.admin1, place.country) if x)
        written = analysis.text[slice(*place.mentions[0])] if place.mentions else place.name
        table.add_row("place", written, f"{place.name} ({place.kind}, {where}) geonames:{place.geonames_id}")
    for quantity in analysis.quantities:
        table.add_row("figure", quantity.text, _figure(quantity))
    for mention in analysis.dates:
        table.add_row("date", mention.text, mention.value or "")
    return table


def _events_table(analysis: Analysis) -> Table:
    """Who did what to whom, one line each, with the place and date the sentence gives."""
    table = Table(title=Text("Events", style="bold"), title_justify="left", box=None, show_header=False)
    table.add_column("event")
    for event in analysis.events:
        line = Text(
            event_text(event.actor_name, event.action, event.action_class, event.target_name, event.negated)
        )
        if where_when := ", ".join(x for x in (event.place_name, event.date) if x):
            line.append(f" [{where_when}]", style="dim")
        table.add_row(line)
    return table


# How a bound reads, by the words that open the quantity as written; the record keeps only which side.
_UPPER_WORDS = (
    ("fewer than", "fewer than"),
    ("less than", "less than"),
    ("under", "under"),
    ("just under", "under"),
)


def figure_value(quantity: Quantity) -> str:
    """The number of a quantity as a reader says it: "5–10", "more than 400", "up to 10", "1.5e+09".

    A range has low and high; a bound ("more than 400") has value and one of low or high; a plain
    number has value alone (quantities.py's conventions). Missing numbers never show as "None".
    """
    low, high, value = quantity.low, quantity.high, quantity.value
    written = " ".join(quantity.text.lower().split())
    if low is not None and high is not None:
        return f"{low:g}–{high:g}"
    if low is not None:
        return f"{'at least' if written.startswith('at least') else 'more than'} {low:g}"
    if high is not None:
        words = next((said for start, said in _UPPER_WORDS if written.startswith(start)), "up to")
        return f"{words} {high:g}"
    return "" if value is None else f"{value:g}"


def _figure(quantity: Quantity) -> str:
    value = figure_value(quantity)
    shown = f"{'about ' if quantity.approximate else ''}{value} {quantity.unit or ''}".strip()
    if quantity.si_value is not None and quantity.si_unit and quantity.si_unit != quantity.unit:
        shown += f" = {quantity.si_value:g} {quantity.si_unit}"
    return shown


def _warnings_table(analysis: Analysis) -> Table:
    table = Table(title=Text("Copy-desk warnings", style="bold yellow"), title_justify="left", box=None)
    table.add_column("kind", style="yellow")
    table.add_column("what")
    table.add_column("suggestion", style="dim")
    for warning in analysis.warnings:
        table.add_row(warning.kind, warning.message, warning.suggestion or "")
    return table


def _speaker_table(analysis: Analysis, speaker_id: str | None, quotes: list[Quote]) -> Table:
    speaker = analysis.speaker(speaker_id)
    if speaker is None:
        heading = Text("No speaker found", style="bold red")
    else:
        heading = Text(speaker.name, style="bold cyan")
        if speaker.roles or speaker.role:
            heading.append(f" — {'; '.join(speaker.roles) or speaker.role}", style="cyan")
        if speaker.age is not None:
            heading.append(f", {speaker.age}", style="cyan")
        if speaker.anonymous:
            heading.append("  [anonymous]", style="magenta")
    table = Table(title=heading, title_justify="left", show_header=False, expand=True, box=None)
    table.add_column("kind", style="dim", width=8)
    table.add_column("quote", ratio=1)  # all the room the kind and tone leave
    table.add_column("tone", width=5, justify="right")
    for quote in quotes:
        cue = _joined(analysis.text, quote.cue)
        said = _joined(analysis.text, quote.content)
        quoted = Text(f"“{said}”") + Text(f"  ({cue})" if cue else "", style="dim")
        kind = quote.kind if quote.type == "speech" else f"{quote.kind} ({quote.type})"
        table.add_row(kind, quoted, tone_text(quote.tone))
    return table


def event_text(
    actor: str | None, action: str, action_class: str, target: str | None, negated: bool = False
) -> str:
    """An event on one line, "actor — action (class) → target"; "?" where the sentence names no one."""
    return f"{actor or '?'} — {'not ' if negated else ''}{action} ({action_class}) → {target or '?'}"


def tone_text(tone: float | None) -> Text:
    """A quote's tone, signed, red when negative and green when positive (VADER's cut-offs)."""
    if tone is None:
        return Text("")
    shown = f"{tone:+.2f}" if abs(tone) >= 0.005 else "0.00"  # no sign on what rounds to zero
    return Text(shown, style={"positive": "green", "negative": "red"}.get(label(tone), "dim"))
