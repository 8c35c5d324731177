"""The Python API: the README's example runs as written, and `import quotegraph` loads no analysis library
until a name that needs one is used."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import quotegraph
import quotegraph.analyze
from tests.support.paths import ROOT

README = ROOT / "README.md"
HEAVY = ("spacy", "thinc", "torch", "onnxruntime", "transformers", "dask", "vaderSentiment", "psycopg")


def _readme_example() -> str:
    section = README.read_text(encoding="utf-8").split("## Python\n", 1)[1]
    found = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert found, "README.md's Python section has no python example"
    return found.group(1)


def test_the_readme_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)  # the example opens ./quotegraph.db
    exec(compile(_readme_example(), str(README), "exec"), {})
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Helen Park ['the vote was \"a turning point for the whole city.']"
    assert lines[1] == "{"  # the JSON of the analysis, its first 80 characters
    assert lines[-1] == "[]"  # a new, empty store
    assert (tmp_path / "quotegraph.db").is_file()


def test_every_public_name_resolves() -> None:
    for package in (quotegraph, quotegraph.analyze):
        assert set(package.__all__) - {"__version__"} == set(package._LAZY)
        for name in package.__all__:
            assert getattr(package, name) is not None, name
    assert quotegraph.read_text("Hello.").text == "Hello."
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        _ = quotegraph.nothing


def test_importing_quotegraph_and_its_analysis_package_loads_no_analysis_library() -> None:
    probe = (
        "import json, sys, quotegraph, quotegraph.analyze, quotegraph.analyze.tone\n"
        "quotegraph.open_store, quotegraph.QuoteFilter\n"
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=300, check=True
    )
    assert json.loads(done.stdout) == []
