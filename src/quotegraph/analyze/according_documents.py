""" "According to the X report" with no comma after it: the report is the source (round 33).

"According to the Datamonitor report the trend marked British teenagers out as …": with no comma to close
the phrase, the parser reads the document noun after the name as the sentence's verb ("report", "survey",
"figures" are verb forms too), hangs "According to" and the real clause from it, and leaves the name as
the object of "to": the source was "the Datamonitor", a person to the NER, speaking, and the content
began "report the trend …". News writes "according to the <owner> <document>": the document is the
source (a `document`, as "According to the Datamonitor report, …" with its comma is), and what is
reported is the clause after it. The parse is mended before any rule reads it: the document noun becomes
the object of "to", a noun, with the name as its compound; the clause it held becomes the sentence's
root, with "According" and the rest of the noun's dependents hung from it. Mended only where the parse
shows the slip: the object of "to" a proper name, the very next word a document noun
(document_nouns.DOCUMENT_NOUNS) that "according" hangs from, and a clause (ccomp) after it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotegraph.analyze.cues import is_according_to
from quotegraph.analyze.document_nouns import DOCUMENT_NOUNS


def misread_document(according: Token) -> tuple[Token, Token, Token] | None:
    """(name, document noun, clause) where the parser took the document after "according to the
    <name>" for the verb of the clause after it; None for any other "according to"."""
    if not is_according_to(according):
        return None
    to = according.nbor(1)
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if len(objects) != 1 or objects[0].pos_ != "PROPN" or objects[0].right_edge != objects[0]:
        return None
    name = objects[0]
    if name.i + 1 >= len(according.doc):
        return None
    document = according.doc[name.i + 1]
    if document.lower_ not in DOCUMENT_NOUNS or according.head != document or document.pos_ == "NOUN":
        return None
    clauses = [c for c in document.rights if c.dep_ == "ccomp"]
    return (name, document, clauses[0]) if len(clauses) == 1 else None


def mend_according_documents(doc: Doc) -> None:
    """Re-hang each misread "according to the <name> <document> <clause>" (the module's docstring)."""
    for token in doc:
        found = misread_document(token)
        if found is None:
            continue
        name, document, clause = found
        root = document.dep_ == "ROOT"
        clause.head = clause if root else document.head
        clause.dep_ = "ROOT" if root else document.dep_
        for child in list(document.children):
            if child not in (name, clause):
                child.head = clause
        document.head, document.dep_ = token.nbor(1), "pobj"
        document.pos_, document.tag_ = "NOUN", "NN" if document.lemma_.lower() == document.lower_ else "NNS"
        name.head, name.dep_ = document, "compound"
