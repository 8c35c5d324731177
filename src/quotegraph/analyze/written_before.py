"""The sentence before is the last one written, not a paragraph break (docs/quotes.md, "Round 30: it, he
and the club").

`Malcolm Glazer has made a fresh approach to buy Manchester United … ¶ The US tycoon … has approached the
United board with "detailed proposals", it has confirmed.`: a cue's "it" is the organization named last in
its sentence or the one before (descriptions.organization_before), and news opens a paragraph with an "it"
that goes on from the paragraph before as readily as inside one. The parser makes the blank line between
paragraphs a "sentence" of its own, so the "sentence before" was that blank line, and the club named in the
lead was out of reach: the "it" went to no one. The sentence before a sentence is the last one before it
that holds a word, blank lines passed over.
"""

from __future__ import annotations

from spacy.tokens import Span


def sentence_before(sentence: Span) -> Span:
    """The last sentence before `sentence` with a word in it; `sentence` itself at the document's start."""
    doc = sentence.doc
    start = sentence.start
    while start > 0:
        before = doc[start - 1].sent
        if not before.text.isspace():  # a paragraph break the parser made a sentence is none
            return before
        start = before.start
    return sentence
