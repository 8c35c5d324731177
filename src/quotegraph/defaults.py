"""Which learned attribution model a command analyzes with when its options may name none.

The model is the first of: the command's ``--attribution-model``; ``QUOTEGRAPH_ATTRIBUTION_MODEL`` in
the environment; the database's attribution-model setting (store/settings.py, for a command with a
store); the model shipped inside the package (quotegraph/models/, unless
``QUOTEGRAPH_NO_SHIPPED_MODEL=1``); else none, the rules alone. Its scope is the first of:
``--attribution-scope``; ``QUOTEGRAPH_ATTRIBUTION_SCOPE``; for the database's model, the scope set
with it; for the shipped model, its SHIPPED_SCOPE; else "quotes". ``--rules-only`` skips all of it.
The shipped model is the default as the rules were before it, so no note announces it; the analysis
names it (attribution_model, attribution_model_id) like any other.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from quotegraph.models import SHIPPED_SCOPE, shipped_model
from quotegraph.records import AttributionScope, LearnedAttribution, scope_named

ENV_MODEL = "QUOTEGRAPH_ATTRIBUTION_MODEL"
ENV_SCOPE = "QUOTEGRAPH_ATTRIBUTION_SCOPE"

Origin = Literal["option", "environment", "database", "shipped"]


@dataclass(frozen=True)
class Choice:
    """The model chosen (None: the rules alone) and where it was named."""

    model: LearnedAttribution | None = None
    origin: Origin | None = None

    def note(self) -> str | None:
        """What to tell the user when the model was not named on the command line: an analysis records
        it, so a model nobody typed must not go unnoticed."""
        if self.model is None or self.origin in ("option", "shipped"):
            return None
        named = f"{ENV_MODEL}=" if self.origin == "environment" else "the database's attribution model "
        return f"using {named}{self.model.path} (scope {self.model.scope})"


def choose(
    path: Path | None = None,
    scope: AttributionScope | None = None,
    stored: Callable[[], LearnedAttribution | None] | None = None,
    rules_only: bool = False,
    environ: Mapping[str, str] = os.environ,
) -> Choice:
    """The model to analyze with: ``path`` and ``scope`` are the command's options, ``stored`` reads the
    database's setting (called only when neither option nor environment names a model). An empty
    environment variable counts as unset."""
    if rules_only:
        return Choice()
    if scope is None and environ.get(ENV_SCOPE):
        scope = scope_named(environ[ENV_SCOPE], ENV_SCOPE)
    if path is not None:
        return Choice(LearnedAttribution(path, scope or "quotes"), "option")
    if environ.get(ENV_MODEL):
        return Choice(LearnedAttribution(Path(environ[ENV_MODEL]), scope or "quotes"), "environment")
    found = stored() if stored is not None else None
    if found is not None:
        return Choice(replace(found, scope=scope or found.scope), "database")
    shipped = shipped_model(environ)
    if shipped is not None:
        return Choice(LearnedAttribution(shipped, scope or SHIPPED_SCOPE), "shipped")
    return Choice()
