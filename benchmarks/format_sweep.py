"""Issue 28's criterion 1: every output format over whole corpora, counting crashes.

    .venv/bin/python benchmarks/format_sweep.py [--limit N] [CORPUS ...]

Corpora default to ../shared/corpora/bbc-news (*.txt) and the article-extraction-benchmark pages
(html/*.html.gz). Each article is read and analyzed once, then written in every format of
`quotegraph analyze --format` (text through rich as the terminal shows it, json, jsonl, csv). An
article that cannot be read as one (no article text in the page: the CLI's exit 2) is counted apart,
as unreadable; any other exception, reading, analyzing or formatting, is a crash and listed with its
traceback's last line. --limit N takes N articles evenly across each corpus. Prints a JSON summary;
exit 1 when anything crashed.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import time
import traceback
from pathlib import Path

from rich.console import Console

from quotegraph import formats
from quotegraph.analyze.parsing import load_model
from quotegraph.analyze.pipeline import analyze
from quotegraph.errors import InputError
from quotegraph.read import read_path
from quotegraph.records import Analysis

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPORA = [SHARED / "corpora" / "bbc-news", SHARED / "corpora" / "article-extraction-benchmark" / "html"]


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path, default=CORPORA)
    parser.add_argument("--limit", type=int, default=None, help="articles per corpus, evenly across it")
    args = parser.parse_args()
    nlp = load_model()
    summary: dict[str, object] = {"articles": 0, "ok": 0, "unreadable": 0, "crashed": 0}
    crashes: list[dict[str, str]] = []
    start = time.perf_counter()
    for corpus in args.corpora:
        if not corpus.is_dir():
            print(f"skipped {corpus}: not found", file=sys.stderr)
            continue
        for path in articles(corpus, args.limit):
            summary["articles"] += 1
            try:
                every_format(analyze(read_path(path), nlp))
            except InputError:
                summary["unreadable"] += 1
            except Exception:  # a crash: what the sweep is here to find
                summary["crashed"] += 1
                crashes.append({"path": str(path), "error": traceback.format_exc().strip().splitlines()[-1]})
            else:
                summary["ok"] += 1
    summary["seconds"] = round(time.perf_counter() - start, 1)
    summary["crashes"] = crashes
    print(json.dumps(summary, indent=2))
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
