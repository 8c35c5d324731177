"""Evaluation reports as rich tables, for people; ``to_dict()`` on a report is for machines.
And the bar that shows an evaluation's progress (evaluate/run.py reports it through a callback).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich import box
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from quotegraph.evaluate.event_scoring import EventsReport
from quotegraph.evaluate.facts import CheckResult, FactsReport, QuantityResult
from quotegraph.evaluate.metrics import Counts
from quotegraph.evaluate.scoring import LEVELS, MODES, GoldJsonReport, SpanReport

_SNIPPET = 60


@contextmanager
def evaluation_progress(console: Console) -> Iterator[Callable[[int, int], None]]:
    """A progress callback for evaluate_polnear(): a bar of the articles scored (rich's `track`'s)."""
    with Progress(*Progress.get_default_columns(), console=console) as bar:
        task = bar.add_task("Evaluating on PolNeAR", total=None)
        yield lambda done, total: bar.update(task, completed=done, total=total)


def render(report: SpanReport | GoldJsonReport | EventsReport) -> list[Table]:
    """The tables that show a report; print each in turn."""
    if isinstance(report, SpanReport):
        return [_span_table(report)]
    if isinstance(report, EventsReport):
        return [_events_table(report)]
    tables = [_quote_summary(report), _quote_details(report), _speaker_table(report)]
    return tables + (_facts_tables(report.facts) if report.facts else [])


def _pct(value: float) -> str:
    return f"{100 * value:.1f}"


def _events_table(report: EventsReport) -> Table:
    first = report.scores["action"]
    table = Table(
        title=f"Events: {report.articles} articles, {first.gold} gold events, {first.predicted} predicted",
        box=box.SIMPLE_HEAD,
        collapse_padding=True,
    )
    for heading in ("Match", "Matched", "P", "R", "F1"):
        table.add_column(heading, justify="left" if heading == "Match" else "right", no_wrap=True)
    for level, counts in report.scores.items():
        table.add_row(level, str(counts.matched), *_rates(counts))
    return table


def _span_table(report: SpanReport) -> Table:
    table = Table(
        title=f"PolNeAR: {report.documents} documents, {report.gold_attributions} gold attributions, "
        f"{report.predicted_quotes} predicted quotes",
        box=box.SIMPLE_HEAD,  # no vertical rules: the table fits 80 columns without cutting a name
        collapse_padding=True,
    )
    table.add_column("Unit", no_wrap=True)
    table.add_column("Gold", justify="right")
    table.add_column("Pred.", justify="right")
    for mode in MODES:  # the mode's name heads its first column only: a group over P, R and F1
        for rate in ("P", "R", "F1"):
            head = mode if rate == "P" else ""
            table.add_column(f"{head}\n{rate}", justify="right", no_wrap=True, min_width=len(head))
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
    table = _folding_table(
        "Gold quotes", ("#", "Gold speaker", "Required", "Outcome", "Predicted speaker", "Text")
    )
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
    columns = ("Gold speaker", "Found", "Predicted speakers (id: name)", "Gold role", "Predicted role")
    table = _folding_table("Speakers and roles", columns)
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


def _folding_table(title: str, columns: tuple[str, ...]) -> Table:
    """A table whose long cells fold onto the next line: an id or role cut to '…' reads as another."""
    table = Table(title=title)
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


def _table(title: str, columns: tuple[str, ...], rows: list[tuple[str, ...]]) -> Table:
    table = _folding_table(title, columns)
    for row in rows:
        table.add_row(*row)
    return table


def _of(part: int, whole: int) -> str:
    return f"{part} of {whole}"


def _facts_tables(facts: FactsReport) -> list[Table]:
    tables = [
        _facts_summary(facts),
        _people_table(facts),
        _places_table(facts),
        _quantities_table(facts),
        _table(
            "Dates",
            ("Gold text", "Expected", "Predicted", "Resolved to"),
            [(d.text, d.expected, d.predicted or "(missed)", d.value or "") for d in facts.dates],
        ),
        _table(
            "Copy-desk checks",
            ("Check", "Forms", "Warning expected", "Satisfied", "Warnings about the forms"),
            [_check_row(c) for c in facts.checks],
        ),
    ]
    if facts.other_warnings:
        rows = [(w.kind, w.message, w.suggestion or "") for w in facts.other_warnings]
        title = "Other warnings (no gold check: judge them by hand)"
        tables.append(_table(title, ("Kind", "Message", "Suggestion"), rows))
    return tables


def _people_table(facts: FactsReport) -> Table:
    rows = [
        (
            p.name,
            ", ".join(p.entities) or "(none)",
            p.gold_role or "",
            "; ".join(p.predicted_roles),
            "" if p.word_recall is None else _pct(p.word_recall),
        )
        for p in facts.people
    ]
    return _table("People", ("Gold person", "Entities", "Gold role", "Predicted roles", "Role words"), rows)


def _places_table(facts: FactsReport) -> Table:
    rows = [(p.name, p.predicted or "(missed)", str(p.geonames_id or "")) for p in facts.places]
    rows += [("(none)", name, "") for name in facts.unmatched_places]
    return _table("Places", ("Gold place", "Predicted place", "GeoNames id"), rows)


def _quantities_table(facts: FactsReport) -> Table:
    rows = [(q.text, q.predicted or "", _quantity_outcome(q)) for q in facts.quantities]
    rows += [("(none)", text, "no gold quantity") for text in facts.unmatched_quantities]
    return _table("Quantities", ("Gold text", "Predicted", "Outcome"), rows)


def _quantity_outcome(quantity: QuantityResult) -> str:
    if quantity.predicted is None:
        return "missed"
    wrong = [name for name, ok in quantity.checks.items() if not ok]
    return f"wrong {', '.join(wrong)}" if wrong else "right"


def _check_row(check: CheckResult) -> tuple[str, ...]:
    expected, satisfied = _yes(check.warning_expected), _yes(check.satisfied)
    return check.kind, ", ".join(check.forms), expected, satisfied, "\n".join(check.warnings)


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def _facts_summary(facts: FactsReport) -> Table:
    fields = ", ".join(f"{name} {_of(*counts)}" for name, counts in facts.quantity_checks().items())
    rows = [
        ("people found as entities", _of(facts.people_found, len(facts.people))),
        ("people split over several entities", str(facts.people_split)),
        ("role words recovered (all people)", _pct(facts.role_word_recall)),
        ("places found", _of(facts.places_found, len(facts.places))),
        ("predicted places matching no gold place", _of(len(facts.unmatched_places), facts.predicted_places)),
        ("place precision / recall", f"{_pct(facts.place_precision)} / {_pct(facts.place_recall)}"),
        ("quantities found", _of(facts.quantities_found, len(facts.quantities))),
        ("quantities with every checked field right", _of(facts.quantities_right, len(facts.quantities))),
        ("quantity fields right (of checked)", fields),
        ("dates found", _of(facts.dates_found, len(facts.dates))),
        ("dates resolved to the gold value", _of(facts.dates_resolved, len(facts.dates))),
        ("copy-desk checks satisfied", _of(facts.checks_satisfied, len(facts.checks))),
        ("other warnings", str(len(facts.other_warnings))),
    ]
    return _table("People, places, quantities, dates and checks against the gold", ("Measure", "Value"), rows)
