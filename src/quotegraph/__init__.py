"""quotegraph: who said what in news articles.

The public API, in one place. Each name imports its module when first used, so that `import
quotegraph` stays cheap (no spaCy, no database driver until they are needed)::

    import quotegraph

    analysis = quotegraph.analyze_text(text, date="2024-11-18")  # the default models, loaded once
    pipeline = quotegraph.load(rules_only=True)                 # or choose them, then call it
    article = quotegraph.read_path("page.html")                # .txt or .html; read_url, read_bytes
    with quotegraph.open_store("news.db") as store:            # SQLite or postgresql://…
        rows = store.quotes(quotegraph.QuoteFilter(speaker="Park"))

An Analysis is the output contract of README.md (`analysis.to_dict()`, `quotegraph.to_json(analysis)`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotegraph.lazy import lazy_exports

__version__ = "0.1.0"

# Each public name and the module that defines it.
_LAZY: dict[str, str] = {
    "load": "quotegraph.api",
    "analyze_text": "quotegraph.api",
    "Pipeline": "quotegraph.api",
    "read_path": "quotegraph.read.sources",
    "read_bytes": "quotegraph.read.sources",
    "read_text": "quotegraph.read.text",
    "read_url": "quotegraph.read.urls",
    "iter_items": "quotegraph.read.collect",
    "open_store": "quotegraph.store",
    "QuoteFilter": "quotegraph.store.queries",
    "to_json": "quotegraph.formats",
    "Analysis": "quotegraph.records",
    "Article": "quotegraph.records",
    "QuotegraphError": "quotegraph.errors",
}
# Names that differ from the defining module's own.
_RENAMED = {"read_text": "parse_text"}

__all__ = [
    "Analysis",
    "Article",
    "Pipeline",
    "QuoteFilter",
    "QuotegraphError",
    "__version__",
    "analyze_text",
    "iter_items",
    "load",
    "open_store",
    "read_bytes",
    "read_path",
    "read_text",
    "read_url",
    "to_json",
]

if TYPE_CHECKING:
    from quotegraph.api import Pipeline, analyze_text, load
    from quotegraph.errors import QuotegraphError
    from quotegraph.formats import to_json
    from quotegraph.read.collect import iter_items
    from quotegraph.read.sources import read_bytes, read_path
    from quotegraph.read.text import parse_text as read_text
    from quotegraph.read.urls import read_url
    from quotegraph.records import Analysis, Article
    from quotegraph.store import open_store
    from quotegraph.store.queries import QuoteFilter


__getattr__, __dir__ = lazy_exports(__name__, _LAZY, __all__, _RENAMED)
