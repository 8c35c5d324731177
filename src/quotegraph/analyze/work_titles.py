"""A work's title set beside its noun: "the film 24 Hour Party People" (docs/quotes.md, "Names, round 15").

News names a film, a book or an album by its noun and then its title: "was told in the Michael
Winterbottom film 24 Hour Party People", "the album "Red"", "the novel Brave New World". The title is
the work's own name, never a person's nor an organization's, whatever its words ("People"), and it is
whole: a number it opens with is part of it ("24 Hour Party People", never "Hour Party People"), and the
quotation marks around it are not. The work is a document (attribution_types.py types it so): its
speaker is the work under its title. Only the words right after the noun are read.
"""

from __future__ import annotations

from spacy.tokens import Token

# Nouns of works that carry a title of their own (not a report or a study, which are their owner's).
WORK_NOUNS = frozenset(
    "film movie documentary book novel memoir biography album single song play musical opera series "
    "sitcom drama".split()
)
# Small words a title holds in lower case ("Brave New World", "Pirates of the Caribbean").
TITLE_SMALL_WORDS = frozenset("of the a an and in on at to for with".split())
QUOTE_MARKS = frozenset("\"“”‘’'")


def work_title(head: Token) -> str | None:
    """The title set right after a work's noun ("film 24 Hour Party People" → "24 Hour Party People"),
    ending at the name the parser sets beside the noun; None for any other noun or where none is set."""
    if head.lemma_.lower() not in WORK_NOUNS or head.pos_ != "NOUN":
        return None
    name = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if name is None:
        return None
    words = [t for t in head.doc[head.i + 1 : name.i + 1] if t.text not in QUOTE_MARKS]
    titled = all(t.is_title or t.is_upper or t.like_num or t.lower_ in TITLE_SMALL_WORDS for t in words)
    if not words or not titled or not (words[0].is_title or words[0].like_num):
        return None
    return " ".join(t.text for t in words)
