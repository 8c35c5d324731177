"""A cue coordinated at the end of a relative clause speaks for the noun the clause hangs on (round 24).

`The commission then took the pair to the European Court of Human Justice - which ruled EU countries could
not put the pact "in abeyance", and confirmed the EC's right to launch "excessive debt procedures"`: the
court ruled and confirmed. The parser may hang the clause the relative verb reports ("could not put …") on
the main verb, and the cue coordinated after it ("and confirmed") with it, so that the cue's chain has no
subject and the source went up to the main clause's ("The commission"). A cue coordinated with no subject
in its chain, whose nearest subject before it in the sentence is a relative pronoun ("which", "who")
standing right after its noun, speaks for that noun (the court).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.parsing import RELATIVE_TAGS, SUBJECT_DEPS


def relative_conjunct_subject(cue: Token) -> Token | None:
    """The noun a relative clause hangs on, where the cue, coordinated with no subject up its chain, ends
    that clause ("… Court … - which ruled …, and confirmed": the court); None for any other cue."""
    if cue.dep_ != "conj" or _chain_has_subject(cue):
        return None
    sentence = cue.sent
    subject = next((t for t in reversed(cue.doc[sentence.start : cue.i]) if t.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.tag_ not in RELATIVE_TAGS or subject.head.dep_ != "relcl":
        return None
    noun, before = subject.head.head, subject.i - 1
    while before > noun.i and cue.doc[before].is_punct:
        before -= 1  # "the European Court of Human Justice - which": a dash or comma between
    if noun.pos_ not in {"NOUN", "PROPN"} or not noun.left_edge.i <= before < subject.i:
        return None
    return noun if cue.doc[before] == noun or noun.is_ancestor(cue.doc[before]) else None


def _chain_has_subject(cue: Token) -> bool:
    """Whether the cue or a verb it is coordinated with, up its chain of conjuncts, has a subject."""
    verb = cue
    while True:
        if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            return True
        if verb.dep_ != "conj" or verb.head == verb:
            return False
        verb = verb.head
