"""Articles per second of `ingest` (read, skip, analyze in workers, store in SQLite) against `analyze`
alone on the same texts.

    .venv/bin/python benchmarks/ingest_vs_analyze.py [--corpus DIR] [--limit N] [--repeat K] [--workers W]

DIR defaults to ../shared/corpora/bbc-news; N articles (default 300) are taken evenly across it, each
text once. Every run is a new Python process, so that neither side profits from caches a previous run
warmed (spaCy's vocabulary grows with every new word). Runs alternate, K each (default 3); reported
are medians and two ratios ingest/analyze (the target for the corpus issue is >= 0.95):

- steady: ingest once the first article is stored, against the analysis loop with the model loaded
  and warmed on another text (both without start-up);
- end to end: both whole runs from a cold process: imports, model, the pipeline's first-call set-up,
  reading (and, for ingest, worker start-up and writing).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import resources
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "bbc-news"


def pick(corpus: Path, limit: int, folder: Path) -> int:
    """Link about limit files spread evenly over the corpus into folder, each text once; how many."""
    from quotegraph.read import read_path

    paths = sorted(corpus.rglob("*.txt"))
    if not paths:
        sys.exit(f"no .txt files in {corpus}")
    folder.mkdir()
    texts: set[str] = set()
    for path in paths[:: max(1, len(paths) // limit)][:limit]:
        text = read_path(path).text
        if text not in texts:
            texts.add(text)
            (folder / f"{len(texts):05}-{path.parent.name}-{path.name}").symlink_to(path.resolve())
    return len(texts)


def run_analyze(corpus: Path) -> dict[str, float]:
    """Read and analyze every article of the folder in this process: the whole run (imports, model,
    the pipeline's first-call set-up on another text), and the analysis loop alone.
    """
    start = time.perf_counter()
    from quotegraph.analyze.parsing import load_model
    from quotegraph.analyze.pipeline import analyze
    from quotegraph.read import read_bytes, read_path

    articles = [read_path(path) for path in sorted(corpus.iterdir())]
    nlp = load_model()
    sample = resources.files("quotegraph.data").joinpath("sample.txt").read_bytes()
    analyze(read_bytes(sample), nlp)  # model, lexicon and the pipeline's lazily built tables
    loop = time.perf_counter()
    for article in articles:
        analyze(article, nlp)
    end = time.perf_counter()
    return {"whole": end - start, "steady": end - loop}


def run_ingest(corpus: Path, workers: int, db: Path) -> dict[str, float]:
    """Ingest the folder into a new database: the whole run (imports included), and from the first
    stored article on.
    """
    start = time.perf_counter()
    from quotegraph.scale.ingest import IngestOptions, IngestSummary, ingest
    from quotegraph.store import open_store

    first: list[float] = []

    def progress(summary: IngestSummary) -> None:
        if not first:
            first.append(time.perf_counter())

    with open_store(db) as store:
        summary = ingest([str(corpus)], store, IngestOptions(workers=workers), progress=progress)
    end = time.perf_counter()
    if summary.ingested != summary.seen:
        sys.exit(f"ingest stored {summary.ingested} of {summary.seen} articles: {summary.failures[:3]}")
    return {"whole": end - start, "steady": end - first[0]}


def measure(mode: str, corpus: Path, workers: int, db: Path) -> dict[str, float]:
    """One run in a new process."""
    command = [sys.executable, __file__, "--run", mode, "--corpus", str(corpus), "--workers", str(workers)]
    done = subprocess.run([*command, "--db", str(db)], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--run", choices=["analyze", "ingest"], help=argparse.SUPPRESS)  # one measured run
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run == "analyze":
        print(json.dumps(run_analyze(args.corpus)))
        return
    if args.run == "ingest":
        print(json.dumps(run_ingest(args.corpus, args.workers, args.db)))
        return

    alone, ingested = [], []
    with tempfile.TemporaryDirectory() as scratch:
        corpus = Path(scratch, "corpus")
        n = pick(args.corpus, args.limit, corpus)
        for run in range(args.repeat):
            db = Path(scratch, f"run{run}.db")
            alone.append(measure("analyze", corpus, args.workers, db))
            ingested.append(measure("ingest", corpus, args.workers, db))
    print(f"corpus: {args.corpus} ({n} articles), {args.repeat} runs each, ingest --workers {args.workers}")
    for label, key, count in (("steady    ", "steady", n - 1), ("end to end", "whole", n)):
        analyze_rate = n / statistics.median(r[key] for r in alone)
        ingest_rate = count / statistics.median(r[key] for r in ingested)
        print(
            f"{label}: analyze {analyze_rate:5.2f} articles/s, ingest {ingest_rate:5.2f} articles/s, "
            f"ratio {ingest_rate / analyze_rate:.2f}"
        )
    print("target: ratio >= 0.95")


if __name__ == "__main__":
    main()
