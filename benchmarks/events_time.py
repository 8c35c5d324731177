"""Time the events stage against the parse it reads: the seed article and N BBC articles.

    .venv/bin/python benchmarks/events_time.py [--limit N] [--repeat K]

Each article is parsed once (`analyze.parsing.parse`, timed), then every stage runs in pipeline order
on that parse, each timed on its own; the events stage's share is its time over the parse time. The
texts are the seed (../shared/examples/atacms-kursk.txt) and N (default 50) BBC articles spread
evenly over ../shared/corpora/bbc-news. Totals are the median of K runs (default 3).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from quotegraph.analyze.parsing import load_model, parse
from quotegraph.analyze.pipeline import STAGES, State
from quotegraph.read import read_path
from quotegraph.records import Analysis

SHARED = Path(__file__).resolve().parents[2] / "shared"


def articles(limit: int) -> list:
    paths = sorted((SHARED / "corpora" / "bbc-news").rglob("*.txt"))
    chosen = paths[:: max(1, len(paths) // limit)][:limit]
    seed = read_path(SHARED / "examples" / "atacms-kursk.txt", date="2024-11-18")
    return [seed, *(read_path(path) for path in chosen)]


def one_run(nlp, texts) -> dict[str, float]:
    totals = dict.fromkeys(["parse", *STAGES], 0.0)
    for article in texts:
        started = time.perf_counter()
        doc = parse(nlp, article)
        totals["parse"] += time.perf_counter() - started
        state = State(article, doc, Analysis(text=article.text, article=article.meta))
        for name, run in STAGES.items():
            started = time.perf_counter()
            run(state)
            totals[name] += time.perf_counter() - started
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    nlp = load_model()
    texts = articles(options.limit)
    one_run(nlp, texts[:2])  # warm-up: lazy tables (gazetteer, dateparser, pint)
    runs = [one_run(nlp, texts) for _ in range(options.repeat)]
    median = {name: statistics.median(run[name] for run in runs) for name in runs[0]}
    words = sum(len(article.text.split()) for article in texts)
    print(f"{len(texts)} articles, {words} words, median of {options.repeat} runs")
    for name, seconds in median.items():
        print(f"  {name:<11} {seconds:7.3f} s  {seconds / median['parse']:6.1%} of the parse")
    stages = sum(seconds for name, seconds in median.items() if name != "parse")
    print(f"  every stage {stages:7.3f} s  {stages / median['parse']:6.1%} of the parse")
    print(f"  events / parse = {median['events'] / median['parse']:.4f}")


if __name__ == "__main__":
    main()
