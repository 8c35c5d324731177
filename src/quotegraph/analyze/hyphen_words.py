"""A hyphenated word is one word: "And the ex-Wallaby added: …" is said by the ex-Wallaby, never by "ex".

The tokenizer splits "ex-Wallaby" into "ex", "-" and "Wallaby", and before a capitalised part the parser
may take each piece for a subject of its own of the cue. The source is then the whole word, headed by
its last part, with the "the" before it ("the ex-Wallaby"); a word the parser kept whole ("the
ex-minister", headed by "minister") is read as before.

"The ex-<Name>" (a former member of a side, a team or a band: "the ex-Wallaby", "the ex-Springbok", "the
ex-Beatle") is one person, never an organization: an epithet by credit, as "the Chelsea star" is
(epithets.py): the person the article ties to it by a role, else the person the story is about (named
in the headline and most often before it: "Campese berates whingeing England / Former Australian wing
David Campese has told … And the ex-Wallaby added" is David Campese), since nothing in the text ties a
former side to anyone; else the person the sentences before are about; else the description as
written, anonymous.
"""

from __future__ import annotations

from spacy.tokens import Span as TokenSpan
from spacy.tokens import Token

from quotegraph.analyze.parsing import SUBJECT_DEPS
from quotegraph.records import Span as CharSpan

# Names of places and organizations: "the ex-Soviet Union" is no person.
PLACES_AND_BODIES = frozenset({"ORG", "GPE", "LOC", "FAC"})


def whole_word(token: Token) -> Token:
    """The last part of a hyphenated word whose parts the parser made subjects of one verb ("ex", "-",
    "Wallaby" of "added"), else the token itself."""
    last = token
    while last.i + 2 < len(last.doc) and _joined(last, last.nbor(1), last.nbor(2)):
        last = last.nbor(2)
    return last


def whole_word_span(head: Token) -> CharSpan | None:
    """ "the ex-Wallaby": the source as written where whole_word moved the head past the first part, with
    the "the" before it; None where the head is a word of its own."""
    first = head
    while first.i >= 2 and _joined(first.nbor(-2), first.nbor(-1), first):
        first = first.nbor(-2)
    if first == head:
        return None
    if first.i > 0 and first.nbor(-1).lower_ == "the":
        first = first.nbor(-1)
    return (first.idx, head.idx + len(head.text))


def former_member(head: Token) -> TokenSpan | None:
    """ "the ex-Wallaby": "the", "ex-" and a capitalised singular word (as written), or None."""
    doc, i = head.doc, head.i
    if i < 3 or not head.is_title or head.tag_ in {"NNS", "NNPS"} or head.ent_type_ in PLACES_AND_BODIES:
        return None
    if doc[i - 1].text != "-" or doc[i - 2].lower_ != "ex" or doc[i - 3].lower_ != "the":
        return None
    if doc[i - 2].whitespace_ or doc[i - 1].whitespace_:
        return None  # "ex - Wallaby" set apart by spaces is a dash, not a hyphen
    return doc[i - 3 : i + 1]


def _joined(first: Token, hyphen: Token, last: Token) -> bool:
    """ "ex", "-", "Wallaby" written as one word, the parts subjects (or the hyphen a part) of one head."""
    if hyphen.text != "-" or first.whitespace_ or hyphen.whitespace_ or not last.is_alpha:
        return False
    return first.dep_ in SUBJECT_DEPS and last.dep_ in SUBJECT_DEPS and first.head == last.head
