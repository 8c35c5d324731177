"""A quote pairs with its own cue, and its speaker is never a phrase of a quotation (issue 30).

Two rules of how news sets a quote beside its reporting clause:

- a quotation inside a sentence that has its own speech cue belongs to that cue: in `She said she was
  "confident that councils will be able to set council taxes at reasonable levels." The WLGA had
  said …` the quoted words are part of what "She said" reports, and never the next sentence's direct
  quote (has_own_cue);
- the speaker is named outside the quotation marks: in `"… either single downloads or subscription
  services," said Dana Brooks` (made up) the parser may take the quote's last noun phrase for the subject of
  "said"; a subject inside quotation marks is dropped and the name after the cue taken (outside_quotes).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from quotegraph.analyze.clauses import SUBJECT_DEPS
from quotegraph.analyze.continuations import is_full_quote
from quotegraph.analyze.cues import is_cue
from quotegraph.analyze.parsing import text_of
from quotegraph.analyze.quotemarks import QuotedSpan

# What the parser makes of the name after an inverted cue (`"…," said Dana Brooks`) when it took a phrase
# of the quote for the subject.
NAME_AFTER_CUE_DEPS = SUBJECT_DEPS | {"dobj", "attr", "npadvmod", "appos", "oprd"}
SENTENCE_ENDS = frozenset(".!?")
REACH = 60  # words back from a quotation to the cue of its sentence ("She said where spending rises …")
# Only a name or a noun: "added the 30-year-old" (an adjective) is left to no one, as an age's antecedent
# is found among the sentences before, and a wrong one is worse than none.
NOMINAL = frozenset({"PROPN", "NOUN"})


def has_own_cue(doc: Doc, passage: QuotedSpan, around: Callable[[int], list[QuotedSpan]]) -> bool:
    """Whether a passage that ends its sentence (`… "levels."`) opens after a speech cue of its own
    sentence, outside quotation marks (`She said … she was "confident …"`): that cue's words, not a
    direct quote of the cue that follows. `around(offset)`: the passages holding an offset."""
    last = passage.fragments[-1]
    if text_of(doc)[last[0] : last[1]].rstrip()[-1:] not in SENTENCE_ENDS:
        return False
    opening = doc.char_span(passage.start, passage.start + 1, alignment_mode="expand")
    if opening is None:
        return False
    # Back from the opening mark to its sentence's start, at most REACH words: bounded per passage, so a
    # text of one endless "sentence" and many quotes stays linear.
    inside = opening[0].nbor(1) if opening[0].i + 1 < len(doc) else opening[0]
    for token in reversed(doc[max(0, opening[0].i - REACH) : opening[0].i]):
        if (
            is_cue(token)
            and not around(token.idx)
            and (token.is_ancestor(opening[0]) or token.is_ancestor(inside))
        ):
            return True  # the quotation is part of what that cue reports, not of a clause beside it
        if token.is_sent_start:
            return False
    return False


def outside_quotes(head: Token | None, cue: Token, around: Callable[[int], list[QuotedSpan]]) -> Token | None:
    """The source's head, unless it lies inside quotation marks: then the cue's subject or the name
    after it outside them (`"…," said Dana Brooks`), or no source at all."""
    text = text_of(cue.doc)
    if head is None or not any(is_full_quote(text, p) for p in around(head.idx)):
        return head  # a name in scare quotes (`the "Big Four" said`) is still a name
    for child in cue.children:
        if child.dep_ in SUBJECT_DEPS and not around(child.idx):
            return _named(child)
    for child in cue.rights:
        if child.dep_ in NAME_AFTER_CUE_DEPS and child.pos_ in NOMINAL and not around(child.idx):
            return _named(child)
    return None


def _named(head: Token) -> Token:
    """The person a description names beside it: "Rees" in "HVB Group economist Andreas Rees"."""
    return next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), head)
