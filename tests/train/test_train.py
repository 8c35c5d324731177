"""`quotegraph train` end to end on a tiny invented brat corpus, and the model it writes in use."""

from __future__ import annotations

import json
import re
import shutil
import sys

import pytest
from spacy.tokens import Span as TokenSpan
from typer.testing import CliRunner

from quotegraph.analyze.learned import learned_attributions
from quotegraph.analyze.parsing import parse
from quotegraph.analyze.pipeline import analyze
from quotegraph.analyze.quotes import Attribution
from quotegraph.analyze.runtime.attribution_model import load_attribution_model
from quotegraph.analyze.runtime.features import CLOSING, INSIDE, OPENING, OUTSIDE, rule_output, token_features
from quotegraph.analyze.runtime.link import link
from quotegraph.cli import app
from quotegraph.evaluate.brat import load_polnear
from quotegraph.records import Article
from quotegraph.train.data import entity_spans, gold_fragments, to_example
from tests.support.paths import FIXTURES

FIXTURE = FIXTURES / "train"
runner = CliRunner()


@pytest.fixture(scope="module")
def gold():
    return {document.id: document for document in load_polnear(FIXTURE)}


def test_gold_becomes_one_entity_layer(nlp, gold):
    document = gold["harbor"]
    example = to_example(parse(nlp, Article(text=document.text)), document)
    labelled = {(e.label_, e.text) for e in example.reference.ents}
    assert ("SOURCE", "Ana Lopez, the harbor master") in labelled
    assert ("CONTENT", "The channel is too shallow for the new ships") in labelled
    assert ("CUE", "fear") in labelled
    assert not example.predicted.ents  # the model reads a doc without the base pipeline's entities


def test_tokens_carry_quote_marks_cues_and_the_rules_findings(nlp):
    doc = parse(nlp, Article(text='"We will win," she said.\nThe rest is history.'))
    features = token_features(doc, rule_output(doc))
    column = {token.text: features[token.i] for token in doc}
    assert [features[i][0] for i in range(5)] == [OPENING, INSIDE, INSIDE, INSIDE, INSIDE]
    assert features[5][0] == CLOSING and column["she"][0] == OUTSIDE
    assert column["said"][1] == 2 and column["The"][1] == 1  # a cue; opens its line
    assert column["she"][2] == 3 and column["said"][2] == 5 and column["We"][2] == 7  # rule parts, first
    assert column["history"][2] == 0


def test_gold_spans_link_back_into_their_attributions(nlp, gold):
    document = gold["school"]
    doc = parse(nlp, Article(text=document.text))
    linked = link(doc, entity_spans(doc, gold_fragments(document)))
    as_text = [tuple(document.text[s:e] for s, e in (*a.source, *a.cue, *a.content)) for a in linked]
    assert ("Ortiz", "told", "Every classroom has daylight") in as_text
    assert ("The district", "expects", "the second wing to be finished by autumn") in as_text
    assert len(linked) == len(document.attributions)
    assert next(a for a in linked if a.cue and document.text[slice(*a.cue[0])] == "told").kind == "direct"


def test_a_short_content_fragment_stays_with_its_cue(nlp):
    # A content opened by a word or two and split around its cue is real ("Never," he said, "…"),
    # so no short fragment is dropped from beside a longer one.
    text = '"Never," he said, "will this plan pass the Senate."'
    doc = parse(nlp, Article(text=text))

    def span(words: str, label: str) -> TokenSpan:
        start = text.index(words)
        return doc.char_span(start, start + len(words), label=label)

    spans = [
        span("Never", "CONTENT"),
        span("he", "SOURCE"),
        span("said", "CUE"),
        span("will this plan pass the Senate", "CONTENT"),
    ]
    [attribution] = link(doc, spans)
    assert [text[s:e] for s, e in attribution.content] == ["Never", "will this plan pass the Senate"]
    assert [text[s:e] for s, e in attribution.source] == ["he"]


def test_train_writes_a_versioned_model_with_its_metrics(model_dir):
    meta = json.loads((model_dir / "meta.json").read_text())
    metrics = json.loads((model_dir / "metrics.json").read_text())
    assert meta["format"] == 1 and meta["labels"] == ["SOURCE", "CUE", "CONTENT"]
    assert meta["data"]["train_articles"] == 3
    assert 1 <= metrics["best_epoch"] <= len(metrics["history"]) <= 40
    assert metrics["dev"]["scores"]["cue"]["exact"]["f1"] > 0
    assert metrics["train_seconds"] > 0 and metrics["peak_memory_mb"] > 0
    assert (model_dir / "pipeline" / "config.cfg").is_file()


