"""Where a quotation opens inside a span of text (round 27): a headline's `CSA 'could close', says
minister` quotes the minister in single marks, where "Firm's profits fall" has an apostrophe. A quotation
mark opens a quotation where it stands at the text's start or after a space, before a word; an apostrophe
stands inside a word or after one.
"""

from __future__ import annotations

OPENING_MARKS = frozenset("\"“‘'")


def opens_quotation(text: str, at: int) -> bool:
    """Whether an opening quotation mark stands at `at`: a mark at the text's start or after a space,
    before a word."""
    if text[at] not in OPENING_MARKS or at + 1 >= len(text) or not text[at + 1].isalnum():
        return False
    return at == 0 or text[at - 1].isspace()
