"""Train the attribution model on PolNeAR train, then score it beside the rules on dev, in one run.

    .venv/bin/python benchmarks/train_polnear.py [--architecture transformer|cnn] [--encoder minilm|mpnet]
        [--retrain | --resume] [--model-dir DIR] [--max-epochs N] [--json FILE]

The model is cached outside the repository (default ~/.cache/quotegraph/polnear-attribution-ARCH;
PolNeAR carries no licence, so neither its texts nor a model trained on them go into the repository) and
trained only when absent or with --retrain (--resume goes on with an interrupted run). Then, with
`quotegraph evaluate`'s machinery:

- PolNeAR dev, exact and overlap F1 of source, cue, content and attribution, for the rules alone,
  the model alone (scope model: its spans linked by analyze/runtime/link.py) and the pipeline with the model
  (model and rules merged, analyze/learned.py); plus the representation's upper bound (gold spans
  through the model's token layer and the linker);
- the seed article's gold JSON (required quotes found with the right speaker), rules and model;
- analysis speed in words per second on the dev texts, rules alone and with the model.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from quotegraph.analyze.parsing import load_model
from quotegraph.analyze.pipeline import analyze
from quotegraph.analyze.runtime.attribution_model import AttributionModel, load_attribution_model
from quotegraph.analyze.runtime.link import link
from quotegraph.cli.render.train import TrainDisplay
from quotegraph.evaluate.brat import load_polnear
from quotegraph.evaluate.run import evaluate_gold_json, evaluate_polnear
from quotegraph.evaluate.scoring import LEVELS, SpanReport, score_polnear
from quotegraph.read import parse_text
from quotegraph.records import Analysis, ArticleMeta
from quotegraph.train.config import TrainSettings
from quotegraph.train.data import entity_spans, gold_fragments, parse_documents
from quotegraph.train.encoders import DEFAULT_ENCODER, ENCODERS
from quotegraph.train.job import TrainJob
from quotegraph.train.loop import train

SHARED = Path(__file__).resolve().parents[2] / "shared"
POLNEAR = SHARED / "eval" / "polnear"
SEED = SHARED / "examples" / "atacms-kursk.gold.json"
CACHE = Path.home() / ".cache" / "quotegraph"
console = Console(stderr=True)


class TimedAnalyzer:
    """The pipeline as `evaluate` calls it, adding up the time it takes and the words it reads."""

    def __init__(self, nlp, model: AttributionModel | None) -> None:
        self.nlp, self.model = nlp, model
        self.seconds, self.words = 0.0, 0

    def __call__(self, text: str, date: str | None = None) -> Analysis:
        started = time.perf_counter()
        analysis = analyze(parse_text(text, date=date), self.nlp, learned_model=self.model)
        self.seconds += time.perf_counter() - started
        self.words += len(text.split())
        return analysis

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def representation_bound(nlp, dev: Path) -> SpanReport:
    """Gold spans through the model's token layer and linker: the most the representation allows."""
    documents = load_polnear(dev)
    docs = parse_documents(nlp, documents)
    return score_polnear((gold, _gold_analysis(doc, gold)) for doc, gold in zip(docs, documents, strict=True))


def _gold_analysis(doc, gold) -> Analysis:
    """The gold fragments as the model would give them: one token layer, linked by analyze/runtime/link.py."""
    attributions = link(doc, entity_spans(doc, gold_fragments(gold)))
    return Analysis(gold.text, ArticleMeta(), quotes=[a.to_quote() for a in attributions])


def span_table(columns: dict[str, SpanReport]) -> Table:
    table = Table(title="PolNeAR dev: F1 exact / overlap (precision, recall exact)")
    table.add_column("level")
    for name in columns:
        table.add_column(name, justify="right")
    for level in LEVELS:
        cells = []
        for report in columns.values():
            exact, overlap = report.scores[level]["exact"], report.scores[level]["overlap"]
            cells.append(f"{exact.f1:.1%} / {overlap.f1:.1%} (P {exact.precision:.1%}, R {exact.recall:.1%})")
        table.add_row(level, *cells)
    return table


