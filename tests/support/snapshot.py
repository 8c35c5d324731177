"""The analysis snapshot: SHA-256 of the analysis JSON of the seed article and 20 BBC articles.

A change meant to leave behaviour alone (a move, a rename, a new check) must leave every hash as it
was; tests/project/test_snapshot.py compares them with tests/snapshots/analysis.json. Each article is analyzed
twice: by the rules alone (as with QUOTEGRAPH_NO_SHIPPED_MODEL=1) and with the shipped attribution
model, both over one parse. A change meant to alter the analysis rewrites the file, and the diff says
which articles it moved:

    PYTHONPATH=src python -m tests.support.snapshot --update
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

from tests.support.paths import ROOT, SHARED

SNAPSHOT = ROOT / "tests" / "snapshots" / "analysis.json"
SEED = ("examples/atacms-kursk.txt", "2024-11-18")
BBC = "corpora/bbc-news"
BBC_COUNT, BBC_STEP = 20, 100  # sorted paths, every 100th: all five BBC sections are in the sample
RULES, SHIPPED = "rules", "shipped"


def articles(shared: Path = SHARED) -> list[tuple[str, str | None]]:
    """The articles, as paths relative to ../shared (a machine's path never enters the snapshot), with
    the date each is analyzed with."""
    corpus = shared / BBC
    paths = sorted(p.relative_to(shared).as_posix() for p in corpus.rglob("*.txt"))
    return [SEED, *((path, None) for path in paths[::BBC_STEP][:BBC_COUNT])]


def digests(shared: Path = SHARED) -> Iterator[tuple[str, str]]:
    """("rules:PATH" or "shipped:PATH", the SHA-256 of its analysis JSON) for every article."""
    from quotegraph.analyze.loading import load_models
    from quotegraph.analyze.parsing import load_model, parse
    from quotegraph.analyze.pipeline import State, resolve_stages, run_stages
    from quotegraph.formats import to_json
    from quotegraph.models import SHIPPED_DIR, SHIPPED_SCOPE
    from quotegraph.read import read_bytes
    from quotegraph.records import Analysis, LearnedAttribution

    nlp = load_model()
    _, shipped = load_models(None, LearnedAttribution(SHIPPED_DIR, SHIPPED_SCOPE))
    stages = resolve_stages(None)
    for path, date in articles(shared):
        article = read_bytes((shared / path).read_bytes(), source=path, date=date)
        doc = parse(nlp, article)  # once: the stages read the parse, none changes it
        for label, model in ((RULES, None), (SHIPPED, shipped)):
            analysis = Analysis(text=article.text, article=article.meta, notes=list(article.notes))
            state = State(article, doc, analysis, learned_model=model)
            run_stages(state, stages)
            yield f"{label}:{path}", hashlib.sha256(to_json(state.analysis).encode()).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--update", action="store_true", help=f"rewrite {SNAPSHOT.name}")
    found = dict(digests())
    if parser.parse_args().update:
        SNAPSHOT.parent.mkdir(exist_ok=True)
        SNAPSHOT.write_text(json.dumps(found, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {len(found)} digests to {SNAPSHOT}")
        return
    kept = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    moved = sorted(key for key in found.keys() | kept.keys() if found.get(key) != kept.get(key))
    print("\n".join(moved) or "unchanged")


if __name__ == "__main__":
    main()
