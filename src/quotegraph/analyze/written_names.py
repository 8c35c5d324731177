"""A name built from a phrase's tokens is the name as the article writes it (round 29).

Where a speaker's name is made from the proper nouns of its phrase (speakers.py reads a name the NER left
out from its head and the compounds before it), the name is the text of that span as written, never its
tokens joined with spaces: "a new report by E! Online" is E! Online's, not "E ! Online"'s, and
"Hewlett-Packard" keeps its hyphen. A name begins with a letter or a digit: where the parser's first word
of the name is a mark glued to the word before it ("!" of "E! News", the "E" left out of the phrase), the
name starts at that word, so that no speaker is ever "! News".

A name with a mark inside it that no person's name has ("E! Online", "AT&T", "Yahoo!") is a firm's or an
outlet's, whatever the NER made of it (a person's name takes only hyphens, apostrophes and full stops).
A name that owns a poll ("the Mori survey", "The Daily Telegraph poll") is its pollster's or the outlet's
that commissioned it: an organization (document_owners.py).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotegraph.analyze.document_owners import poll_owner_named

# Marks inside a firm's or an outlet's name that no person's name is written with ("E! Online", "AT&T").
FIRM_MARKS = frozenset("!&+@")


def _opens_name(token: Token) -> bool:
    return token.text[:1].isalnum()


def written_span(tokens: list[Token]) -> Span:
    """The span of a name that ends on its last token, as written: the name's words right before it (a
    mark glued between two of them too: "Haji-Ioannou"), never a word between that is not the name's
    ("UK think-tank Demos" is "Demos"); back over a word glued before a mark it opens on ("E" of
    "E! News"), then past any mark it still opens on."""
    doc, words = tokens[0].doc, {t.i for t in tokens}
    start, end = tokens[-1].i, tokens[-1].i + 1
    while start - 1 in words or (start - 2 in words and _glued(doc[start - 2 : start])):
        start -= 1 if start - 1 in words else 2
    while start > 0 and not _opens_name(doc[start]) and not doc[start - 1].whitespace_:
        start -= 1  # "E! News" parsed with "!" as the name's first word: the "E" is the name's too
    while start < end - 1 and not _opens_name(doc[start]):
        start += 1  # a mark set apart before the name ("- News") is no part of it
    return doc[start:end]


def _glued(pair: Span) -> bool:
    """A word and a mark after it written with no space around the mark ("Haji" "-" of "Haji-Ioannou")."""
    return pair[1].is_punct and not pair[0].whitespace_ and not pair[1].whitespace_


def firm_by_name(name: Span) -> bool:
    """A name no person has: a mark in it no person's name takes ("E! Online"), or the owner of a poll
    ("the Mori survey")."""
    marked = any(c in FIRM_MARKS for c in name.text)
    return marked or poll_owner_named(name[-1].head) == name[-1]
