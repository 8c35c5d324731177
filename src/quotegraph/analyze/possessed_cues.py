"""Whose vow a possessive pronoun names (docs/quotes.md, "Named, not found, round 13").

A speech noun (vow, pledge, promise, claim, warning) can be a cue by itself: "his often-repeated vow that
Britain would leave the EU" reports what someone vowed, with no subject to say who. Its possessive says:
where the noun is the object of a verb with no subject of its own, an infinitive or a gerund ("failing to
deliver on his vow", "accused of breaking her promise", "for abandoning his pledge"), that verb's
understood subject, the subject of the clause above it, is whose the vow is, and the possessive agrees
with it: "Johnson is under fire for failing to deliver on his often-repeated vow that …" is Johnson's vow.
A possessive of a noun that a finite verb takes ("Jones mocked his vow") may be anyone's and names no one
here; nor does a subject that does not agree ("Critics say … his vow"; "his" is no group, "her" no "he").
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.parsing import SUBJECT_DEPS

PROMISE_NOUNS = frozenset({"vow", "pledge", "promise", "claim", "warning", "assurance", "threat"})
# The pronoun a possessive stands for, beside the subject it may agree with.
POSSESSIVE_SUBJECTS = {"his": "he", "her": "she"}
# How a noun hangs from the verb without a subject of its own: as its object, through a preposition.
POSSESSION_PATH_DEPS = frozenset({"dobj", "pobj", "prep"})
# Verbs with no subject of their own: an infinitive or a gerund set in a clause above.
NONFINITE_DEPS = frozenset({"xcomp", "pcomp", "advcl"})
NONFINITE_TAGS = frozenset({"VB", "VBG"})


def possessor_subject(cue: Token) -> Token | None:
    """The subject a speech noun's possessive pronoun stands for (the rule above), or None."""
    owner = next((c for c in cue.children if c.dep_ == "poss"), None)
    if cue.pos_ != "NOUN" or cue.lemma_.lower() not in PROMISE_NOUNS or owner is None:
        return None
    pronoun = POSSESSIVE_SUBJECTS.get(owner.lower_)
    if pronoun is None:
        return None
    token, nonfinite = cue, False
    while token.dep_ in POSSESSION_PATH_DEPS | NONFINITE_DEPS and token.head.i != token.i:
        if token.dep_ in NONFINITE_DEPS:
            if token.tag_ not in NONFINITE_TAGS:
                return None  # a clause of its own: "after he broke his vow"
            nonfinite = True
        token = token.head
        if any(c.dep_ in SUBJECT_DEPS for c in token.children):
            break
    if not nonfinite or token.tag_ in NONFINITE_TAGS:
        return None  # "Jones mocked his vow": the vow's owner is no one the parse names
    subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS and c.i < owner.i), None)
    if subject is None:
        return None
    named = subject.pos_ == "PROPN" and subject.ent_type_ == "PERSON" and subject.tag_ == "NNP"
    return subject if named or subject.lower_ == pronoun else None
