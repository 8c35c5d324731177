"""Running a predictor over gold data and scoring it.

The predictor is injected (``analyze(text, date) -> Analysis``, ``date`` the article's publication
date YYYY-MM-DD or None) so that the CLI passes the real pipeline and tests pass a stub; the text
handed to it is exactly the text the gold offsets index. A predictor of the text alone,
``analyze(text)``, is still accepted and gets no date.
"""

from __future__ import annotations

import csv
import inspect
from collections.abc import Callable, Iterator
from dataclasses import replace
from itertools import combinations
from pathlib import Path

from quotegraph.errors import GoldDataError
from quotegraph.evaluate.brat import GoldDocument, load_all_annotators, load_polnear, read_text
from quotegraph.evaluate.facts import score_facts
from quotegraph.evaluate.gold_json import load_gold_json
from quotegraph.evaluate.scoring import GoldJsonReport, SpanReport, score_gold_json, score_polnear
from quotegraph.records import Analysis, ArticleMeta, Quote

Analyze = Callable[..., Analysis]
# Told (articles scored, of how many) before the first and after each; the CLI draws it.
Progress = Callable[[int, int], None]


def run_predictor(analyze: Analyze, text: str, date: str | None) -> Analysis:
    """Call the predictor with the date when it takes one (older predictors take the text alone)."""
    try:
        inspect.signature(analyze).bind(text, date)
    except (TypeError, ValueError):
        return analyze(text)
    return analyze(text, date)


def publication_dates(split_dir: Path) -> dict[str, str]:
    """Each PolNeAR document's publication date, from ``metadata.tsv`` beside the split ({} without)."""
    metadata = Path(split_dir).parent / "metadata.tsv"
    if not metadata.is_file():
        return {}
    try:
        with metadata.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t"))
    except OSError as exc:
        raise GoldDataError(f"cannot read PolNeAR metadata {metadata}: {exc}") from exc
    return {row["filename"]: row["publication_date"] for row in rows if row.get("publication_date")}


def evaluate_polnear(
    split_dir: Path, analyze: Analyze, limit: int | None = None, progress: Progress | None = None
) -> SpanReport:
    """Analyze every article of a PolNeAR split (the first ``limit``, by document id) and score it."""
    documents = load_polnear(Path(split_dir))
    dates = publication_dates(Path(split_dir))
    if limit is not None:
        documents = documents[:limit]

    def predicted() -> Iterator[tuple[GoldDocument, Analysis]]:
        for done, document in enumerate(documents, 1):
            yield document, run_predictor(analyze, document.text, dates.get(document.id))
            if progress is not None:
                progress(done, len(documents))

    if progress is not None:
        progress(0, len(documents))
    return score_polnear(predicted())


def annotator_agreement(split_dir: Path) -> SpanReport:
    """How well PolNeAR's annotators agree, scored as a system is: for every article several annotators
    annotated and every pair of them, one annotator's attributions as gold and the other's as the
    prediction (F1 is symmetric: swapping them swaps precision and recall)."""
    pairs = [
        (gold, _as_analysis(other))
        for versions in load_all_annotators(Path(split_dir))
        for gold, other in combinations(versions, 2)
    ]
    if not pairs:
        raise GoldDataError(f"no article of {split_dir} has more than one annotator's file")
    return score_polnear(pairs)


def _as_analysis(document: GoldDocument) -> Analysis:
    quotes = [Quote("indirect", a.content, a.cue, a.source) for a in document.attributions]
    return Analysis(document.text, ArticleMeta(), quotes=quotes)


def evaluate_gold_json(gold_path: Path, text_path: Path, analyze: Analyze) -> GoldJsonReport:
    """Analyze a gold JSON file's article on its publication date; score its quotes and its facts."""
    gold = load_gold_json(Path(gold_path))
    text = read_text(Path(text_path))
    gold.check_offsets(text)
    analysis = run_predictor(analyze, text, gold.published)
    return replace(score_gold_json(gold, analysis), facts=score_facts(gold, analysis))
