"""A noun of a long pre-modified subject that the parser read as the sentence's verb: "Ex-BBC chat show
host and East Midlands MEP Robert Kilroy-Silk has said …".

News heads a sentence with a stack of descriptions before the speaker's name ("Ex-BBC chat show host and
East Midlands MEP Robert Kilroy-Silk", "Former reality show star …"); a noun in it spelled like a verb of
the lexicons ("show", "report") can be read as the verb, with the words before it as its subject and the
real clause ("… Kilroy-Silk has said he wants …") as its complement. That reading holds a cue ("show")
whose subject is a scrap of the description and whose complement holds the real speaker's own cue. The
word is a noun where the parser itself joined the noun before it to it as a compound ("chat show"), and
the complement's speech verb has a subject whose phrase begins right after it, with no "that" between:
it is the end of the description, reporting nothing, and the speech verb's subject (the name the
description ends in) is the speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.cues import SPEECH_LEMMAS

BARE_TAGS = frozenset({"VB", "VBP", "VBZ"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def noun_of_subject(cue: Token) -> bool:
    """Whether `cue` is a noun inside the pre-modified subject of the speech verb of its complement (see
    the module docstring): "chat show" in "… chat show host and … MEP Robert Kilroy-Silk has said …"."""
    if cue.tag_ not in BARE_TAGS or cue.i == 0 or cue.i + 1 >= len(cue.doc):
        return False
    before = cue.nbor(-1)
    if before.dep_ != "compound" or before.head != cue or before.tag_ not in {"NN", "NNS"}:
        return False  # "Polls show …": a subject of its own, a verb
    for clause in (c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i):
        if clause.lemma_.lower() not in SPEECH_LEMMAS:
            continue
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None and subject.left_edge.i == cue.i + 1 and subject.pos_ == "PROPN":
            return True
    return False
