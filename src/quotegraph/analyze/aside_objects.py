"""A subject the parser hung on an "as" aside before it is the cue's subject (docs/quotes.md, round 24).

`As we’ve noted, a March 2019 study by the Centre for Economic Policy Research, a London-based think tank,
concluded that …`: an aside opened by "as" ("As we've noted,", "As reported,", "As he said,") takes no
object of its own, the "as" stands for it; the parser, reading on past its comma, makes the noun phrase
after it the aside verb's object and leaves the cue with no subject. A cue drawn with no source, with no
subject of its own, whose "as" aside has an object right before the cue's comma, is that noun's: here the
study's (a document). "As expected, the firm said …" (no object) and a cue with a subject are left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.attribution import Attribution, mention_span
from quotegraph.analyze.parsing import SUBJECT_DEPS


def aside_subjects(attributions: list[Attribution]) -> None:
    """Each attribution drawn with no source whose cue's subject the parser hung on an "as" aside before
    it takes that noun as its source (in place)."""
    for attribution in attributions:
        cue = attribution.cue_token
        if cue is None or attribution.source or attribution.source_token is not None:
            continue
        if (subject := aside_object(cue)) is not None:
            attribution.source_token = subject
            attribution.source = [mention_span(subject)]


def aside_object(cue: Token) -> Token | None:
    """The object the parser gave an "as" aside hung on the cue, standing right before it: the cue's
    subject; None where the cue has a subject of its own or no such aside."""
    if any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    for aside in (c for c in cue.children if c.dep_ == "advcl" and c.i < cue.i):
        if not any(m.dep_ == "mark" and m.lower_ == "as" and m == aside.left_edge for m in aside.children):
            continue
        objects = [c for c in aside.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}]
        if len(objects) == 1 and _comma_before_object(aside, objects[0]) and _ends_before(objects[0], cue):
            return objects[0]
    return None


def _comma_before_object(aside: Token, noun: Token) -> bool:
    """ "As we've noted, a … study": a comma closes the aside before the object's phrase."""
    before = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    return before is not None and before.text == "," and before.i > aside.i


def _ends_before(noun: Token, cue: Token) -> bool:
    """The object's phrase reaches the cue, with at most punctuation or adverbs between."""
    between = noun.doc[noun.right_edge.i + 1 : cue.i]
    return all(t.is_punct or t.pos_ in {"ADV", "AUX", "PART"} for t in between)
