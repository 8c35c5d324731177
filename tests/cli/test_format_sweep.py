"""Issue 28's criterion 1 on a sample: `quotegraph analyze` in every output format over BBC articles and
article-extraction-benchmark pages, several files per call as a user runs it: no traceback, exit 0
(benchmarks/format_sweep.py runs the whole corpora)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotegraph import formats
from quotegraph.cli import app
from tests.support.paths import shared_path

runner = CliRunner()


def sample(folder: Path, pattern: str, count: int) -> list[str]:
    """count files taken evenly across the folder's sorted files."""
    files = sorted(folder.glob(pattern))
    return [str(files[i * len(files) // count]) for i in range(count)]


@pytest.fixture(scope="module")
def articles() -> list[str]:
    bbc = shared_path("corpora", "bbc-news")
    pages = shared_path("corpora", "article-extraction-benchmark", "html")
    chosen = sample(bbc, "*/*.txt", 5) + sample(pages, "*.html.gz", 4)
    # and an article with a bounded figure ("more than 400 people"), which crashed the readable view
    bounded = re.compile(r"\b(?:more|fewer) than \d[\d,]* [a-z]+")
    chosen.append(
        next(str(p) for p in sorted(bbc.glob("*/*.txt")) if bounded.search(p.read_text("utf-8", "replace")))
    )
    return chosen


@pytest.mark.parametrize("output_format", formats.FORMATS)
def test_every_format_over_a_sample(articles: list[str], output_format: str) -> None:
    result = runner.invoke(app, ["analyze", *articles, "--format", output_format, "--date", "2005-06-01"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    assert result.exit_code == 0, result.stderr
    if output_format in ("json", "jsonl"):  # one line per article (csv has rows for quotes only)
        assert all(Path(path).name in result.stdout for path in articles)
