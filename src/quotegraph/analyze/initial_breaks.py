"""A sentence that ends on an initial, read by the NER as a middle initial (docs/quotes.md, round 27).

News ends a sentence on a name or a title that ends in a capital letter and a full stop ("… Do The Right
Thing and Malcolm X. Attallah Shabazz, the daughter of …"), and the NER runs the two into one person,
"Malcolm X. Attallah Shabazz". A person's name holds a middle initial before ONE surname ("George W.
Bush", "Samuel L. Jackson", "Robert L. Curbeam Jr"): an initial with its full stop after one or more
capitalised words and before two or three more (a first name and a surname, no suffix nor a firm's
ending) is where a sentence ended, and the entity is two names, cut after the initial. Only the entity's
own tokens are read.
"""

from __future__ import annotations

from spacy.tokens import Span as TokenSpan

from quotegraph.analyze.name_kinds import ORGANIZATION_ENDINGS
from quotegraph.analyze.names import NAME_SUFFIXES


def _initial(text: str) -> bool:
    """ "X.", "W.": one capital letter and a full stop."""
    return len(text) == 2 and text[0].isupper() and text[1] == "."


def initial_parts(ent: TokenSpan) -> list[TokenSpan]:
    """A person's entity cut after an initial that ended a sentence ("Malcolm X." and "Attallah
    Shabazz"); the entity alone elsewhere ("George W. Bush")."""
    if ent.label_ != "PERSON":
        return [ent]
    for k in range(1, len(ent) - 2):
        before, rest = ent[:k], ent[k + 1 :]
        if not _initial(ent[k].text) or not all(t.is_title and t.is_alpha for t in before):
            continue
        if not 2 <= len(rest) <= 3 or not all(t.is_title and t.is_alpha for t in rest):
            continue
        if rest[-1].lower_ in NAME_SUFFIXES or rest[-1].lower_ in ORGANIZATION_ENDINGS:
            continue
        doc = ent.doc
        return [
            TokenSpan(doc, ent.start, ent.start + k + 1, label="PERSON"),
            TokenSpan(doc, rest.start, rest.end, label="PERSON"),
        ]
    return [ent]
