"""Evaluation reports as rich tables, for people; ``to_dict()`` on a report is for machines."""

from __future__ import annotations

from rich.table import Table

from quotegraph.evaluate.metrics import Counts
from quotegraph.evaluate.scoring import LEVELS, MODES, GoldJsonReport, SpanReport

_SNIPPET = 60


def render(report: SpanReport | GoldJsonReport) -> list[Table]:
    """The tables that show a report; print each in turn."""
    if isinstance(report, SpanReport):
        return [_span_table(report)]
    return [_quote_summary(report), _quote_details(report), _speaker_table(report)]


def _pct(value: float) -> str:
    return f"{100 * value:.1f}"


def _span_table(report: SpanReport) -> Table:
    table = Table(
        title=f"PolNeAR: {report.documents} documents, {report.gold_attributions} gold attributions, "
        f"{report.predicted_quotes} predicted quotes"
    )
    table.add_column("Unit")
    table.add_column("Gold", justify="right")
    table.add_column("Predicted", justify="right")
    for mode in MODES:
        for rate in ("P", "R", "F1"):
            table.add_column(f"{mode} {rate}", justify="right")
    for level in LEVELS:
        first = report.scores[level][MODES[0]]
        cells = [_rates(report.scores[level][mode]) for mode in MODES]
        table.add_row(level, str(first.gold), str(first.predicted), *(c for rates in cells for c in rates))
    return table


def _rates(counts: Counts) -> list[str]:
    return [_pct(counts.precision), _pct(counts.recall), _pct(counts.f1)]


def _quote_summary(report: GoldJsonReport) -> Table:
    counts = report.counts
    table = Table(title="Quotes, speakers and roles against the gold")
    table.add_column("Measure")
    table.add_column("Value", justify="right")
    rows = [
        ("required quotes found with the right speaker", f"{report.required_found} of {report.required}"),
        ("optional quotes found with the right speaker", f"{report.optional_found} of {report.optional}"),
        ("required quotes found with a wrong speaker", str(report.wrong_speaker)),
        ("predicted units (content fragments)", str(report.predicted_units)),
        ("predicted units matching no gold quote", str(report.unmatched_units)),
        (
            "predicted quotes matching no gold quote",
            f"{report.unmatched_quotes} of {report.predicted_quotes}",
        ),
        ("precision / recall / F1", f"{_pct(counts.precision)} / {_pct(counts.recall)} / {_pct(counts.f1)}"),
        (
            "speakers whose quotes land on one predicted speaker",
            f"{report.speakers_merged} of {report.speakers_checked}",
        ),
        ("speaking people with a predicted role", f"{report.roles_given} of {len(report.roles)}"),
        ("role words recovered", _pct(report.role_word_recall)),
    ]
    for row in rows:
        table.add_row(*row)
    return table


def _quote_details(report: GoldJsonReport) -> Table:
    table = Table(title="Gold quotes")
    for column in ("#", "Gold speaker", "Required", "Outcome", "Predicted speaker", "Text"):
        table.add_column(column)
    for quote in report.quotes:
        outcome = "found" if quote.found else "wrong speaker" if quote.content_matched else "missed"
        text = quote.text if len(quote.text) <= _SNIPPET else quote.text[: _SNIPPET - 1] + "…"
        table.add_row(
            str(quote.index),
            quote.speaker,
            "yes" if quote.required else "no",
            outcome,
            quote.predicted_name or "",
            text,
        )
    return table


def _speaker_table(report: GoldJsonReport) -> Table:
    roles = {r.name: r for r in report.roles}
    table = Table(title="Speakers and roles")
    for column in ("Gold speaker", "Found", "Predicted speakers (id: name)", "Gold role", "Predicted role"):
        table.add_column(column)
    table.add_column("Role words", justify="right")
    for speaker in report.speakers:
        role = roles.get(speaker.name)
        names = {
            q.predicted_speaker: q.predicted_name
            for q in report.quotes
            if q.speaker == speaker.name and q.found
        }
        table.add_row(
            speaker.name,
            f"{speaker.found} of {speaker.quotes}",
            ", ".join(f"{s or '(none)'}: {names[s]}" for s in speaker.predicted_speakers),
            (role.gold_role or "") if role else "",
            (role.predicted_role or "") if role else "",
            _pct(role.word_recall) if role and role.word_recall is not None else "",
        )
    return table
