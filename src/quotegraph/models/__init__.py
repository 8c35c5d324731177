"""The attribution model shipped inside the package, found and checked here.

``models/attribution/`` holds an int8 ONNX export (meta.json, onnx/), its model card MODEL.md and
SHA256SUMS, the SHA-256 of every other file in it (`make model-package` writes them all,
train/package.py). An install carries the folder as package data, so a fresh `pip install .` analyzes
with the model by default (quotegraph/defaults.py puts it after the options, the environment and the
database's setting, before the rules alone). A folder without meta.json ships no model: the rules
alone, as before one is committed. ``QUOTEGRAPH_NO_SHIPPED_MODEL=1`` sets the shipped model aside
(the test suite does, to test the rules). The sums are checked when a model with a SHA256SUMS loads
(analyze/runtime/attribution_model.py): a damaged file is a ModelError that names --rules-only, never a model
that quietly analyzes differently.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from pathlib import Path

from quotegraph.errors import ModelError
from quotegraph.records import AttributionScope

SHIPPED_DIR = Path(__file__).resolve().parent / "attribution"
# The scope the shipped model analyzes with unless told otherwise: set by measurement on PolNeAR dev
# and the seed article (MODEL.md gives the figures of each scope).
SHIPPED_SCOPE: AttributionScope = "quotes"
NO_SHIPPED_VARIABLE = "QUOTEGRAPH_NO_SHIPPED_MODEL"
SUMS_FILE = "SHA256SUMS"
CARD_FILE = "MODEL.md"
_META = "meta.json"


def shipped_model(environ: Mapping[str, str] = os.environ) -> Path | None:
    """The shipped model's folder; None when none is shipped or QUOTEGRAPH_NO_SHIPPED_MODEL is set."""
    if environ.get(NO_SHIPPED_VARIABLE, "") not in ("", "0"):
        return None
    return SHIPPED_DIR if (SHIPPED_DIR / _META).is_file() else None


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def sums_of(folder: Path) -> dict[str, str]:
    """The SHA-256 of every file in `folder` but SHA256SUMS itself, by relative path (sorted)."""
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.name != SUMS_FILE)
    return {p.relative_to(folder).as_posix(): file_sha256(p) for p in files}


def write_sums(folder: Path) -> dict[str, str]:
    """Write `folder`/SHA256SUMS in sha256sum's format (`sha256sum -c SHA256SUMS` checks it too)."""
    sums = sums_of(folder)
    lines = "".join(f"{digest}  {name}\n" for name, digest in sums.items())
    (folder / SUMS_FILE).write_text(lines, encoding="utf-8")
    return sums


def verify(folder: Path) -> None:
    """Check every file SHA256SUMS lists against its hash; a ModelError naming --rules-only if not."""
    try:
        listed = (folder / SUMS_FILE).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise _damaged(folder, f"cannot read {SUMS_FILE} ({exc.strerror or exc})") from exc
    for line in listed:
        digest, _, name = line.partition("  ")
        if not name:
            raise _damaged(folder, f"{SUMS_FILE} has a line that is not 'HASH  FILE': {line!r}")
        path = folder / name
        if not path.is_file():
            raise _damaged(folder, f"{name} is missing")
        if file_sha256(path) != digest:
            raise _damaged(folder, f"{name} does not match its SHA-256 in {SUMS_FILE}")


def _damaged(folder: Path, what: str) -> ModelError:
    return ModelError(
        f"the attribution model in {folder} is damaged: {what}; reinstall quotegraph (or run "
        "`make model-package`), or analyze with --rules-only"
    )
