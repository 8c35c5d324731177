"""A speaker's age, which goes to `Speaker.age`, never into a role (docs/quotes.md, "Roles"): a bare number
in apposition ("Smith, 58, said") or written right after the name ("Smith, aged 58,")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span as TokenSpan
from spacy.tokens import Token

from quotegraph.analyze.parsing import text_of

MIN_AGE, MAX_AGE = 1, 120
AGE_AFTER_NAME = re.compile(r"\s*,\s*(?:aged\s+)?(\d{1,3})\s*[,)]")


def age_of(tokens: Sequence[Token]) -> int | None:
    """The age a bare number in apposition gives ("58" in "Smith, 58, said"), else None."""
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    if len(words) != 1 or not words[0].text.isdigit():
        return None
    value = int(words[0].text)
    return value if MIN_AGE <= value <= MAX_AGE else None


def age_after(mention: TokenSpan) -> int | None:
    """ "Smith, 58, said": the age written right after the name."""
    match = AGE_AFTER_NAME.match(text_of(mention.doc), mention.end_char)  # doc.text: joined anew
    if match is None:
        return None
    value = int(match.group(1))
    return value if 0 < value <= MAX_AGE else None
