"""A headline's descriptor before a surname is no first name (issue 30, round 16).

Headlines shorten a person to a descriptor and the surname: "Mogul Wilson backing UK rap band" for
"Tony Wilson, the music mogul …". The NER takes "Mogul Wilson" for a full name, and as the first full
name of the article it would name the person. Where the headline's two-word person name starts with a
word the body writes in lower case as a noun ("the music mogul") and the body names a person of that
surname with another first word ("Tony Wilson"), the headline's name is the surname alone.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

from quotegraph.analyze.parsing import HEADLINE_CHARS, text_of


def surname_of_descriptor(ent: TokenSpan) -> TokenSpan:
    """The headline's "Mogul Wilson" as "Wilson" where the body has "the music mogul" and "Tony Wilson";
    any other name as it is."""
    doc = ent.doc
    if ent.label_ != "PERSON" or len(ent) != 2 or not _in_headline(doc, ent):
        return ent
    first, surname = ent[0], ent[1]
    body = [t for t in doc if not _in_headline(doc, doc[t.i : t.i + 1])]
    common = any(t.text == first.lower_ and t.pos_ == "NOUN" for t in body)
    named = any(
        t.text == surname.text and t.i > 0 and doc[t.i - 1].is_title and doc[t.i - 1].text != first.text
        for t in body
        if t.ent_type_ == "PERSON" and doc[t.i - 1].ent_type_ == "PERSON"
    )
    return TokenSpan(doc, ent.start + 1, ent.end, label=ent.label_) if common and named else ent


def _in_headline(doc: Doc, span: TokenSpan) -> bool:
    end = text_of(doc).find("\n", 0, HEADLINE_CHARS)  # doc.text would join every token again
    return end > 0 and span.end_char <= end
