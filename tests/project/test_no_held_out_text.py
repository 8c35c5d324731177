"""No sentence of the held-out sample in the repository (issue 30: rules are tuned on other articles):
benchmarks/held_out_leaks.py finds runs of 40 characters of a held-out article in src/, tests/ and docs/
that no tuning article holds too. Skipped where ../shared is absent."""

from __future__ import annotations

import importlib

import pytest

from tests.support.paths import ROOT, SHARED

CORPUS = SHARED / "corpora" / "bbc-news"
BENCHMARK = SHARED / "corpora" / "article-extraction-benchmark"


@pytest.mark.skipif(not (CORPUS.is_dir() and BENCHMARK.is_dir()), reason="needs ../shared's corpora")
def test_no_held_out_sentence_is_in_code_tests_or_docs(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    leaks = importlib.import_module("held_out_leaks")
    sample = importlib.import_module("quote_sample")
    held = sample.held_out_paths(CORPUS) + sample.held_out_pages(BENCHMARK)
    tuning = sample.tuning_paths(CORPUS) + sample.tuning_pages(BENCHMARK)
    found = [(path.name, run) for path, run in leaks.leaks(held, tuning, leaks.repository_text(ROOT))]
    assert found == []


def test_a_held_out_run_is_found_and_one_a_tuning_article_shares_is_not(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    leaks = importlib.import_module("held_out_leaks")
    own = "The minister said the plan would cost far more than anyone had been told."
    shared = "The key is if the council comes out and says that it is happy with the deal."
    held, tuning = tmp_path / "held.txt", tmp_path / "tuning.txt"
    held.write_text(f"{own} {shared}")
    tuning.write_text(f"Letters page. {shared}")
    repository = f"fixture: '{own}' and '{shared}'"
    found = [run for _, run in leaks.leaks([held], [tuning], repository)]
    assert found
    assert all(run in own + " " and run not in shared for run in found)
