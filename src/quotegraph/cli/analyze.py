"""`quotegraph analyze`: articles in, their analysis out (readable, JSON, JSONL or CSV).

Every input is read before the models load, and each article is analyzed and printed in turn: an
input or article that fails is reported in one line and the others go on.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from functools import partial
from importlib import resources
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from quotegraph import formats
from quotegraph.cache import collector_paused
from quotegraph.cli.main import command, err, out, report
from quotegraph.cli.options import (
    AllTypesOption,
    AttributionModelOption,
    AttributionScopeOption,
    ModelOption,
    RulesOnlyOption,
    TypeOption,
    attribution_types,
    learned,
)
from quotegraph.errors import QuotegraphError
from quotegraph.records import Analysis, Article, AttributionType

if TYPE_CHECKING:
    from quotegraph.analyze.pipeline import Progress


def _read_inputs(paths: list[str], date: str | None, sample: bool) -> list[Callable[[], Article]]:
    """One reader per input, called in turn, so that an input that cannot be read fails alone; an
    http(s) URL is fetched as `serve --allow-fetch` fetches it (public addresses only)."""
    from quotegraph.read import read_bytes, read_path
    from quotegraph.read.urls import is_url, read_url

    if sample:
        data = resources.files("quotegraph.data").joinpath("sample.txt").read_bytes()
        return [lambda: read_bytes(data, source="sample.txt", date=date or "2025-03-04")]
    if not paths or paths == ["-"]:
        if sys.stdin.isatty():
            raise typer.BadParameter("give a FILE, '-' for standard input, or --sample")
        return [lambda: read_bytes(sys.stdin.buffer.read(), source="<stdin>", date=date)]
    return [partial(read_url if is_url(path) else read_path, path, date=date) for path in paths]


@command
def analyze(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Article files (.txt or .html) or http(s) URLs; '-' or nothing reads standard input.",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        str, typer.Option("--format", "-f", help="text (readable), json, jsonl (one line per article), csv.")
    ] = "text",
    date: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD, for articles that do not say.")
    ] = None,
    model: ModelOption = None,
    sample: Annotated[
        bool, typer.Option(help="Analyze the small sample article shipped with quotegraph.")
    ] = False,
    attribution_model: AttributionModelOption = None,
    attribution_scope: AttributionScopeOption = None,
    rules_only: RulesOnlyOption = False,
    only: Annotated[
        str | None,
        typer.Option(
            metavar="STAGES",
            help="Run only these stages, comma-separated (and the ones they need): entities, quotes, "
            "places, quantities, dates, warnings, events. spaCy components none of them reads are "
            "switched off.",
        ),
    ] = None,
    attribution_type: TypeOption = None,
    all_types: AllTypesOption = False,
) -> None:
    """Find every quote in an article, with its speaker, role and cue.

    The readable view and the CSV list speech (said, told, wrote, a statement); --type thought or
    --type document, or --all-types, for beliefs and what studies, polls and photos show. JSON keeps all.

    [b]Examples[/b]

      quotegraph analyze article.txt --date 2024-11-18
      quotegraph analyze page.html --format json > analysis.json
      cat article.txt | quotegraph analyze - --format csv
      quotegraph analyze article.txt --attribution-model MODEL_DIR
      quotegraph analyze article.txt --only places,dates --format json
      quotegraph analyze article.txt --all-types
    """
    with collector_paused():  # spaCy and the stages: modules that live as long as the process
        from quotegraph.analyze.loading import load_models
        from quotegraph.analyze.pipeline import analyze as run_pipeline

    if output_format not in formats.FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(formats.FORMATS)}")
    readers = _read_inputs(paths or [], date, sample)
    articles: list[Article] = []
    exit_code = 0
    for reader in readers:  # every input is read before the model loads: a bad path fails fast
        try:
            articles.append(reader())
        except QuotegraphError as error:
            if len(readers) == 1:
                raise
            failed = report(error)  # called first: never short-circuited
            exit_code = exit_code or failed
    if articles:
        nlp, model_chosen = load_models(model, learned(attribution_model, attribution_scope, rules_only))
        stages = [name.strip() for name in only.split(",") if name.strip()] if only else None
        pipeline = partial(run_pipeline, nlp=nlp, only=stages, learned_model=model_chosen)
        printer = _Printer(
            output_format, many=len(readers) > 1, types=attribution_types(attribution_type, all_types)
        )
        for article in articles:
            failed = _analyze_one(article, pipeline, printer)  # called first: never short-circuited
            exit_code = exit_code or failed
    if exit_code:
        raise typer.Exit(exit_code)


# A long report is 2,000 words; past this one article takes a minute or more to analyze.
_LONG_ARTICLE_WORDS = 20_000


def _analyze_one(article: Article, pipeline: Callable[..., Analysis], printer: _Printer) -> int:
    """Analyze and print one article; a failure is reported on stderr and the next article goes on.

    Returns the exit code the failure asks for (0 when none). An unexpected exception is a bug, but
    in a batch of articles it must not lose the others' output: it is reported in one line too.
    """
    name = article.meta.source or article.meta.headline or "article"
    steps: Progress | None = None
    if (words := len(article.text.split())) > _LONG_ARTICLE_WORDS:  # minutes of silence otherwise
        err.print(
            f"[dim]analyzing {escape(name)}: {words:,} words, this takes a while…[/dim]", soft_wrap=True
        )
        steps = _step_lines(time.perf_counter())
    try:
        printer.write(pipeline(article, progress=steps))
    except QuotegraphError as error:
        err.print(f"[red]error:[/red] {escape(name)}: {escape(str(error))}", soft_wrap=True)
        return error.exit_code
    except Exception as error:  # caught at the edge: one line per article, the others go on
        message = f"{name}: internal error ({error.__class__.__name__}: {error}); please report it"
        err.print(f"[red]error:[/red] {escape(message)}", soft_wrap=True)
        return 1
    return 0


def _step_lines(started: float) -> Progress:
    """A line on stderr as each step of a long article starts, with the time so far: lines rather
    than a bar, so that a log shows where the minutes went too."""

    def line(step: str, done: int, total: int) -> None:
        elapsed = time.perf_counter() - started
        what = (
            f"done in {elapsed:.0f} s"
            if done == total
            else f"{step} ({done + 1}/{total}), {elapsed:.0f} s so far"
        )
        err.print(f"[dim]  {escape(what)}[/dim]", soft_wrap=True)

    return line


class _Printer:
    """Writes each analysis as soon as it is done, so a later failure keeps the earlier output.

    json is indented for one input and one line per article (as jsonl) for several; csv has one
    header for all.
    """

    def __init__(self, output_format: str, many: bool, types: tuple[AttributionType, ...]) -> None:
        self.format = "jsonl" if output_format == "json" and many else output_format
        self.types = types
        self.header = True

    def write(self, analysis: Analysis) -> None:
        if self.format == "json":
            payload = formats.to_json(analysis) + "\n"
        elif self.format == "jsonl":
            payload = formats.to_jsonl([analysis])
        elif self.format == "csv":
            payload, self.header = formats.to_csv([analysis], self.types, header=self.header), False
        else:
            view = formats.readable(analysis, self.types)  # built whole before anything is printed
            for note in analysis.notes:
                err.print(f"[yellow]note:[/yellow] {escape(note)}", soft_wrap=True)
            out.print(view)
            return
        sys.stdout.write(payload)
        sys.stdout.flush()
