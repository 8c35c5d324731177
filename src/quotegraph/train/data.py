"""Gold attributions as spaCy training examples: one entity layer of SOURCE, CUE and CONTENT fragments.

PolNeAR keeps an attribution nested in another's content out of that content (the outer content is
split around it), so the three parts of all attributions almost never overlap: one non-overlapping
layer holds them. What it cannot hold — a source shared by several attributions is one entity,
the rare overlapping fragment is dropped — is measured as the representation's upper bound
(benchmarks/train_polnear.py prints it; docs/training.md).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan
from spacy.training import Example
from spacy.util import filter_spans

from quotegraph.analyze.parsing import parse_many
from quotegraph.analyze.runtime.features import unlabelled
from quotegraph.evaluate.brat import GoldDocument
from quotegraph.evaluate.metrics import normalize
from quotegraph.records import Article, Span

_PARTS = {"source": "SOURCE", "cue": "CUE", "content": "CONTENT"}


# Articles parsed between two progress steps: enough to keep the model's batches full.
PARSE_GROUP = 32


def parse_documents(
    base: Language, documents: Sequence[GoldDocument], advance: Callable[[int], None] | None = None
) -> list[Doc]:
    """Parse the gold texts the way analysis does (line by line, offsets into the exact text).

    `advance` is told how many articles each group parsed, for a progress display.
    """
    return parse_articles(base, [Article(text=d.text) for d in documents], advance)


def parse_articles(
    base: Language, articles: Sequence[Article], advance: Callable[[int], None] | None = None
) -> list[Doc]:
    """Parse as analysis parses (analyze/parsing.py), in groups so a progress display can follow."""
    docs: list[Doc] = []
    for start in range(0, len(articles), PARSE_GROUP):
        group = articles[start : start + PARSE_GROUP]
        docs.extend(parse_many(base, group))
        if advance is not None:
            advance(len(group))
    return docs


def gold_fragments(document: GoldDocument) -> list[tuple[str, Span]]:
    """Every labelled fragment of the document once, trimmed as exact scoring trims it."""
    seen: dict[tuple[str, Span], None] = {}
    for attribution in document.attributions:
        for part, label in _PARTS.items():
            for fragment in getattr(attribution, part):
                for trimmed in normalize(document.text, [fragment]):
                    seen[label, trimmed] = None
    return list(seen)


def entity_spans(doc: Doc, fragments: Iterable[tuple[str, Span]]) -> list[TokenSpan]:
    """The fragments as non-overlapping token spans (a longer span wins an overlap)."""
    spans = []
    for label, (start, end) in fragments:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None and len(span):
            spans.append(span)
    return filter_spans(spans)


def to_example(doc: Doc, document: GoldDocument) -> Example:
    """A training example: the parsed doc to predict on, and a copy holding the gold layer."""
    predicted = unlabelled(doc)
    reference = predicted.copy()
    reference.set_ents(entity_spans(reference, gold_fragments(document)), default="outside")
    return Example(predicted, reference)
