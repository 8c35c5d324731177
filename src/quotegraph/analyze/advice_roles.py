"""Advising someone on a subject: a role, no cue (docs/quotes.md, "Not speech, round 33").

"Alastair Campbell is also returning to advise Labour on media strategy and campaigning", "the bank
advising the government on the sale", "hired to advise on security": "advise" with a subject matter ("on",
"about") and no clause of its own names a job, not words said. With a clause ("advised that …", "advised
ministers to wait") or a quotation after it in the sentence (a colon or quotation marks) it is advice given,
and stays a cue. reports_nothing (quotes.py) drops it, whoever found it.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.quotemarks import MARKS

ADVISING = frozenset({"advise", "counsel"})
SUBJECT_MATTER = frozenset({"on", "about"})
CLAUSES = frozenset({"ccomp", "xcomp", "parataxis"})
WHEN = frozenset({"DATE", "TIME"})


def advises_on(cue: Token) -> bool:
    """ "to advise Labour on media strategy": a role with a subject matter, no clause, no quotation."""
    if cue.lemma_.lower() not in ADVISING or any(c.dep_ in CLAUSES for c in cue.children):
        return False
    matters = [o for p in cue.children if p.dep_ == "prep" and p.lower_ in SUBJECT_MATTER for o in p.children]
    if not any(o.dep_ == "pobj" and o.ent_type_ not in WHEN for o in matters):
        return False  # "advised caution on Monday": a day, no subject matter
    rest = cue.doc[cue.i + 1 : cue.sent.end]
    return not any(t.text == ":" or any(m in t.text for m in MARKS) for t in rest)
