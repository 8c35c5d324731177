"""Analysis speed with attribution models against the rules alone: words/s, ratio, peak RSS (issue 15).

    .venv/bin/python benchmarks/attribution_speed.py [MODEL_DIR ...] [--untrained ENCODER [--layers N ...]]
        [--export] [--repeat K] [--limit N] [--threads T] [--batch-size B] [--dev DIR]

Times `analyze` (every stage; the model with scope all, as benchmarks/train_polnear.py does) on the
PolNeAR dev texts (../shared/eval/polnear/dev/text; skipped when absent): the rules only, then each
model directory given (any architecture). A trained model's weights do not change its speed, so
`--untrained minilm` (or mpnet) builds a tagger with the pretrained encoder and untrained layers to
time, and `--layers 6 3` builds one per depth (the encoder's first N layers: a smaller student's
cost).
`--export` adds, for each transformer model, its ONNX exports (float and int8) made in this run.

Each measurement is a new process that loads the models, warms up on one text, then analyzes every
text once; the figure is the median of K runs (default 3), configurations alternating. Words are
whitespace-separated words of the texts. Peak RSS is the measuring process's largest resident size
(loading included). ONNX threads: --threads (QUOTEGRAPH_ONNX_THREADS); torch uses its default.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from quotegraph.train.encoders import ENCODERS

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEV_TEXTS = SHARED / "eval" / "polnear" / "dev" / "text"
RULES = "rules"


def main() -> None:
    args = _arguments()
    if args.run is not None:
        print(json.dumps(_measure(args.run, _texts(args.dev, args.limit), args.batch_size)))
        return
    if not args.dev.is_dir():
        print(f"skipped: {args.dev} is not there (PolNeAR dev texts)")
        return
    with tempfile.TemporaryDirectory(prefix="attribution-speed-") as scratch:
        models = list(args.models)
        for layers in args.layers if args.untrained else []:
            models.append(_build_untrained(args.untrained, layers, Path(scratch)))
        if args.export:
            models += [m for model in list(models) for m in _exports(model, Path(scratch))]
        results = _run_all([RULES, *map(str, models)], args)
    _report(results, args)


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("models", nargs="*", type=Path, help="attribution model directories to time")
    parser.add_argument("--untrained", choices=ENCODERS, help="also time an untrained tagger of this encoder")
    parser.add_argument("--layers", type=int, nargs="+", default=[6], help="encoder layers of --untrained")
    parser.add_argument("--export", action="store_true", help="also time each transformer's ONNX exports")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each configuration (median)")
    parser.add_argument("--limit", type=int, default=0, help="texts to analyze (default: all)")
    parser.add_argument("--threads", type=int, help="QUOTEGRAPH_ONNX_THREADS for the ONNX models")
    parser.add_argument("--batch-size", type=int, help="windows per network call (default: the tagger's)")
    parser.add_argument("--dev", type=Path, default=DEV_TEXTS, help="folder of .txt files to analyze")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument("--run", help=argparse.SUPPRESS)  # a child: measure one configuration
    parser.add_argument("--build", nargs=3, help=argparse.SUPPRESS)  # a child: ENCODER LAYERS OUT
    parser.add_argument("--export-to", nargs=3, help=argparse.SUPPRESS)  # a child: SOURCE OUT QUANTIZE
    args = parser.parse_args()
    if args.build:
        _build_child(args.build[0], int(args.build[1]), Path(args.build[2]))
        sys.exit(0)
    if args.export_to:
        from quotegraph.train.onnx_export import export_onnx

        export_onnx(Path(args.export_to[0]), Path(args.export_to[1]), args.export_to[2])
        sys.exit(0)
    return args


def _texts(folder: Path, limit: int) -> list[str]:
    paths = sorted(folder.glob("*.txt"))
    if limit:
        paths = paths[:: max(1, len(paths) // limit)][:limit]
    return [path.read_text(encoding="utf-8") for path in paths]


def _measure(configuration: str, texts: list[str], batch_size: int | None) -> dict[str, Any]:
    """In a child process: load, warm up, analyze every text once; words/s and peak RSS."""
    from quotegraph.analyze.parsing import load_model
    from quotegraph.analyze.pipeline import analyze
    from quotegraph.analyze.runtime.attribution_model import load_attribution_model
    from quotegraph.read import parse_text

    nlp = load_model()
    model = None
    if configuration != RULES:
        model = load_attribution_model(Path(configuration), nlp).scoped("all")
        if batch_size:
            model.tagger.batch_size = batch_size
    analyze(parse_text(texts[0]), nlp, learned_model=model)  # lazily built tables, first run
    started = time.perf_counter()
    for text in texts:
        analyze(parse_text(text), nlp, learned_model=model)
    seconds = time.perf_counter() - started
    words = sum(len(text.split()) for text in texts)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return {"words": words, "seconds": seconds, "words_per_second": words / seconds, "peak_rss_mb": peak}


def _build_child(encoder: str, layers: int, out: Path) -> None:
    """An untrained tagger of `encoder`'s first `layers` layers, saved as a model directory."""
    from quotegraph.analyze.parsing import load_model
    from quotegraph.analyze.runtime.attribution_model import AttributionModel, new_meta
    from quotegraph.train.transformer_loop import new_transformer_tagger

    nlp = load_model()
    tagger = new_transformer_tagger(nlp, encoder)
    bert = tagger.tagger.encoder
    bert.encoder.layer = bert.encoder.layer[:layers]
    bert.config.num_hidden_layers = layers
    settings = {"untrained": True, "encoder": encoder, "layers": layers}
    AttributionModel(tagger, new_meta(nlp, settings, {}, "transformer")).save(out, {})


