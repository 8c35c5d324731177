"""Properties of `analyze` over arbitrary text (Hypothesis): it never raises, every span indexes the
text exactly, the JSON output round-trips, and the same text always gives the same analysis."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotegraph.analyze.pipeline import analyze
from quotegraph.formats import to_json
from quotegraph.records import Analysis, Article

# News-like pieces make the rules fire; arbitrary unicode makes the edges show.
PIECES = st.sampled_from(
    [
        '"',
        "“",
        "”",
        "'",
        " said ",
        " told ABC News ",
        "according to ",
        "He",
        "Mayor Ann Lee",
        ",",
        ".",
        "\n",
        " -- ",
        "190-mile",
        "300 km",
        "on Sunday",
        "London",
        "Kursk region",
        "three officials",
        ":",
        " attacked ",
        "Moscow's troops were arrested by",
    ]
)
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=40).map("".join)


def _all_spans(analysis: Analysis) -> list[tuple[int, int]]:
    spans = []
    for quote in analysis.quotes:
        spans += quote.content + quote.cue + quote.source
    spans += [m for s in analysis.speakers for m in s.mentions]
    spans += [m for e in analysis.entities for m in e.mentions]
    spans += [m for p in analysis.places for m in p.mentions]
    spans += [q.span for q in analysis.quantities] + [d.span for d in analysis.dates]
    spans += [s for w in analysis.warnings for s in w.spans]
    for event in analysis.events:
        spans += [event.action_span, *event.actor_spans, *event.target_spans, *event.place_spans]
        spans += event.date_spans
    return spans


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS)
def test_analyze_is_total_exact_and_deterministic(nlp, text):
    analysis = analyze(Article(text=text), nlp)
    assert analysis.text == text
    for start, end in _all_spans(analysis):
        assert 0 <= start <= end <= len(text)
    for quantity in analysis.quantities:
        assert text[slice(*quantity.span)] == quantity.text
    for mention in analysis.dates:
        assert text[slice(*mention.span)] == mention.text
    assert json.loads(to_json(analysis)) == json.loads(json.dumps(analysis.to_dict()))
    assert to_json(analyze(Article(text=text), nlp)) == to_json(analysis)
