"""What used to end in a traceback or lose work: bounded figures in the readable view, and a batch of
articles where one fails (the others' output is kept, the exit code says something failed)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotegraph import formats
from quotegraph.cli import app
from quotegraph.records import Quantity

runner = CliRunner()


@pytest.mark.parametrize(
    ("quantity", "shown"),
    [
        (Quantity((0, 13), "More than 400", value=400.0, low=400.0), "more than 400"),
        (Quantity((0, 12), "at least 400", value=400.0, low=400.0), "at least 400"),
        (Quantity((0, 13), "fewer than 50", value=50.0, high=50.0), "fewer than 50"),
        (Quantity((0, 8), "up to 10", value=10.0, high=10.0), "up to 10"),
        (Quantity((0, 4), "5-10", low=5.0, high=10.0), "5–10"),
        (Quantity((0, 3), "400", value=400.0), "400"),
        (Quantity((0, 3), "???"), ""),
    ],
)
def test_every_kind_of_figure_reads_as_words(quantity: Quantity, shown: str) -> None:
    assert formats.figure_value(quantity) == shown


def test_a_lower_bound_is_shown_in_the_readable_view() -> None:
    result = runner.invoke(app, ["analyze", "-"], input="More than 400 people attended, police said.\n")
    assert result.exit_code == 0, result.output
    assert "more than 400 people" in result.stdout
    assert "None" not in result.stdout


@pytest.mark.parametrize("output_format", ["text", "jsonl", "csv"])
def test_a_failing_article_does_not_lose_the_others(tmp_path: Path, output_format: str) -> None:
    first, empty, last = tmp_path / "first.txt", tmp_path / "empty.txt", tmp_path / "last.txt"
    first.write_text('"We will rebuild the bridge," said Ana Ruiz, the mayor.\n', encoding="utf-8")
    empty.write_bytes(b"")
    last.write_text('"The water is safe," said Tom Hale, a city engineer.\n', encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(first), str(empty), str(last), "--format", output_format])
    assert result.exit_code == 2, result.output  # the input's exit code, after the others are printed
    assert "empty.txt" in result.stderr and "is empty" in result.stderr
    if output_format == "jsonl":
        speakers = [json.loads(line)["speakers"][0]["name"] for line in result.stdout.splitlines()]
        assert speakers == ["Ana Ruiz", "Tom Hale"]
    elif output_format == "csv":
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        assert [row["speaker"] for row in rows] == ["Ana Ruiz", "Tom Hale"]  # one header for both
    else:
        assert "Ana Ruiz" in result.stdout and "Tom Hale" in result.stdout


def test_an_article_that_breaks_the_view_is_reported_and_the_next_printed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug in one article's rendering (as the bounded figures were) costs that article only."""
    broken, fine = tmp_path / "broken.txt", tmp_path / "fine.txt"
    broken.write_text('"Prices will fall," said Lena Ward.\n', encoding="utf-8")
    fine.write_text('"We will rebuild the bridge," said Ana Ruiz, the mayor.\n', encoding="utf-8")
    readable = formats.readable

    def breaks_on_the_first(analysis, *args):
        if "Lena Ward" in analysis.text:
            raise TypeError("unsupported format string passed to NoneType.__format__")
        return readable(analysis, *args)

    monkeypatch.setattr(formats, "readable", breaks_on_the_first)
    result = runner.invoke(app, ["analyze", str(broken), str(fine)])
    assert result.exit_code == 1
    assert "broken.txt: internal error (TypeError" in result.stderr
    assert "Ana Ruiz" in result.stdout and "Lena Ward" not in result.stdout
