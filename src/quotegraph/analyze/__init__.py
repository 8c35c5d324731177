"""The analysis stages, one import away (as textacy's extract/ gathers its extractors).

Each finder takes a spaCy Doc that `parse` made (so offsets index the article's text) and returns
records of quotegraph.records; `analyze` runs them all as the pipeline orders them (pipeline.py).
The names import their modules when first used, so that importing one stage's module does not load
every other stage's libraries::

    from quotegraph import analyze as qa

    nlp = qa.load_model()
    doc = qa.parse(nlp, article)             # article: quotegraph.read_path(...) or read_text(...)
    places = qa.extract_places(doc)
    analysis = qa.analyze(article, nlp)      # every stage, or only=["quotes", "dates"]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotegraph.analyze import torchless
from quotegraph.lazy import lazy_exports

torchless.install()  # before any stage imports spaCy: thinc then leaves torch unloaded

# Each public name and its module, in pipeline order: parse, then the stages.
_LAZY: dict[str, str] = {
    "load_model": ".parsing",
    "load_models": ".loading",
    "parse": ".parsing",
    "analyze": ".pipeline",
    "STAGES": ".pipeline",
    "cluster_entities": ".entities",
    "find_quoted": ".quotemarks",
    "find_attributions": ".quotes",
    "resolve_speakers": ".speakers",
    "assign_roles": ".speakers",
    "quote_tone": ".tone",
    "article_tone": ".tone",
    "extract_places": ".places",
    "extract_quantities": ".quantities",
    "extract_dates": ".dates",
    "extract_events": ".events",
}

__all__ = [
    "STAGES",
    "analyze",
    "article_tone",
    "assign_roles",
    "cluster_entities",
    "extract_dates",
    "extract_events",
    "extract_places",
    "extract_quantities",
    "find_attributions",
    "find_quoted",
    "load_model",
    "load_models",
    "parse",
    "quote_tone",
    "resolve_speakers",
]

if TYPE_CHECKING:
    from quotegraph.analyze.dates import extract_dates
    from quotegraph.analyze.entities import cluster_entities
    from quotegraph.analyze.events import extract_events
    from quotegraph.analyze.loading import load_models
    from quotegraph.analyze.parsing import load_model, parse
    from quotegraph.analyze.pipeline import STAGES, analyze
    from quotegraph.analyze.places import extract_places
    from quotegraph.analyze.quantities import extract_quantities
    from quotegraph.analyze.quotemarks import find_quoted
    from quotegraph.analyze.quotes import find_attributions
    from quotegraph.analyze.speakers import assign_roles, resolve_speakers
    from quotegraph.analyze.tone import article_tone, quote_tone


__getattr__, __dir__ = lazy_exports(__name__, _LAZY, __all__)
