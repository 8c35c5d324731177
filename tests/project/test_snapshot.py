"""Behaviour unchanged: the analysis JSON of the seed article and 20 BBC articles, by the rules alone and
with the shipped model, hashes as tests/snapshots/analysis.json records (tests/support/snapshot.py makes it;
`python -m tests.support.snapshot --update` rewrites it when a change is meant to alter the analysis)."""

from __future__ import annotations

import json

import pytest

from tests.support.snapshot import SHARED, SNAPSHOT, articles, digests


def test_the_analysis_is_unchanged() -> None:
    if not (SHARED / "corpora" / "bbc-news").is_dir() or not (SHARED / "examples").is_dir():
        pytest.skip(f"{SHARED} (the seed article and the BBC corpus) not available")
    kept = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    assert len(articles()) == 21
    found = dict(digests())
    moved = sorted(key for key in found.keys() | kept.keys() if found.get(key) != kept.get(key))
    assert not moved, f"the analysis changed for {moved}: if meant, python -m tests.support.snapshot --update"
