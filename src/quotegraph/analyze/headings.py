"""A section's label run into its first sentence (docs/quotes.md, "Not speech, round 13").

Web pages set a box's label in bold at the head of its paragraph ("<strong>Summary</strong> Studies show
that …"); read as text, the label and the sentence's first word stand side by side on one line, and the
parser takes them for one proper name ("Summary Studies"). A label is no part of a name: a paragraph
that opens on one of the words of SECTION_LABELS, capitalised, with a capitalised word after it on the
same line, opens its sentence after the label. "Summary Studies show that exercising can reduce …" is
studies that show (a document), never a person "Summary Studies"; "Summary judgment was granted" (no
capital after it) and a label in mid-line are left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

# The labels of a page's boxes and sections, one or two words.
SECTION_LABELS = frozenset(
    {
        ("summary",),
        ("background",),
        ("conclusion",),
        ("overview",),
        ("takeaway",),
        ("takeaways",),
        ("tldr",),
        ("highlights",),
        ("key", "points"),
        ("key", "takeaways"),
        ("key", "findings"),
        ("bottom", "line"),
        ("in", "brief"),
    }
)
LONGEST_LABEL = max(len(label) for label in SECTION_LABELS)


def _opens_line(token: Token) -> bool:
    return token.i == 0 or "\n" in token.nbor(-1).text or "\n" in token.nbor(-1).whitespace_


def heading_label(token: Token) -> bool:
    """Whether the token ends a section label that opens its line, with a capitalised word after it."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if after is None or "\n" in token.whitespace_ or not after.text[:1].isupper():
        return False
    for size in range(1, LONGEST_LABEL + 1):
        first = token.i - size + 1
        if first < 0:
            return False
        words = token.doc[first : token.i + 1]
        if tuple(t.lower_ for t in words) in SECTION_LABELS:
            return words[0].text[:1].isupper() and _opens_line(words[0])
    return False


def after_heading(token: Token) -> bool:
    """Whether the word opens a sentence right after a section label: "Studies" of "Summary Studies show"."""
    return token.i > 0 and heading_label(token.nbor(-1))


def label_length(tokens: list[Token]) -> int:
    """How many of the first tokens of a name are a section label run into it: 1 for "Summary Studies"."""
    for size in range(1, min(LONGEST_LABEL, len(tokens) - 1) + 1):
        if heading_label(tokens[size - 1]):
            return size
    return 0
