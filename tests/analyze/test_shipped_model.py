"""The model shipped inside the package: packaged, checked at load, the default of every command.

A small model stands in for the real one: the suite's tiny transformer (conftest.transformer_dir),
packaged by train/package.py into a temporary folder that the finder (quotegraph.models.SHIPPED_DIR)
is pointed at. conftest sets QUOTEGRAPH_NO_SHIPPED_MODEL for the session; these tests unset it.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotegraph import models
from quotegraph.analyze.runtime.attribution_model import model_id
from quotegraph.cli import app
from quotegraph.defaults import choose
from quotegraph.records import LearnedAttribution
from quotegraph.scale.ingest import IngestOptions, ingest
from quotegraph.store import open_store
from quotegraph.train.package import package, portable
from tests.support.paths import ROOT, TRAIN_FIXTURE

runner = CliRunner()
HARBOR = TRAIN_FIXTURE / "text" / "harbor.txt"


@pytest.fixture(scope="module")
def packaged(transformer_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny transformer packaged as a shipped model (never modified: tests copy it to damage it)."""
    folder = tmp_path_factory.mktemp("shipped") / "attribution"
    package(transformer_dir, folder, "pytest")
    return folder


@pytest.fixture
def shipped(packaged: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the packaged model, made the shipped one, with the shipped model enabled."""
    folder = tmp_path / "attribution"
    shutil.copytree(packaged, folder)
    monkeypatch.setattr(models, "SHIPPED_DIR", folder)
    monkeypatch.delenv(models.NO_SHIPPED_VARIABLE)
    for name in ("QUOTEGRAPH_ATTRIBUTION_MODEL", "QUOTEGRAPH_ATTRIBUTION_SCOPE"):
        monkeypatch.delenv(name, raising=False)
    return folder


def _analysis(*options: str) -> dict:
    result = runner.invoke(app, ["analyze", str(HARBOR), "--format", "json", *options])
    assert result.exit_code == 0, result.output
    return (
        json.loads(result.stdout)[0] if result.stdout.lstrip().startswith("[") else json.loads(result.stdout)
    )


def test_packaging_writes_the_model_its_card_and_sums(packaged: Path):
    import onnx

    names = {p.relative_to(packaged).as_posix() for p in packaged.rglob("*") if p.is_file()}
    assert {"meta.json", "MODEL.md", "SHA256SUMS", "onnx/model.onnx", "onnx/tokenizer.json"} <= names
    sums = dict(reversed(line.split("  ")) for line in (packaged / "SHA256SUMS").read_text().splitlines())
    assert set(sums) == names - {"SHA256SUMS"}
    card = (packaged / "MODEL.md").read_text()
    for name, digest in sums.items():
        assert digest == hashlib.sha256((packaged / name).read_bytes()).hexdigest()
        if name != "MODEL.md":
            assert f"| {name} | " in card and digest in card
    assert "no licence" in card and "PolNeAR" in card and "pytest" in card
    meta = json.loads((packaged / "meta.json").read_text())
    assert meta["architecture"] == "onnx" and meta["onnx"]["embeddings"] == "float16"
    assert '"/' not in (packaged / "meta.json").read_text()  # no path of this machine is committed
    graph = onnx.load(str(packaged / "onnx" / "model.onnx")).graph
    halves = [t for t in graph.initializer if t.data_type == onnx.TensorProto.FLOAT16]
    assert halves and max(t.dims[0] * t.dims[1] for t in halves) > models_minimum()


def test_committed_files_name_no_folder_of_the_machine():
    meta = {"data": {"train": "/home/a/shared/eval/polnear/train", "n": 3}, "init": ["/work/models/m4", "x"]}
    assert portable(meta) == {"data": {"train": "../shared/eval/polnear/train", "n": 3}, "init": ["m4", "x"]}


def models_minimum() -> int:
    from quotegraph.train.onnx_export import EMBEDDING_MINIMUM

    return EMBEDDING_MINIMUM


def test_the_order_ends_with_the_shipped_model_then_the_rules(shipped: Path, tmp_path: Path):
    option = tmp_path / "option"
    stored = LearnedAttribution(tmp_path / "db", "all")
    environment = {"QUOTEGRAPH_ATTRIBUTION_MODEL": str(tmp_path / "env")}
    assert choose(option, environ=environment).model == LearnedAttribution(option, "quotes")
    assert choose(None, environ=environment).model.path == tmp_path / "env"
    assert choose(None, stored=lambda: stored, environ={}).model == stored
    default = choose(None, stored=lambda: None, environ={})
    assert default.origin == "shipped" and default.note() is None
    assert default.model == LearnedAttribution(shipped, models.SHIPPED_SCOPE)
    assert choose(None, rules_only=True, environ={}).model is None
    assert choose(None, environ={models.NO_SHIPPED_VARIABLE: "1"}).model is None


def test_analyze_uses_the_shipped_model_by_default_and_the_rules_when_told(shipped: Path):
    default = _analysis()
    assert default["attribution_model"] == "attribution"
    assert default["attribution_scope"] == models.SHIPPED_SCOPE
    assert default["attribution_model_id"] == model_id(shipped)
    assert default == _analysis("--attribution-model", str(shipped))  # the same model, the same analysis
    rules = _analysis("--rules-only")
    assert rules["attribution_model"] is None and rules["attribution_model_id"] is None
    # The model's scope "model" keeps its own attributions alone: they are not the rules'.
    assert _analysis("--attribution-scope", "model")["quotes"] != rules["quotes"]


def test_without_a_shipped_model_the_rules_analyze(shipped: Path, monkeypatch: pytest.MonkeyPatch):
    rules = _analysis("--rules-only")
    empty = shipped.parent / "empty"
    empty.mkdir()
    (empty / "README.md").write_text("no model yet\n")
    monkeypatch.setattr(models, "SHIPPED_DIR", empty)
    assert _analysis() == rules
    monkeypatch.setattr(models, "SHIPPED_DIR", shipped)
    monkeypatch.setenv(models.NO_SHIPPED_VARIABLE, "1")
    assert _analysis() == rules


@pytest.mark.parametrize("damage", ["corrupt", "missing"])
def test_a_damaged_shipped_model_is_a_one_line_error_naming_rules_only(shipped: Path, damage: str):
    target = shipped / "onnx" / "tokenizer.json"
    if damage == "corrupt":
        target.write_bytes(target.read_bytes()[:-1] + b" ")
    else:
        target.unlink()
    result = runner.invoke(app, ["analyze", str(HARBOR)])
    assert result.exit_code == 3, result.output
    assert len(result.output.strip().splitlines()) == 1, result.output
    assert "onnx/tokenizer.json" in result.output and "--rules-only" in result.output
    assert runner.invoke(app, ["analyze", str(HARBOR), "--rules-only"]).exit_code == 0


def test_reanalyze_redoes_what_the_rules_or_another_model_analyzed(shipped: Path, tmp_path: Path):
    with open_store(str(tmp_path / "news.db")) as store:
        rules = ingest([str(HARBOR)], store, IngestOptions(workers=0))
        assert rules.ingested == 1
        by_model = LearnedAttribution(shipped, "quotes")
        kept = ingest([str(HARBOR)], store, IngestOptions(workers=0, attribution_model=by_model))
        assert (kept.duplicates, kept.reanalyzed) == (1, 0)  # without --reanalyze, kept
        redone = ingest(
            [str(HARBOR)], store, IngestOptions(workers=0, attribution_model=by_model, reanalyze=True)
        )
        assert redone.reanalyzed == 1
        row = store.db.execute("SELECT attribution_model, attribution_model_id FROM articles")[0]
        assert (row["attribution_model"], row["attribution_model_id"]) == ("attribution", model_id(shipped))
        again = ingest(
            [str(HARBOR)], store, IngestOptions(workers=0, attribution_model=by_model, reanalyze=True)
        )
        assert (again.duplicates, again.reanalyzed) == (1, 0)  # the same model: nothing to redo
        back = ingest([str(HARBOR)], store, IngestOptions(workers=0, reanalyze=True))  # the rules again
        assert back.reanalyzed == 1


def test_a_wheel_carries_the_shipped_folder(tmp_path: Path):
    """`pip install .` elsewhere gets the model: the folder is package data of the wheel."""
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path),
         str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    if done.returncode != 0 and "No module named pip" in done.stderr:
        pytest.skip("pip is not installed in this environment")
    assert done.returncode == 0, done.stderr
    (wheel,) = tmp_path.glob("quotegraph-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    folder = [n for n in names if n.startswith("quotegraph/models/attribution/")]
    assert folder, names
