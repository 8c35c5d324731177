"""`quotegraph train --resume`: an interrupted transformer run goes on and ends as if never stopped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from typer.testing import CliRunner

from quotegraph.cli import app
from quotegraph.errors import TrainingError
from quotegraph.train import loop, transformer_loop
from quotegraph.train.config import TrainSettings
from quotegraph.train.job import TrainJob
from quotegraph.train.loop import train
from tests.support.paths import TRAIN_FIXTURE

runner = CliRunner()
SETTINGS = TrainSettings.for_architecture("transformer", max_epochs=3, patience=3)


def losses(out: Path) -> list[float]:
    history = json.loads((out / "metrics.json").read_text(encoding="utf-8"))["history"]
    return [entry["loss"]["tagger"] for entry in history]


def last_state(out: Path) -> dict:
    """Weights, optimizer and schedule after the last epoch (the run's checkpoint, which these tests keep)."""
    return torch.load(out / "checkpoint" / "state.pt", weights_only=True)


@pytest.fixture(scope="module")
def uninterrupted(nlp, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("uninterrupted")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(transformer_loop, "remove_checkpoint", lambda out: None)
        train(nlp, TrainJob(TRAIN_FIXTURE, out, TRAIN_FIXTURE, SETTINGS))
    return out


def test_a_resumed_run_ends_as_the_uninterrupted_one(nlp, uninterrupted, tmp_path, monkeypatch) -> None:
    out = tmp_path / "model"
    monkeypatch.setattr(transformer_loop, "remove_checkpoint", lambda out: None)
    finished = []
    real_epoch = transformer_loop._epoch

    def stopping_epoch(*args, **kwargs):
        if len(finished) == 2:
            raise KeyboardInterrupt  # the machine stops during the third epoch
        finished.append(real_epoch(*args, **kwargs))
        return finished[-1]

    monkeypatch.setattr(transformer_loop, "_epoch", stopping_epoch)
    with pytest.raises(KeyboardInterrupt):
        train(nlp, TrainJob(TRAIN_FIXTURE, out, TRAIN_FIXTURE, SETTINGS))
    progress = json.loads((out / "checkpoint" / "progress.json").read_text(encoding="utf-8"))
    assert progress["epoch"] == 2

    monkeypatch.setattr(transformer_loop, "_epoch", real_epoch)
    result = train(nlp, TrainJob(TRAIN_FIXTURE, out, TRAIN_FIXTURE, SETTINGS, resume=True))
    assert [entry["epoch"] for entry in result.history] == [1, 2, 3]
    assert losses(out) == pytest.approx(losses(uninterrupted), rel=1e-4)
    resumed, reference = last_state(out), last_state(uninterrupted)
    weights = reference["tagger"]
    assert all(torch.allclose(resumed["tagger"][name], weights[name], atol=1e-6) for name in weights)
    assert resumed["schedule"]["last_epoch"] == reference["schedule"]["last_epoch"]


def test_the_checkpoint_goes_when_the_run_ends(tmp_path) -> None:
    arguments = ["--data", str(TRAIN_FIXTURE), "--out", str(tmp_path), "--max-epochs", "1", "--quiet"]
    assert runner.invoke(app, ["train", *arguments]).exit_code == 0
    assert (tmp_path / "meta.json").is_file()
    assert not (tmp_path / "checkpoint").exists()


def test_resume_refuses_other_settings(nlp, tmp_path, monkeypatch) -> None:
    out = tmp_path / "model"
    real_epoch = transformer_loop._epoch
    calls = []

    def stopping_epoch(*args, **kwargs):
        calls.append(1)
        if len(calls) > 1:
            raise KeyboardInterrupt
        return real_epoch(*args, **kwargs)

    monkeypatch.setattr(transformer_loop, "_epoch", stopping_epoch)
    with pytest.raises(KeyboardInterrupt):
        train(nlp, TrainJob(TRAIN_FIXTURE, out, TRAIN_FIXTURE, SETTINGS))
    longer = TrainSettings.for_architecture("transformer", max_epochs=5, patience=3)
    monkeypatch.setattr(loop, "parse_documents", lambda *args: pytest.fail("parsed before refusing"))
    with pytest.raises(TrainingError, match="max_epochs 3 then, 5 now"):
        train(nlp, TrainJob(TRAIN_FIXTURE, out, TRAIN_FIXTURE, longer, resume=True))


@pytest.mark.parametrize("architecture", ["transformer", "cnn"])
def test_resume_without_a_checkpoint_exits_8_with_one_line(tmp_path, architecture: str) -> None:
    arguments = ["--data", str(TRAIN_FIXTURE), "--out", str(tmp_path), "--architecture", architecture]
    result = runner.invoke(app, ["train", *arguments, "--resume", "--quiet"])
    assert result.exit_code == 8
    expected = (
        "no unfinished training run" if architecture == "transformer" else "--resume is for the transformer"
    )
    assert expected in result.output
    assert "Traceback" not in result.output


def test_a_fresh_run_over_a_checkpoint_says_it_replaces_it(tmp_path) -> None:
    stale = tmp_path / "checkpoint"
    stale.mkdir()
    (stale / "state.pt.partial").write_bytes(b"half written")  # an interrupted save
    arguments = ["--data", str(TRAIN_FIXTURE), "--out", str(tmp_path), "--max-epochs", "1", "--quiet"]
    result = runner.invoke(app, ["train", *arguments])
    assert result.exit_code == 0, result.output
    assert "holds the checkpoint of an unfinished run" in " ".join(result.output.split())
    assert not stale.exists()
