"""The layers hold: no import circle between modules of src/, and no import runs up the layers
(records/errors → read → analyze → store → scale/serve/evaluate/train → cli; docs/architecture.md).
scripts/import_graph.py reads the graph (and prints it: `python scripts/import_graph.py`)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "import_graph.py"
_spec = importlib.util.spec_from_file_location("import_graph", SCRIPT)
assert _spec is not None and _spec.loader is not None
import_graph = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(import_graph)


@pytest.fixture(scope="module")
def edges():
    return import_graph.graph()


def test_no_import_circle(edges) -> None:
    assert import_graph.cycles(edges) == []


def test_no_import_runs_up_the_layers(edges) -> None:
    assert import_graph.layer_breaks(edges) == []


def test_every_package_has_a_layer(edges) -> None:
    assert {import_graph.top(m) for m in edges} - {""} <= set(import_graph.LAYERS)


def test_analysis_imports_no_training_scoring_storage_or_serving(edges) -> None:
    above = {"train", "evaluate", "store", "serve", "scale", "cli"}
    reached = {import_graph.top(t) for s, t in edges.edges if import_graph.top(s) == "analyze"}
    assert reached & above == set()
    assert "quotegraph.analyze.pipeline" in edges and edges.out_degree("quotegraph.analyze.pipeline") > 5


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = tmp_path / "quotegraph" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


def test_the_check_finds_a_circle_hidden_in_a_function(tmp_path: Path) -> None:
    src = _tree(
        tmp_path,
        {
            "__init__.py": "",
            "read/__init__.py": "from quotegraph.read.a import x\n",
            "read/a.py": "def x():\n    from quotegraph.read.b import y\n",
            "read/b.py": "from quotegraph.read import x\n",
        },
    )
    assert import_graph.cycles(import_graph.graph(src)) == [
        ["quotegraph.read", "quotegraph.read.a", "quotegraph.read.b"]
    ]


def test_the_check_finds_analysis_importing_training(tmp_path: Path) -> None:
    src = _tree(
        tmp_path,
        {
            "__init__.py": "",
            "analyze/__init__.py": "",
            "analyze/stage.py": "from ..train import loop\n",  # relative, and up the layers
            "train/__init__.py": "",
            "train/loop.py": "import quotegraph.analyze.stage\n",
        },
    )
    edges = import_graph.graph(src)
    assert ("quotegraph.analyze.stage", "quotegraph.train.loop") in edges.edges
    assert import_graph.layer_breaks(edges) == [
        "quotegraph.analyze.stage → quotegraph.train (train is above analyze)",
        "quotegraph.analyze.stage → quotegraph.train.loop (train is above analyze)",
    ]
