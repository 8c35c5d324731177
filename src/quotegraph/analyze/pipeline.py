"""The analysis pipeline: parse once, then run each stage over the shared Doc, in order."""

from __future__ import annotations

from spacy.language import Language

from quotegraph.analyze.entities import cluster_entities
from quotegraph.analyze.model import load_model, parse
from quotegraph.analyze.quotemarks import find_quoted
from quotegraph.analyze.quotes import find_attributions
from quotegraph.analyze.speakers import assign_roles, resolve_speakers
from quotegraph.records import Analysis, Article


def analyze(article: Article, nlp: Language | None = None) -> Analysis:
    """Everything quotegraph finds in one article."""
    nlp = nlp or load_model()
    doc = parse(nlp, article)
    passages, _unpaired = find_quoted(article.text, article.paragraphs())
    attributions = find_attributions(doc, passages)
    index = cluster_entities(doc)
    assign_roles(doc, index)
    speakers = resolve_speakers(doc, attributions, index)
    return Analysis(
        text=article.text,
        article=article.meta,
        quotes=[a.to_quote() for a in attributions],
        speakers=speakers,
        entities=[c.to_entity() for c in index.clusters],
        notes=list(article.notes),
    )
