"""A forecast that was never made: "failed to predict the mood of the country" is a deed, no cue
(docs/quotes.md, "Not speech, round 33").

"Lord Callaghan failed to predict the mood of the country", "economists who failed to foresee the crash",
"neglected to anticipate the demand": a verb of foretelling (predict, foresee, anticipate, forecast) under
"fail" or "neglect", with a noun phrase as its object and no clause, tells what someone did not see coming;
nobody said anything. "failed to predict that …" (a clause) and "analysts predict a rise in profits" (a
forecast made) are left to the other rules. reports_nothing (quotes.py) drops it, whoever found it.
"""

from __future__ import annotations

from spacy.tokens import Token

FORETELLING = frozenset({"predict", "foresee", "anticipate", "forecast"})
FAILING = frozenset({"fail", "neglect"})
CLAUSES = frozenset({"ccomp", "xcomp", "parataxis"})


def failed_prediction(cue: Token) -> bool:
    """ "failed to predict the mood of the country": a forecast not made, a noun phrase, no clause."""
    if cue.lemma_.lower() not in FORETELLING or cue.dep_ != "xcomp" or cue.head.lemma_.lower() not in FAILING:
        return False
    if any(c.dep_ in CLAUSES for c in cue.children):
        return False
    return any(c.dep_ == "dobj" for c in cue.children)
