"""A quantifier in an absolute "with" phrase is the subject of its participle (docs/quotes.md, round 24).

`Housing experts are split on prospects for the market, with some saying price growth will slow but not
fall, while others predict a sharp drop in values.`: "with some saying" is an absolute phrase, "some" the
subject of "saying" (some of the housing experts), whatever the parser made of it (here a determiner of
"growth"). Read so, it is a part of the group named before, as a quantifier alone as a clause's subject
is (named_groups.part_of_group).
"""

from __future__ import annotations

from spacy.tokens import Token


def absolute_subject(head: Token) -> bool:
    """ "with some saying …": a word right after "with" and right before a present participle."""
    doc = head.doc
    if head.i == 0 or head.i + 1 >= len(doc):
        return False
    return doc[head.i - 1].lower_ == "with" and doc[head.i + 1].tag_ == "VBG"
