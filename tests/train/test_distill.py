"""Distillation (train/distill.py): a student learns from a teacher's cached scores on gold and unlabelled
articles; --student-layers; --all-annotators. Kept small for a loaded machine: the teacher is a 2-layer
minilm trained 2 epochs on the tiny fixture, the student has 1 layer."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, replace
from pathlib import Path

import numpy
import pytest
import torch
from click.testing import Result
from typer.testing import CliRunner

from quotegraph.analyze.parsing import parse
from quotegraph.analyze.runtime.attribution_model import load_attribution_model, model_id
from quotegraph.analyze.runtime.tagging import TAGS
from quotegraph.analyze.runtime.transformer import TransformerTagger
from quotegraph.cli import app
from quotegraph.errors import TrainingError
from quotegraph.read import read_path
from quotegraph.records import Article
from quotegraph.train import distill, transformer_loop
from quotegraph.train.checkpoint import resumable_progress
from quotegraph.train.config import TrainSettings
from quotegraph.train.loop import extra_readings
from quotegraph.train.transformer_loop import kept_layers, new_transformer_tagger
from tests.support.paths import FIXTURES, TRAIN_FIXTURE

runner = CliRunner()
ANNOTATORS = FIXTURES / "annotators"  # one article, read by alice and bob
UNLABELLED = {
    "council.txt": "Council approves new bus lanes\n"
    "The city council voted on Tuesday to add bus lanes on Main Street.\n"
    '"Buses will finally run on time," said Maria Chen, who chairs the transport committee.\n'
    "Shop owners warned that the lanes would take away parking.",
    "strike.txt": "Nurses plan a second strike\n"
    "Nurses at the county hospital will strike again next week, their union said.\n"
    '"We have not heard a serious offer," said Paul Grant, the union\'s spokesman.\n'
    "The hospital said it hoped talks would resume.",
    "weather.txt": "Storm expected on the coast\n"
    "Forecasters expect heavy rain and strong winds along the coast on Friday.\n"
    "Officials urged residents to stay indoors, and schools will close early.",
}
STUDENT_EPOCHS = 4


def train_cli(*arguments: str | Path) -> Result:
    return runner.invoke(app, ["train", "--dev", str(TRAIN_FIXTURE), "--quiet", *map(str, arguments)])


def distill_arguments(out: Path, teacher_dir: Path, unlabelled: Path) -> list[str | Path]:
    """A distillation run of the tiny fixture into `out`."""
    return ["--data", TRAIN_FIXTURE, "--out", out, "--distill-from", teacher_dir, "--unlabelled", unlabelled]


def assert_one_line_error(result: Result, code: int, words: str) -> None:
    assert result.exit_code == code, result.output
    assert words in result.output
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output


@dataclass
class Student:
    out: Path
    teacher_calls: int  # docs the teacher scored during the run (each once)


@pytest.fixture(scope="module")
def teacher_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("teacher")
    arguments = ["--data", TRAIN_FIXTURE, "--out", out, "--student-layers", "2"]
    result = train_cli(*arguments, "--max-epochs", "2", "--patience", "2")
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def unlabelled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("unlabelled")
    for name, text in UNLABELLED.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def student(teacher_dir: Path, unlabelled: Path, tmp_path_factory: pytest.TempPathFactory) -> Student:
    out = tmp_path_factory.mktemp("student")
    calls = []
    real_score = distill.score_docs
    with pytest.MonkeyPatch.context() as patch:
        # The last epoch's weights stay in checkpoint/ for the agreement test (the run keeps the best).
        patch.setattr(transformer_loop, "remove_checkpoint", lambda out: None)
        patch.setattr(
            distill, "score_docs", lambda teacher, docs: calls.extend(docs) or real_score(teacher, docs)
        )
        result = train_cli(
            *distill_arguments(out, teacher_dir, unlabelled),
            *["--student-layers", "1", "--max-epochs", STUDENT_EPOCHS, "--patience", STUDENT_EPOCHS],
        )
    assert result.exit_code == 0, result.output
    return Student(out, len(calls))


def mean_kl(teacher: TransformerTagger, student: TransformerTagger, doc) -> float:
    """KL(teacher ‖ student) per word at temperature 1: how far the student is from the teacher."""
    target, estimate = teacher.log_probs(doc), student.log_probs(doc)
    return float((numpy.exp(target) * (target - estimate)).sum(-1).mean())


def test_the_teacher_scores_every_doc_once_into_the_cache(nlp, teacher_dir, student, unlabelled):
    cached = sorted((student.out / "teacher").glob("*.npy"))
    assert student.teacher_calls == len(cached) == 3 + len(UNLABELLED)  # 3 gold articles, 3 unlabelled
    teacher = load_attribution_model(teacher_dir, nlp).tagger
    doc = parse(nlp, read_path(unlabelled / "strike.txt"))
    key = distill.load_teacher(teacher_dir, nlp).scores_key
    stored = numpy.load(distill.cache_path(student.out, key, doc))
    assert stored.dtype == numpy.float16 and stored.shape == (len(doc), len(TAGS))
    assert numpy.allclose(stored, teacher.log_probs(doc), atol=0.02)


def test_windows_batched_across_docs_give_each_docs_own_scores(nlp, teacher_dir, unlabelled):
    """Windows of several docs share batches, sorted by length: each doc still gets the log-probs it
    gets alone (padding is masked), and an empty doc gets none."""
    tagger = load_attribution_model(teacher_dir, nlp).tagger
    docs = [parse(nlp, read_path(path)) for path in sorted(unlabelled.iterdir())]
    texts = [path.read_text(encoding="utf-8") for path in sorted((TRAIN_FIXTURE / "text").iterdir())]
    long = parse(nlp, Article(text="\n".join(texts * 2)))
    docs = [*docs, nlp.make_doc(""), long]
    tagger.batch_size = 3  # windows of different docs and lengths in one batch
    together = tagger.log_probs_many(docs)
    assert len(tagger.windows(long)) > 1 and together[-2].shape == (0, len(TAGS))
    for doc, scores in zip(docs, together, strict=True):
        assert numpy.allclose(scores, tagger.log_probs(doc), atol=1e-4)


def test_a_bf16_teacher_scores_near_float32_and_caches_apart(nlp, teacher_dir, unlabelled):
    fp32, bf16 = distill.load_teacher(teacher_dir, nlp), distill.load_teacher(teacher_dir, nlp, "bf16")
    assert fp32.scores_key != bf16.scores_key
    doc = parse(nlp, read_path(unlabelled / "strike.txt"))
    [exact], [fast] = distill.score_docs(fp32, [doc]), distill.score_docs(bf16, [doc])
    assert fast.dtype == numpy.float32 and not numpy.array_equal(exact, fast)
    assert numpy.allclose(exact, fast, atol=0.1)


def test_a_second_run_reads_the_scores_without_the_teacher(
    teacher_dir, student, unlabelled, tmp_path, monkeypatch
):
    out = tmp_path / "again"
    shutil.copytree(student.out / "teacher", out / "teacher")
    written = {path.name: path.stat().st_mtime_ns for path in (out / "teacher").iterdir()}
    calls = []
    monkeypatch.setattr(distill, "score_docs", lambda *args: calls.append(args))
    arguments = distill_arguments(out, teacher_dir, unlabelled)
    result = train_cli(*arguments, "--student-layers", "1", "--max-epochs", "1")
    assert result.exit_code == 0, result.output
    assert calls == []
    assert {path.name: path.stat().st_mtime_ns for path in (out / "teacher").iterdir()} == written


def test_the_student_agrees_with_the_teacher_more_after_training(nlp, teacher_dir, student, unlabelled):
    teacher = load_attribution_model(teacher_dir, nlp).tagger
    doc = parse(nlp, read_path(unlabelled / "council.txt"))
    torch.manual_seed(0)  # the student as the run started it
    untrained = new_transformer_tagger(nlp, "minilm", layers=1)
    before = mean_kl(teacher, untrained, doc)
    state = torch.load(student.out / "checkpoint" / "state.pt", weights_only=True)
    untrained.tagger.load_state_dict(state["tagger"])
    after = mean_kl(teacher, untrained, doc)
    assert after < 0.8 * before, (before, after)
    history = json.loads((student.out / "metrics.json").read_text())["history"]
    assert len(history) == STUDENT_EPOCHS
    assert history[-1]["loss"]["kl"] < history[0]["loss"]["kl"]


def test_the_student_loads_predicts_and_records_its_teacher(nlp, teacher_dir, student):
    meta = json.loads((student.out / "meta.json").read_text())
    config = json.loads((student.out / "transformer" / "config.json").read_text())
    assert config["num_hidden_layers"] == 1
    assert meta["settings"]["student_layers"] == 1
    assert meta["settings"]["teacher"] == model_id(teacher_dir)
    assert (meta["settings"]["temperature"], meta["settings"]["alpha"]) == (2.0, 0.5)
    recorded = meta["data"]["teacher"]
    assert recorded["dir"] == teacher_dir.name and recorded["encoder"] == "minilm"
    assert set(recorded["dev_exact_f1"]) >= {"source", "cue", "content"}
    assert meta["data"]["unlabelled"]["articles"] == 3
    assert meta["data"]["unlabelled"]["words"] > 60
    model = load_attribution_model(student.out, nlp)
    assert len(model.tagger.tagger.encoder.encoder.layer) == 1
    doc = parse(nlp, read_path(TRAIN_FIXTURE / "text" / "harbor.txt"))
    spans = model.spans(doc)
    assert all(span.label_ in ("SOURCE", "CUE", "CONTENT") for span in spans)
    scores = model.tagger.log_probs(doc)
    assert scores.shape == (len(doc), len(TAGS)) and numpy.allclose(numpy.exp(scores).sum(1), 1, atol=1e-4)


def test_student_layers_are_spread_evenly():
    assert kept_layers(6, 3) == [0, 2, 4]
    assert kept_layers(6, 1) == [0]
    assert kept_layers(12, 6) == [0, 2, 4, 6, 8, 10]
    with pytest.raises(TrainingError):
        kept_layers(6, 7)


def warm_start_without_updates(teacher_dir: Path, out: Path, *options: str) -> dict:
    """A run from the teacher's weights whose epoch changes nothing, so it saves what it started from;
    its meta.json."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(transformer_loop, "_epoch", lambda *arguments: {"tagger": 0.0})
        arguments = ["--data", TRAIN_FIXTURE, "--out", out, "--init-from", teacher_dir]
        result = train_cli(*arguments, "--max-epochs", "1", *options)
    assert result.exit_code == 0, result.output
    return json.loads((out / "meta.json").read_text())


