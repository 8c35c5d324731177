"""Held-out text in the repository: runs of 40 characters of the held-out sample's articles (issue 30's
judged sample, benchmarks/quote_sample.py) found in src/, tests/, docs/ or README.md.

    PYTHONPATH=src .venv/bin/python benchmarks/held_out_leaks.py [--corpus ../shared/corpora/bbc-news]
        [--benchmark ../shared/corpora/article-extraction-benchmark]

Rules are tuned on other articles; an example sentence of a held-out article in a fixture, a docstring or
the docs means some rule was aimed at it. Five sessions' worth of such examples had to be taken out by
hand; this finds them. A run that a tuning article holds too is no leak (a reader's letter printed in two
stories). Pages are compared by their text with the markup stripped. Prints one line per leak and exits 1
when there is any.
"""

from __future__ import annotations

import argparse
import gzip
import html
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from quote_sample import held_out_pages, held_out_paths, tuning_pages, tuning_paths

ROOT = Path(__file__).resolve().parents[1]
RUN = 40
STEP = 5
# A run of words, not of markup, numbers or punctuation: three words of three letters or more.
WORDY = re.compile(r"[a-z]{3,}.*[a-z]{3,}.*[a-z]{3,}")


def plain(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def page_text(path: Path) -> str:
    raw = gzip.decompress(path.read_bytes()).decode("utf-8", "ignore")
    raw = re.sub(r"(?s)<script.*?</script>|<style.*?</style>", " ", raw)
    return plain(html.unescape(re.sub(r"<[^>]+>", " ", raw)))


def article_text(path: Path) -> str:
    return page_text(path) if path.suffix == ".gz" else plain(path.read_text(errors="ignore"))


def repository_text(root: Path = ROOT) -> str:
    """src/, tests/, docs/ and README.md as one string, strings split over lines joined again."""
    files = [
        *root.glob("src/**/*.py"),
        *root.glob("tests/**/*.py"),
        *root.glob("docs/**/*.md"),
        root / "README.md",
    ]
    texts = (re.sub(r"[\"']\n\s+[\"']", "", f.read_text(errors="ignore")) for f in files if f.is_file())
    return "\n".join(plain(t) for t in texts)


def leaks(held: list[Path], tuning: list[Path], repository: str) -> Iterator[tuple[Path, str]]:
    """(article, run) for each run of a held-out article in `repository` that no tuning article holds."""
    shared: str | None = None  # the tuning text, read only when a run is found
    for path in held:
        text = article_text(path)
        runs = {text[i : i + RUN] for i in range(0, max(len(text) - RUN, 0), STEP)}
        found = sorted(run for run in runs if WORDY.search(run) and run in repository)
        if found and shared is None:
            shared = "\n".join(article_text(p) for p in tuning)
        for run in found:
            if run not in shared:
                yield path, run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpora/bbc-news")
    parser.add_argument(
        "--benchmark", type=Path, default=ROOT.parent / "shared/corpora/article-extraction-benchmark"
    )
    args = parser.parse_args()
    held = held_out_paths(args.corpus) + held_out_pages(args.benchmark)
    tuning = tuning_paths(args.corpus) + tuning_pages(args.benchmark)
    found = list(leaks(held, tuning, repository_text()))
    for path, run in found:
        print(f"{path.name}: {run!r}")
    print(f"{len(found)} runs of held-out text in src/, tests/, docs/")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
