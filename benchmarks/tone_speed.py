"""What the tone stage costs: its time against the parse, and `analyze` against the bare spaCy pipeline.

    .venv/bin/python benchmarks/tone_speed.py [--corpus DIR] [--limit N] [--repeat K]

DIR defaults to ../shared/corpora/bbc-news; N articles (default 50) are taken evenly across it (every
N-th file in path order). Each run analyzes every article with every stage, the parse and each stage
timed by wrapping them (analyze itself unchanged), and runs `nlp.pipe` over the same texts (batch 64)
for the bare pipeline's words per second. Medians of K runs (default 3), runs alternating, after a
warm-up on the first text. The target for the tone issue: analyze >= 0.8x the bare pipeline.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from quotegraph.analyze import pipeline
from quotegraph.analyze.parsing import load_model
from quotegraph.read import read_path
from quotegraph.records import Article

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "bbc-news"


def pick(corpus: Path, limit: int) -> list[Article]:
    paths = sorted(corpus.rglob("*.txt"))
    if not paths:
        sys.exit(f"no .txt files in {corpus}")
    return [read_path(path) for path in paths[:: max(1, len(paths) // limit)][:limit]]


def timed(spent: dict[str, float], name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def run(*args: Any) -> Any:
        start = time.perf_counter()
        try:
            return function(*args)
        finally:
            spent[name] += time.perf_counter() - start

    return run


def analyze_all(nlp, articles: list[Article]) -> dict[str, float]:
    """Seconds spent in the parse, in each stage and in the whole of analyze, over all articles."""
    spent: dict[str, float] = defaultdict(float)
    stages, parse = dict(pipeline.STAGES), pipeline.parse
    pipeline.STAGES.update({name: timed(spent, name, stage) for name, stage in stages.items()})
    pipeline.parse = timed(spent, "parse", parse)
    try:
        start = time.perf_counter()
        for article in articles:
            pipeline.analyze(article, nlp)
        spent["analyze"] = time.perf_counter() - start
    finally:
        pipeline.STAGES.update(stages)
        pipeline.parse = parse
    return spent


def bare(nlp, articles: list[Article]) -> float:
    start = time.perf_counter()
    for _ in nlp.pipe((a.text for a in articles), batch_size=64):
        pass
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    articles = pick(args.corpus, args.limit)
    words = sum(len(a.text.split()) for a in articles)
    nlp = load_model()
    pipeline.analyze(articles[0], nlp)  # warm up: model, lexicons and lookup tables
    runs: list[dict[str, float]] = []
    bare_runs: list[float] = []
    for _ in range(args.repeat):
        bare_runs.append(bare(nlp, articles))
        runs.append(analyze_all(nlp, articles))
    median = {name: statistics.median(run[name] for run in runs) for name in runs[0]}
    print(f"corpus: {args.corpus} ({len(articles)} articles, {words} words), {args.repeat} runs each")
    for name in ["parse", *pipeline.STAGES, "analyze"]:
        share = median[name] / median["parse"]
        print(f"{name:10} {median[name] * 1000 / len(articles):8.2f} ms/article  ({share:6.1%} of the parse)")
    bare_wps, full_wps = words / statistics.median(bare_runs), words / median["analyze"]
    print(f"bare spaCy pipeline {bare_wps:10,.0f} words/s; analyze, every stage {full_wps:10,.0f} words/s")
    print(f"ratio analyze/bare  : {full_wps / bare_wps:.2f}  (target >= 0.80)")


if __name__ == "__main__":
    main()