def test_the_model_predicts_spans_in_the_pipeline(nlp, gold, model_dir):
    model = load_attribution_model(model_dir, nlp)
    text = gold["bridge"].text
    spans = model.spans(parse(nlp, Article(text=text)))
    assert {span.label_ for span in spans} & {"SOURCE", "CUE", "CONTENT"}
    analysis = analyze(Article(text=text), nlp, only=["quotes"], learned_model=model)
    learned = model.attributions(parse(nlp, Article(text=text)))
    assert {tuple(a.content) for a in learned} & {tuple(q.content) for q in analysis.quotes}


def test_analyze_takes_the_attribution_model(model_dir):
    text = FIXTURE / "text" / "harbor.txt"
    arguments = [str(text), "--format", "json", "--attribution-model", str(model_dir)]
    result = runner.invoke(app, ["analyze", *arguments])
    assert result.exit_code == 0, result.output
    analysis = json.loads(result.stdout)
    assert analysis["quotes"] and all(q["content"] for q in analysis["quotes"])
    assert (analysis["attribution_model"], analysis["attribution_scope"]) == (model_dir.name, "quotes")
    everything = runner.invoke(app, ["analyze", *arguments, "--attribution-scope", "all"])
    assert everything.exit_code == 0, everything.output
    assert json.loads(everything.stdout)["attribution_scope"] == "all"
    rules_only = runner.invoke(app, ["analyze", str(text), "--format", "json"])
    assert json.loads(rules_only.stdout)["attribution_model"] is None
    contents = {
        str(q["content"]) for run in (everything, rules_only) for q in json.loads(run.stdout)["quotes"]
    }
    # "quotes" keeps some of the model's attributions ("all" has them), or the rules' fuller clause.
    assert {str(q["content"]) for q in analysis["quotes"]} <= contents


def test_the_analysis_names_the_attribution_model_that_joined_the_rules(nlp, model_dir):
    article = Article(text=(FIXTURE / "text" / "harbor.txt").read_text())
    model = load_attribution_model(model_dir, nlp)
    assert model.name == model_dir.name
    for scope in ("quotes", "all"):
        analysis = analyze(article, nlp, learned_model=model.scoped(scope))
        assert (analysis.attribution_model, analysis.attribution_scope) == (model_dir.name, scope)
    rules = analyze(article, nlp)
    assert (rules.attribution_model, rules.attribution_scope) == (None, None)
    # Without the quotes stage the model is not applied, so it is not named either.
    dates = analyze(article, nlp, only=["dates"], learned_model=model)
    assert (dates.attribution_model, dates.attribution_scope) == (None, None)


def test_the_readable_output_names_the_attribution_model(model_dir):
    text = str(FIXTURE / "text" / "harbor.txt")
    learned = runner.invoke(app, ["analyze", text, "--attribution-model", str(model_dir)])
    assert learned.exit_code == 0, learned.output
    assert f"learned attribution: {model_dir.name} (scope quotes)" in learned.stdout
    rules = runner.invoke(app, ["analyze", text])
    assert rules.exit_code == 0, rules.output
    assert "learned attribution" not in rules.stdout


def test_a_folder_that_is_no_model_is_a_clear_error(tmp_path):
    text = FIXTURE / "text" / "harbor.txt"
    result = runner.invoke(app, ["analyze", str(text), "--attribution-model", str(tmp_path)])
    assert result.exit_code == 3
    assert "not an attribution model directory" in result.output


def test_train_on_a_folder_without_annotations_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["train", "--data", str(tmp_path), "--out", str(tmp_path / "model")])
    assert result.exit_code == 4
    assert "holds no brat annotations" in " ".join(result.output.split())


