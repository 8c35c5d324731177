"""In "X quoted Y as saying", Y is the speaker; X, the outlet or person that relays it, is not (round 34).

News credits words it takes from another outlet with the outlet as the subject of "quote" and the speaker
as its object: `"…," the Financial Times newspaper quoted an insider in the talks as saying.`, `Reuters
quoted a spokesman as saying that …`. The cue is the gerund after "as" ("saying", "telling"), which has no
subject of its own: its speaker is the object of "quote" (or "cite") before it, or, in the passive ("an
insider was quoted as saying"), that verb's subject. The reporting clause then runs from the relaying
verb's subject, so that a quotation right before it ("…," the paper quoted …) is the speaker's.
"""

from __future__ import annotations

from spacy.tokens import Token

RELAYING = frozenset({"quote", "cite"})  # "quoted him as saying", "cited an official as saying"
SPEAKER_DEPS = ("dobj", "nsubjpass")  # "quoted an insider as saying", "an insider was quoted as saying"


def _relaying_verb(cue: Token) -> Token | None:
    """The "quote"/"cite" whose "as" the gerund cue hangs on ("quoted X as saying"), or None."""
    if cue.tag_ != "VBG" or cue.dep_ not in {"pcomp", "pobj"} or cue.head.lower_ != "as":
        return None
    verb = cue.head.head
    if cue.head.dep_ != "prep" or verb.pos_ != "VERB" or verb.lemma_.lower() not in RELAYING:
        return None
    return verb


def relayed_speaker(cue: Token) -> Token | None:
    """The head noun of whom "X quoted Y as saying" credits: Y, the object of "quote" before the cue, or
    the passive subject ("Y was quoted as saying"); else None."""
    verb = _relaying_verb(cue)
    if verb is None:
        return None
    for dep in SPEAKER_DEPS:
        speaker = next((c for c in verb.children if c.dep_ == dep and c.i < cue.i), None)
        if speaker is not None and speaker.pos_ in {"NOUN", "PROPN", "PRON"} and speaker.lower_ != "it":
            return speaker
    return None


def relaying_start(cue: Token) -> int | None:
    """Where the reporting clause of "X quoted Y as saying" starts: X's first character (the relaying
    verb's subject), or None where the cue is no such gerund or the verb has no subject before it."""
    verb = _relaying_verb(cue)
    if verb is None or relayed_speaker(cue) is None:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    return subject.left_edge.idx if subject is not None else None
