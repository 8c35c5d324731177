"""The indexes that replaced a pass over every passage, span or attribution per look-up (quadratic in
long texts) find what the scans found: quotes._PassageIndex (the passages next to a reporting clause,
and those around a clause's end), continuations._Spans (a leftover quote's overlap with the content
found), earlier.Resolutions (what the pronoun and description rules ask of the attributions
before an offset) and gender.outside_of (whether a name is outside every quote), over random
passages (nested, across paragraphs), spans and attributions."""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest

from quotegraph.analyze.attribution import Attribution
from quotegraph.analyze.clauses import through_open_passage
from quotegraph.analyze.continuations import _Spans
from quotegraph.analyze.earlier import Resolutions
from quotegraph.analyze.entities import Cluster
from quotegraph.analyze.gender import outside_of
from quotegraph.analyze.quotemarks import QuotedSpan
from quotegraph.analyze.quotes import _PassageIndex
from quotegraph.analyze.speakers import _Resolved


def _passages(rng: random.Random, count: int) -> list[QuotedSpan]:
    """Top-level passages one after another, some over two paragraphs, some holding a nested one,
    in find_quoted's order (a nested passage closes, and is listed, before the one around it)."""
    found: list[QuotedSpan] = []
    at = 0
    for _ in range(count):
        at += rng.randint(0, 40)
        start, end = at, at + rng.randint(2, 120)
        fragments = [(start + 1, end - 1)]
        if rng.random() < 0.2 and end - start > 20:  # continued into the next paragraph
            middle = (start + end) // 2
            fragments = [(start + 1, middle), (middle + 2, end - 1)]
        if rng.random() < 0.3 and end - start > 10:
            inner_start = rng.randint(start + 1, end - 6)
            inner_end = rng.randint(inner_start + 2, end - 2)
            found.append(QuotedSpan([(inner_start + 1, inner_end - 1)], outer=[(inner_start, inner_end)]))
        outer = (
            [(start, end)] if len(fragments) == 1 else [(start, fragments[0][1]), (fragments[1][0] - 1, end)]
        )
        found.append(QuotedSpan(fragments, outer=outer))
        at = end
    return found


@pytest.mark.parametrize("seed", range(5))
def test_the_passage_index_finds_what_the_scans_found(seed: int) -> None:
    rng = random.Random(seed)
    passages = _passages(rng, 300)
    index = _PassageIndex(passages)
    last = max(p.end for p in passages)
    for _ in range(2000):
        lo = rng.randint(-5, last + 5)
        hi = lo + rng.randint(0, 30)
        assert index.ending(lo, hi) == [p for p in passages if lo <= p.end <= hi]
        assert index.starting(lo, hi) == [p for p in passages if lo <= p.start <= hi]
        held = index.around(lo)
        assert held == [p for p in passages if p.start <= lo < p.end]
        assert through_open_passage(lo, held) == through_open_passage(lo, passages)


@pytest.mark.parametrize("seed", range(5))
def test_spans_find_the_overlaps_the_scan_found(seed: int) -> None:
    rng = random.Random(seed)
    spans: list[tuple[int, int]] = []
    for _ in range(200):
        start = rng.randint(0, 5000)
        spans.append((start, start + rng.choice([0, 1, 5, 40, 300])))
    index = _Spans(spans[:100])
    for n, span in enumerate(spans[100:], start=100):
        for _ in range(20):
            start = rng.randint(-10, 5400)
            end = start + rng.randint(0, 50)
            assert index.overlaps(start, end) == any(s < end and start < e for s, e in spans[:n])
        index.add(span)


@pytest.mark.parametrize("seed", range(5))
def test_outside_of_the_quotes_is_what_the_scan_found(seed: int) -> None:
    """gender.outside_of (which named_last asks of every mention) against the scan it replaced, over
    spans nested, overlapping, touching and empty, in no order."""
    rng = random.Random(seed)
    spans: list[tuple[int, int]] = []
    for _ in range(rng.randint(0, 60)):
        start = rng.randint(0, 3000)
        spans.append((start, start + rng.choice([0, 1, 2, 10, 80, 400])))
    if spans and rng.random() < 0.5:
        spans.append((spans[0][1], spans[0][1] + 5))  # one starting where another ends
    outside = outside_of(spans)
    for offset in [*range(-3, 3500, 7), *(edge for span in spans for edge in span)]:
        assert outside(offset) == (not any(s <= offset < e for s, e in spans)), offset


def _attributions(rng: random.Random, count: int) -> list[Attribution]:
    """Attributions in text order of their content, some without a cue, the cue before or after the
    content, sources "he", "she" or a name (a stand-in token: the index reads its lower_ only)."""
    found = []
    for n in range(count):
        content = (n * 50 + rng.randint(0, 20), n * 50 + 45)
        cue = [] if rng.random() < 0.2 else [(content[0] + rng.randint(-60, 60),) * 2]
        cue = [(start, start + rng.randint(3, 8)) for start, _ in cue]
        source = SimpleNamespace(lower_=rng.choice(["he", "she", "park", "they"]))
        found.append(Attribution("direct", [content], cue, source_token=source))  # type: ignore[arg-type]
    return found


def _resolved(rng: random.Random, clusters: list[Cluster]) -> _Resolved | None:
    if rng.random() < 0.15:
        return None
    cluster = rng.choice(clusters)
    return _Resolved(key=cluster.id, name=cluster.name, type=cluster.type, cluster=cluster)


@pytest.mark.parametrize("seed", range(5))
def test_resolutions_give_what_the_scans_over_every_attribution_gave(seed: int) -> None:
    """called_before, organization_before and cue_end_before against the scans speakers.py made, as
    resolve_speakers fills the table in the attributions' order."""
    rng = random.Random(seed)
    attributions = _attributions(rng, 200)
    clusters = [Cluster(f"e{n}", f"Name {n}", rng.choice(["person", "organization"])) for n in range(12)]
    done: Resolutions[_Resolved] = Resolutions(attributions)
    for attribution in attributions:
        position = attribution.cue[0][0] if attribution.cue else attribution.content[0][0]
        called: dict[str, str] = {}
        for earlier in attributions:  # _called_before as it was
            resolved, source = done.get(id(earlier)), earlier.source_token
            if not (earlier.cue and earlier.cue[0][0] < position and resolved and source is not None):
                continue
            if source.lower_ in {"he", "she"}:
                called.setdefault(resolved.key, source.lower_)
        assert done.called_before(position) == called
        last: tuple[int, Cluster] | None = None
        for earlier in attributions:  # _organization_speaking as it was
            resolved = done.get(id(earlier))
            if resolved is None or resolved.cluster is None or resolved.cluster.type != "organization":
                continue
            start = earlier.cue[0][0] if earlier.cue else earlier.content[0][0]
            if start < position and (last is None or start > last[0]):
                last = (start, resolved.cluster)
        assert done.organization_before(position) is (last[1] if last else None)
        cues = [
            a.cue[0][1] for a in attributions if a is not attribution and a.cue and a.cue[0][0] < position
        ]
        assert done.cue_end_before(position) == max(cues, default=None)
        if (resolved := _resolved(rng, clusters)) is not None:
            done[id(attribution)] = resolved