def test_a_warm_start_begins_from_the_trained_weights_and_says_so(nlp, teacher_dir, tmp_path):
    meta = warm_start_without_updates(teacher_dir, tmp_path / "warm")
    assert meta["settings"]["init_from"] == model_id(teacher_dir)
    assert meta["settings"]["student_layers"] == 2  # the teacher's depth, as no --student-layers was given
    assert meta["data"]["init_from"]["dir"] == teacher_dir.name
    assert set(meta["data"]["init_from"]["dev_exact_f1"]) >= {"source", "cue", "content"}
    started = load_attribution_model(teacher_dir, nlp).tagger.tagger.state_dict()
    saved = load_attribution_model(tmp_path / "warm", nlp).tagger.tagger.state_dict()
    assert started.keys() == saved.keys()
    assert all(torch.equal(started[name], saved[name]) for name in started)


def test_a_warm_start_with_fewer_layers_keeps_the_trained_ones_spread_evenly(nlp, teacher_dir, tmp_path):
    meta = warm_start_without_updates(teacher_dir, tmp_path / "one", "--student-layers", "1")
    assert meta["settings"]["student_layers"] == 1
    started = load_attribution_model(teacher_dir, nlp).tagger.tagger
    saved = load_attribution_model(tmp_path / "one", nlp).tagger.tagger
    assert len(saved.encoder.encoder.layer) == 1
    kept, first = saved.encoder.encoder.layer[0].state_dict(), started.encoder.encoder.layer[0].state_dict()
    assert all(torch.equal(kept[name], first[name]) for name in first)
    assert torch.equal(
        saved.encoder.embeddings.word_embeddings.weight, started.encoder.embeddings.word_embeddings.weight
    )


