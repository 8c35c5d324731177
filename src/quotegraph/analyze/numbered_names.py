"""A body named with a numeral: the numeral is part of the name.

British news names the prime minister's office by its door: "Number 10 said ministers were interested in
governing and not a "soap opera" about Mr Blair and Mr Brown" (BBC politics/095), "No 10 said the threat was
real". The parser reads "Number" as a common noun with "10" its number, or "No" as a determiner of the
numeral, so the source's head is a bare noun (an anonymous "Number") or a number (no one). The source is
the body the whole name stands for: "Number" or "No" followed by a numeral in digits, the numeral the
noun's own or "No" the numeral's, is one organization, named as written.
"""

from __future__ import annotations

from spacy.tokens import Span as TokenSpan
from spacy.tokens import Token

# The words a door number follows: "Number 10", "No 10", "No. 11".
DOOR_WORDS = frozenset({"Number", "No", "No."})


def numbered_name(head: Token) -> TokenSpan | None:
    """ "Number 10" (head "Number", "10" its number) or "No 10" (head "10", "No" its determiner): the
    name with its numeral; None for any other source."""
    doc = head.doc
    if head.text in DOOR_WORDS and head.i + 1 < len(doc):
        number = doc[head.i + 1]
        return doc[head.i : head.i + 2] if number.text.isdigit() and number.head.i == head.i else None
    if head.text.isdigit() and head.i > 0 and doc[head.i - 1].text in DOOR_WORDS:
        return doc[head.i - 1 : head.i + 1] if doc[head.i - 1].head.i == head.i else None
    return None
