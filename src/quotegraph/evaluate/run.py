"""Running a predictor over gold data and scoring it.

The predictor is injected (``analyze(text) -> Analysis``) so that the CLI passes the real pipeline and
tests pass a stub; the text handed to it is exactly the text the gold offsets index.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from rich.progress import track

from quotegraph.evaluate.brat import GoldDocument, load_polnear, read_text
from quotegraph.evaluate.gold_json import load_gold_json
from quotegraph.evaluate.scoring import GoldJsonReport, SpanReport, score_gold_json, score_polnear
from quotegraph.records import Analysis

Analyze = Callable[[str], Analysis]


def evaluate_polnear(
    split_dir: Path, analyze: Analyze, limit: int | None = None, progress: bool = False
) -> SpanReport:
    """Analyze every article of a PolNeAR split (the first ``limit``, by document id) and score it."""
    documents = load_polnear(Path(split_dir))
    if limit is not None:
        documents = documents[:limit]
    iterable: Iterable[GoldDocument] = (
        track(documents, description="Evaluating on PolNeAR") if progress else documents
    )
    return score_polnear((document, analyze(document.text)) for document in iterable)


def evaluate_gold_json(gold_path: Path, text_path: Path, analyze: Analyze) -> GoldJsonReport:
    """Analyze the article a gold JSON file describes and score quotes, speakers and roles."""
    gold = load_gold_json(Path(gold_path))
    text = read_text(Path(text_path))
    gold.check_offsets(text)
    return score_gold_json(gold, analyze(text))
