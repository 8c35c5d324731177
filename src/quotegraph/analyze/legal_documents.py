"""Resolutions, rulings, treaties and decrees: documents, and their author the body named before the noun
(round 30). "… breaks with Security Council resolutions declaring settlements to be illegal …" reports
what the resolutions declare, the UN Security Council's document, not anyone's speech; so do "a court
ruling stating that …", "the treaty says …", "a presidential decree ordering …".

News names such a text by the body that passed it, set before the noun as a name ("Security Council
resolutions", "EU treaties", "a Supreme Court ruling"): that name is the document's author, as a
pollster's name before "poll" is (document_owners.py). A place or a nation before the noun names no
author ("British law", "a UK ruling"), nor does a date ("the 1967 resolution").
"""

from __future__ import annotations

from spacy.tokens import Token

# Texts a body passes, signs or hands down: documents whoever drafted them ("law", "laws", "ruling",
# "treaty", "legislation" and "regulations" are document_nouns.DOCUMENT_NOUNS already). "Resolution" alone
# is a picture's sharpness as often ("The unprecedented resolution … revealing how galaxies …", round 13),
# so only the plural, which a council passes, is a document here.
LEGAL_DOCUMENTS = frozenset(
    "resolutions rulings treaties decree decrees statute statutes directive directives".split()
)
# Nouns of the same kind, whose owner before them is their author too.
_OWNED_LEGAL = LEGAL_DOCUMENTS | frozenset({"law", "laws", "ruling", "treaty", "legislation", "regulations"})
# An owner set before the noun: "Security Council resolutions" (compound), "the court's ruling" (poss).
_OWNER_DEPS = frozenset({"compound", "poss"})
# A place, a nation or a date before the noun names no author ("British law", "the 1967 resolution").
_NOT_AUTHORS = frozenset({"GPE", "NORP", "LOC", "DATE", "CARDINAL", "ORDINAL"})


def legal_owner(noun: Token) -> Token | None:
    """The name before a resolution, a ruling, a treaty or a law that passed it ("Security Council
    resolutions": "Council"), or None."""
    if noun.pos_ != "NOUN" or noun.lower_ not in _OWNED_LEGAL:
        return None
    owners = [c for c in noun.children if c.dep_ in _OWNER_DEPS and c.pos_ == "PROPN" and c.i < noun.i]
    owners = [o for o in owners if o.ent_type_ not in _NOT_AUTHORS and (o.is_title or o.is_upper)]
    return owners[-1] if owners else None
