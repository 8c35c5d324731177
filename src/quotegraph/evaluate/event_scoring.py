"""Scoring events (analyze/events.py) against a hand-made events gold file (docs/evaluation.md).

The file (``"kind": "events"``) lists articles by a path relative to a data folder, each with its
publication date and every event it reports outside quotation marks: the ``sentence`` (or the part
of it) the event is in, the ``action`` verb as written (``occurrence``: its nth appearance in that
sentence, 1 by default), ``actor`` and ``target`` as written or null, and its ``class``.

A predicted event matches a gold one at the **action** level when its action span is the gold verb;
at the **event** level when, besides, its actor and its target each agree: both absent, or the
predicted phrase shares a word token (by position) with the gold phrase. **class** asks the event
level and the same action class. Precision is matched / predicted events of the gold articles, recall
matched / gold events, summed over articles.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quotegraph.errors import GoldDataError
from quotegraph.evaluate.brat import read_text
from quotegraph.evaluate.metrics import Counts, word_tokens
from quotegraph.evaluate.run import run_predictor
from quotegraph.records import Analysis, Event, Span

KIND = "events"
LEVELS = ("action", "event", "class")


@dataclass(frozen=True)
class GoldEvent:
    """One gold event, located in its article's text."""

    action: Span
    actor: Span | None
    target: Span | None
    action_class: str


@dataclass
class GoldEventArticle:
    path: str
    date: str | None
    text: str
    events: list[GoldEvent]


@dataclass
class EventsReport:
    """Counts per level, and what failed to match, for reading."""

    articles: int
    scores: dict[str, Counts] = field(default_factory=lambda: {level: Counts() for level in LEVELS})
    missed: list[str] = field(default_factory=list)  # gold events no prediction matched (event level)
    spurious: list[str] = field(default_factory=list)  # predictions matching no gold event

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": KIND,
            "articles": self.articles,
            "scores": {level: counts.to_dict() for level, counts in self.scores.items()},
            "missed": self.missed,
            "spurious": self.spurious,
        }


def is_events_gold(path: Path) -> bool:
    """Whether a JSON gold file is an events gold file (its ``kind``), not a quotes one."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8")).get("kind") == KIND
    except (OSError, ValueError, AttributeError):
        return False  # the quotes reader reports what is wrong with it


def load_events_gold(path: Path, data_dir: Path) -> list[GoldEventArticle]:
    """The gold file's articles with their texts (read under ``data_dir``) and located events."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
        return [_article(entry, Path(data_dir)) for entry in raw["articles"]]
    except (OSError, ValueError) as exc:
        raise GoldDataError(f"cannot read events gold {path}: {exc}") from exc
    except (KeyError, TypeError) as exc:
        raise GoldDataError(f"events gold {path} lacks a field or has a wrong type: {exc}") from exc


def _article(entry: dict[str, Any], data_dir: Path) -> GoldEventArticle:
    text_path = data_dir / entry["path"]
    if not text_path.is_file():
        raise GoldDataError(f"events gold article {text_path} not found (give its folder with --articles)")
    text = read_text(text_path)
    return GoldEventArticle(
        entry["path"], entry.get("date"), text, [_event(text, e) for e in entry["events"]]
    )


def _event(text: str, entry: dict[str, Any]) -> GoldEvent:
    sentence = entry["sentence"]
    start = text.find(sentence)
    if start < 0:
        raise GoldDataError(f"sentence not in the article: {sentence[:60]!r}")
    return GoldEvent(
        action=_word(text, start, sentence, entry["action"], entry.get("occurrence", 1)),
        actor=_phrase(text, start, sentence, entry.get("actor")),
        target=_phrase(text, start, sentence, entry.get("target")),
        action_class=entry["class"],
    )


def _word(text: str, start: int, sentence: str, word: str, occurrence: int) -> Span:
    # Not inside a longer word; \b would fail a phrase that starts or ends with a sign ("$20bn").
    found = list(re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", sentence))
    if len(found) < occurrence:
        raise GoldDataError(f"{word!r} is not written {occurrence} time(s) in {sentence[:60]!r}")
    match = found[occurrence - 1]
    return start + match.start(), start + match.end()


def _phrase(text: str, start: int, sentence: str, phrase: str | None) -> Span | None:
    return None if phrase is None else _word(text, start, sentence, phrase, 1)


def score_events(pairs: list[tuple[GoldEventArticle, Analysis]]) -> EventsReport:
    report = EventsReport(articles=len(pairs))
    for gold, analysis in pairs:
        by_action = {tuple(e.action_span): e for e in analysis.events}
        matched: set[Span] = set()
        for event in gold.events:
            predicted = by_action.get(event.action)
            agrees = predicted is not None and _agrees(gold.text, event, predicted)
            report.scores["action"].matched += predicted is not None
            report.scores["event"].matched += agrees
            report.scores["class"].matched += agrees and predicted.action_class == event.action_class
            if agrees:
                matched.add(event.action)
            else:
                report.missed.append(f"{gold.path}: {_describe_gold(gold.text, event)}")
        for level in LEVELS:
            report.scores[level].add(0, len(analysis.events), len(gold.events))
        report.spurious += [
            f"{gold.path}: {_describe(analysis.text, e)}"
            for e in analysis.events
            if tuple(e.action_span) not in matched
        ]
    return report


def _agrees(text: str, gold: GoldEvent, predicted: Event) -> bool:
    return _same_part(text, gold.actor, predicted.actor_spans) and _same_part(
        text, gold.target, predicted.target_spans
    )


def _same_part(text: str, gold: Span | None, predicted: list[Span]) -> bool:
    if gold is None or not predicted:
        return gold is None and not predicted
    return bool(word_tokens(text, [gold]) & word_tokens(text, predicted))


def _describe_gold(text: str, event: GoldEvent) -> str:
    def part(span: Span | None) -> str:
        return text[span[0] : span[1]] if span else "-"

    return f"{part(event.actor)} --{part(event.action)} [{event.action_class}]--> {part(event.target)}"


def _describe(text: str, event: Event) -> str:
    def part(spans: list[Span]) -> str:
        return " ".join(text[start:end] for start, end in spans) or "-"

    verb = text[event.action_span[0] : event.action_span[1]]
    return f"{part(event.actor_spans)} --{verb} [{event.action_class}]--> {part(event.target_spans)}"


def evaluate_events(gold_path: Path, data_dir: Path, analyze: Callable[..., Analysis]) -> EventsReport:
    """Analyze every article of an events gold file on its date and score its events."""
    articles = load_events_gold(gold_path, data_dir)
    return score_events([(a, run_predictor(analyze, a.text, a.date)) for a in articles])
