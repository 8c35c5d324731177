"""The name set after an "according to" description, before the quote it attributes.

"According to his aunt, Jane Starner, “He was brilliant …”": the name between commas right after the
description ("his aunt") is the person the description describes, in apposition, and so the speaker;
the quote begins at its quotation mark, after the name. The parser often hangs such a name on the
comma rather than on the description, so it is read from the words: a person's name (the NER's),
whole, between a comma after the description and a comma or colon before an opening quotation mark.
A description that is itself a name ("According to Smith, Jones, …"), or a name not followed by the
quote ("According to his aunt, Jane Starner, he …", which the parser reads by itself), is left as found.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.quotemarks import OPENING, STRAIGHT

# What may close the name before the quote: "Jane Starner, “…”", "Jane Starner: “…”".
_NAME_ENDS = frozenset({",", ":"})


def name_after_description(described: Token) -> Token | None:
    """The last word of the person's name set between commas after `described` (the object of
    "according to"), right before an opening quotation mark; None where there is none."""
    doc = described.doc
    comma = described.right_edge.i + 1
    if described.pos_ != "NOUN" or comma + 2 >= len(doc) or doc[comma].text != ",":
        return None
    first = doc[comma + 1]
    if first.ent_type_ != "PERSON" or first.ent_iob_ != "B":
        return None
    last = first
    while last.i + 1 < len(doc) and doc[last.i + 1].ent_iob_ == "I" and doc[last.i + 1].ent_type_ == "PERSON":
        last = doc[last.i + 1]
    after = last.i + 1
    if after + 1 >= len(doc) or doc[after].text not in _NAME_ENDS:
        return None
    mark = doc[after + 1]
    return last if mark.text and mark.text[0] in OPENING + STRAIGHT else None
