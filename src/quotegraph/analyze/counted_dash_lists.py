"""A counted subject with its members set off by dashes is those members, one joint source (round 30):
"The only two Arab states to have signed peace treaties with Israel - Egypt and Jordan - also sharply
criticised the US policy shift" is Egypt and Jordan together, never no one.

News counts a group ("the only two Arab states", "both countries", "the three firms") and names its
members in a dash aside right after, then gives the verb: the aside says who the count is. The parser
often loses the subject across the aside (it hangs the first name on a preposition inside the
description), leaving the cue with no subject of its own; the names between the dashes are then the
source, joined as written ("Egypt and Jordan"). Only where the aside ends right before the cue (adverbs
aside: "- also sharply criticised"), holds nothing but names, commas and one "and", and the words before it
in the sentence count the group (a number or "both", and a plural noun).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotegraph.analyze.parsing import SUBJECT_DEPS

DASHES = frozenset({"-", "–", "—", "--"})
# Words that count a group: "the only two Arab states", "both countries", "all three firms".
COUNTING = frozenset("two three four five six both".split())
# What a list of names is made of, besides the names.
_JOINTS = frozenset({",", "and"})
_NAME_LABELS = frozenset({"GPE", "ORG", "NORP", "LOC", "PERSON"})


def dash_listed(cue: Token | None) -> str | None:
    """The names of a dash aside that says who a counted subject is ("Egypt and Jordan"), where the cue
    right after the aside has no subject of its own; None otherwise."""
    if cue is None or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    sent, i = cue.sent, cue.i - 1
    while i >= sent.start and cue.doc[i].pos_ in {"ADV", "AUX", "PART"}:
        i -= 1  # "- also sharply criticised", "- have both said"
    if i < sent.start or cue.doc[i].text not in DASHES:
        return None
    closing, i = i, i - 1
    while i >= sent.start and cue.doc[i].text not in DASHES:
        i -= 1
    if i <= sent.start:
        return None
    names = cue.doc[i + 1 : closing]
    if not _a_list(names):
        return None
    before = cue.doc[sent.start : i]
    counted = any(t.lower_ in COUNTING for t in before) and any(t.tag_ == "NNS" for t in before)
    return names.text if counted else None


def _a_list(names: Span) -> bool:
    """Two or more capitalised names joined by commas and one final "and"."""
    words = [t for t in names if t.lower_ not in _JOINTS]
    joints = [t.lower_ for t in names if t.lower_ == "and"]
    starts = [t for t in words if t.i == names.start or t.nbor(-1).lower_ in _JOINTS]
    return (
        joints == ["and"]
        and len(starts) >= 2
        and all(t.text[:1].isupper() and (t.pos_ == "PROPN" or t.ent_type_ in _NAME_LABELS) for t in words)
    )
