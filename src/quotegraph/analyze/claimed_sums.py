"""A sum claimed: a demand for a thing, no words (docs/quotes.md, "Not speech, round 29").

"Yukos is claiming more than $20bn (£11bn) in damages", "the families are seeking compensation", "the union
demanded £5m in back pay": "claim", "seek" or "demand" with a sum of money, damages, compensation or costs
as its object (or "in damages" beside it) and no clause of what was said asks for a thing, as "called for an
emergency meeting" does (attribution_types.py, a request): typed thought, its claimant kept. "claimed that
it was owed $20bn" (a clause) and "claims an audience of more than a billion" (no sum) stay speech.
"""

from __future__ import annotations

from spacy.tokens import Token

CLAIMING_LEMMAS = frozenset({"claim", "seek", "demand"})
# What is claimed in a lawsuit or a dispute when no sum is written.
AWARDS = frozenset(
    """
    damages compensation costs reparations restitution refund refunds redress payment payments payout
    settlement fees expenses
    """.split()
)
CLAUSES = frozenset({"ccomp", "xcomp", "parataxis"})


def claims_a_sum(cue: Token) -> bool:
    """ "is claiming more than $20bn in damages", "seeking compensation": a sum asked for, no clause."""
    if cue.lemma_.lower() not in CLAIMING_LEMMAS or any(c.dep_ in CLAUSES for c in cue.children):
        return False
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    # "in damages" hangs from the verb where the sum is its object.
    awards = [o for p in cue.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children]
    return any(map(_a_sum, objects)) or any(o.lower_ in AWARDS for o in objects + awards)


def _a_sum(noun: Token) -> bool:
    """ "$20bn", "£11m", "more than $20bn": money, by the tagger or by its currency sign."""
    return noun.ent_type_ == "MONEY" or any(c.tag_ == "$" for c in noun.children) or noun.tag_ == "$"
