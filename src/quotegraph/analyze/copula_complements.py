"""A cue coordinated with a copula speaks for the copula's subject, never for its complement (round 27).

"Vietnam is one of the region's most vocal critics of China's sweeping territorial claims … and has
accused Beijing of encroaching into its waters": "has accused" shares the subject of "is", Vietnam; the
complement of "is" ("one of the region's most vocal critics of …") says what the subject is and speaks
for no one. A source found inside that complement (the learned model's span "the region's most vocal
critics of") is the subject of the copula; a cue with a subject of its own keeps it.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.parsing import SUBJECT_DEPS

# The complements of a copula: a noun phrase ("is one of …") or an adjective ("is critical of …").
COMPLEMENTS = frozenset({"attr", "acomp"})


def copula_subject(head: Token | None, cue: Token) -> Token | None:
    """The subject of the copula `cue` is coordinated with, where the source `head` lies in the copula's
    complement and `cue` has no subject of its own; None otherwise."""
    copula = cue.head
    if head is None or cue.dep_ != "conj" or copula.lemma_ != "be" or copula.i > cue.i:
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    complement = next((c for c in copula.children if c.dep_ in COMPLEMENTS and head in c.subtree), None)
    if complement is None:
        return None
    return next((c for c in copula.children if c.dep_ in SUBJECT_DEPS and c.i < copula.i), None)
