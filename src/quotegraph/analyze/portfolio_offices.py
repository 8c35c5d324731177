"""A one-word office is the portfolio's holder the article named with it (docs/quotes.md, "Speakers").

"On Wednesday Irish Transport Minister Martin Cullen said in a statement: "…" Last Friday the minister had
announced he was to advertise for three senior executives": news names a minister once with the
portfolio and goes on with the bare office, so "the minister" is Martin Cullen, whom the article gives
"Irish Transport Minister", an office that ends on the word. A deputy, shadow or former holder
(descriptions.OTHER_HOLDERS) is not the office, and neither are the prime or first minister: news calls
them "the prime minister", never "the minister".
"""

from __future__ import annotations

from quotegraph.analyze.descriptions import OTHER_HOLDERS
from quotegraph.analyze.roles import plain_words

# Offices of their own that end on a portfolio's word: "Prime Minister Tony Blair" is not "the minister".
OWN_OFFICES = frozenset({"prime", "first"})


def holds_portfolio(wanted: str, role: str) -> bool:
    """Whether a one-word office ("minister") is the role the article gives ("Irish Transport Minister")."""
    words = plain_words(role).split()
    if " " in wanted or len(words) < 2 or words[-1] != wanted:
        return False
    return not (OTHER_HOLDERS | OWN_OFFICES).intersection(words[:-1])
