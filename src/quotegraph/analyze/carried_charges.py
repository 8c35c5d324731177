"""A charge carried by a verb of no speech (round 27, judged tuning 7313 Q53).

News tells a charge with a participle after the verb of a court appearance or a detention: "Alan Wass
appeared in court accused of the same offences", "two men appeared at Leeds Crown Court charged with
murder", "is currently standing trial, accused of overseeing an $11bn fraud", "were held for three years,
accused of al-Qaeda links". The participle ("accused of", "charged with", "suspected of") is the charge,
a passive with no accuser named, hearsay (docs/quotes.md: a thought with no speaker); the verb it hangs
from ("appeared", "standing") reports no one's words. A learned model draws the whole "appeared in court
accused of" as its cue, headed by the verb, so the charge rule, which reads the cue's own lemma
(attribution_types.is_hearsay), never saw the participle. A cue that is no word of speech itself and
holds a charge participle in its own clause (through its objects, prepositions and participles, never its
subject) with no "by" accuser below it reports the charge.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.cues import is_cue

CHARGE_LEMMAS = frozenset({"accuse", "charge", "suspect"})
CHARGE_PREPOSITIONS = frozenset({"of", "with"})
# The links from the verb to the participle: "appeared in court accused of" (prep, pobj, acl), "appeared
# … charged with" (advcl), "standing trial, accused of" (dobj, acl), "held …, accused of" (advcl).
CLAUSE_LINKS = frozenset({"prep", "pobj", "dobj", "acl", "advcl", "xcomp", "oprd", "npadvmod"})
MAX_DEPTH = 3
PARTICIPLE_DEPS = frozenset({"acl", "advcl", "xcomp", "oprd"})


def carries_a_charge(cue: Token) -> bool:
    """The cue is no cue word of its own and holds, in its clause, a charge participle with "of" or
    "with" after it and no "by" accuser below it; or the cue is that participle, hung from such a verb
    ("appeared at Leeds Crown Court charged with …", the model's cue "charged with")."""
    if is_cue(cue):
        return cue.dep_ in PARTICIPLE_DEPS and cue.head != cue and not is_cue(cue.head) and _is_charge(cue)
    return any(_is_charge(t) for t in _in_clause(cue, MAX_DEPTH))


def _in_clause(token: Token, depth: int) -> list[Token]:
    if depth == 0:
        return []
    found = []
    for child in token.children:
        if child.dep_ in CLAUSE_LINKS:
            found += [child, *_in_clause(child, depth - 1)]
    return found


def _is_charge(token: Token) -> bool:
    if token.lemma_.lower() not in CHARGE_LEMMAS or token.tag_ not in {"VBN", "VBD"}:
        return False
    if any(c.dep_ in {"nsubj", "dobj", "agent"} for c in token.children):
        return False  # "police charged him with …", "accused by the agency": an accuser, named
    if any(t.lower_ == "by" for t in token.subtree):
        return False  # "accused of blocking access … by the media watchdog": named lower down
    return any(c.dep_ == "prep" and c.lower_ in CHARGE_PREPOSITIONS for c in token.children)
