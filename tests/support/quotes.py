"""The quotes stage alone on a sentence or two, and its attributions as rows a test can compare: the
fixtures of the quote, speaker and role quality tests (issue 30)."""

from __future__ import annotations

from functools import cache

from quotegraph import models
from quotegraph.analyze.entities import cluster_entities
from quotegraph.analyze.parsing import parse
from quotegraph.analyze.pipeline import analyze
from quotegraph.analyze.runtime.attribution_model import load_attribution_model
from quotegraph.records import Analysis, Article


def quotes_only(nlp, text: str, model=None) -> Analysis:
    """`text` analyzed up to its quotes (speakers and roles included), by the rules or with `model`."""
    return analyze(Article(text=text), nlp, only=["quotes"], learned_model=model)


def quote_rows(analysis: Analysis, label: str = "type") -> list[tuple[str, str | None, str]]:
    """(content, speaker name, type) of each attribution; `label="kind"`: its kind (direct, indirect …)."""
    rows = []
    for quote in analysis.quotes:
        speaker = analysis.speaker(quote.speaker)
        content = " … ".join(analysis.text[s:e] for s, e in quote.content)
        rows.append((content, speaker.name if speaker else None, getattr(quote, label)))
    return rows


def speaker_by_source(analysis: Analysis, source: str) -> tuple[str | None, str | None]:
    """(name, kind) of the speaker of the attribution whose source is written `source`."""
    for quote in analysis.quotes:
        if " … ".join(analysis.text[s:e] for s, e in quote.source) == source:
            speaker = analysis.speaker(quote.speaker)
            return (speaker.name, speaker.kind) if speaker else (None, None)
    raise AssertionError(f"no attribution with the source {source!r}")


def speaker_of_source(text: str, nlp, source: str) -> tuple[str | None, str | None]:
    """(name, kind) of the speaker of the attribution of `text` whose source is written `source`, by the
    rules."""
    return speaker_by_source(quotes_only(nlp, text), source)


def speaker_by_content(text: str, nlp, content_start: str, model=None) -> tuple[str | None, str | None, str]:
    """(name, kind, type) of the first attribution whose content starts with `content_start`, by the rules
    or with `model`; (None, None, type) where it has no speaker."""
    analysis = quotes_only(nlp, text, model)
    for quote in analysis.quotes:
        content = " … ".join(analysis.text[s:e] for s, e in quote.content)
        if content.startswith(content_start):
            speaker = analysis.speaker(quote.speaker)
            return (speaker.name, speaker.kind, quote.type) if speaker else (None, None, quote.type)
    raise AssertionError(f"no attribution of {content_start!r}: {quote_rows(analysis)}")


def speaker_of(text: str, nlp, content_start: str) -> str | None:
    """The speaker's name of the first attribution of `text` whose content starts with `content_start`."""
    rows = quote_rows(quotes_only(nlp, text))
    return next(name for content, name, _ in rows if content.startswith(content_start))


@cache
def shipped_model(nlp):
    """The attribution model the checkout ships, scoped as the CLI uses it, or None."""
    folder = models.shipped_model({})
    return None if folder is None else load_attribution_model(folder, nlp).scoped(models.SHIPPED_SCOPE)


def rows_of_each(nlp, text: str) -> list[list[tuple[str, str | None, str]]]:
    """The rows by the rules alone and, where the checkout ships one, with the shipped model (the
    CLI's default, which the judged samples read)."""
    runs = [None] if shipped_model(nlp) is None else [None, shipped_model(nlp)]
    return [quote_rows(quotes_only(nlp, text, model)) for model in runs]


def speakers_of_each(nlp, text: str, content_start: str) -> set[str | None]:
    """The speakers of the attributions whose content starts with `content_start`, by the rules and,
    where the checkout ships one, the shipped model."""
    return {
        name
        for rows in rows_of_each(nlp, text)
        for content, name, _ in rows
        if content.startswith(content_start)
    }


def cluster_names(nlp, text: str, kind: str) -> set[str]:
    """The names of the entity clusters of `kind` (person, organization …) the text gives."""
    doc = parse(nlp, Article(text=text))
    return {c.name for c in cluster_entities(doc).clusters if c.type == kind}
