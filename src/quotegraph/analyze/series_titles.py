"""A name before a noun for works is their title (docs/quotes.md, "Round 29: antecedents").

`Emma Watson, who plays Hermione in the Harry Potter films. The 14-year-old said …`: "the Harry Potter
films" are the films called Harry Potter; the NER tags "Harry Potter" a person, and "The 14-year-old"
went to it, the person named last, not to Emma Watson. work_titles.py knows a title after its noun ("the
film Finding Nemo"); news as often sets a series' title before the noun, as a modifier: "the Harry Potter
films", "the Bond books", "the Star Wars series", "the Twilight saga". A name is such a title, and no
person's, where

- it modifies the noun right after it (a compound of it, as the parser reads "Harry Potter films"), and
- that noun is for works in the plural ("films", "books", "novels", "movies", "albums") or for a run of
  them ("series", "franchise", "saga", "trilogy"), with "the" before the name.

A maker's name stands there too, but news writes it before one work: "the Michael Winterbottom film 24
Hour Party People", "a Woody Allen film", "Ken Loach's film"; one work in the singular keeps its name a
person's, and so does a name that is a subject or owns what follows. Only that mention is left out of the
people (entities.cluster_entities); a person the article names elsewhere keeps the other mentions.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotegraph.analyze.parsing import SUBJECT_DEPS

# Works in the plural: a title before them is the series' ("the Harry Potter films").
PLURAL_WORKS = frozenset("films movies books novels albums records games shows episodes stories".split())
# A run of works, whatever its number: "the Star Wars series", "the Twilight saga".
RUNS_OF_WORKS = frozenset("series franchise saga trilogy sequels prequels".split())


def is_series_title(ent: Span) -> bool:
    """Whether a PERSON entity is the title a noun for works after it names ("the Harry Potter films")."""
    if ent.label_ != "PERSON" or ent.end >= len(ent.doc) or ent.start == 0:
        return False
    noun = ent.doc[ent.end]
    if noun.lower_ not in PLURAL_WORKS | RUNS_OF_WORKS or noun.pos_ != "NOUN":
        return False
    if any(t.dep_ in SUBJECT_DEPS or t.tag_ == "POS" for t in ent):
        return False  # a subject or an owner ("Pixar's films") is someone's, as in work_titles.py
    return ent.root.head.i == noun.i and _definite(ent.doc[ent.start - 1], noun)


def _definite(before: Token, noun: Token) -> bool:
    """ "the Harry Potter films": the noun's own "the" stands right before the name."""
    return before.lower_ == "the" and before.head.i == noun.i
