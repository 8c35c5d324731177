"""Finding the pretrained encoders: the split mpnet archive is joined, checked and unpacked once."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import pytest

from quotegraph.errors import ModelError
from quotegraph.train import encoders
from quotegraph.train.config import TrainSettings

WEIGHTS = b"not really weights, but bytes to hash" * 1000


def split_archive(folder: Path, parts: int = 3) -> list[Path]:
    """A zip archive of one folder holding model.safetensors, cut into `parts` files."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("all-mpnet-base-v2/config.json", "{}")
        archive.writestr("all-mpnet-base-v2/model.safetensors", WEIGHTS)
    data = buffer.getvalue()
    size = -(-len(data) // parts)
    paths = []
    for i in range(parts):
        path = folder / f"all-mpnet-base-v2.zip.{i + 1:03d}"
        path.write_bytes(data[i * size : (i + 1) * size])
        paths.append(path)
    return paths


@pytest.fixture
def fake_packages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The five-part packages replaced by a small split archive; the cache in tmp_path."""
    parts = split_archive(tmp_path)
    lookup = dict(zip(encoders.MPNET_PARTS, [*parts, *parts[:2]], strict=True))
    monkeypatch.setattr(encoders, "MPNET_PARTS", encoders.MPNET_PARTS[:3])
    monkeypatch.setattr(encoders, "_part_file", lookup.__getitem__)
    monkeypatch.setenv("QUOTEGRAPH_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache" / "encoders" / encoders.MPNET


def test_split_archive_is_joined_unpacked_and_kept(fake_packages: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(encoders, "MPNET_WEIGHTS_SHA256", hashlib.sha256(WEIGHTS).hexdigest())
    folder = encoders.encoder_path("mpnet")
    assert folder == fake_packages
    assert (folder / "model.safetensors").read_bytes() == WEIGHTS
    assert sorted(p.name for p in folder.parent.iterdir()) == [encoders.MPNET]  # no scratch left

    monkeypatch.setattr(encoders, "_part_file", lambda package: pytest.fail("unpacked twice"))
    assert encoders.encoder_path("mpnet") == folder


def test_other_weights_are_refused_and_nothing_is_left(fake_packages: Path):
    with pytest.raises(ModelError, match="other weights"):
        encoders.encoder_path("mpnet")
    assert list(fake_packages.parent.iterdir()) == []


def test_damaged_archive_is_a_model_error(tmp_path: Path):
    parts = split_archive(tmp_path)
    with pytest.raises(ModelError, match="cannot unpack"):
        encoders.join_and_unpack(parts[1:], tmp_path)  # the first part lost


def test_missing_package_names_the_install_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(encoders, "MPNET_PARTS", ("quotegraph-no-such-package-part-001",))
    monkeypatch.setenv("QUOTEGRAPH_CACHE", str(tmp_path))
    with pytest.raises(ModelError, match=r"requirements-encoder-mpnet\.txt"):
        encoders.encoder_path("mpnet")


def test_unknown_encoder_is_a_model_error():
    with pytest.raises(ModelError, match="unknown encoder 'bert'"):
        encoders.encoder_path("bert")


def test_encoder_choice_sets_its_learning_rate_and_is_saved():
    base = TrainSettings.for_architecture("transformer", encoder="mpnet")
    assert (base.encoder, base.encoder_learn_rate) == ("mpnet", 5e-5)
    small = TrainSettings.for_architecture("transformer")
    assert (small.encoder, small.encoder_learn_rate) == ("minilm", 1e-4)
    assert base.to_dict()["encoder"] == "mpnet"


def test_encoder_with_the_cnn_exits_8_before_reading(tmp_path: Path):
    from typer.testing import CliRunner

    from quotegraph.cli import app

    missing = tmp_path / "no-such-data"  # not read: the option is refused first
    arguments = ["--data", str(missing), "--out", str(tmp_path / "m"), "--architecture", "cnn"]
    result = CliRunner().invoke(app, ["train", *arguments, "--encoder", "mpnet", "--quiet"])
    assert result.exit_code == 8
    assert "--encoder is for the transformer" in result.output
    assert "Traceback" not in result.output
