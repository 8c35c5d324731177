"""Pages nested deeper than libxml2's 255 elements keep their text: huge_tree up to its own limit,
Python's html.parser beyond it (the text stays, the deepest tags go)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotegraph.read import parse_html

BODY = (
    "<p>Council approves new budget for the city's schools and roads.</p>"
    '<p>"We will rebuild the bridge by spring," said Ana Ruiz, the mayor of the town.</p>'
    "<p>The vote was 7 to 2 after a long debate that ran late into the evening.</p>"
)


def nested(depth: int, tag: str = "div") -> str:
    opened, closed = f"<{tag}>" * depth, f"</{tag}>" * depth
    head = "<head><title>Council approves budget</title></head>"
    return f"<html>{head}<body><article>{opened}{BODY}{closed}</article></body></html>"


@pytest.mark.parametrize("depth", [10, 300, 1500, 5000])
def test_the_text_of_a_deep_page_is_read(depth: int) -> None:
    article = parse_html(nested(depth))
    lines = article.text.splitlines()
    assert '"We will rebuild the bridge by spring," said Ana Ruiz, the mayor of the town.' in lines
    assert "The vote was 7 to 2 after a long debate that ran late into the evening." in lines


def test_a_deep_page_of_spans_keeps_its_text_too() -> None:
    article = parse_html(nested(4000, "span"))
    assert "said Ana Ruiz, the mayor of the town." in article.text


def test_analyze_reads_a_page_of_20000_nested_elements(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from quotegraph.cli import app

    path = tmp_path / "deep.html"
    path.write_text(nested(20_000), encoding="utf-8")
    result = CliRunner().invoke(app, ["analyze", str(path), "--format", "jsonl", "--only", "quotes"])
    assert result.exit_code == 0, result.output
    assert "Ana Ruiz" in result.stdout
