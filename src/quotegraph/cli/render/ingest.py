"""The ingest progress bar and closing summary, drawn with Rich on the terminal (stderr)."""

from __future__ import annotations

from rich.console import Console, Group
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from quotegraph.scale.ingest import IngestSummary


class _RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        return Text(f"{task.speed:.1f}/s" if task.speed else "", style="progress.data.speed")


class IngestProgress:
    """A progress callback for ingest(): articles/s, and the ETA once the total is known.

    The bar appears on the first call, once the models are loaded: an ingest that cannot start (a model
    or cluster it cannot use) leaves only its error on the terminal.
    """

    def __init__(self, console: Console) -> None:
        self._bar = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            _RateColumn(),
            TimeElapsedColumn(),
            TextColumn("eta"),
            TimeRemainingColumn(),
            console=console,
            transient=False,
        )
        self._task = self._bar.add_task("ingest", total=None)

    def __call__(self, summary: IngestSummary) -> None:
        if not self._bar.live.is_started:
            self._bar.start()
        description = f"{summary.ingested + summary.reanalyzed} new, {summary.duplicates} known"
        if summary.failed:
            description += f", [red]failed {summary.failed}[/red]"
        self._bar.update(self._task, completed=summary.seen, total=summary.total, description=description)

    def __enter__(self) -> IngestProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar.live.is_started:
            self._bar.stop()


def summary_view(summary: IngestSummary, target: str) -> Group:
    """What the ingest did, and why items failed."""
    counts = Table(title=f"ingest into {escape(target)}", title_justify="left", show_header=False)
    counts.add_column("what")
    counts.add_column("count", justify="right")
    rows = [
        ("ingested", summary.ingested),
        ("re-analyzed", summary.reanalyzed),
        ("skipped as duplicate", summary.duplicates),
        ("kept at an older analysis version (use --reanalyze)", summary.outdated),
        ("dated by --date (no date of their own)", summary.dated),
        ("failed", summary.failed),
    ]
    for label, count in rows:
        if count or label in ("ingested", "failed"):
            counts.add_row(label, str(count))
    # A rate only for articles analyzed: failures and duplicates settle fast and say nothing of speed.
    rate = f" ({summary.rate:.1f} articles/s)" if summary.ingested + summary.reanalyzed else ""
    counts.add_row("time", f"{summary.seconds:.1f} s{rate}")
    if not summary.failures:
        return Group(counts)
    failures = Table(title="failed", title_justify="left", style="red")
    failures.add_column("source", overflow="fold")
    failures.add_column("stage")
    failures.add_column("reason", overflow="fold")
    for failure in summary.failures:
        failures.add_row(escape(failure["key"]), failure["stage"], escape(failure["error"]))
    if summary.failed > len(summary.failures):
        failures.caption = (
            f"… and {summary.failed - len(summary.failures)} more: quotegraph export --table failures"
        )
    return Group(counts, failures)
