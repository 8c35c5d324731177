"""Scoring events against the hand-made events gold (evaluate/event_scoring.py, docs/evaluation.md)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from quotegraph.cli import app
from quotegraph.evaluate.event_scoring import GoldEvent, GoldEventArticle, score_events
from quotegraph.records import Analysis, ArticleMeta, Event
from tests.support.paths import FIXTURES, shared_path

GOLD = FIXTURES / "events-gold.json"
HELDOUT = GOLD.with_name("events-heldout.json")
TEXT = "Police arrested two men. Troops attacked."


def _gold() -> GoldEventArticle:
    arrested = GoldEvent(action=(7, 15), actor=(0, 6), target=(16, 23), action_class="coerce")
    attacked = GoldEvent(action=(32, 40), actor=(25, 31), target=None, action_class="fight")
    return GoldEventArticle("x.txt", None, TEXT, [arrested, attacked])


def test_an_event_matches_on_its_verb_then_on_actor_and_target_words():
    right = Event("arrest", "coerce", (7, 15), actor_spans=[(0, 6)], target_spans=[(20, 23)])
    wrong_target = Event("attack", "fight", (32, 40), actor_spans=[(25, 31)], target_spans=[(0, 6)])
    report = score_events([(_gold(), Analysis(TEXT, ArticleMeta(), events=[right, wrong_target]))])
    assert report.scores["action"].matched == 2
    assert report.scores["event"].matched == 1 and report.scores["event"].precision == 0.5
    assert report.scores["class"].matched == 1 and len(report.missed) == 1 and len(report.spurious) == 1


@pytest.mark.parametrize(("gold", "events"), [(GOLD, 70), (HELDOUT, 11)])
def test_the_command_scores_a_gold_file_and_reports_a_missing_article(tmp_path, gold, events):
    shared = shared_path()
    result = CliRunner().invoke(app, ["evaluate", str(gold), "--articles", str(shared), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)["scores"]
    assert scores["event"]["gold"] == events and 0 < scores["event"]["recall"] <= scores["action"]["recall"]
    missing = CliRunner().invoke(app, ["evaluate", str(gold), "--articles", str(tmp_path)])
    assert missing.exit_code == 4 and "not found" in missing.output and "Traceback" not in missing.output
