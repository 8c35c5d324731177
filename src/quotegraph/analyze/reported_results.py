"""A company's results reported: a deed with a bare object, no words (docs/quotes.md, "Not speech, round
29").

Business news writes a company's accounts as things it reports, posts or announces: "The carrier reported a
drop in quarterly profit earlier this year", "when it reported the results, the airline was upbeat …",
"has posted an 18% jump in profits", "announced record sales". The object is a figure of the accounts
(results, profits, a loss, sales, earnings, revenue) or a change in one ("a drop in quarterly profit", "a
20% rise in sales"), with no clause of what was said: the company published its figures, a deed, and what
the writer says of them after a comma is the writer's narration. "reported that profits fell" (a clause),
"announced the results of the inquiry" (an inquiry's findings, not accounts) and "reported a drop in
crime" (no figure of the accounts) are left to the other rules. is_deed (deeds.py) drops it, whoever found
it (the rules or a learned model).
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs a company's accounts are published with ("post" is in deeds.DEEDS with any bare object).
PUBLISHING_LEMMAS = frozenset({"report", "announce", "declare", "disclose", "unveil", "post"})
# Figures of a company's accounts, as the object names them.
ACCOUNT_FIGURES = frozenset(
    """
    result results profit profits loss losses sales earnings revenue revenues turnover income deficit
    surplus dividend dividends margin margins
    """.split()
)
# A change in a figure: "a drop in quarterly profit", "an 18% jump in profits".
CHANGES = frozenset(
    """
    drop drops fall falls rise rises jump jumps increase increases decrease decreases decline declines
    slump slide dip plunge leap surge growth gain gains boost slowdown recovery rebound doubling tripling
    """.split()
)
CLAUSES = frozenset({"ccomp", "xcomp", "parataxis"})


def reports_results(cue: Token) -> bool:
    """ "reported a drop in quarterly profit", "when it reported the results": a company's figures
    published, no clause of words."""
    if cue.lemma_.lower() not in PUBLISHING_LEMMAS or any(c.dep_ in CLAUSES for c in cue.children):
        return False
    return any(c.dep_ == "dobj" and _figure_of_accounts(c) for c in cue.children)


def _figure_of_accounts(noun: Token) -> bool:
    """ "the results", "record profits", "a drop in quarterly profit"; not "the results of the inquiry"
    (someone's findings) nor "a drop in crime"."""
    word = noun.lower_
    if word in ACCOUNT_FIGURES:
        # "the results of the vote", "the results of a study": findings, not accounts.
        return not (word.startswith("result") and any(p.lower_ == "of" for p in noun.children))
    if word not in CHANGES:
        return False
    measured = [o for p in noun.children if p.lower_ in {"in", "of"} for o in p.children if o.dep_ == "pobj"]
    return any(o.lower_ in ACCOUNT_FIGURES for o in measured)
