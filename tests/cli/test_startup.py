"""Start-up: the CLI and its query commands import no analysis library (spaCy, torch, ONNX Runtime,
transformers, Dask, VADER); those load only where an analysis runs. Checked structurally, in a fresh
interpreter's sys.modules, so that the check holds however fast or loaded the machine is;
benchmarks/startup.py times it.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from quotegraph.store import open_store
from tests.support.paths import ROOT

HEAVY = (
    "spacy",
    "thinc",
    "torch",
    "onnxruntime",
    "transformers",
    "dask",
    "distributed",
    "vaderSentiment",
    "trafilatura",  # for web pages only
)

# Runs the CLI with the given arguments in this interpreter, then prints which heavy modules it imported.
_PROBE = """
import json, sys
from quotegraph.cli import app
from tests.support.paths import ROOT
try:
    app(sys.argv[1:], prog_name="quotegraph")
except SystemExit as stop:
    code = stop.code
else:
    code = 0
print(json.dumps({"code": code, "loaded": [m for m in HEAVY_NAMES if m in sys.modules]}))
""".replace("HEAVY_NAMES", repr(HEAVY))


def _loaded_by(*args: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, timeout=300, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_importing_the_cli_imports_no_analysis_library() -> None:
    probe = f"import json, sys, quotegraph.cli; print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=300, check=True
    )
    assert json.loads(done.stdout) == []


@pytest.mark.parametrize("args", [["--help"], ["analyze", "--help"], ["ingest", "--help"]])
def test_help_imports_no_analysis_library(args: list[str]) -> None:
    assert _loaded_by(*args) == {"code": 0, "loaded": []}


@pytest.fixture(scope="module")
def empty_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("startup") / "empty.db"
    with open_store(db):
        pass
    return db


@pytest.mark.parametrize(
    "command", [["quotes", "--speaker", "Park"], ["speakers"], ["stats"], ["articles"], ["events"]]
)
def test_query_commands_import_no_analysis_library(command: list[str], empty_db: Path) -> None:
    assert _loaded_by(*command, "--db", str(empty_db), "--json") == {"code": 0, "loaded": []}


SAMPLE = ROOT / "src" / "quotegraph" / "data" / "sample.txt"
TORCH_INSTALLED = importlib.util.find_spec("torch") is not None


@pytest.mark.parametrize("model", [["--rules-only"], []])
def test_analyzing_a_text_file_imports_no_torch_transformers_or_trafilatura(model: list[str]) -> None:
    """thinc imports torch whenever it is installed (2.7 s of each analysis's start): analysis keeps it
    out (analyze/lean_imports.py), with the rules and with a model (the suite's default sets the shipped
    model aside; test_onnx.py checks an ONNX model's analysis the same way)."""
    probe = _loaded_by("analyze", str(SAMPLE), *model)
    assert probe["code"] == 0
    assert {"spacy", "thinc"} <= set(probe["loaded"])
    assert not {"torch", "transformers", "trafilatura"} & set(probe["loaded"])  # a .txt: no page to read


def _thinc_sees_torch(first: str) -> bool:
    """Whether thinc's torch support is on after `first` was imported, then spaCy by analysis."""
    probe = (
        f"import {first}\n"
        "import quotegraph.analyze.parsing, thinc.compat, torch\n"
        "assert torch.zeros(2).sum().item() == 0  # torch itself imports and works either way\n"
        "print(thinc.compat.has_torch)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=300, check=True
    )
    return done.stdout.strip() == "True"


@pytest.mark.skipif(not TORCH_INSTALLED, reason="torch is not installed (the learn extra)")
def test_torch_is_kept_from_thinc_only_when_analysis_imports_spacy_first() -> None:
    """Training imports torch before spaCy and gets thinc's torch support as usual; analysis gets
    thinc without it, and can still import torch itself afterwards (a torch attribution model)."""
    assert _thinc_sees_torch("torch")
    assert not _thinc_sees_torch("quotegraph.analyze")
