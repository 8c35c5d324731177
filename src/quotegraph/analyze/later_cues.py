"""A quote after "before asking", "after adding" is the words of that later cue (docs/quotes.md, "Pairing a
quote with its own cue"; issue 30, round 29).

'"Promise mama you'll keep your hands in sight," Blige sings to Clinton before asking her, "I just want to
know, where do we go from here?"' reports two speech acts of one speaker: the first quotation is what she
sings, the second what she asks. A preposition of time ("before", "after", "while", "then") that opens a
clause on a speech verb of its own sets that verb's words apart: the reporting clause of the first cue ends
before it, so the quote after it is no continuation of the first cue's.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.cues import is_cue


def opens_later_cue(child: Token) -> bool:
    """A dependent of a cue that is a preposition opening a clause on a cue of its own: "before asking
    her", "after adding"."""
    return child.dep_ == "prep" and any(c.dep_ == "pcomp" and is_cue(c) for c in child.children)