def test_all_annotators_adds_the_other_readings(tmp_path):
    arguments = ["--data", ANNOTATORS, "--out", tmp_path, "--architecture", "cnn", "--max-epochs", "1"]
    result = train_cli(*arguments, "--all-annotators")
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "meta.json").read_text())["data"]
    assert data["train_articles"] == 1 and data["train_attributions"] == 2  # alice's reading
    assert data["all_annotators"] == {"readings_added": 1, "articles": 1, "attributions_added": 3}  # bob's


def test_a_held_out_article_gives_no_extra_reading():
    assert extra_readings(ANNOTATORS, []) == []


def test_resume_refuses_another_teacher_and_takes_an_older_checkpoint(tmp_path):
    settings = TrainSettings.for_architecture("transformer", teacher="aaaa")
    folder = tmp_path / "checkpoint"
    folder.mkdir()
    (folder / "state.pt").write_bytes(b"")
    progress = {"epoch": 1, "settings": settings.to_dict(), "result": {}}
    (folder / "progress.json").write_text(json.dumps(progress))
    with pytest.raises(TrainingError, match="teacher aaaa then, bbbb now"):
        resumable_progress(tmp_path, replace(settings, teacher="bbbb"))
    new_keys = ("teacher", "temperature", "alpha", "student_layers", "all_annotators")
    plain = TrainSettings.for_architecture("transformer")
    older = {key: value for key, value in plain.to_dict().items() if key not in new_keys}
    (folder / "progress.json").write_text(json.dumps({**progress, "settings": older}))
    assert resumable_progress(tmp_path, plain)["epoch"] == 1


