"""A learned attribution model (`--attribution-model`) in `quotegraph ingest` and `quotegraph serve`:
the model travels to the analysis workers and the server, and what they give is what `quotegraph
analyze --attribution-model` gives; a directory that is no model stops either command before it starts.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from quotegraph.cli import app
from quotegraph.store import open_store
from tests.support.learned import TEXTS, analyzed, stored
from tests.support.server import first_answer, free_port

runner = CliRunner()
# Where the analysis runs: a worker process of the local pool, or a worker of a local Dask cluster.
WORKERS = [["--workers", "1"], ["--dask", "local:1"]]


def corpus(folder: Path) -> Path:
    """The fixture's articles, as files to ingest."""
    folder.mkdir()
    for text in TEXTS:
        shutil.copy(text, folder / text.name)
    return folder


@pytest.mark.parametrize("where", WORKERS, ids=["pool", "dask"])
def test_ingest_with_the_model_stores_what_analyze_with_it_gives(tmp_path: Path, model_dir: Path, where):
    folder = corpus(tmp_path / "corpus")
    db = tmp_path / "learned.db"
    command = ["ingest", str(folder), "--db", str(db), *where, "--json"]
    result = runner.invoke(app, [*command, "--attribution-model", str(model_dir)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["ingested"] == len(TEXTS)
    rules_db = tmp_path / "rules.db"
    assert runner.invoke(app, ["ingest", str(folder), "--db", str(rules_db), "--workers", "0"]).exit_code == 0

    learned, rules = stored(db), stored(rules_db)
    assert set(learned) == set(rules) == {text.name for text in TEXTS}
    for name in learned:
        # The whole analysis, quotes and speakers included, as the command gives it for the same file.
        assert learned[name] == analyzed(folder / name, "--attribution-model", str(model_dir))
        assert rules[name] == analyzed(folder / name)
        assert learned[name]["quotes"]
        assert (learned[name]["attribution_model"], learned[name]["attribution_scope"]) == (
            model_dir.name,
            "quotes",
        )
        assert (rules[name]["attribution_model"], rules[name]["attribution_scope"]) == (None, None)
    # The model was used: on these articles it finds other attributions than the rules alone.
    assert any(learned[name]["quotes"] != rules[name]["quotes"] for name in learned)


@pytest.mark.parametrize("where", WORKERS, ids=["pool", "dask"])
def test_ingest_with_a_folder_that_is_no_model_stops_before_it_starts(tmp_path: Path, where):
    folder = corpus(tmp_path / "corpus")
    (folder / "empty.txt").write_text("")  # a read failure would be recorded, were anything read
    not_a_model = tmp_path / "not-a-model"
    not_a_model.mkdir()
    db = tmp_path / "x.db"
    command = ["ingest", str(folder), "--db", str(db), *where, "--attribution-model", str(not_a_model)]
    result = runner.invoke(app, command)
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1, result.stderr
    assert f"{not_a_model} is not an attribution model directory" in result.stderr
    assert "Traceback" not in result.output
    with open_store(db, create=False) as store:
        counts = store.db.execute(
            "SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM failures) AS failures"
        )
    assert counts == [{"articles": 0, "failures": 0}]


def test_the_server_analyzes_with_the_model(tmp_path: Path, model_dir: Path):
    port = free_port()
    db = str(tmp_path / "none.db")
    command = [sys.executable, "-m", "quotegraph", "serve", "--port", str(port), "--db", db]
    text = TEXTS[0]
    with subprocess.Popen(
        [*command, "--attribution-model", str(model_dir)], stderr=subprocess.PIPE, text=True
    ) as process:
        try:
            info = first_answer(f"http://127.0.0.1:{port}/api/info", process)
            response = httpx.post(
                f"http://127.0.0.1:{port}/api/analyze", json={"text": text.read_text()}, timeout=60
            )
        finally:
            process.terminate()
    assert response.status_code == 200, response.text
    served = response.json()
    expected = analyzed(text, "--attribution-model", str(model_dir))
    assert served["quotes"] and served["quotes"] == expected["quotes"]
    assert served["speakers"] == expected["speakers"]
    assert served["quotes"] != analyzed(text)["quotes"]  # not the rules alone
    assert (served["attribution_model"], served["attribution_scope"]) == (model_dir.name, "quotes")
    learned = {"name": model_dir.name, "architecture": "cnn", "scope": "quotes"}
    assert info["attribution_model"] == learned


def test_serve_with_a_folder_that_is_no_model_fails_before_listening(tmp_path: Path):
    """As its own process (as a user runs it): a server that started would outlive the timeout."""
    port = str(free_port())
    command = [
        sys.executable,
        "-m",
        "quotegraph",
        "serve",
        "--attribution-model",
        str(tmp_path),
        "--port",
        port,
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 3
    assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr + result.stdout
    assert f"{tmp_path} is not an attribution model directory" in result.stderr
