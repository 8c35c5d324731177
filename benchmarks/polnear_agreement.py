"""How well PolNeAR's own annotators agree, scored exactly as `quotegraph evaluate` scores a system.

    .venv/bin/python benchmarks/polnear_agreement.py [--polnear DIR] [--attribution-model DIR] [--json FILE]

Some articles of train and dev were annotated by several annotators. For each such article and each
pair of its annotators, one annotator's attributions are the gold and the other's the prediction
(evaluate.run.annotator_agreement); counts are summed over pairs and articles. The figures are the
ceiling a system can be expected to reach on the same units: docs/training.md sets the learned
model's figures beside them. With --attribution-model, the model (alone, scope all) is also scored
against each annotator of the same dev articles: the one comparison on the very same texts (the
train articles taught the model, so they do not count).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rich.console import Console

from quotegraph.analyze.loading import load_models
from quotegraph.analyze.pipeline import analyze
from quotegraph.cli.render.evaluate import render
from quotegraph.evaluate.brat import load_all_annotators
from quotegraph.evaluate.run import annotator_agreement
from quotegraph.evaluate.scoring import SpanReport, score_polnear
from quotegraph.read import parse_text
from quotegraph.records import LearnedAttribution

POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear"


def model_against_annotators(split: Path, model_dir: Path) -> SpanReport:
    """The pipeline with the model (scope all: PolNeAR's notion) against every annotator of each
    article several annotated."""
    nlp, model = load_models(None, LearnedAttribution(model_dir, "all"))
    pairs = []
    for versions in load_all_annotators(split):
        analysis = analyze(parse_text(versions[0].text), nlp, attribution_model=model)
        pairs += [(gold, analysis) for gold in versions]
    return score_polnear(pairs)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--polnear", type=Path, default=POLNEAR, help="the folder holding train/ and dev/")
    parser.add_argument("--attribution-model", type=Path, help="also score this model against each annotator")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    if not (args.polnear / "train").is_dir():
        sys.exit(f"PolNeAR not found at {args.polnear}")
    console = Console()
    figures = {}
    for split in ("train", "dev"):
        report = annotator_agreement(args.polnear / split)
        console.print(f"[bold]{split}[/bold]: annotator against annotator, {report.documents} pairs")
        for table in render(report):
            console.print(table)
        figures[split] = report.to_dict()
    if args.attribution_model:
        report = model_against_annotators(args.polnear / "dev", args.attribution_model)
        console.print(f"[bold]dev[/bold]: the model against each annotator, {report.documents} pairs")
        for table in render(report):
            console.print(table)
        figures["model_dev"] = report.to_dict()
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
