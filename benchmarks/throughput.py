"""Words per second of `analyze` against the bare spaCy pipeline, on the same texts, in one run.

    .venv/bin/python benchmarks/throughput.py [--corpus DIR] [--limit N] [--repeat K]

DIR defaults to ../shared/eval/polnear/train/text (PolNeAR train, 840 articles). Each measurement
is repeated K times (default 3), alternating bare and full runs, and the medians are reported with
their ratio (the target for the attribution issue is >= 0.8).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from quotegraph.analyze.parsing import load_model
from quotegraph.analyze.pipeline import analyze
from quotegraph.records import Article

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear" / "train" / "text"


def load_texts(corpus: Path, limit: int | None) -> list[str]:
    paths = sorted(corpus.glob("*.txt"))[:limit]
    if not paths:
        sys.exit(f"no .txt files in {corpus}")
    return [p.read_text(encoding="utf-8") for p in paths]


def time_bare(nlp, texts: list[str]) -> float:
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return time.perf_counter() - start


def time_analyze(nlp, texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        analyze(Article(text=text), nlp)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    texts = load_texts(args.corpus, args.limit)
    words = sum(len(t.split()) for t in texts)
    nlp = load_model()
    analyze(Article(text=texts[0]), nlp)  # warm up: model, lexicon and lookup tables
    bare, full = [], []
    for _ in range(args.repeat):
        bare.append(time_bare(nlp, texts))
        full.append(time_analyze(nlp, texts))
    bare_wps = words / statistics.median(bare)
    full_wps = words / statistics.median(full)
    print(f"corpus: {args.corpus} ({len(texts)} articles, {words} words), {args.repeat} runs each")
    rows = (("bare spaCy pipeline", bare_wps, bare), ("quotegraph analyze ", full_wps, full))
    for label, wps, runs in rows:
        print(f"{label} : {wps:10,.0f} words/s  ({len(texts) / statistics.median(runs):.1f} articles/s)")
    print(f"ratio analyze/bare  : {full_wps / bare_wps:.2f}  (target >= 0.80)")


if __name__ == "__main__":
    main()
