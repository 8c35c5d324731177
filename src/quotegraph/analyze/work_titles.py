"""Titles of works (docs/quotes.md, "Leftovers, round 15" and "Names, round 15"): a film's, a book's or an
album's title is the work's own name, never a person's.

A title the NER took for a person (`is_work_title`). News lists the films, books and albums someone made
or worked on, and the NER reads a title of words that look like a name as a person: "He has worked on the
Star Wars DVD trilogy, Finding Nemo, The Incredibles and Indiana Jones" tags "Finding Nemo" PERSON, and the
"he" of the next quote went to it. A name is a work's title, and no person's, where

- the word right before it (a "the", "his", "her" or "its" passed over) is a noun for a work: "the film
  Finding Nemo", "her album Blue Lines", "the novel Brighton Rock";
- it is an item of a list (commas, "and", "or") whose item right before it is a noun phrase ending on a
  noun for a work that a verb acts on ("He has worked on the Star Wars DVD trilogy, Finding Nemo"; not "the
  judges of the show, Simon Cowell, …", where the show is a thing of people's whose names follow).

A name that is the subject of a verb is someone's, whatever stands before it unless the work's noun
right before it is tied to it (round 32: "Arnold's gritty drama Wasp is about …", the noun and the name
both subjects of "is"; "In the film Tom Hanks plays …" is Hanks); and every mention written as a title
found so is the work too ("Wasp tells the story of …", `without_work_titles`): `"It is a great film," Tom
Hanks said` and "… the movie, Tom Hanks said" stay people; so is a name that owns what follows it
("documentary Fahrenheit 9/11 and Mel Gibson's The Passion of the Christ"). A title next to the name that
the NER tagged WORK_OF_ART says nothing of it: the NER tags bands and actors so too ("supporting acts such
as Iggy Pop and The B-52s"). cluster_entities (entities.py) leaves such a name out of the people, so that
no pronoun, description or quote goes to it.

A title set beside its noun (`title_beside`): "was told in the Michael Winterbottom film 24 Hour Party
People", "the album "Red"", "the novel Brave New World". The title is whole: a number it opens with is
part of it ("24 Hour Party People", never "Hour Party People"), and so is a name's "'s" ("According to a new
book, Brown's Britain, Mr Blair went back on a pledge …" is the book "Brown's Britain", never the country
Britain; a title set off by a comma is set beside its noun too, round 23); the quotation marks around it are
not. The work is a document (attribution_types.py types it so): its speaker is the work under its title.
Only the words right after the noun are read.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotegraph.analyze.parsing import SUBJECT_DEPS

# Nouns for a work with a title of its own: what a film, book or record is called in news (not a report or
# a study, which are their owner's).
WORK_NOUNS = frozenset(
    """
    film films movie movies trilogy sequel prequel album albums single singles song songs record book books
    novel novels series sitcom drama documentary musical opera play show shows episode episodes game games
    dvd dvds franchise blockbuster hit hits track tracks cartoon comedy thriller
    """.split()
)
# The nouns whose title is read beside them ("film 24 Hour Party People"): the works proper, not a "show"
# or a "game", whose next proper noun is as often a person's ("the show's host Simon Cowell").
TITLED_NOUNS = frozenset(
    "film movie documentary book novel memoir biography album single song play musical opera series "
    "sitcom drama".split()
)
TITLE_DETERMINERS = frozenset({"the", "his", "her", "its", "their"})
LIST_JOINERS = frozenset({",", "and", "or", "&"})
# Small words a title holds in lower case ("Brave New World", "Pirates of the Caribbean").
TITLE_SMALL_WORDS = frozenset("of the a an and in on at to for with".split())
TITLE_QUOTE_MARKS = frozenset("\"“”‘’'")


def is_work_title(ent: Span) -> bool:
    """Whether a PERSON entity is the title of a work (see the module's docstring)."""
    if ent.label_ != "PERSON" or _owns(ent):
        return False
    doc, subject = ent.doc, ent.root.dep_ in SUBJECT_DEPS
    before = ent.start - 1
    if before >= 0 and doc[before].lower_ in TITLE_DETERMINERS:
        before -= 1
    if before >= 0 and _work_noun(doc[before]) and ent.start - before <= 2:
        # "the film Finding Nemo", "her album Blue Lines"; a subject only where its noun is tied to it
        # ("Arnold's gritty drama Wasp is about …"; "In the film Tom Hanks plays …" is Hanks).
        return not subject or _tied(doc[before], ent)
    return not subject and _listed_with_work(ent)


def without_work_titles(ents: list[Span]) -> list[Span]:
    """`ents` less the titles of works (`is_work_title`) and every other mention written as one of them
    (round 32): "Arnold's gritty drama Wasp is about …" makes "Wasp tells the story of …" the film too,
    unless the title is a word of a longer person's name in the article."""
    found = {e.start for e in ents if is_work_title(e)}
    titles = {e.text for e in ents if e.start in found}
    words = {w for e in ents if e.label_ == "PERSON" and e.text not in titles for w in e.text.split()}
    titles -= words
    return [e for e in ents if e.start not in found and not (e.label_ == "PERSON" and e.text in titles)]


def _tied(noun: Token, ent: Span) -> bool:
    """The work's noun and the name the parser ties: a compound, an apposition, or both subjects of one
    verb (its reading of "drama Wasp is …")."""
    if noun.head in ent or ent.root.head == noun:
        return True
    return noun.dep_ in SUBJECT_DEPS and noun.head == ent.root.head


def title_beside(head: Token) -> str | None:
    """The title set right after a work's noun ("film 24 Hour Party People" → "24 Hour Party People"),
    ending at the name the parser sets beside the noun; None for any other noun or where none is set."""
    if head.lemma_.lower() not in TITLED_NOUNS or head.pos_ != "NOUN":
        return None
    name = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if name is None:
        return None
    words = [t for t in head.doc[head.i + 1 : name.i + 1] if t.text not in TITLE_QUOTE_MARKS]
    words = words[1:] if words and words[0].text == "," else words  # "a new book, Brown's Britain,"
    titled = all(
        t.is_title or t.is_upper or t.like_num or t.lower_ in TITLE_SMALL_WORDS or _possessive(t)
        for t in words
    )
    if not words or not titled or not (words[0].is_title or words[0].like_num):
        return None
    return "".join(t.text_with_ws for t in words).strip()


def _possessive(token: Token) -> bool:
    """The "'s" of a name inside a title ("Brown's Britain", "Schindler's List"), after a word of it."""
    return token.tag_ == "POS" and token.i > 0 and token.nbor(-1).is_title


def _owns(ent: Span) -> bool:
    """ "Mel Gibson's The Passion …": a name with a possessive ending owns what follows."""
    return ent[-1].tag_ == "POS" or (ent.end < len(ent.doc) and ent.doc[ent.end].tag_ == "POS")


def _work_noun(token: Token) -> bool:
    return token.lower_ in WORK_NOUNS and token.pos_ in {"NOUN", "PROPN"}


def _made(noun: Token) -> bool:
    """A noun for a work that a verb acts on: "worked on the … trilogy", "directed the film"; not "the
    judges of the show, Simon Cowell, …" (the show a thing of people's, whose names follow)."""
    if not _work_noun(noun):
        return False
    if noun.dep_ == "dobj":
        return noun.head.pos_ in {"VERB", "AUX"}
    return noun.dep_ == "pobj" and noun.head.head.pos_ in {"VERB", "AUX"}


def _listed_with_work(ent: Span) -> bool:
    """The item just before the name in a list of items is a work a verb acts on: its last word a noun for
    one."""
    doc = ent.doc
    left = ent.start - 1
    if left < 0 or doc[left].text not in LIST_JOINERS:
        return False
    while left >= 0 and doc[left].text in LIST_JOINERS:
        left -= 1
    return left >= 0 and _made(doc[left])
