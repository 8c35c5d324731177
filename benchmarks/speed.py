"""Speed and scale: articles/s, words/s and peak RSS per process of the bare spaCy pipeline, `analyze`,
`ingest` into SQLite and textacy's direct quotations, with 1 and 2 processes; and the share of PolNeAR
dev gold direct quotes that quotegraph and textacy find.

    .venv/bin/python benchmarks/speed.py [--limit N] [--repeat K] [--corpus DIR ...] [--dev DIR]
                                         [--modes bare,analyze,ingest,textacy] [--skip-recall]

Corpora default to ../shared/eval/polnear/train/text and ../shared/corpora/bbc-news; N articles
(default 100) are taken evenly across each, each text once (`ingest_vs_analyze.pick`). Every
measurement runs in new processes that load the model, warm up on the first text and wait at a
barrier, so the time is the steady state of all processes working at once:

- bare     `nlp.pipe` over the texts (batch 64): the model alone;
- analyze  `analyze(article, nlp)` with every stage;
- textacy  `nlp(text)` and `textacy.extract.triples.direct_quotations` (needs the `bench` extra);
- ingest   `quotegraph.scale.ingest.ingest` into a new SQLite file with `workers` = 1 or 2, timed from
           the first stored article on (worker start-up and model loads excluded, like the others).

With 2 processes, bare/analyze/textacy split the texts in two halves, one per process. Peak RSS is
the largest resident size any one process of the run reached (sampled every 50 ms; for ingest that
is a worker, the main process is reported beside it). "main CPU ms/art" is the CPU time per article of
the measured processes (for ingest: of the main process alone, i.e. what one client spends per article
reading, hashing, looking up and writing); unlike wall time it hardly depends on what else the machine
runs. Medians of K runs (default 3), runs alternating. "load" is the machine's 1-minute load average
just before each run started (median): what else was running, since a second process only speeds
things up when a second core is free.

Recall: a gold direct quote is a PolNeAR Content whose ends touch quotation marks (the first and last
character of the unit, or the character just outside it, allowing one punctuation mark before the
closing one); it is found when a predicted quote (any kind) overlaps it by word-token Jaccard >= 0.5,
matched one to one (quotegraph.evaluate.metrics).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import psutil
from ingest_vs_analyze import pick

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEFAULT_CORPORA = [SHARED / "eval" / "polnear" / "train" / "text", SHARED / "corpora" / "bbc-news"]
DEFAULT_DEV = SHARED / "eval" / "polnear" / "dev"
SAMPLE_SECONDS = 0.05
QUOTE_MARKS = frozenset("\"“”„«»'‘’`")
TARGETS = {"analyze/bare": 0.8, "ingest/analyze": 0.95, "2 procs/1 proc": 1.8}


class PeakRss:
    """The largest resident set size of this process and of each of its descendants, sampled."""

    def __init__(self) -> None:
        self.main = 0
        self.others = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        me = psutil.Process()
        while not self._stop.wait(SAMPLE_SECONDS):
            self.main = max(self.main, me.memory_info().rss)
            for child in me.children(recursive=True):
                with contextlib.suppress(psutil.Error):  # ended between listing and reading
                    self.others = max(self.others, child.memory_info().rss)

    def stop(self) -> dict[str, float]:
        self._stop.set()
        self._thread.join()
        return {"rss_main_mb": self.main / 2**20, "rss_max_mb": max(self.main, self.others) / 2**20}


def _barrier() -> None:
    """Tell the parent this process is ready, and wait for everyone's go."""
    print("ready", flush=True)
    sys.stdin.readline()


def _texts(paths: list[Path]) -> list[str]:
    from quotegraph.read import read_path

    return [read_path(path).text for path in paths]


def _bare(paths: list[Path]) -> Callable[[], None]:
    from quotegraph.analyze.parsing import load_model

    nlp, texts = load_model(), _texts(paths)
    nlp(texts[0])

    def work() -> None:
        for _ in nlp.pipe(texts, batch_size=64):
            pass

    return work


def _analyze(paths: list[Path]) -> Callable[[], None]:
    from quotegraph.analyze.parsing import load_model
    from quotegraph.analyze.pipeline import analyze
    from quotegraph.read import read_path

    nlp, articles = load_model(), [read_path(path) for path in paths]
    analyze(articles[0], nlp)  # the pipeline's lazily built tables

    def work() -> None:
        for article in articles:
            analyze(article, nlp)

    return work


def textacy_quotes(nlp, text: str) -> list:
    from textacy.extract.triples import direct_quotations

    try:
        return list(direct_quotations(nlp(text)))
    except ValueError:  # an odd number of quotation marks: textacy refuses the document
        return []


