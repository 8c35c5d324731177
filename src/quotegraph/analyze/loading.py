"""Loading what an analysis runs with: the spaCy pipeline and, when one is chosen, the learned
attribution model for it. Above both parsing.py and runtime/ (which reads parsing's tokens), so that
neither imports the other to load the pair; the runtime is imported only when a model is chosen, so
that the rules alone never load it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from spacy.language import Language

from quotegraph.analyze.parsing import load_model
from quotegraph.cache import collector_paused
from quotegraph.records import LearnedAttribution

if TYPE_CHECKING:
    from quotegraph.analyze.runtime.attribution_model import AttributionModel


def load_models(
    name: str | None = None, learned: LearnedAttribution | None = None
) -> tuple[Language, AttributionModel | None]:
    """The spaCy pipeline and, when one is chosen, the learned attribution model for it
    (`quotegraph train`'s): both loaded once per process, a ModelError when either cannot load."""
    with collector_paused():  # what loads lives as long as the process (quotegraph/cache.py)
        nlp = load_model(name)
        if learned is None:
            return nlp, None
        from quotegraph.analyze.runtime.attribution_model import load_attribution_model  # only when asked

        return nlp, load_attribution_model(Path(learned.path), nlp).scoped(learned.scope)
