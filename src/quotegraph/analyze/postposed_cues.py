"""A postposed "said X" is the attribution of the clause before it; a cue inside that clause is none.

"Verified video footage … and information gathered from human rights activists outside Iran reveal a
harrowing pattern of unlawful killings …, said Amnesty International on Tuesday": the sentence is
Amnesty International's statement, its own cue ("said") closing it with the source after it. A reporting
verb inside the reported clause ("reveal") is part of what Amnesty said, not a cue of its own whose
subject ("activists outside Iran", the last noun of "footage, testimony … and information") speaks.

The learned model may draw the inner verb's attribution and not the sentence's; where the rules found the
postposed cue, with its source named after it, and the model's cue lies inside the rules' content, the
rules' attribution stands for the model's. A postposed "according to" is no such cue: "Police have said
…, according to attorneys for the family" is the police's statement, relayed (cue_subjects.py); and the
inner verb must hang in the parse from the postposed one (its reported clause). So the rules' attribution
also stands where the model drew the postposed cue itself but took the source after it for part of the
content. The model's other attributions are kept as drawn.
"""

from __future__ import annotations

from quotegraph.analyze.attribution import Attribution
from quotegraph.analyze.cues import is_according_to


def postposed_for_inner(found: list[Attribution], rules: list[Attribution]) -> list[Attribution]:
    """`found` (the model's) with each attribution whose cue lies inside the content of a rules'
    attribution with a postposed cue and a source after it replaced by that rules' attribution, and
    with it the model's own drawing of that cue (which then holds what the inner cue left)."""
    outer = [r for r in rules if _postposed(r)]
    holders = [r for r in outer if any(_cue_inside(a, r) or _holds_source(a, r) for a in found)]
    kept: list[Attribution] = []
    for attribution in found:
        holder = next((r for r in holders if _cue_inside(attribution, r) or attribution.cue == r.cue), None)
        if holder is None:
            kept.append(attribution)
        elif all(a is not holder for a in kept):
            kept.append(holder)
    return kept


def _postposed(rule: Attribution) -> bool:
    """ "…, said Amnesty International": cue and source after the whole content, not a direct quote."""
    if rule.kind == "direct" or not rule.cue or not rule.source or not rule.content:
        return False
    if rule.cue_token is None or is_according_to(rule.cue_token):
        return False  # "Police have said …, according to attorneys": the police's (cue_subjects.py)
    end = rule.content[-1][1]
    return rule.cue[0][0] >= end and rule.source[0][0] > rule.cue[0][0]


def _holds_source(attribution: Attribution, rule: Attribution) -> bool:
    """The model's drawing of the rule's own cue with the source named after it in its content ("…, said
    Amnesty International on Tuesday" read as part of what was said)."""
    overlaps = any(s < b and a < e for s, e in attribution.content for a, b in rule.source)
    return attribution.cue == rule.cue and overlaps


def _cue_inside(attribution: Attribution, rule: Attribution) -> bool:
    """Whether the attribution's cue, a word of the clause the rule's cue reports (in the parse), and its
    content lie inside the rule's content."""
    spans = attribution.cue + attribution.content
    inner, outer = attribution.cue_token, rule.cue_token
    if not attribution.cue or inner is None or outer is None or outer not in inner.ancestors:
        return False  # the inner verb is part of the clause the postposed cue reports
    return all(any(s <= a and b <= e for s, e in rule.content) for a, b in spans)
