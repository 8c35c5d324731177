"""Copy-desk warnings and places over PolNeAR dev, with a seeded sample to judge by hand.

    .venv/bin/python benchmarks/review_polnear_facts.py [--split DIR] [--sample N] [--seed S] [--out FILE]

Each article is analyzed as `quotegraph evaluate` does (its publication date from metadata.tsv).
Prints the warnings per kind and the places per article, and writes N warnings and N places drawn at
random (default 30 each, seed 7) with their context to FILE (default /tmp/polnear_facts_review.md),
outside the repository: PolNeAR text is not to be copied into it.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from quotegraph.analyze.parsing import load_model
from quotegraph.analyze.pipeline import analyze
from quotegraph.evaluate.brat import read_text
from quotegraph.evaluate.run import publication_dates
from quotegraph.read import parse_text
from quotegraph.records import Analysis, CopyWarning, Place, Span

DEFAULT_SPLIT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear" / "dev"
CONTEXT = 100  # characters shown on each side of a span
MAX_MENTIONS = 3  # contexts shown per place


@dataclass
class Item:
    """One warning or place of one article, as the reviewer reads it."""

    article: str
    title: str
    contexts: list[str]


def context(text: str, span: Span) -> str:
    """The span marked [[like this]] within its surroundings, on one line."""
    start, end = span
    before = text[max(0, start - CONTEXT) : start]
    after = text[end : end + CONTEXT]
    return " ".join(f"…{before}[[{text[start:end]}]]{after}…".split())


def warning_item(article: str, analysis: Analysis, warning: CopyWarning) -> Item:
    title = f"{warning.kind}: {warning.message} (suggestion: {warning.suggestion})"
    return Item(article, title, [context(analysis.text, span) for span in warning.spans])


def place_item(article: str, analysis: Analysis, place: Place) -> Item:
    where = ", ".join(str(part) for part in (place.admin1, place.country) if part)
    title = (
        f"{place.name} ({place.kind}; {where}; GeoNames {place.geonames_id}; {len(place.mentions)} mentions)"
    )
    mentions = [context(analysis.text, span) for span in place.mentions[:MAX_MENTIONS]]
    return Item(article, title, mentions or ["(the dateline only)"])


def analyze_split(split: Path) -> dict[str, Analysis]:
    paths = sorted((split / "text").glob("*.txt"))
    if not paths:
        sys.exit(f"no .txt files in {split / 'text'}")
    dates = publication_dates(split)
    nlp = load_model()
    return {p.stem: analyze(parse_text(read_text(p), date=dates.get(p.stem)), nlp) for p in paths}


def print_counts(analyses: dict[str, Analysis]) -> None:
    kinds = Counter(w.kind for a in analyses.values() for w in a.warnings)
    articles = Counter(kind for a in analyses.values() for kind in {w.kind for w in a.warnings})
    print(f"{len(analyses)} articles, {sum(kinds.values())} warnings")
    for kind, count in kinds.most_common():
        print(f"  {kind:24} {count:5} in {articles[kind]} articles")
    places = [len(a.places) for a in analyses.values()]
    print(
        f"places per article: mean {statistics.mean(places):.1f}, median {statistics.median(places)}, "
        f"min {min(places)}, max {max(places)}; {sum(places)} in all"
    )
    place_kinds = Counter(p.kind for a in analyses.values() for p in a.places)
    print("  by kind: " + ", ".join(f"{kind} {count}" for kind, count in place_kinds.most_common()))


def section(heading: str, items: list[Item]) -> str:
    lines = [f"## {heading}", ""]
    for number, item in enumerate(items, 1):
        lines += [f"### {number}. {item.article}", "", item.title, ""]
        lines += [f"- {line}" for line in item.contexts] + ["", "verdict: ", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--split", type=Path, default=DEFAULT_SPLIT)
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=Path("/tmp/polnear_facts_review.md"))
    args = parser.parse_args()

    analyses = analyze_split(args.split)
    print_counts(analyses)
    warnings = [warning_item(doc, a, w) for doc, a in analyses.items() for w in a.warnings]
    places = [place_item(doc, a, p) for doc, a in analyses.items() for p in a.places]
    rng = random.Random(args.seed)
    sections = [
        section("Warnings", rng.sample(warnings, min(args.sample, len(warnings)))),
        section("Places", rng.sample(places, min(args.sample, len(places)))),
    ]
    args.out.write_text("\n".join(sections), encoding="utf-8")
    print(f"sample written to {args.out}")


if __name__ == "__main__":
    main()
