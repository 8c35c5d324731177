"""A standing or a trend confirmed: a deed or the writer's argument, nobody's words (docs/quotes.md,
"Types of attribution").

"Despite losing 28-17 in Sunday's Six Nations encounter, the Italians confirmed their continuing
improvement": the team showed it by playing. "To start, it confirms recent polling on impeachment": an
election result bears the polls out. "Confirm" whose bare object (no clause) is a showing of form, standing
or a trend (an improvement, a status, a place, the polls) reports what something bore out, not what anyone
said; "confirmed earlier reports of negotiations", "confirmed rows over the issue" and "confirmed that …"
are words and are left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

# What a deed or a result bears out: form, standing and what the polls showed.
STANDINGS = frozenset(
    """
    improvement improvements progress form status standing position place spot importance credentials
    reputation dominance superiority supremacy pedigree potential class quality polling poll polls
    """.split()
)
CLAUSES = frozenset({"ccomp", "xcomp", "parataxis"})


def confirms_a_standing(cue: Token) -> bool:
    """ "confirmed their continuing improvement", "confirms recent polling": "confirm" with a bare object
    that names a standing or a trend, and no clause."""
    if cue.lemma_.lower() != "confirm" or any(c.dep_ in CLAUSES for c in cue.children):
        return False
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    return any(o.lemma_.lower() in STANDINGS for o in objects)
