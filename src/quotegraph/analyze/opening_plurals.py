"""A plural noun capitalised only because it opens a line is a group described, no one's name (round 27).

A bulleted list ("Main points of the plan: - Licensees who persistently refuse to comply with the law
will face …") or a sentence opens on a plural common noun, which the parser, seeing its capital, may tag
a proper noun ("Licensees", NNPS). A person's or a firm's name is no such word: one plural word with no
name the NER found, no article and no name joined to it before, opening its line or sentence, is an
unnamed group of people ("Licensees"), as "Analysts said" is; never a person "Licensees" whom a later
"she" could go back to.
"""

from __future__ import annotations

from spacy.tokens import Token

# What may stand before the word on its line: a bullet or a dash, and spaces.
_BULLETS = frozenset({"-", "–", "—", "•", "*", "·"})


def _on_line(token: Token) -> bool:
    """A bullet or a space before a word on its line, no line break."""
    mark = token.text.strip()
    return (not mark or mark in _BULLETS) and "\n" not in token.text_with_ws


def _opens_line(token: Token) -> bool:
    """The token opens its sentence, or its line after a bullet."""
    if token.is_sent_start:
        return True
    before = token.doc[token.i - 1] if token.i > 0 else None
    while before is not None and _on_line(before):
        before = token.doc[before.i - 1] if before.i > 0 else None  # a bullet, a space on the line
    return before is None or "\n" in before.text_with_ws


def opening_plural(head: Token) -> bool:
    """`head` is a lone plural word the parser took for a name because it opens a line (rules above)."""
    if head.tag_ != "NNPS" or head.ent_type_ or not head.is_title or not head.lower_.endswith("s"):
        return False
    if any(c.dep_ in {"compound", "det", "poss", "amod"} for c in head.lefts):
        return False
    return _opens_line(head)
