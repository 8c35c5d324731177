"""The `quotegraph` command: a thin shell over the library, one library call per command."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from quotegraph import formats
from quotegraph.errors import QuotegraphError
from quotegraph.records import Analysis, Article

app = typer.Typer(
    help="Who said what in news articles: quotes with their speakers, checked against the text.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)
out = Console()
err = Console(stderr=True)

ModelOption = Annotated[
    str | None,
    typer.Option("--model", help="spaCy pipeline to use: an installed package name or a path."),
]


def _fail(error: QuotegraphError) -> typer.Exit:
    err.print(f"[red]error:[/red] {escape(str(error))}", soft_wrap=True)
    return typer.Exit(error.exit_code)


def _read_inputs(paths: list[Path], date: str | None, sample: bool) -> list[Article]:
    from quotegraph.read import read_bytes, read_path

    if sample:
        data = resources.files("quotegraph.data").joinpath("sample.txt").read_bytes()
        return [read_bytes(data, source="sample.txt", date=date or "2025-03-04")]
    if not paths or paths == [Path("-")]:
        if sys.stdin.isatty():
            raise typer.BadParameter("give a FILE, '-' for standard input, or --sample")
        return [read_bytes(sys.stdin.buffer.read(), source="<stdin>", date=date)]
    return [read_path(path, date=date) for path in paths]


@app.command()
def analyze(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Article files (.txt or .html); '-' or nothing reads standard input.", show_default=False
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
) -> None:
    """Find every quote in an article, with its speaker, role and cue.

    [b]Examples[/b]

      quotegraph analyze article.txt --date 2024-11-18
      quotegraph analyze page.html --format json > analysis.json
      cat article.txt | quotegraph analyze - --format csv
    """
    from quotegraph.analyze.model import load_model
    from quotegraph.analyze.pipeline import analyze as run_pipeline

    if output_format not in formats.FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(formats.FORMATS)}")
    try:
        articles = _read_inputs(paths or [], date, sample)
        nlp = load_model(model)
        analyses = [run_pipeline(article, nlp) for article in articles]
    except QuotegraphError as error:
        raise _fail(error) from None
    _print(analyses, output_format)


def _print(analyses: list[Analysis], output_format: str) -> None:
    if output_format == "json":
        payload = formats.to_json(analyses[0]) if len(analyses) == 1 else formats.to_jsonl(analyses)
        sys.stdout.write(payload + ("\n" if len(analyses) == 1 else ""))
    elif output_format == "jsonl":
        sys.stdout.write(formats.to_jsonl(analyses))
    elif output_format == "csv":
        sys.stdout.write(formats.to_csv(analyses))
    else:
        for analysis in analyses:
            for note in analysis.notes:
                err.print(f"[yellow]note:[/yellow] {escape(note)}", soft_wrap=True)
            out.print(formats.readable(analysis))


@app.command()
def evaluate(
    gold: Annotated[
        Path,
        typer.Argument(help="A PolNeAR split folder (with text/ and attributions/) or a *.gold.json file."),
    ],
    text: Annotated[
        Path | None, typer.Option(help="For a gold JSON file: the article it annotates (default: beside it).")
    ] = None,
    limit: Annotated[int | None, typer.Option(help="Score only the first N documents.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    model: ModelOption = None,
) -> None:
    """Score quotegraph's attributions against gold annotations (precision, recall, F1).

    See docs/evaluation.md for the metric definitions.

    [b]Examples[/b]

      quotegraph evaluate ../shared/eval/polnear/dev
      quotegraph evaluate ../shared/examples/atacms-kursk.gold.json --json
    """
    from quotegraph.evaluate import report as reports
    from quotegraph.evaluate import run

    try:
        analyze_text = _text_analyzer(model)
        if gold.suffix == ".json":
            result = run.evaluate_gold_json(gold, text or _article_beside(gold), analyze_text)
        else:
            result = run.evaluate_polnear(gold, analyze_text, limit=limit, progress=not as_json)
    except QuotegraphError as error:
        raise _fail(error) from None
    if as_json:
        import json

        sys.stdout.write(json.dumps(result.to_dict(), indent=2) + "\n")
    else:
        for table in reports.render(result):
            out.print(table)


def _article_beside(gold: Path) -> Path:
    return gold.with_name(gold.name.removesuffix(".gold.json") + ".txt")


def _text_analyzer(model: str | None):
    from quotegraph.analyze.model import load_model
    from quotegraph.analyze.pipeline import analyze as run_pipeline
    from quotegraph.read import parse_text

    nlp = load_model(model)

    def analyze_text(text: str, date: str | None = None) -> Analysis:
        return run_pipeline(parse_text(text, date=date), nlp)

    return analyze_text
