"""Issue 28's criterion 1 (crashes in every output format) and issue 30's criterion 3 (speakers that
are not names) in one run over whole corpora.

    .venv/bin/python benchmarks/format_sweep.py [--limit N] [--jobs N] [--speakers-out FILE]
        [--rules-only] [CORPUS ...]

Corpora default to ../shared/corpora/bbc-news (*.txt) and the article-extraction-benchmark pages
(html/*.html.gz). Each article is read and analyzed once, as `quotegraph analyze` does by default
(the shipped attribution model unless QUOTEGRAPH_NO_SHIPPED_MODEL=1 or --rules-only), then written
in every format of `quotegraph analyze --format` (text through rich as the terminal shows it, json,
jsonl, csv). An article that cannot be read as one (no article text in the page: the CLI's exit 2)
is counted apart, as unreadable; any other exception, reading, analyzing or formatting, is a crash
and listed with its traceback's last line. --limit N takes N articles evenly across each corpus;
--jobs N analyzes in N worker processes (each loads the models once).

Speakers: every speaker of every analysis is judged by benchmarks/speaker_names.py's test (a
pronoun, lowercase common noun, number, single letter or page word is not a name); the summary
gives the share of all speakers that are non-anonymous, not documents and not names (issue 30:
<= 1 %), and the page words (Q, A, WATCH, READ MORE: none allowed). --speakers-out FILE writes one
JSON line per speaker: article, name, kind, anonymous, not_a_name (the reason or null) and the
count of its attributions of each type. Prints a JSON summary; exit 1 when anything crashed.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import time
import traceback
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from rich.console import Console

from quotegraph import formats
from quotegraph.errors import InputError
from quotegraph.read import read_path
from quotegraph.records import ATTRIBUTION_TYPES, Analysis

sys.path.insert(0, str(Path(__file__).parent))
from speaker_names import not_a_name  # the one test of a name, shared with that benchmark

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPORA = [SHARED / "corpora" / "bbc-news", SHARED / "corpora" / "article-extraction-benchmark" / "html"]
PROGRESS_EVERY = 50  # articles between progress lines on stderr

_pipeline: Any = None  # each process's analysis, set by _load


def articles(corpus: Path, limit: int | None) -> list[Path]:
    """The corpus's articles (.txt, .html, .html.gz), sorted; `limit` of them taken evenly across."""
    found = sorted(p for p in corpus.rglob("*") if p.name.endswith((".txt", ".html", ".html.gz")))
    found = [p for p in found if p.name not in ("README.TXT", "LICENSE")]
    if limit is None or limit >= len(found):
        return found
    step = len(found) / limit
    return [found[int(i * step)] for i in range(limit)]


def every_format(analysis: Analysis) -> None:
    """Write the analysis in each format, as `quotegraph analyze` would (output discarded)."""
    console = Console(file=io.StringIO(), width=100)
    console.print(formats.readable(analysis))
    formats.to_json(analysis)
    formats.to_jsonl([analysis])
    formats.to_csv([analysis])


def _load(rules_only: bool, single_threaded: bool) -> None:
    """Load spaCy and the attribution model the CLI would choose, once per process."""
    global _pipeline
    if single_threaded:  # N workers on N cores: one ONNX thread each
        os.environ.setdefault("QUOTEGRAPH_ONNX_THREADS", "1")
    from functools import partial

    from quotegraph.analyze.loading import load_models
    from quotegraph.analyze.pipeline import analyze
    from quotegraph.defaults import choose

    nlp, model = load_models(None, choose(rules_only=rules_only).model)
    _pipeline = partial(analyze, nlp=nlp, learned_model=model)


def speakers_of(path: Path, analysis: Analysis) -> list[dict[str, Any]]:
    """One record per speaker: who, and how many attributions of each type it has."""
    types: dict[str | None, Counter[str]] = {}
    for quote in analysis.quotes:
        types.setdefault(quote.speaker, Counter())[quote.type] += 1
    return [
        {
            "article": str(path),
            "name": speaker.name,
            "kind": speaker.kind,
            "anonymous": speaker.anonymous,
            "not_a_name": not_a_name(speaker.name),
            "types": {kind: types.get(speaker.id, Counter())[kind] for kind in ATTRIBUTION_TYPES},
        }
        for speaker in analysis.speakers
    ]


