"""A participle of speech whose subject is a document: what the document states, no one's speech
(docs/quotes.md, "Not speech, round 13 b").

`Two federal prison officers were charged Tuesday with falsifying records, stating they had checked on
… Epstein`: what "stating" reports is what the records state, not the officers' words. News hangs such a
participle on the document it describes ("a letter stating that …", "records showing …") or sets it off
by a comma right after the document, the object of a passive clause before, whose subject does nothing
("were charged with falsifying records, stating …"). After an active clause the participle is its
subject's, as English has it: "Ms Hutt defended her record, saying …", "The games industry welcomed the
report, saying …" are theirs. The document (analyze/document_nouns.py) is the source, and the
attribution a document's. A participle after a person or an organization ("the company issued a
statement, saying …": "statement" is no document noun) stays with the rules of quotes.py, and so does one
after a document its author gives out ("was sent a letter, saying …", "a lawsuit was filed, claiming …"):
the author speaks through it.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.document_nouns import DOCUMENT_NOUNS
from quotegraph.analyze.parsing import SUBJECT_DEPS

# Where a document stands in the clause the comma-set participle hangs on: an object, not its subject
# (a subject's participle is the subject's already, quotes.py).
HOLDING_DEPS = frozenset({"dobj", "pobj", "conj"})
# Verbs by which an author gives out a document, and speaks through it.
GIVING_OUT = frozenset(
    "publish release issue send write file submit present unveil post deliver lodge sign pen table".split()
)


def document_stating(cue: Token | None) -> Token | None:
    """The document a present participle cue describes: "a letter stating …", "records, stating …"."""
    if cue is None or cue.tag_ != "VBG" or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    if cue.dep_ == "acl" and _document(cue.head) and cue.head.i < cue.i:
        return cue.head  # "a letter stating that …"
    if cue.dep_ not in {"advcl", "acl", "conj"} or cue.i < 2 or cue.nbor(-1).text != ",":
        return None
    if not any(c.dep_ == "auxpass" for c in cue.head.children):
        return None  # "Ms Hutt defended her record, saying …": the subject acts, and speaks
    before = cue.nbor(-2)
    if not _document(before) or before.dep_ not in HOLDING_DEPS:
        return None
    given_out = {before.head.lemma_.lower(), before.head.head.lemma_.lower()} & GIVING_OUT
    return None if given_out else before


def document_mention(document: Token, cue: Token) -> tuple[int, int]:
    """The document's words, up to the participle that it heads ("reports suggesting …": "reports")."""
    words = [t for t in document.subtree if t.i < cue.i or cue.i < document.i]
    while len(words) > 1 and (words[-1].is_punct or words[-1].is_space):
        words.pop()
    first, last = words[0], words[-1]
    return (first.idx, last.idx + len(last.text))


def _document(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and (noun.lower_ in DOCUMENT_NOUNS or noun.lemma_.lower() in DOCUMENT_NOUNS)