def _child(arguments: list[str], environment: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [sys.executable, __file__, *arguments], capture_output=True, text=True, env=environment, check=False
    )
    if done.returncode:
        sys.exit(f"{' '.join(arguments)} failed:\n{done.stderr}")
    return done.stdout


def _build_untrained(encoder: str, layers: int, scratch: Path) -> Path:
    out = scratch / f"untrained-{encoder}-{layers}-layers"
    _child(["--build", encoder, str(layers), str(out)])
    return out


def _exports(model: Path, scratch: Path) -> list[Path]:
    if json.loads((model / "meta.json").read_text(encoding="utf-8")).get("architecture") != "transformer":
        return []
    outs = []
    for quantize in ("none", "int8"):
        out = scratch / f"{model.name}-onnx-{'fp32' if quantize == 'none' else quantize}"
        _child(["--export-to", str(model), str(out), quantize])
        outs.append(out)
    return outs


def _run_all(configurations: list[str], args: argparse.Namespace) -> dict[str, list[dict[str, Any]]]:
    environment = dict(os.environ)
    if args.threads:
        environment["QUOTEGRAPH_ONNX_THREADS"] = str(args.threads)
    common = ["--dev", str(args.dev), "--limit", str(args.limit)]
    if args.batch_size:
        common += ["--batch-size", str(args.batch_size)]
    results: dict[str, list[dict[str, Any]]] = {c: [] for c in configurations}
    for repeat in range(args.repeat):
        for configuration in configurations:  # alternating, so a busy spell does not hit one alone
            measured = json.loads(_child(["--run", configuration, *common], environment))
            measured["load"] = os.getloadavg()[0]
            results[configuration].append(measured)
            name = Path(configuration).name
            print(f"run {repeat + 1}: {name}: {measured['words_per_second']:.0f} words/s", file=sys.stderr)
    return results


def _report(results: dict[str, list[dict[str, Any]]], args: argparse.Namespace) -> None:
    rules = statistics.median(r["words_per_second"] for r in results[RULES])
    rows = []
    for configuration, runs in results.items():
        speed = statistics.median(r["words_per_second"] for r in runs)
        rss = max(r["peak_rss_mb"] for r in runs)
        rows.append(
            {
                "configuration": Path(configuration).name,
                "words_per_second": round(speed),
                "ratio_to_rules": round(speed / rules, 3),
                "peak_rss_mb": round(rss),
                "load": round(statistics.median(r["load"] for r in runs), 2),
            }
        )
    words = results[RULES][0]["words"]
    print(f"{words} words, median of {args.repeat} runs, ONNX threads {args.threads or 'default'}")
    print("| configuration | words/s | ratio to rules | peak RSS (MB) | load |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for row in rows:
        print(
            f"| {row['configuration']} | {row['words_per_second']} | {row['ratio_to_rules']:.2f}x"
            f" | {row['peak_rss_mb']} | {row['load']} |"
        )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
