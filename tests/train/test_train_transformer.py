"""The transformer attribution model: windows over word pieces, BIO tags, training and use end to end."""

from __future__ import annotations

import json

import numpy
import pytest
from spacy.tokens import Doc
from typer.testing import CliRunner

from quotegraph.analyze.parsing import parse
from quotegraph.analyze.pipeline import analyze
from quotegraph.analyze.runtime.attribution_model import load_attribution_model
from quotegraph.analyze.runtime.tagging import (
    MAX_PIECES_PER_WORD,
    SCORING_CONTEXT,
    TAGS,
    TRAINING_CONTEXT,
    best_tags,
    gold_tags,
    tags_to_spans,
)
from quotegraph.cli import app
from quotegraph.evaluate.brat import load_polnear
from quotegraph.records import Article
from quotegraph.train.data import entity_spans, gold_fragments
from quotegraph.train.transformer_loop import new_transformer_tagger
from tests.support.paths import TRAIN_FIXTURE

runner = CliRunner()


@pytest.fixture(scope="module")
def tagger(nlp):
    return new_transformer_tagger(nlp, "minilm")


LONG_TEXT = "\n".join(f"Paragraph {i} says the mayor, who said “it is fine,” met voters." for i in range(120))


@pytest.mark.parametrize("context", [TRAINING_CONTEXT, SCORING_CONTEXT])
def test_every_word_is_predicted_by_exactly_one_window(nlp, tagger, context):
    doc = parse(nlp, Article(text=LONG_TEXT))
    windows = tagger.windows(doc, context)
    assert len(windows) > 3
    owners = [w for window in windows for w, owned in zip(window.words, window.owned, strict=True) if owned]
    assert sorted(owners) == list(range(len(doc)))
    for window in windows:
        assert len(window.piece_ids) <= 256
        assert all(0 < start < len(window.piece_ids) - 1 for start in window.word_starts)
    paragraph = tagger.tokenizer.convert_tokens_to_ids("[unused1]")
    breaks = [t.i for t in doc if "\n" in t.text]
    first = windows[0]
    assert first.piece_ids[first.word_starts[first.words.index(breaks[0])]] == paragraph


def test_scoring_reads_narrower_margins_than_training(nlp, tagger):
    doc = parse(nlp, Article(text=LONG_TEXT))
    training, scoring = tagger.windows(doc, TRAINING_CONTEXT), tagger.windows(doc, SCORING_CONTEXT)
    assert SCORING_CONTEXT < TRAINING_CONTEXT and len(scoring) < len(training)
    for windows, context in ((training, TRAINING_CONTEXT), (scoring, SCORING_CONTEXT)):
        middle = windows[1]
        # the first word it owns starts past its left margin, within one word of it ([CLS] is piece 0)
        margin = middle.word_starts[middle.owned.index(True)] - 1
        assert context <= margin < context + MAX_PIECES_PER_WORD
    assert tagger.log_probs(doc).shape == (len(doc), len(TAGS))


def test_gold_spans_survive_bio_tags(nlp):
    document = load_polnear(TRAIN_FIXTURE)[0]
    doc = parse(nlp, Article(text=document.text))
    spans = entity_spans(doc, gold_fragments(document))
    tags = [TAGS[t] for t in gold_tags(doc, spans)]
    assert [(s.start, s.end, s.label_) for s in tags_to_spans(doc, tags)] == [
        (s.start, s.end, s.label_) for s in spans
    ]


def test_a_stray_inside_tag_starts_a_span(nlp):
    doc = parse(nlp, Article(text="Officials said it rained."))
    spans = tags_to_spans(doc, ["O", "I-CUE", "B-CONTENT", "I-CONTENT", "I-SOURCE", "O"])
    assert [(s.text, s.label_) for s in spans] == [("said", "CUE"), ("it rained", "CONTENT"), (".", "SOURCE")]


