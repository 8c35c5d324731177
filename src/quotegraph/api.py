"""The Python API's analysis half: load the models once, then analyze text or articles with them.

`quotegraph.load()` chooses the attribution model as every command does (quotegraph/defaults.py: the
argument, $QUOTEGRAPH_ATTRIBUTION_MODEL, the shipped model, else the rules alone) and returns a
`Pipeline`; calling it analyzes. `quotegraph.analyze_text(text)` is the one-line form (the models load once
per process, so calling it again costs only the analysis). Not `quotegraph.analyze`: that is the
package of the stages.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from quotegraph.defaults import choose
from quotegraph.records import Analysis, Article, AttributionScope

if TYPE_CHECKING:
    from spacy.language import Language

    from quotegraph.analyze.runtime.attribution_model import AttributionModel


@dataclass(frozen=True)
class Pipeline:
    """The spaCy pipeline and the attribution model (None: the rules alone) an analysis runs with."""

    nlp: Language
    learned_model: AttributionModel | None = None  # loaded; load() takes its directory

    def __call__(
        self, source: str | Article, date: str | None = None, only: Iterable[str] | None = None
    ) -> Analysis:
        """Analyze plain text (`date`: its publication day, YYYY-MM-DD) or an Article a reader made;
        `only` names the stages to run (with those they need), as `analyze --only` does."""
        from quotegraph.analyze.pipeline import analyze
        from quotegraph.read.text import parse_text

        article = source if isinstance(source, Article) else parse_text(source, date=date)
        return analyze(article, self.nlp, only, self.learned_model)


def load(
    spacy_model: str | None = None,
    attribution_model: str | Path | None = None,
    scope: AttributionScope | None = None,
    rules_only: bool = False,
) -> Pipeline:
    """The models an analysis runs with, chosen as the commands choose them; a ModelError when one
    cannot load. `spacy_model`: a package name or path (default en_core_web_sm 3.8)."""
    from quotegraph.analyze.loading import load_models

    path = Path(attribution_model) if attribution_model is not None else None
    nlp, learned = load_models(spacy_model, choose(path, scope, rules_only=rules_only).model)
    return Pipeline(nlp, learned)


def analyze_text(
    source: str | Article, date: str | None = None, only: Iterable[str] | None = None
) -> Analysis:
    """Everything quotegraph finds in one text or Article, with the default models (`load()`)."""
    return load()(source, date, only)