def check(path: Path) -> dict[str, Any]:
    """Read, analyze and format one article: its outcome and its speakers."""
    try:
        analysis = _pipeline(read_path(path))
        every_format(analysis)
    except InputError:
        return {"path": str(path), "outcome": "unreadable", "speakers": []}
    except Exception:  # a crash: what the sweep is here to find
        error = traceback.format_exc().strip().splitlines()[-1]
        return {"path": str(path), "outcome": "crashed", "error": error, "speakers": []}
    return {"path": str(path), "outcome": "ok", "speakers": speakers_of(path, analysis)}


def _checked(paths: list[Path], jobs: int, rules_only: bool) -> Iterator[dict[str, Any]]:
    """Each article's outcome, in the order of `paths`."""
    if jobs <= 1:
        _load(rules_only, single_threaded=False)
        yield from map(check, paths)
        return
    with ProcessPoolExecutor(jobs, initializer=_load, initargs=(rules_only, True)) as pool:
        yield from pool.map(check, paths, chunksize=4)


def counts_of_speakers(speakers: list[dict[str, Any]]) -> dict[str, Any]:
    """Issue 30's criterion 3 over the speakers: the share that is named but not by a name."""
    named = [s for s in speakers if not s["anonymous"] and s["kind"] != "document"]
    not_names = [s for s in named if s["not_a_name"] is not None]
    page_words = Counter(s["name"] for s in not_names if s["not_a_name"] == "page word")
    return {
        "speakers": len(speakers),
        "anonymous_or_documents": len(speakers) - len(named),
        "not_names": len(not_names),
        "not_name_share": round(len(not_names) / len(speakers), 4) if speakers else 0.0,
        "not_names_by_reason": dict(Counter(s["not_a_name"] for s in not_names).most_common()),
        "page_word_speakers": dict(page_words.most_common()),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path, default=CORPORA)
    parser.add_argument("--limit", type=int, default=None, help="articles per corpus, evenly across it")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (default 1: this one)")
    parser.add_argument("--speakers-out", type=Path, help="write every speaker as JSONL here")
    parser.add_argument("--rules-only", action="store_true", help="analyze without any learned model")
    args = parser.parse_args()
    paths: list[Path] = []
    for corpus in args.corpora:
        if not corpus.is_dir():
            print(f"skipped {corpus}: not found", file=sys.stderr)
            continue
        paths.extend(articles(corpus, args.limit))
    summary: dict[str, Any] = {"articles": 0, "ok": 0, "unreadable": 0, "crashed": 0}
    crashes: list[dict[str, str]] = []
    speakers: list[dict[str, Any]] = []
    start = time.perf_counter()
    for result in _checked(paths, args.jobs, args.rules_only):
        summary["articles"] += 1
        summary[result["outcome"]] += 1
        if result["outcome"] == "crashed":
            crashes.append({"path": result["path"], "error": result["error"]})
        speakers.extend(result["speakers"])
        if summary["articles"] % PROGRESS_EVERY == 0:
            elapsed = time.perf_counter() - start
            print(f"{summary['articles']}/{len(paths)} articles, {elapsed:.0f} s", file=sys.stderr)
    summary["seconds"] = round(time.perf_counter() - start, 1)
    summary["jobs"] = args.jobs
    summary["model"] = "rules" if args.rules_only else "default"
    summary.update(counts_of_speakers(speakers))
    summary["crashes"] = crashes
    if args.speakers_out is not None:
        with args.speakers_out.open("w", encoding="utf-8") as out:
            out.writelines(json.dumps(s, ensure_ascii=False) + "\n" for s in speakers)
    print(json.dumps(summary, indent=2, ensure_ascii=False))
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
