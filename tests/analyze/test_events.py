"""The events stage: who did what to whom, read off the parse (analyze/events.py)."""

from __future__ import annotations

import pytest

from quotegraph.analyze.events import CLASSES, VERB_CLASSES
from quotegraph.analyze.pipeline import analyze, resolve_stages
from quotegraph.read import parse_text, read_path
from quotegraph.records import Article
from tests.support.paths import shared_path


def _event(analysis, verb: str):
    text = analysis.text
    found = [e for e in analysis.events if text[e.action_span[0] : e.action_span[1]] == verb]
    assert found, f"no event for {verb!r}: {[text[slice(*e.action_span)] for e in analysis.events]}"
    return found[0]


def _words(analysis, spans) -> str:
    return " ".join(analysis.text[start:end] for start, end in spans)


@pytest.fixture(scope="module")
def seed(nlp):
    article = read_path(shared_path("examples", "atacms-kursk.txt"), date="2024-11-18")
    return analyze(article, nlp)


def _id_of(analysis, name: str) -> str:
    return next(e.id for e in analysis.entities if e.name == name)


def test_seed_events_have_their_actor_and_target(seed):
    moscow = "place:524901"  # GeoNames id of Moscow, the Russian government's seat
    authorized = _event(seed, "authorized")
    assert (authorized.actor, authorized.action_class) == (_id_of(seed, "Joe Biden"), "authorize")
    assert authorized.target == "place:690791" and _words(seed, authorized.target_spans) == "Ukraine"

    fighting = _event(seed, "fighting")
    assert fighting.actor == moscow and _words(seed, fighting.actor_spans) == "Moscow's troops"
    assert fighting.action_class == "fight" and fighting.target_name == "a Ukrainian incursion"
    assert fighting.date == "2024-08"  # "since August", through the xcomp "to defeat"

    withheld = _event(seed, "withheld")
    assert withheld.actor == _id_of(seed, "White House") and withheld.target_name == "permission"
    assert withheld.action_class == "reject"

    intensifying = [e for e in seed.events if e.action == "intensify" and e.actor == moscow]
    assert intensifying and intensifying[0].action_class == "fight"  # from its object, "attacks"
    assert intensifying[0].target_name == "its long-range and ground attacks"


def test_a_passive_an_object_controlled_infinitive_and_a_place(nlp):
    article = parse_text("Protesters were arrested by police in Paris. Moscow urged Kyiv to surrender.")
    events = analyze(article, nlp, only=["events"])
    arrested, urged, surrender = (_event(events, verb) for verb in ("arrested", "urged", "surrender"))
    assert (arrested.actor_name, arrested.target_name, arrested.action_class) == (
        "police",
        "Protesters",
        "coerce",
    )
    assert arrested.place_name == "Paris" and arrested.place and arrested.place.startswith("place:")
    assert urged.action_class == "appeal" and urged.target_name == "Kyiv"
    assert surrender.actor_name == "Kyiv" and surrender.action_class == "yield"


def test_plain_speech_verbs_and_quoted_words_are_no_events(nlp):
    article = parse_text('The minister said the army attacked. "We will attack them," she told reporters.')
    events = analyze(article, nlp, only=["events"]).events
    assert [e.action for e in events] == ["attack"]
    assert events[0].actor_name == "the army" and events[0].target is None


@pytest.mark.parametrize("text", ["", "   \n\n", "Attack!", "..."])
def test_text_with_no_clause_gives_no_events_and_no_error(nlp, text):
    # Article, not parse_text: reading rejects an empty text before any stage could see it.
    assert analyze(Article(text), nlp, only=["events"]).events == []


def test_every_lexicon_verb_has_a_documented_class():
    assert set(VERB_CLASSES.values()) <= set(CLASSES)
    assert resolve_stages(["events"]) == ["entities", "quotes", "places", "dates", "events"]


def test_a_place_under_a_verbless_headline_is_no_event_and_ends(nlp):
    # The place's head chain ends at a noun root: the walk up to a governing verb must stop there.
    analysis = analyze(
        parse_text("Chaos in Paris\n\nPolice arrested two men in Paris."), nlp, only=["events"]
    )
    assert [(e.action, e.target_name, e.place_name) for e in analysis.events] == [
        ("arrest", "two men", "Paris")
    ]
