"""Surnames the NER missed: a proper noun that spells a known person's surname is a mention of them.

The tokenizer splits a hyphenated surname into its parts ("Kilroy", "-", "Silk"), and the NER often
leaves a later "Mr Kilroy-Silk" unlabelled; the parts, joined as written (no space around the hyphens),
spell the surname of "Robert Kilroy-Silk" all the same. A mention left out of its person's cluster
leaves that person unnamed where the text names them ("The documentary showed some of the tensions
between Mr Kilroy-Silk and his fellow MEPs … He denied …" is Kilroy-Silk, not the spokesman quoted
before).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan


class _Person(Protocol):
    mentions: list[TokenSpan]

    def add(self, mention: TokenSpan, form: str) -> None: ...


class _People(Protocol):
    @property
    def clusters(self) -> Sequence[_Person]: ...

    def person_by_name(self, form: str) -> _Person | None: ...


def add_unlabelled_surnames(doc: Doc, index: _People) -> None:
    """Proper nouns the NER missed or mislabelled that spell a known person's surname, one word or
    hyphenated."""
    labelled = {t.i for c in index.clusters for m in c.mentions for t in m}
    skip_to = 0
    for token in doc:
        if token.i < skip_to or token.i in labelled or token.pos_ != "PROPN" or not token.is_title:
            continue
        end = _hyphenated_end(token)
        if end > token.i + 1 and not labelled.intersection(range(token.i, end)):
            cluster = index.person_by_name(doc[token.i : end].text)
            if cluster is not None:
                cluster.add(doc[token.i : end], doc[token.i : end].text)
                skip_to = end
                continue
        cluster = index.person_by_name(token.text)
        if cluster is not None and token.text.lower() not in {"president"}:
            cluster.add(doc[token.i : token.i + 1], token.text)


def _hyphenated_end(token: Token) -> int:
    """The end (token index) of a run of capitalised words joined by hyphens with no space ("Kilroy",
    "-", "Silk"), else the token's own end."""
    doc, end = token.doc, token.i + 1
    while (
        end + 1 < len(doc)
        and doc[end - 1].whitespace_ == ""
        and doc[end].text == "-"
        and doc[end].whitespace_ == ""
        and doc[end + 1].is_title
    ):
        end += 2
    return end
