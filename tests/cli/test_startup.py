"""Start-up: the CLI and its query commands import no analysis library (spaCy, torch, ONNX Runtime,
transformers, Dask, VADER); those load only where an analysis runs. Checked structurally, in a fresh
interpreter's sys.modules, so that the check holds however fast or loaded the machine is;
benchmarks/startup.py times it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from quotegraph.store import open_store

HEAVY = ("spacy", "thinc", "torch", "onnxruntime", "transformers", "dask", "distributed", "vaderSentiment")

# Runs the CLI with the given arguments in this interpreter, then prints which heavy modules it imported.
_PROBE = """
import json, sys
from quotegraph.cli import app
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
