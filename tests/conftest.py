"""Shared fixtures: the spaCy model is loaded, and a tiny attribution model trained, once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.support.paths import TRAIN_FIXTURE

# Fixtures shared across folders live in tests/support and are registered here.
pytest_plugins = ["tests.support.network", "tests.support.browser"]

# The suite tests the rules unless a test names a model: the model shipped in the package (the default
# of every command once committed) is set aside for the whole session, subprocesses included.
# tests/analyze/test_shipped_model.py unsets it to test the default itself.
os.environ["QUOTEGRAPH_NO_SHIPPED_MODEL"] = "1"


@pytest.fixture(scope="session")
def nlp():
    from quotegraph.analyze.parsing import load_model

    return load_model()


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A model `quotegraph train` wrote, trained on TRAIN_FIXTURE and early-stopped on it too (the suite
    checks plumbing, not accuracy)."""
    from typer.testing import CliRunner

    from quotegraph.cli import app

    out = tmp_path_factory.mktemp("model")
    arguments = ["--data", str(TRAIN_FIXTURE), "--dev", str(TRAIN_FIXTURE), "--out", str(out)]
    arguments += ["--architecture", "cnn", "--max-epochs", "40", "--patience", "40", "--quiet"]
    result = CliRunner().invoke(app, ["train", *arguments])
    assert result.exit_code == 0, result.output
    assert "kept" in result.output
    return out


@pytest.fixture(scope="session")
def transformer_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A transformer model `quotegraph train` fine-tuned on TRAIN_FIXTURE (dev = train: plumbing), shared
    by the transformer and ONNX tests so it is trained once."""
    from typer.testing import CliRunner

    from quotegraph.cli import app

    out = tmp_path_factory.mktemp("transformer")
    arguments = ["--data", str(TRAIN_FIXTURE), "--dev", str(TRAIN_FIXTURE), "--out", str(out)]
    arguments += ["--architecture", "transformer", "--max-epochs", "10", "--patience", "10", "--quiet"]
    result = CliRunner().invoke(app, ["train", *arguments])
    assert result.exit_code == 0, result.output
    return out
