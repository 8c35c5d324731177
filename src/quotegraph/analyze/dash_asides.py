"""A name, an aside between two dashes, and the cue: the name speaks (docs/quotes.md, round 24).

`Mr Bez - himself a former executive at rival Porsche - said the new car was the company's "most affordable
car ever …"`: news sets a description of the speaker between two dashes, right after the name and right
before the verb. The parser may take the aside's noun ("executive") for the verb's subject and hang the name
on it, and without this rule the source was "a former executive", an indefinite description, and the quote
had no speaker (Ulrich Bez, named two sentences before, said it). A cue subject inside such an aside, tied
in the parse to the noun right before the first dash, stands for that noun: the name the aside describes.

The aside must close right before the cue, and the noun before it must be a name or a noun tied to the
subject (its head or its dependant); "Laah Chong-gyu, executive director of Korea Development Bank - one of
the firm's creditors - said" keeps the subject the parser found.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.name_repairs import DASHES


def name_before_dash_aside(head: Token, cue: Token) -> Token | None:
    """The noun right before the first of two dashes that enclose the cue's subject `head`, the second
    dash right before the cue ("Mr Bez - himself a former executive … - said": Bez); None otherwise."""
    doc = head.doc
    if cue.i < 3 or doc[cue.i - 1].text not in DASHES or not head.i < cue.i - 1:
        return None
    opening = next((t for t in reversed(doc[head.sent.start : head.i]) if t.text in DASHES), None)
    if opening is None or opening.i == head.sent.start or head.i == opening.i:
        return None
    if any(t.text in DASHES or t.is_quote for t in doc[opening.i + 1 : cue.i - 1]):
        return None
    noun = doc[opening.i - 1]
    if noun.pos_ not in {"PROPN", "NOUN"} or not (noun.is_ancestor(head) or head.is_ancestor(noun)):
        return None
    return noun


# The words that make a description definite: "the firm", "its parent".
DEFINITE_WORDS = frozenset({"the", "its"})


def definite(head: Token) -> bool:
    """Whether "the" or "its" sets the noun, in the parse or right before it where a dash opens an aside
    after it: "the firm - China's biggest jet fuel supplier - said" hangs "the" on the aside's name."""
    if any(t.lower_ in DEFINITE_WORDS for t in head.lefts):
        return True
    doc = head.doc
    if not 0 < head.i < len(doc) - 1:
        return False
    return doc[head.i - 1].lower_ in DEFINITE_WORDS and doc[head.i + 1].text in DASHES
