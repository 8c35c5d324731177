"""Analyses through the real command and back out of a store, to compare a learned model's output
across `analyze`, `ingest` and `serve`."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from quotegraph.cli import app
from quotegraph.store import open_store
from quotegraph.store.lookups import article as stored_article
from tests.support.paths import TRAIN_FIXTURE

runner = CliRunner()

TEXTS = sorted((TRAIN_FIXTURE / "text").glob("*.txt"))


def analyzed(path: Path, *options: str) -> dict:
    """`quotegraph analyze PATH --format json` with these options."""
    result = runner.invoke(app, ["analyze", str(path), "--format", "json", *options])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def stored(db: Path) -> dict[str, dict]:
    """Each stored article's analysis (as the API gives it back), by file name."""
    with open_store(db, create=False) as store:
        found = {}
        for row in store.articles(limit=None):
            article = stored_article(store, row["id"])
            assert article is not None
            found[Path(article["analysis"]["article"]["source"]).name] = article["analysis"]
        return found