def seed_figures(analyzer: Callable[..., Analysis]) -> dict[str, Any]:
    report = evaluate_gold_json(SEED, SEED.with_name("atacms-kursk.txt"), analyzer)
    return {
        "required": report.required,
        "found": report.required_found,
        "wrong_speaker": report.wrong_speaker,
        "unmatched_quotes": report.unmatched_quotes,
        "speakers_merged": f"{report.speakers_merged}/{report.speakers_checked}",
        "roles_given": f"{report.roles_given}/{len(report.roles)}",
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--train", type=Path, default=POLNEAR / "train")
    parser.add_argument("--dev", type=Path, default=POLNEAR / "dev")
    parser.add_argument("--architecture", choices=["transformer", "cnn"], default="transformer")
    parser.add_argument("--encoder", choices=list(ENCODERS), default=DEFAULT_ENCODER)
    parser.add_argument(
        "--model-dir", type=Path, help="default: ~/.cache/quotegraph/polnear-attribution-ARCH[-ENCODER]"
    )
    parser.add_argument("--retrain", action="store_true", help="train even when the model directory exists")
    parser.add_argument(
        "--resume",
        action="store_true",
        help="go on with the interrupted transformer run in the model directory",
    )
    parser.add_argument("--max-epochs", type=int, help="default: the architecture's")
    parser.add_argument("--patience", type=int, default=TrainSettings.patience)
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    args = parser.parse_args()
    if not args.train.is_dir() or not args.dev.is_dir():
        sys.exit(f"PolNeAR not found at {args.train} and {args.dev}")

    name = args.architecture if args.encoder == DEFAULT_ENCODER else f"{args.architecture}-{args.encoder}"
    args.model_dir = args.model_dir or CACHE / f"polnear-attribution-{name}"
    nlp = load_model()
    if args.retrain or args.resume or not (args.model_dir / "meta.json").is_file():
        settings = TrainSettings.for_architecture(
            args.architecture, max_epochs=args.max_epochs, encoder=args.encoder, patience=args.patience
        )
        job = TrainJob(
            args.train, args.model_dir, args.dev, settings, progress=TrainDisplay(console), resume=args.resume
        )
        result = train(nlp, job)
        console.print(f"trained: {result.summary()}")
    model = load_attribution_model(args.model_dir, nlp)
    training = json.loads((args.model_dir / "metrics.json").read_text(encoding="utf-8"))

    rules = TimedAnalyzer(nlp, None)
    learned = TimedAnalyzer(nlp, model.scoped("all"))  # PolNeAR's notion of attribution
    quotes = TimedAnalyzer(nlp, model.scoped("quotes"))  # what analyze keeps by default
    learned(SEED.with_name("atacms-kursk.txt").read_text(encoding="utf-8"))  # warm up both paths
    rules("Warm-up, she said.")
    rules.seconds = learned.seconds = rules.words = learned.words = 0
    rules_report, learned_report = evaluate_polnear(args.dev, rules), evaluate_polnear(args.dev, learned)
    columns = {
        "rules": rules_report,
        "model alone (scope model)": evaluate_polnear(args.dev, TimedAnalyzer(nlp, model.scoped("model"))),
        "model + rules, scope all": learned_report,
        "model + rules, scope quotes": evaluate_polnear(args.dev, quotes),
    }
    console.print(span_table(columns))
    bound = representation_bound(nlp, args.dev)
    console.print(span_table({"representation upper bound (gold spans)": bound}))
    speed = {"rules": rules.words_per_second, "model + rules": learned.words_per_second}
    console.print("analysis words/s on dev: " + ", ".join(f"{k} {v:.0f}" for k, v in speed.items()))
    seed = (
        {
            "rules": seed_figures(rules),
            "model, scope quotes": seed_figures(quotes),
            "model, scope all": seed_figures(learned),
        }
        if SEED.is_file()
        else {}
    )
    for name, figures in seed.items():
        console.print(f"seed article, {name}: {figures}")
    console.print(
        f"training: epoch {training['best_epoch']} of {len(training['history'])} kept, "
        f"{training['train_seconds'] / 60:.1f} min, peak memory {training['peak_memory_mb']:.0f} MB"
    )
    if args.json:
        figures = {
            "polnear_dev": {
                name: report.to_dict()["scores"] for name, report in {**columns, "upper bound": bound}.items()
            },
            "words_per_second": speed,
            "seed": seed,
            "training": {k: v for k, v in training.items() if k != "dev"},
        }
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
