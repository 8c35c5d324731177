"""Loading the spaCy pipeline: the tokenizer spaCy builds for the language is kept where it holds what
the pipeline saved (the shipped pipeline: loading it again cost a tenth of a second of each start),
and the saved one is loaded where it differs."""

from __future__ import annotations

from pathlib import Path

import spacy
import srsly

from quotegraph.analyze.parsing import TOKENIZER, _builds_saved_tokenizer, load_model


def test_the_shipped_pipeline_keeps_the_tokenizer_it_saved(nlp) -> None:
    assert _builds_saved_tokenizer(nlp)
    saved = srsly.msgpack_loads((nlp.path / TOKENIZER).read_bytes())
    assert srsly.msgpack_loads(nlp.tokenizer.to_bytes(exclude=["vocab"])) == saved
    words = [t.text for t in nlp.tokenizer("Mr. Smith's firm didn't pay $5m to the U.S. at 5pm.")]
    assert words[:6] == ["Mr.", "Smith", "'s", "firm", "did", "n't"] and "U.S." in words


def test_a_pipeline_whose_tokenizer_differs_loads_its_own(tmp_path: Path) -> None:
    saved = spacy.blank("en")
    saved.tokenizer.add_special_case("quotegraph", [{"ORTH": "quote"}, {"ORTH": "graph"}])
    saved.to_disk(tmp_path / "pipeline")
    nlp = load_model(str(tmp_path / "pipeline"))
    assert [t.text for t in nlp.tokenizer("see quotegraph now")] == ["see", "quote", "graph", "now"]
    assert _builds_saved_tokenizer(nlp)  # what it holds now is what was saved
