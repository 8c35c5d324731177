"""`analyze --only`: the stages asked for (and those they need), with the spaCy components they do not
read switched off, give what the full pipeline gives for them."""

from __future__ import annotations

import json
from importlib import resources

from typer.testing import CliRunner

from quotegraph.analyze.pipeline import STAGES, analyze, resolve_stages, unused_components
from quotegraph.cli import app
from quotegraph.read import read_bytes

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