def _textacy(paths: list[Path]) -> Callable[[], None]:
    from quotegraph.analyze.parsing import load_model

    nlp, texts = load_model(), _texts(paths)
    textacy_quotes(nlp, texts[0])

    def work() -> None:
        for text in texts:
            textacy_quotes(nlp, text)

    return work


def run_child(mode: str, folder: Path, part: int, parts: int, db: Path) -> dict[str, float]:
    """One measured process: set up, wait at the barrier, run; seconds and peak RSS."""
    rss = PeakRss()
    if mode == "ingest":
        return {**_ingest(folder, parts, db), **rss.stop()}
    paths = sorted(folder.iterdir())[part::parts]
    work = {"bare": _bare, "analyze": _analyze, "textacy": _textacy}[mode](paths)
    _barrier()
    start, cpu = time.perf_counter(), time.process_time()
    work()
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "cpu": time.process_time() - cpu, "articles": len(paths), **rss.stop()}


def _ingest(folder: Path, workers: int, db: Path) -> dict[str, float]:
    from quotegraph.scale.ingest import IngestOptions, IngestSummary, ingest
    from quotegraph.store import open_store

    first: list[float] = []

    def progress(summary: IngestSummary) -> None:
        # The clock starts at the first settled article (ingest also calls once when its analyzer is
        # ready, with nothing settled yet).
        if not first and summary.seen:
            first.append(time.perf_counter())

    _barrier()
    cpu = time.process_time()
    with open_store(db) as store:
        summary = ingest([str(folder)], store, IngestOptions(workers=workers), progress=progress)
    if summary.ingested != summary.seen:
        sys.exit(f"ingest stored {summary.ingested} of {summary.seen}: {summary.failures[:3]}")
    # cpu: the main process's over the whole run (what one client spends per article), scaled to the
    # articles the rate counts so that cpu / articles is per article of the run.
    seconds = time.perf_counter() - first[0]
    return {
        "seconds": seconds,
        "cpu": (time.process_time() - cpu) * (summary.seen - 1) / summary.seen,
        "articles": summary.seen - 1,
    }


