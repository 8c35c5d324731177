"""`quotegraph evaluate`: quotegraph's attributions scored against gold annotations.

The scoring is evaluate/'s; the tables are cli/render/evaluate.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from quotegraph.cli.main import command, out
from quotegraph.cli.options import (
    AttributionModelOption,
    AttributionScopeOption,
    ModelOption,
    RulesOnlyOption,
    learned,
)
from quotegraph.records import Analysis, LearnedAttribution


@command
def evaluate(
    gold: Annotated[
        Path,
        typer.Argument(
            help="A PolNeAR split folder (text/ and attributions/), a brat folder (.txt and .ann side by "
            "side), or a *.gold.json file."
        ),
    ],
    text: Annotated[
        Path | None, typer.Option(help="For a gold JSON file: the article it annotates (default: beside it).")
    ] = None,
    limit: Annotated[int | None, typer.Option(help="Score only the first N documents.")] = None,
    articles: Annotated[
        Path, typer.Option(help="For an events gold file: the folder its article paths start from.")
    ] = Path("../shared"),
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    model: ModelOption = None,
    attribution_model: AttributionModelOption = None,
    attribution_scope: AttributionScopeOption = None,
    rules_only: RulesOnlyOption = False,
) -> None:
    """Score quotegraph's attributions against gold annotations (precision, recall, F1).

    A PolNeAR split is scored per source, cue, content and whole attribution, exactly and by overlap,
    then per fragment of each part (the span-level measure published PolNeAR taggers report). An events
    gold file ("kind": "events") scores the events stage: who did what to whom. See
    docs/evaluation.md for the metric definitions.

    [b]Examples[/b]

      quotegraph evaluate ../shared/eval/polnear/dev
      quotegraph evaluate ../shared/examples/atacms-kursk.gold.json --json
      quotegraph evaluate tests/fixtures/events-gold.json --articles ../shared
    """
    from quotegraph.cli.render.evaluate import evaluation_progress, render
    from quotegraph.evaluate import run
    from quotegraph.evaluate.event_scoring import evaluate_events, is_events_gold

    analyze_text = _text_analyzer(model, learned(attribution_model, attribution_scope, rules_only))
    if gold.suffix == ".json" and is_events_gold(gold):
        result = evaluate_events(gold, articles, analyze_text)
    elif gold.suffix == ".json":
        result = run.evaluate_gold_json(gold, text or _article_beside(gold), analyze_text)
    elif as_json:
        result = run.evaluate_polnear(gold, analyze_text, limit=limit)
    else:
        with evaluation_progress(out) as progress:
            result = run.evaluate_polnear(gold, analyze_text, limit=limit, progress=progress)
    if as_json:
        import json

        sys.stdout.write(json.dumps(result.to_dict(), indent=2) + "\n")
    else:
        for table in render(result):
            out.print(table)


def _article_beside(gold: Path) -> Path:
    return gold.with_name(gold.name.removesuffix(".gold.json") + ".txt")


def _text_analyzer(model: str | None, learned_choice: LearnedAttribution | None = None):
    from quotegraph.analyze.loading import load_models
    from quotegraph.analyze.pipeline import analyze as run_pipeline
    from quotegraph.read import parse_text

    nlp, chosen = load_models(model, learned_choice)

    def analyze_text(text: str, date: str | None = None) -> Analysis:
        return run_pipeline(parse_text(text, date=date), nlp, attribution_model=chosen)

    return analyze_text
