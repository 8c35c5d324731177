"""Titles joined by "and" before a name belong to the name (docs/quotes.md, "Titles joined before a name").

"According to media and PR strategist Glen Yearwood", "said film and television producer Jane Doe": the
parser reads the first title word ("media") as the source and the name as a second one joined to it by
"and". Both titles are the person's; the source is the person named. Only where the first word is a bare
lower-case noun (no determiner, no name of its own) and the name after "and" carries a title noun of its own
("strategist"): "the unions and Jane Doe said" are two sources (left to the other rules).
"""

from __future__ import annotations

from spacy.tokens import Token


def name_after_joined_title(head: Token) -> Token | None:
    """The name's last word when `head` is the first of titles joined by "and" before a person's name
    ("media" in "media and PR strategist Glen Yearwood"); None otherwise."""
    if head.pos_ != "NOUN" or not head.is_lower or head.ent_type_:
        return None
    if any(c.dep_ in {"det", "poss", "nummod"} for c in head.children):
        return None
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in head.children):
        return None
    for name in (c for c in head.children if c.dep_ == "conj"):
        titled = any(t.dep_ == "compound" and t.pos_ == "NOUN" for t in name.lefts)
        if name.pos_ == "PROPN" and name.ent_type_ == "PERSON" and titled:
            return name
    return None