def test_errors_are_one_line(teacher_dir, tmp_path):
    plain = ["--data", TRAIN_FIXTURE, "--out", tmp_path / "out"]
    not_a_model = tmp_path / "empty"
    not_a_model.mkdir()
    assert_one_line_error(train_cli(*plain, "--distill-from", not_a_model), 3, "not an attribution model")
    missing = ["--distill-from", teacher_dir, "--unlabelled", tmp_path / "missing"]
    assert_one_line_error(train_cli(*plain, *missing), 2, "no such file or folder")
    cnn = ["--architecture", "cnn", "--distill-from", teacher_dir]
    assert_one_line_error(train_cli(*plain, *cnn), 8, "for the transformer architecture")
    assert_one_line_error(train_cli(*plain, "--unlabelled", tmp_path), 8, "needs --distill-from")
    assert_one_line_error(train_cli(*plain, "--student-layers", "7"), 8, "minilm encoder has 6")
    deeper = ["--init-from", teacher_dir, "--student-layers", "3"]
    assert_one_line_error(train_cli(*plain, *deeper), 8, "fewer layers than --student-layers")
    assert_one_line_error(train_cli(*plain, "--init-from", not_a_model), 3, "not an attribution model")
    assert_one_line_error(train_cli(*plain, *cnn[:2], "--init-from", teacher_dir), 8, "for the transformer")
    assert not (tmp_path / "out").exists()
