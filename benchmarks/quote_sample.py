"""A held-out sample of BBC articles for judging quotes, speakers, types and roles by hand.

    PYTHONPATH=src .venv/bin/python benchmarks/quote_sample.py [--corpus ../shared/corpora/bbc-news]
        [--quotes 100] [--roles 100] [--all-types]

The selection rule, fixed before any tuning and never to be tuned on: the BBC corpus's article paths
(``*/*.txt`` under --corpus), sorted, and ``random.Random(2026).sample(paths, 100)``. Those 100
articles are analysed; from their quotes (speech only, as a reporter's quote list shows them, unless
--all-types) ``random.Random(2026).sample`` draws --quotes, and from their speakers' roles --roles.
Each quote is printed with its article, type, kind, speaker (name, kind, roles, age), the source as
written and the sentence it sits in, so that a reader can judge it against the article. Tune on the
other articles (``tuning_paths``), never on these.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

SEED = 2026
ARTICLES = 100


def corpus_paths(corpus: Path) -> list[Path]:
    return sorted(corpus.glob("*/*.txt"))


def held_out_paths(corpus: Path, count: int = ARTICLES, seed: int = SEED) -> list[Path]:
    """The held-out articles: a seeded sample of the sorted paths."""
    return random.Random(seed).sample(corpus_paths(corpus), count)


def tuning_paths(corpus: Path) -> list[Path]:
    """Every article of the corpus outside the held-out sample."""
    held = set(held_out_paths(corpus))
    return [p for p in corpus_paths(corpus) if p not in held]


def _analyses(paths: list[Path]):
    from quotegraph.analyze.parsing import load_model
    from quotegraph.analyze.pipeline import analyze
    from quotegraph.read.text import parse_text

    nlp = load_model()
    for path in paths:
        article = parse_text(path.read_text(encoding="utf-8", errors="replace"), source=str(path))
        yield path, analyze(article, nlp, only=["quotes"])


def _sentence(text: str, start: int, end: int) -> str:
    """The line (paragraph) around a span, shortened to keep the listing readable."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    right = len(text) if right < 0 else right
    line = text[left:right].strip()
    return line if len(line) <= 400 else line[:400] + " …"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpora/bbc-news"))
    parser.add_argument("--quotes", type=int, default=100)
    parser.add_argument("--roles", type=int, default=100)
    parser.add_argument("--all-types", action="store_true", help="draw from every type, not speech only")
    args = parser.parse_args()
    quotes: list[tuple[str, str, dict]] = []
    roles: list[tuple[str, str, str, str]] = []
    for path, analysis in _analyses(held_out_paths(args.corpus)):
        name = f"{path.parent.name}/{path.name}"
        for quote in analysis.quotes:
            kind = getattr(quote, "type", "speech")
            if kind != "speech" and not args.all_types:
                continue
            speaker = analysis.speaker(quote.speaker)
            shown = {
                "type": kind,
                "kind": quote.kind,
                "speaker": speaker.name if speaker else None,
                "speaker kind": getattr(speaker, "kind", None) if speaker else None,
                "roles": getattr(speaker, "roles", None) if speaker else None,
                "age": getattr(speaker, "age", None) if speaker else None,
                "source": " … ".join(analysis.text[s:e] for s, e in quote.source),
                "content": " … ".join(analysis.text[s:e] for s, e in quote.content),
                "line": _sentence(analysis.text, quote.content[0][0], quote.content[-1][1]),
            }
            quotes.append((name, analysis.text[: analysis.text.find("\n")], shown))
        for speaker in analysis.speakers:
            for role in getattr(speaker, "roles", None) or ([speaker.role] if speaker.role else []):
                roles.append((name, speaker.name, role, _sentence(analysis.text, *speaker.mentions[0])))
    print(f"{len(quotes)} quotes listed in the {ARTICLES} held-out articles; {len(roles)} roles")
    for number, (name, headline, shown) in enumerate(
        sorted(random.Random(SEED).sample(quotes, min(args.quotes, len(quotes))), key=lambda q: q[0]), 1
    ):
        print(f"\n## Q{number} {name} — {headline}")
        for key, value in shown.items():
            print(f"  {key}: {value}")
    print("\n# Roles")
    for number, (name, speaker, role, line) in enumerate(
        sorted(random.Random(SEED).sample(roles, min(args.roles, len(roles)))), 1
    ):
        print(f"R{number} {name} | {speaker} | {role!r} | {line[:200]}")


if __name__ == "__main__":
    main()
