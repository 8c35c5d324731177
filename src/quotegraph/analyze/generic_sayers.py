"""Whoever says it: a cue in a generic relative clause is nobody's speech (docs/quotes.md, "Not speech, round
33").

A reader's comment or a column judges a view by whoever would hold it: "Anybody who says he doesn't deserve
it is jealous of his success", "Anyone who thinks the tax is fair should look again", "Whoever says otherwise
is lying". The cue's subject is no one in the article but any person at all (anybody, anyone, everyone,
whoever …), so what the clause says is a view supposed, as a hypothetical's: nobody_says (deeds.py) types
it thought with no speaker. Its words stop where the relative clause does: where the parser left the
sentence with no main verb of its own (the pronoun its root) it took the main predicate into the clause
("he doesn't deserve it is jealous of his success"), and the content is cut before that last verb (cut_at,
quotes.py). "those who say …" is left alone: news counts real people so ("those who said they would vote").
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.records import Span as CharSpan

GENERIC_PEOPLE = frozenset("anybody anyone everybody everyone whoever whosoever somebody someone".split())
RELATIVE_SUBJECTS = frozenset({"who", "that"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})


def generic_sayer(cue: Token) -> bool:
    """ "Anybody who says …", "Whoever claims …": a cue whose subject is any person at all."""
    subject = next((c for c in cue.children if c.dep_ in SUBJECTS), None)
    if subject is None:
        return False
    if subject.lower_ in {"whoever", "whosoever"}:
        return True
    return (
        cue.dep_ == "relcl"
        and subject.lower_ in RELATIVE_SUBJECTS
        and cue.head.lower_ in GENERIC_PEOPLE
        and not any(c.dep_ in {"amod", "prep"} and c.i < cue.i for c in cue.head.children)
    )


def cut_at(cue: Token, content: list[CharSpan]) -> list[CharSpan]:
    """The content of a generic relative's cue up to the end of the relative clause: where the generic
    pronoun is the sentence's root (the parser took the main predicate into the clause), the content stops
    before the last finite verb of the cue's clause that hangs from another verb of it ("he doesn't deserve
    it | is jealous …"). Any other content is left as it is."""
    if not content or not generic_sayer(cue) or cue.dep_ != "relcl" or cue.head.dep_ != "ROOT":
        return content
    clauses = [c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i]
    if not clauses:
        return content
    inner = [
        t
        for t in clauses[0].subtree
        if t != clauses[0] and t.tag_ in FINITE and t.dep_ == "ccomp" and t.head.i < t.i
    ]
    if not inner:
        return content
    main = max(inner, key=lambda t: t.i)
    edge = main.doc[main.i - 1]
    if edge.i <= clauses[0].i or edge.idx + len(edge.text) <= content[0][0]:
        return content
    end = edge.idx + len(edge.text)
    return [(s, min(e, end)) for s, e in content if s < end]
