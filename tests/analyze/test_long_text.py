"""Long lines: a line longer than spaCy's max_length (E088) is parsed in pieces cut at sentence ends,
and the parsed text is still exactly the article's, so every offset indexes it."""

from __future__ import annotations

import pytest

from quotegraph.analyze.parsing import MAX_CHUNK, _chunks, parse
from quotegraph.analyze.pipeline import analyze
from quotegraph.read import parse_text

SENTENCES = [
    "The harbour master said the new pier would open in the spring.",
    '"We are ready for the ships," said Ana Ruiz, the mayor.',
    "More than 400 people attended the opening on the quay.",
]


def one_line(size: int) -> str:
    words, total = [], 0
    while total < size:
        sentence = SENTENCES[len(words) % len(SENTENCES)]
        words.append(sentence)
        total += len(sentence) + 1
    return " ".join(words)


def test_a_line_of_a_million_characters_is_cut_at_sentence_ends() -> None:
    text = one_line(1_200_000) + "\nA second line.\n"
    chunks = _chunks(text)
    assert "".join(chunks) == text
    assert max(len(chunk) for chunk in chunks) <= MAX_CHUNK
    long_pieces = chunks[:-2]
    assert all(piece.rstrip().endswith((".", '."')) for piece in long_pieces)
    assert chunks[-1] == "A second line.\n"


def test_a_run_without_spaces_is_cut_anyway() -> None:
    text = "x" * (3 * MAX_CHUNK + 7)
    chunks = _chunks(text)
    assert "".join(chunks) == text and [len(c) for c in chunks] == [MAX_CHUNK] * 3 + [7]


def test_a_line_over_the_models_limit_is_analyzed(nlp, monkeypatch: pytest.MonkeyPatch) -> None:
    """spaCy refuses a text over nlp.max_length (E088); lowered here so the test stays small."""
    monkeypatch.setattr(nlp, "max_length", 8_000)
    article = parse_text("Pier opens\n" + one_line(20_000) + "\n", date="2024-05-01")
    doc = parse(nlp, article)
    assert doc.text == article.text
    analysis = analyze(article, nlp, only=["quotes", "quantities"])
    ruiz = [q for q in analysis.quotes if analysis.text[slice(*q.content[0])].startswith("We are ready")]
    assert len(ruiz) == len(article.text.split("We are ready")) - 1
    assert all(analysis.text[slice(*q.span)].lower().startswith("more than 400") for q in analysis.quantities)


def test_a_long_article_is_announced_on_stderr(monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from quotegraph.cli import analyze, app

    monkeypatch.setattr(analyze, "_LONG_ARTICLE_WORDS", 10)  # the real bar is 20,000 words: minutes here
    result = CliRunner().invoke(app, ["analyze", "-", "--format", "jsonl"], input=one_line(300) + "\n")
    assert result.exit_code == 0, result.output
    assert "words, this takes a while" in result.stderr and "this takes" not in result.stdout