def test_train_writes_a_transformer_model_that_predicts(nlp, transformer_dir):
    meta = json.loads((transformer_dir / "meta.json").read_text())
    metrics = json.loads((transformer_dir / "metrics.json").read_text())
    assert meta["architecture"] == "transformer" and meta["settings"]["encoder_learn_rate"] > 0
    assert (transformer_dir / "transformer" / "weights.safetensors").is_file()
    assert metrics["dev"]["scores"]["cue"]["exact"]["f1"] > 0
    model = load_attribution_model(transformer_dir, nlp)
    text = load_polnear(TRAIN_FIXTURE)[0].text
    spans = model.spans(parse(nlp, Article(text=text)))
    assert {"CUE", "CONTENT"} <= {span.label_ for span in spans}
    analysis = analyze(Article(text=text), nlp, only=["quotes"], learned_model=model)
    assert analysis.quotes and all(q.content for q in analysis.quotes)


def test_analyze_takes_a_transformer_model(transformer_dir):
    text = TRAIN_FIXTURE / "text" / "harbor.txt"
    result = runner.invoke(
        app, ["analyze", str(text), "--format", "json", "--attribution-model", str(transformer_dir)]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["quotes"]


def test_damaged_weights_are_a_clear_error(nlp, transformer_dir, tmp_path):
    broken = tmp_path / "broken"
    (broken / "transformer").mkdir(parents=True)
    for name in ("meta.json", "metrics.json"):
        (broken / name).write_bytes((transformer_dir / name).read_bytes())
    for path in (transformer_dir / "transformer").iterdir():
        (broken / "transformer" / path.name).write_bytes(path.read_bytes())
    (broken / "transformer" / "weights.safetensors").write_bytes(b"not weights")
    result = runner.invoke(
        app, ["analyze", str(TRAIN_FIXTURE / "text" / "harbor.txt"), "--attribution-model", str(broken)]
    )
    assert result.exit_code == 3
    assert "cannot load the transformer attribution model" in result.output


def test_decoding_keeps_an_inside_tag_after_its_label_only():
    probabilities = numpy.full((3, len(TAGS)), 0.01)
    probabilities[0, TAGS.index("O")], probabilities[0, TAGS.index("B-CUE")] = 0.6, 0.35
    probabilities[1, TAGS.index("I-CUE")] = 0.9  # word by word: O, I-CUE — not a valid sequence
    probabilities[2, TAGS.index("O")] = 0.9
    tags = [TAGS[t] for t in best_tags(numpy.log(probabilities))]
    assert tags == ["B-CUE", "I-CUE", "O"]


def test_bf16_training_records_its_precision_and_predicts(nlp, tmp_path):
    out = tmp_path / "bf16"
    arguments = ["--data", str(TRAIN_FIXTURE), "--dev", str(TRAIN_FIXTURE), "--out", str(out)]
    result = runner.invoke(app, ["train", *arguments, "--max-epochs", "2", "--precision", "bf16", "--quiet"])
    assert result.exit_code == 0, result.output
    assert json.loads((out / "meta.json").read_text())["settings"]["precision"] == "bf16"
    model = load_attribution_model(out, nlp)  # the saved weights are float32, loaded as any other
    weights = dict(model.tagger.tagger.named_parameters())
    assert all(value.dtype.is_floating_point and value.dtype.itemsize == 4 for value in weights.values())
    assert isinstance(model.spans(parse(nlp, Article(text=load_polnear(TRAIN_FIXTURE)[0].text))), list)


def test_precision_is_for_the_transformer_only(tmp_path):
    arguments = ["--data", str(TRAIN_FIXTURE), "--out", str(tmp_path / "m"), "--architecture", "cnn"]
    result = runner.invoke(app, ["train", *arguments, "--precision", "bf16"])
    assert result.exit_code == 8
    assert "--precision is for the transformer architecture" in result.output


def test_log_probs_give_every_word_a_distribution_and_spans_decode_them(nlp, transformer_dir):
    model = load_attribution_model(transformer_dir, nlp)
    doc = parse(nlp, Article(text=load_polnear(TRAIN_FIXTURE)[0].text))
    log_probs = model.tagger.log_probs(doc)
    assert log_probs.shape == (len(doc), len(TAGS)) and log_probs.dtype == numpy.float32
    assert numpy.allclose(numpy.exp(log_probs).sum(1), 1, atol=1e-4)
    decoded = tags_to_spans(doc, [TAGS[t] for t in best_tags(log_probs)])
    assert [(s.start, s.end, s.label_) for s in model.spans(doc)] == [
        (s.start, s.end, s.label_) for s in decoded
    ]
    assert model.tagger.log_probs(Doc(nlp.vocab, words=[])).shape == (0, len(TAGS))
