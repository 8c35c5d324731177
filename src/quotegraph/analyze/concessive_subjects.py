"""An "it" after a fronted "though X …" clause is X (docs/quotes.md, round 32).

`And though the Chinese CDC has said that there is "no need" for Beijing residents to worry …, it has also
acknowledged that remote regions of the country … are vulnerable to outbreaks.`: a clause that opens on
"though", "although" or "while" and comes before its main clause sets up what the main clause's subject
goes on to do; an "it" subject of that main clause is the subject of the fronted clause (the CDC), not an
organization named in a sentence before (the Associated Press that "writes" there). Only a subject that
is a noun in the singular, no pronoun and no people in the plural.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.parsing import SUBJECT_DEPS

# The conjunctions of a concession ("though", "even though", "although") or a contrast ("while").
CONCESSIVE_MARKS = frozenset({"though", "although", "while", "whilst"})
SINGULAR_TAGS = frozenset({"NN", "NNP"})


def concessive_subject(pronoun: Token) -> Token | None:
    """The singular noun subject of a "though/although/while" clause fronted before the main clause
    whose subject is `pronoun` ("it"), or None."""
    if pronoun.lower_ != "it" or pronoun.dep_ != "nsubj":
        return None
    for clause in pronoun.head.children:
        if clause.dep_ != "advcl" or clause.i > pronoun.i:
            continue
        if not any(c.dep_ == "mark" and c.lower_ in CONCESSIVE_MARKS for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None and subject.tag_ in SINGULAR_TAGS and subject.i < pronoun.i:
            return subject
    return None
