"""A name after a title of the church is a person's, where the NER missed it (issue 30, round 23).

News writes a churchman by his title and his name ("Cardinal Cormac Murphy O'Connor, the Archbishop of
Westminster, backed Mr Howard's stance", "Cardinal O'Connor claimed"); the NER often finds no name
there, or takes a surname of two words for an organization ("Murphy-O'Connor"), so the churchman was no
person of the article and his words went to the person named before him. The capitalised words right
after a capitalised title of CHURCH_TITLES that no name of the NER holds (a hyphen or an apostrophe
inside them kept: "Murphy-O'Connor") are a person's name, the title no part of it ("Cormac Murphy
O'Connor"); the shorter forms the article writes later ("Cardinal O'Connor") join him by the surname as
any other. A title the NER took into a name ("Imam Khomeini International Airport", "Archbishop Tutu")
stays as it was, and so does a name that a person's name of the NER already is ("Reverend Peter Smith")
or a place ("Bishop Auckland" with "Auckland" a place).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from quotegraph.analyze.name_kinds import ORGANIZATION_ENDINGS

CHURCH_TITLES = frozenset("cardinal archbishop bishop rabbi imam".split())
# The labels of a churchman's name the NER mistook ("Murphy-O'Connor" an organization); not a place's.
TAKEN_FOR = frozenset({"ORG", "NORP"})
# The most words a churchman's name after the title runs to ("Cormac Murphy O'Connor").
NAME_WORDS = 4


def with_church_names(doc: Doc, ents: list[TokenSpan]) -> list[TokenSpan]:
    """`ents` with each name after a title of the church a person's (see the module's docstring): the
    NER's names inside it give way to it."""
    held = {t.i: e for e in ents for t in e}
    found = [span for token in doc if (span := _name_after(token, held)) is not None]
    if not found:
        return ents
    taken = {t.i for span in found for t in span}
    kept = [e for e in ents if not any(t.i in taken for t in e)]
    return sorted([*kept, *found], key=lambda e: e.start)


def _name_after(title: Token, held: dict[int, TokenSpan]) -> TokenSpan | None:
    """The person's name after `title`, where the NER holds it as no person's name; else None."""
    if title.lower_ not in CHURCH_TITLES or not title.is_title or title.i in held:
        return None
    doc, end = title.doc, title.i + 1
    while end < len(doc) and end - title.i <= NAME_WORDS and _name_word(doc, end):
        end += 1
    while end > title.i + 1 and not doc[end - 1].is_title:
        end -= 1  # a hyphen ends no name
    if end == title.i + 1 or doc[end - 1].lower_ in ORGANIZATION_ENDINGS:
        return None
    inside = {id(held[i]): held[i] for i in range(title.i + 1, end) if i in held}
    if any(e.start <= title.i or e.end > end or e.label_ not in TAKEN_FOR for e in inside.values()):
        return None  # "Reverend Peter Smith": the NER's person; a place, or a name running on, another's
    return TokenSpan(doc, title.i + 1, end, label="PERSON")


def _name_word(doc: Doc, i: int) -> bool:
    """A capitalised proper noun, or a hyphen between two ("Murphy-O'Connor")."""
    token = doc[i]
    if token.tag_ == "HYPH" or token.text == "-":
        return i + 1 < len(doc) and doc[i + 1].is_title and doc[i - 1].is_title and not token.whitespace_
    return token.is_title and token.pos_ == "PROPN"