def measure(mode: str, folder: Path, procs: int, db: Path) -> dict[str, float]:
    """One run of mode with procs processes, all started together; the wall time of the slowest."""
    load = os.getloadavg()[0]
    children = 1 if mode == "ingest" else procs
    command = [sys.executable, __file__, "--run", mode, "--corpus", str(folder), "--db", str(db)]
    started = [
        subprocess.Popen(
            [*command, "--part", str(i), "--parts", str(procs)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for i in range(children)
    ]
    for child in started:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    for child in started:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    results = [json.loads(child.communicate()[0]) for child in started]
    if any(child.returncode for child in started):
        sys.exit(f"a {mode} run failed")
    return {
        "seconds": max(r["seconds"] for r in results),
        "articles": sum(r["articles"] for r in results),
        "rss_max_mb": max(r["rss_max_mb"] for r in results),
        "rss_main_mb": max(r["rss_main_mb"] for r in results),
        "cpu": sum(r["cpu"] for r in results),
        "load": load,
    }


MODES = ("bare", "analyze", "ingest", "textacy")


def bench_corpus(
    corpus: Path, limit: int, repeat: int, scratch: Path, modes: tuple[str, ...] = MODES
) -> dict[tuple[str, int], dict]:
    """Medians per (mode, processes) on about limit articles of the corpus."""
    folder = scratch / corpus.name
    n = pick(corpus, limit, folder)
    words = sum(len(text.split()) for text in _texts(sorted(folder.iterdir())))
    runs: dict[tuple[str, int], list[dict[str, float]]] = {}
    for run in range(repeat):
        for mode in modes:
            for procs in (1, 2):
                db = scratch / f"{corpus.name}-{mode}-{procs}-{run}.db"
                runs.setdefault((mode, procs), []).append(measure(mode, folder, procs, db))
    print(f"\n{corpus}: {n} articles, {words:,} words; medians of {repeat} runs")
    print(
        f"{'':16}{'articles/s':>11}{'words/s':>10}{'peak RSS MB':>12}{'main MB':>9}"
        f"{'main CPU ms/art':>16}{'load':>6}"
    )
    medians = {}
    for (mode, procs), found in runs.items():
        rate = statistics.median(r["articles"] / r["seconds"] for r in found)
        rss = statistics.median(r["rss_max_mb"] for r in found)
        main = statistics.median(r["rss_main_mb"] for r in found)
        cpu = statistics.median(1000 * r["cpu"] / r["articles"] for r in found)
        load = statistics.median(r["load"] for r in found)
        medians[mode, procs] = {"rate": rate, "wps": rate * words / n}
        label = f"{mode} ×{procs}"
        print(f"{label:16}{rate:11.2f}{rate * words / n:10,.0f}{rss:12.0f}{main:9.0f}{cpu:16.0f}{load:6.1f}")
    pairs = [("analyze", "bare", "analyze/bare"), ("ingest", "analyze", "ingest/analyze")]
    for procs in (1, 2):
        found = [
            f"{top}/{bottom} {_ratio(medians, (top, procs), (bottom, procs), target)}"
            for top, bottom, target in pairs
            if (top, procs) in medians and (bottom, procs) in medians
        ]
        print(f"×{procs}: {', '.join(found)}")
    for mode in modes:
        print(f"{mode}: 2 procs/1 proc {_ratio(medians, (mode, 2), (mode, 1), '2 procs/1 proc')}")
    return medians


def _ratio(medians: dict, top: tuple[str, int], bottom: tuple[str, int], target: str) -> str:
    ratio = medians[top]["rate"] / medians[bottom]["rate"]
    return f"{ratio:.2f} (target ≥ {TARGETS[target]:.2f}{'' if ratio >= TARGETS[target] else ', missed'})"


def is_direct(text: str, fragments: list[tuple[int, int]]) -> bool:
    """Whether a gold content's ends touch quotation marks (inside or just outside the unit)."""
    start, end = fragments[0][0], fragments[-1][1]
    opening = text[max(start - 1, 0) : start + 1]
    closing = text[max(end - 1, 0) : end + 2]
    return any(c in QUOTE_MARKS for c in opening) and any(c in QUOTE_MARKS for c in closing)


def direct_quote_recall(dev: Path) -> None:
    """The share of PolNeAR dev gold direct quotes quotegraph and textacy find."""
    from quotegraph.analyze.parsing import load_model
    from quotegraph.analyze.pipeline import analyze
    from quotegraph.evaluate.brat import load_polnear
    from quotegraph.evaluate.metrics import OVERLAP_THRESHOLD, Counts, greedy_match, token_overlap
    from quotegraph.records import Article

    nlp = load_model()
    counts = {"quotegraph": Counts(), "textacy": Counts()}
    documents = load_polnear(dev)
    for doc in documents:
        gold = [a.content for a in doc.attributions if a.content and is_direct(doc.text, a.content)]
        predicted = {
            "quotegraph": [q.content for q in analyze(Article(text=doc.text), nlp).quotes],
            "textacy": [[(t.content.start_char, t.content.end_char)] for t in textacy_quotes(nlp, doc.text)],
        }
        for system, units in predicted.items():
            candidates = {
                (g, p): score
                for g, gold_unit in enumerate(gold)
                for p, unit in enumerate(units)
                if (score := token_overlap(doc.text, gold_unit, unit)) >= OVERLAP_THRESHOLD
            }
            counts[system].add(len(greedy_match(candidates)), len(units), len(gold))
    print(
        f"\nPolNeAR dev ({len(documents)} articles): gold direct quotes found (Jaccard ≥ {OVERLAP_THRESHOLD})"
    )
    for system, found in counts.items():
        print(
            f"{system:11}: {found.matched} of {found.gold} ({found.recall:.1%}); "
            f"{found.predicted} quotes predicted in all (any kind)"
        )


def _modes(value: str) -> tuple[str, ...]:
    modes = tuple(value.split(","))
    unknown = set(modes) - set(MODES)
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown mode(s) {', '.join(sorted(unknown))}")
    return modes


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--corpus", type=Path, action="append", help="repeatable; default: PolNeAR train, BBC"
    )
    parser.add_argument("--dev", type=Path, default=DEFAULT_DEV)
    parser.add_argument("--skip-recall", action="store_true", help="speed only")
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--modes",
        type=_modes,
        default=MODES,
        help=f"comma-separated, of {','.join(MODES)} (default: all)",
    )
    parser.add_argument("--run", choices=MODES, help=argparse.SUPPRESS)  # one measured process
    parser.add_argument("--part", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--parts", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        print(json.dumps(run_child(args.run, args.corpus[0], args.part, args.parts, args.db)))
        return
    print(f"{psutil.cpu_count()} CPUs (shared with whatever else runs on this machine)")
    with tempfile.TemporaryDirectory() as scratch:
        for corpus in args.corpus or DEFAULT_CORPORA:
            bench_corpus(corpus, args.limit, args.repeat, Path(scratch), args.modes)
    if not args.skip_recall:
        direct_quote_recall(args.dev)


if __name__ == "__main__":
    main()
