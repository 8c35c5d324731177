"""The quotes stage with a learned attribution model: the model's attributions and the rules', merged.

The model (quotegraph train, train/model.py) finds attributions the rules miss — beliefs, intentions,
paraphrase — and draws span boundaries as PolNeAR does; the rules know quotation marks. So every
attribution of the model is kept, and a rule attribution is added when its content shares no
character with any of the model's: a quote the model did not see. Speakers are resolved afterwards,
for both alike (speakers.py). docs/training.md gives the measurements behind this choice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from quotegraph.analyze.quotemarks import QuotedSpan
from quotegraph.analyze.quotes import Attribution

if TYPE_CHECKING:
    from quotegraph.train.model import AttributionModel


def learned_attributions(
    doc: Doc, passages: list[QuotedSpan], rules: list[Attribution], model: AttributionModel
) -> list[Attribution]:
    """The model's attributions, plus the rules' whose content none of them touches, in text order.

    The model reads the rules' findings (`passages`, `rules`) as features (train/features.py).
    """
    learned = model.attributions(doc, (passages, rules))
    taken = [span for a in learned for span in a.content]
    added = [a for a in rules if not _touches(a.content, taken)]
    return sorted(learned + added, key=lambda a: a.content[0][0])


def _touches(content: list[tuple[int, int]], taken: list[tuple[int, int]]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in content for s2, e2 in taken)
