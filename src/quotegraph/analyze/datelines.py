"""A dateline is no subject (round 29).

Wire copy opens a story with a dateline: the place it was filed from in capitals, sometimes with a date or
the agency, then a dash, and the story's first sentence after it ("BERLIN -- The European Space Agency
says …", "WASHINGTON, Dec 5 (AP) — The senator said …"). The parser may take the place for a subject of the
first verb beside the sentence's own subject; the place speaks for no one. A cue whose source lies in a
dateline at the head of a paragraph speaks for its own subject after the dash; where the parse gives it
none, for nobody (never the place).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.parsing import SUBJECT_DEPS

# The dashes that close a dateline ("BERLIN --", "LONDON —", "(AP) –"); a hyphen is an aside's in BBC copy.
DATELINE_DASHES = frozenset({"--", "—", "–"})
# How many tokens a dateline may run to before its dash ("WASHINGTON, Dec. 5, 2019 (Reuters) —").
DATELINE_REACH = 12


def after_dateline(head: Token, cue: Token) -> Token | None:
    """The cue's own subject after the dateline where `head` lies in one; None where the cue has no other
    subject; else `head` unchanged."""
    dash = _dateline_dash(head)
    if dash is None or head.i >= dash.i:
        return head
    own = [c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.i > dash.i]
    return own[0] if own else None


def _dateline_dash(token: Token) -> Token | None:
    """The dash that closes the dateline opening `token`'s paragraph, or None where none opens it."""
    doc = token.doc
    start = token.sent.start
    while start < token.i and doc[start].is_space:
        start += 1
    if start > 0 and "\n" not in doc[start - 1].text + doc[start - 1].whitespace_:
        return None  # not at a paragraph's head
    first = doc[start]
    if not (first.is_alpha and first.is_upper and len(first) > 1):
        return None  # "The agency -- which …": no place in capitals
    for later in doc[start + 1 : start + DATELINE_REACH]:
        if later.text in DATELINE_DASHES:
            return later
        if later.pos_ in {"VERB", "AUX"} or (later.is_alpha and later.is_lower):
            return None  # a clause of its own before the dash: "NASA, which flies …", no dateline
    return None
