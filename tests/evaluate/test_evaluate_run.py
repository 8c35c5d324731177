"""Running an injected predictor over gold data, and rendering the reports as tables."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console

from quotegraph.cli.render.evaluate import render
from quotegraph.evaluate.brat import load_polnear
from quotegraph.evaluate.run import evaluate_gold_json, evaluate_polnear
from quotegraph.records import Analysis, ArticleMeta, Quote, Speaker
from tests.support.paths import SHARED

POLNEAR_DEV = SHARED / "eval" / "polnear" / "dev"
EXAMPLES = SHARED / "examples"


def rendered(tables: list) -> str:
    console = Console(record=True, width=200)
    for table in tables:
        console.print(table)
    return console.export_text()


def echo_gold(split: Path):
    """A predictor that returns each document's first-annotator gold as its prediction."""
    gold = {d.text: d for d in load_polnear(split)}
    calls: list[str] = []

    def analyze(text: str) -> Analysis:
        calls.append(text)
        quotes = [Quote("direct", a.content, a.cue, a.source) for a in gold[text].attributions if a.content]
        return Analysis(text=text, article=ArticleMeta(), quotes=quotes)

    return analyze, calls


@pytest.mark.skipif(not POLNEAR_DEV.is_dir(), reason="shared PolNeAR data is not available")
def test_evaluate_polnear_runs_the_predictor_on_the_first_documents() -> None:
    analyze, calls = echo_gold(POLNEAR_DEV)
    report = evaluate_polnear(POLNEAR_DEV, analyze, limit=3)
    assert len(calls) == report.documents == 3
    for level in ("source", "cue", "content", "attribution"):
        for mode in ("exact", "overlap"):
            assert report.scores[level][mode].f1 == 1.0, (level, mode)
    text = rendered(render(report))
    assert "3 documents" in text and "attribution" in text and "100.0" in text


@pytest.mark.skipif(
    not (EXAMPLES / "atacms-kursk.gold.json").is_file(), reason="shared example is not available"
)
def test_evaluate_gold_json_with_a_predictor_that_finds_one_quote() -> None:
    def analyze(text: str) -> Analysis:
        start = text.index("rockets will speak")
        zelenskyy = Speaker("z", "Volodymyr Zelenskyy", role="Ukrainian President")
        quote = Quote("direct", [(start, start + len("rockets will speak for themselves,"))], speaker="z")
        return Analysis(text=text, article=ArticleMeta(), quotes=[quote], speakers=[zelenskyy])

    report = evaluate_gold_json(EXAMPLES / "atacms-kursk.gold.json", EXAMPLES / "atacms-kursk.txt", analyze)
    assert (report.required_found, report.required, report.unmatched_units) == (1, 24, 0)
    assert report.counts.precision == 1.0
    text = rendered(render(report))
    assert "1 of 24" in text and "Volodymyr Zelenskyy" in text and "missed" in text


@pytest.mark.skipif(
    not (EXAMPLES / "atacms-kursk.gold.json").is_file(), reason="shared example is not available"
)
def test_gold_json_tables_at_80_columns_fold_long_ids_and_roles_rather_than_cut_them() -> None:
    speaker_id = "anon:ukrainian-officials-in-kyiv"  # one long word: rich would cut it to "anon:ukr…"

    def analyze(text: str) -> Analysis:
        start = text.index("rockets will speak")
        speaker = Speaker(speaker_id, "Zelenskyy", role="Commander-in-chief-and-president-of-Ukraine")
        quote = Quote(
            "direct", [(start, start + len("rockets will speak for themselves,"))], speaker=speaker_id
        )
        return Analysis(text=text, article=ArticleMeta(), quotes=[quote], speakers=[speaker])

    report = evaluate_gold_json(EXAMPLES / "atacms-kursk.gold.json", EXAMPLES / "atacms-kursk.txt", analyze)
    console = Console(record=True, width=80)
    for table in render(report):
        console.print(table)
    speakers_table = console.export_text().split("Speakers and roles")[1]
    assert "…" not in speakers_table
    cells = "".join(line.split("│")[3].strip() for line in speakers_table.splitlines() if line.count("│") > 3)
    assert speaker_id in cells
