"""How many speakers are not names: pronouns, lowercase common nouns, numbers, single letters.

    PYTHONPATH=src .venv/bin/python benchmarks/speaker_names.py [--corpus ../shared/corpora/bbc-news]
        [--articles 60] [--seed 7] [--list]

Draws --articles with --seed from the BBC articles outside the held-out sample of
benchmarks/quote_sample.py (tuning data: the held-out articles are never read here), analyses their
quotes and counts, over all their speakers, the non-anonymous ones whose name is not a name by the
test of issue 30: it starts lowercase, is a pronoun, holds a digit or a percent sign, is a single
letter, or is one of the page's own words (Q, A, WATCH, READ MORE). The test is written here, apart
from the analysis, so that the count does not grade the analysis by its own rule. --list prints each
such speaker with its article.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from quote_sample import _analyses, tuning_paths

PRONOUNS = frozenset(
    "i me you he him she her it we us they them this that these those who someone somebody anyone "
    "everyone nobody one".split()
)
FURNITURE = frozenset({"q", "a", "watch", "read more", "related", "i"})


def not_a_name(name: str) -> str | None:
    """Why a speaker's name is not a name, or None when it looks like one."""
    words = name.split()
    if not words:
        return "empty"
    if name.lower() in FURNITURE:
        return "page word"
    acronym = len(name) > 1 and name.isupper()  # "US", "WHO": the country, the organization; not "us", "who"
    if name.lower() in PRONOUNS and not acronym:
        return "pronoun"
    if re.search(r"\d|%|\bper ?cent\b|\bpercent\b", name, re.IGNORECASE):
        return "number"
    if len(name.strip(".")) == 1:
        return "letter"
    if name[0].islower():
        return "lowercase"
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpora/bbc-news"))
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    paths = random.Random(args.seed).sample(tuning_paths(args.corpus), args.articles)
    total = bad = anonymous = 0
    for path, analysis in _analyses(paths):
        for speaker in analysis.speakers:
            total += 1
            if speaker.anonymous or getattr(speaker, "kind", None) == "document":
                anonymous += 1
                continue
            why = not_a_name(speaker.name)
            if why is not None:
                bad += 1
                if args.list:
                    print(f"{path.parent.name}/{path.name}\t{why}\t{speaker.name!r}")
    share = bad / total if total else 0.0
    print(f"{args.articles} articles, {total} speakers ({anonymous} anonymous or documents): ", end="")
    print(f"{bad} not names ({share:.1%})")


if __name__ == "__main__":
    main()
