"""A web address is one organization's name, never a person's (docs/quotes.md, "Names the NER garbles").

News names a site by its address: "Slashdot.org", "Amazon.co.uk", "Suprnova.Org". The tokenizer may cut
one at its dots and the NER label a piece of it ("Org" a person, "Halo" alone an organization), or none of
it. A run of words and dots with no space between them that ends on a domain ("com", "org", "co.uk") is
one organization, its whole address as written: the names that overlap it are replaced by it. One pass
over the tokens: linear in the text.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

WEB_NAME = re.compile(
    r"^[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|info|biz|tv|io|gov|edu|(?:co|org|ac)\.uk)$",
    re.IGNORECASE,
)


def web_name_at(token: Token) -> TokenSpan | None:
    """The web address a token is the whole of or a piece of ("Org" of "Slashdot.Org"), or None: the run of
    tokens with no space between them around it, punctuation at its ends left out."""
    doc = token.doc
    if "." not in token.text and not (
        token.i > 0 and doc[token.i - 1].text == "." and not doc[token.i - 1].whitespace_
    ):
        return None  # not a piece after a dot, nor a name with one: most tokens stop here
    start, end = token.i, token.i + 1
    while start > 0 and not doc[start - 1].whitespace_ and not doc[start - 1].is_space:
        start -= 1
    while end < len(doc) and not doc[end - 1].whitespace_ and not doc[end].is_space:
        end += 1
    start, end = _trimmed(doc, start, end)
    return doc[start:end] if start <= token.i < end and WEB_NAME.match(doc[start:end].text) else None


def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A run of tokens less the punctuation at its ends: "Slashdot.org." ending a sentence,
    "Amazon.com's", "(Slashdot.org"."""
    while end > start and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS"):
        end -= 1
    while start < end and doc[start].is_punct:
        start += 1
    return start, end


def is_web_name(token: Token) -> bool:
    """ "OneStat.com", "Org" of "Slashdot.Org": a token of a web address."""
    return web_name_at(token) is not None


def web_names(doc: Doc) -> list[TokenSpan]:
    """The web addresses of the text, each as one span labelled an organization."""
    names, start, dotted = [], 0, False
    for token in doc:
        dotted = dotted or "." in token.text
        last = token.i + 1 == len(doc) or doc[token.i + 1].is_space  # a line break is a space
        if token.is_space:
            start, dotted = token.i + 1, False
        elif token.whitespace_ or last:  # a run of tokens with no space between them ends here
            first, end = _trimmed(doc, start, token.i + 1)
            if dotted and end > first and WEB_NAME.match(doc[first:end].text):
                names.append(TokenSpan(doc, first, end, label="ORG"))
            start, dotted = token.i + 1, False
    return names


def with_web_names(doc: Doc, ents: list[TokenSpan]) -> list[TokenSpan]:
    """The entities with each web address one organization, in the place of the names that overlap it."""
    names = web_names(doc)
    if not names:
        return ents
    covered = {i for name in names for i in range(name.start, name.end)}
    kept = [e for e in ents if not any(i in covered for i in range(e.start, e.end))]
    return sorted([*kept, *names], key=lambda e: e.start)
