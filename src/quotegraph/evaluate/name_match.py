"""Names and roles as scorers compare them: a name by its key (whitespace, edge punctuation and case set
aside), a role by the share of the gold role's content words the prediction has. Shared by the quote
scorer (scoring.py) and the facts scorer (facts.py), below both.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quotegraph.evaluate.metrics import trim

# Words a role shares with any other role; they say nothing about whether the role is right.
_ROLE_STOPWORDS = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "the", "to", "with", "s"}
)
_WORD = re.compile(r"\w+")


def name_key(name: str) -> str:
    """A name as compared: inner whitespace collapsed, ends trimmed of punctuation, case folded."""
    name = " ".join(name.split())
    span = trim(name, (0, len(name)))
    return name[span[0] : span[1]].casefold() if span else ""


def _role_words(role: str | None) -> set[str]:
    return {w.casefold() for w in _WORD.findall(role or "")} - _ROLE_STOPWORDS


def role_word_recall(gold_role: str | None, predicted_role: str | None) -> float | None:
    """Share of the gold role's content words in the predicted role; None when it has none."""
    gold_words = _role_words(gold_role)
    if not gold_words:
        return None
    return len(gold_words & _role_words(predicted_role)) / len(gold_words)


def mean_word_recall(recalls: Iterable[float | None]) -> float:
    """The average over the roles that have content words (0 when none has)."""
    scored = [r for r in recalls if r is not None]
    return sum(scored) / len(scored) if scored else 0.0
