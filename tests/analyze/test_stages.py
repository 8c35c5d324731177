"""`analyze --only`: the stages asked for (and those they need), with the spaCy components they do not
read switched off, give what the full pipeline gives for them."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from typer.testing import CliRunner

from quotegraph.analyze.parsing import parse
from quotegraph.analyze.pipeline import (
    REQUIRES,
    STAGES,
    StageOrderError,
    State,
    UnknownStageError,
    analyze,
    check_order,
    resolve_stages,
    run_stages,
    stage,
    unused_components,
)
from quotegraph.cli import app
from quotegraph.read import read_bytes
from quotegraph.records import Analysis

runner = CliRunner()


def _sample():
    data = resources.files("quotegraph.data").joinpath("sample.txt").read_bytes()
    return read_bytes(data, source="sample.txt", date="2025-03-04")


def test_only_places_skips_the_lemmatizer_and_finds_the_same_places(nlp):
    assert unused_components(nlp, ["places"]) == ["lemmatizer"]
    assert unused_components(nlp, list(STAGES)) == []
    full = analyze(_sample(), nlp)
    places = analyze(_sample(), nlp, only=["places"])
    assert places.places == full.places and places.places
    assert places.quotes == [] and places.dates == []
    assert "lemmatizer" in nlp.pipe_names  # switched on again for the next caller


def test_the_command_runs_the_stages_named_and_those_they_need(nlp):
    assert resolve_stages(["warnings"]) == ["entities", "quotes", "quantities", "warnings"]
    result = runner.invoke(app, ["analyze", "--sample", "--only", "quotes, dates", "--format", "json"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert found["quotes"] and found["dates"] and found["entities"]
    assert found["places"] == [] and found["quantities"] == []


def test_an_unknown_stage_is_a_one_line_error():
    result = runner.invoke(app, ["analyze", "--sample", "--only", "quotes,gossip"])
    assert result.exit_code == 2
    assert "unknown stage(s) gossip" in result.output


def test_the_stages_are_registered_after_the_stages_they_require():
    check_order(list(STAGES))  # the pipeline's own order, as every resolve_stages order is
    for only in (["events"], ["warnings"], ["tone"], ["places", "dates"]):
        check_order(resolve_stages(only))


def test_a_stage_registered_before_what_it_requires_is_refused():
    with pytest.raises(StageOrderError, match="'summary' requires headlines, which no stage"):
        stage("summary", requires=("quotes", "headlines"))(lambda state: None)
    assert "summary" not in STAGES and "summary" not in REQUIRES


def test_running_a_stage_before_what_it_requires_is_refused(nlp):
    article = _sample()
    state = State(article, parse(nlp, article), Analysis(text=article.text, article=article.meta))
    with pytest.raises(StageOrderError, match="stage 'quotes' requires entities to run before it"):
        run_stages(state, ["quotes", "entities"])
    assert state.analysis.quotes == []  # refused before any stage ran
    with pytest.raises(UnknownStageError, match="unknown stage"):
        run_stages(state, ["entities", "gossip"])
