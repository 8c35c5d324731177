"""Progress of one analysis (pipeline.analyze's `progress`): each step is announced as it starts, in
order, with the steps done and the steps in all, and the end once; a caller (the CLI, for a long
article) can show where the minutes go."""

from __future__ import annotations

from importlib import resources

from quotegraph.analyze.pipeline import DONE_STEP, PARSE_STEP, STAGES, analyze
from quotegraph.read import read_bytes


def _sample():
    data = resources.files("quotegraph.data").joinpath("sample.txt").read_bytes()
    return read_bytes(data, source="sample.txt", date="2025-03-04")


def test_every_step_is_announced_in_order_then_the_end(nlp):
    steps: list[tuple[str, int, int]] = []
    analysis = analyze(_sample(), nlp, progress=lambda *step: steps.append(step))
    total = len(STAGES) + 1
    names = [PARSE_STEP, *STAGES, DONE_STEP]
    assert steps == [(name, done, total) for done, name in enumerate(names)]
    assert analysis.quotes  # the analysis ran as before


def test_each_stage_is_announced_before_it_runs_and_after_the_one_before(nlp, monkeypatch):
    events: list[str] = []
    for name, function in list(STAGES.items()):

        def ran(state, name=name, function=function):
            function(state)
            events.append(f"ran {name}")

        monkeypatch.setitem(STAGES, name, ran)
    analyze(_sample(), nlp, progress=lambda step, done, total: events.append(step))
    expected = [PARSE_STEP]
    for name in STAGES:
        expected += [name, f"ran {name}"]
    assert events == [*expected, DONE_STEP]


def test_only_the_stages_run_are_counted(nlp):
    steps: list[tuple[str, int, int]] = []
    analyze(_sample(), nlp, only=["places"], progress=lambda *step: steps.append(step))
    assert steps == [(PARSE_STEP, 0, 2), ("places", 1, 2), (DONE_STEP, 2, 2)]


def test_without_a_callback_nothing_changes(nlp):
    assert analyze(_sample(), nlp) == analyze(_sample(), nlp, progress=lambda *step: None)
