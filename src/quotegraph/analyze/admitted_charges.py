"""A charge admitted or denied: a plea, no words (round 32; docs/quotes.md, "Not speech, round 32").

News tells a plea in court with "admit", "deny" or "confess" and the charge as its object: "He admitted one
felony count of scheming to defraud and faces up to four years in prison", "denied two charges of
murder", "admitted to three counts of fraud", "has admitted manslaughter". What is admitted is a charge
(a count, an offence, a crime named), not a clause of words: a plea, a deed in court, as "pleaded guilty
to fraud" is (deeds.is_deed). The cue reports nothing (quotes.reports_nothing), for the rules and a
learned model alike. "admitted that he had lied", "denied the allegations", "admitted the mistake" (no
charge noun) and "denied the charge that he lied" (a clause under it) are words and are left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

PLEA_VERBS = frozenset({"admit", "deny", "confess"})
# Nouns for a charge and the crimes charged most often in news.
CHARGE_NOUNS = frozenset(
    """
    count counts charge charges offence offences offense offenses felony felonies misdemeanour misdemeanor
    misdemeanours misdemeanors manslaughter murder murders fraud frauds theft thefts assault assaults
    burglary burglaries robbery robberies rape rapes perjury conspiracy embezzlement bribery
    """.split()
)
CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})


def admits_a_charge(cue: Token) -> bool:
    """ "admitted one felony count of …", "denied two charges of murder", "admitted to three counts of …":
    a plea verb whose object (or "to"'s object) is a charge noun, with no clause of its own."""
    if cue.lemma_.lower() not in PLEA_VERBS or any(c.dep_ in CLAUSE_DEPS for c in cue.children):
        return False
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    objects += [o for p in cue.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children]
    return any(_is_charge(o) for o in objects)


def _is_charge(noun: Token) -> bool:
    """A charge noun with no clause under it ("denied the charge that he lied" holds words)."""
    if noun.lower_ not in CHARGE_NOUNS and noun.lemma_.lower() not in CHARGE_NOUNS:
        return False
    return not any(
        c.dep_ in {"acl", "ccomp"} and any(m.dep_ == "mark" for m in c.children) for c in noun.children
    )