def test_train_reads_a_brat_collection_with_files_side_by_side(tmp_path):
    flat = tmp_path / "collection"
    flat.mkdir()
    for path in [*(FIXTURE / "text").glob("*.txt"), *(FIXTURE / "attributions").glob("*.ann")]:
        shutil.copy(path, flat / path.name)
    arguments = ["--data", str(flat), "--out", str(tmp_path / "model"), "--architecture", "cnn"]
    result = runner.invoke(app, ["train", *arguments, "--max-epochs", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    meta = json.loads((tmp_path / "model" / "meta.json").read_text(encoding="utf-8"))
    assert meta["data"]["train_articles"] + meta["data"]["dev_articles"] == 3


class _FixedModel:
    """Stands in for a trained model: what it 'finds' is given, so the merge is what is tested."""

    def __init__(self, found, scope):
        self.found, self.scope = found, scope

    def attributions(self, doc, rules_output):
        return self.found


def test_each_scope_keeps_its_attributions(nlp):
    text = "Officials voiced concerns about the stocks. The mayor said the bridge is safe.\n"
    text += '"We will rebuild it," she said.'
    doc = parse(nlp, Article(text=text))
    passages, rules = rule_output(doc)

    def span(words: str) -> tuple[int, int]:
        start = text.index(words)
        return (start, start + len(words))

    nominal = Attribution("indirect", [span("the stocks")], [span("concerns about")], [span("Officials")])
    spoken = Attribution("indirect", [span("the bridge is safe")], [span("said")], [span("The mayor")])
    kept = {
        scope: [
            text[slice(*a.content[0])]
            for a in learned_attributions(doc, passages, rules, _FixedModel([nominal, spoken], scope))
        ]
        for scope in ("quotes", "all", "model")
    }
    assert kept["all"] == ["the stocks", "the bridge is safe", "We will rebuild it,"]
    # The rules' direct quote stays in both of those scopes, and only there.
    assert kept["quotes"] == ["the bridge is safe", "We will rebuild it,"]
    assert kept["model"] == ["the stocks", "the bridge is safe"]


def test_the_quotes_scope_keeps_the_rules_fuller_clause_for_the_same_cue(nlp):
    text = "Officials confirmed that the army used the missile -- the ATACMS -- in the Kursk region."
    doc = parse(nlp, Article(text=text))
    passages, rules = rule_output(doc)
    [rule] = rules
    assert text[slice(*rule.content[0])].endswith("in the Kursk region")
    start = text.index("that")
    short = Attribution("indirect", [(start, text.index(" --"))], rule.cue, rule.source)
    kept = {
        scope: [
            text[slice(*span)]
            for a in learned_attributions(doc, passages, rules, _FixedModel([short], scope))
            for span in a.content
        ]
        for scope in ("quotes", "all")
    }
    assert kept["all"] == ["that the army used the missile"]
    assert kept["quotes"] == [text[slice(*rule.content[0])]]


@pytest.fixture
def without_torch(monkeypatch):
    """As if the 'learn' extra were not installed: importing the transformer modules fails."""
    for name in ("torch", "quotegraph.analyze.runtime.transformer", "quotegraph.train.transformer_loop"):
        monkeypatch.setitem(sys.modules, name, None)


def test_without_the_learn_extra_training_a_transformer_is_a_clear_error(without_torch, tmp_path):
    arguments = ["--data", str(FIXTURE), "--out", str(tmp_path / "model"), "--architecture", "transformer"]
    result = runner.invoke(app, ["train", *arguments])
    assert result.exit_code == 3
    assert "needs the 'learn' extra" in result.output and "--architecture cnn" in result.output


def test_without_the_learn_extra_a_transformer_model_is_a_clear_error(nlp, without_torch, tmp_path):
    meta = {"format": 1, "architecture": "transformer", "base_model": {"name": nlp.meta["name"]}}
    (tmp_path / "meta.json").write_text(json.dumps(meta))
    result = runner.invoke(
        app, ["analyze", str(FIXTURE / "text" / "harbor.txt"), "--attribution-model", str(tmp_path)]
    )
    assert result.exit_code == 3
    assert "needs the 'learn' extra" in result.output


def test_training_shows_a_line_per_epoch_in_a_log(tmp_path):
    """Run in the background with its output to a file, training still says how parse and epochs went."""
    import io

    from rich.console import Console

    from quotegraph.analyze.parsing import load_model
    from quotegraph.cli.render.train import TrainDisplay
    from quotegraph.train.config import TrainSettings
    from quotegraph.train.job import TrainJob
    from quotegraph.train.loop import train

    log = io.StringIO()
    settings = TrainSettings.for_architecture("cnn", max_epochs=2, patience=2)
    display = TrainDisplay(Console(file=log, width=200))
    train(load_model(), TrainJob(FIXTURE, tmp_path, FIXTURE, settings, progress=display))
    lines = [line for line in log.getvalue().splitlines() if re.match(r"epoch \d+ of \d+:", line)]
    assert [line.split(":")[0] for line in lines] == ["epoch 1 of 2", "epoch 2 of 2"]
    assert all(re.search(r"loss .*attribution [\d.]+; dev exact F1 source", line) for line in lines)
    articles = len(list(FIXTURE.glob("**/*.ann")))  # the fixture is both train and dev here
    assert re.search(rf"^parsed {2 * articles} articles: [\d.]+ min$", log.getvalue(), re.MULTILINE)
