"""Speech verbs whose object makes them deeds (docs/quotes.md, "Events ended and amounts booked").

- An event ended: "concluded its third public hearing", "concluded the talks", "concluded a two-day
  visit". "Conclude" with a noun object that names a meeting, a session, an inquiry or a visit (or a deal:
  "concluded a deal with Spain") ends or settles it; nobody's words are reported. "The inquiry concluded
  that …" (a clause) is left to the other rules.
- An amount booked: "which it had reported as advertising revenue", "booked the sale as income". Reporting or
  recording a sum AS an entry of the accounts (revenue, profit, a loss) is how a company kept its books, no
  statement; "was reported as saying …" (a gerund) and "reported the attack as a hate crime" (no entry of the
  accounts) are left alone.

Both are read for a cue with no clause of its own, whoever found it (the rules or a learned model), through
deeds.is_deed.
"""

from __future__ import annotations

from spacy.tokens import Token

# What is ended when it is concluded: a gathering, a proceeding, a visit, a deal.
ENDED_EVENTS = frozenset(
    """
    hearing hearings meeting meetings session sessions inquiry inquiries investigation investigations
    probe review talks negotiations summit conference visit tour trip trial trials debate deliberations
    proceedings consultation consultations round campaign season series match game deal deals agreement
    agreements contract contracts treaty pact transaction sale purchase takeover merger ceremony
    """.split()
)
# Entries of a company's accounts: what a sum is booked as.
ACCOUNT_ENTRIES = frozenset(
    """
    revenue revenues income profit profits loss losses sales earnings asset assets liability liabilities
    expense expenses cost costs debt gain gains charge charges write-down writedown impairment turnover
    """.split()
)
BOOKING_VERBS = frozenset({"report", "record", "book", "count", "list", "declare", "state"})
CLAUSES = frozenset({"ccomp", "xcomp", "parataxis"})


def ends_or_books(cue: Token) -> bool:
    """An event concluded ("concluded its third public hearing") or a sum booked as an entry of the
    accounts ("which it had reported as advertising revenue"): a deed, no words."""
    if any(c.dep_ in CLAUSES for c in cue.children):
        return False
    lemma = cue.lemma_.lower()
    if lemma == "conclude":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in ENDED_EVENTS for c in cue.children)
    return lemma in BOOKING_VERBS and any(map(_booked_as_entry, cue.children))


def _booked_as_entry(child: Token) -> bool:
    """ "as advertising revenue": "as" with an entry of the accounts for its object."""
    if child.dep_ != "prep" or child.lower_ != "as":
        return False
    return any(o.dep_ == "pobj" and o.lemma_.lower() in ACCOUNT_ENTRIES for o in child.children)
