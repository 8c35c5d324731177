"""A deal agreed or announced: a participle of the deal noun before it, no cue (docs/quotes.md, "Not
speech, round 33").

News dates a deal by the verb it was made with, as a participle right after its noun: "part of an alliance
agreed in 2000", "the pact signed last year", "under a settlement announced in March", "the ceasefire
declared on Sunday". The participle names how the deal came about, not words anyone said, whatever the
parser made of it (an adjective clause, or a main verb whose subject is the phrase before: "…, part of an
alliance agreed in 2000" with "part" its subject and the clause before it its complement). A speech verb
(agree, announce, declare, confirm, promise, pledge) as a past form right after a noun of a deal, with no
auxiliary and no clause after it, is no cue; reports_nothing (quotes.py) drops it, whoever found it.
"The union agreed that …" (no deal noun), "the deal was announced" (an auxiliary between) and a reporting
clause that closes its sentence with the deal noun its subject ("…, the alliance agreed.") are left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.deeds import DEALS

# Speech verbs a deal is made or made public with.
DEAL_VERBS = frozenset({"agree", "announce", "declare", "confirm", "promise", "pledge"})
# Deals beyond deeds.DEALS: bonds between firms or states.
BONDS = frozenset(
    """
    alliance alliances treaty treaties accord accords partnership partnerships tie-up venture ventures
    arrangement arrangements pacts contracts
    """.split()
)
DEAL_NOUNS = DEALS | BONDS
PAST_FORMS = frozenset({"VBN", "VBD"})
CLAUSES = frozenset({"ccomp", "xcomp", "parataxis"})
AUXILIARIES = frozenset({"aux", "auxpass"})
SENTENCE_ENDS = frozenset({".", "!", "?", ";"})


def deal_participle(cue: Token) -> bool:
    """ "an alliance agreed in 2000", "the deal announced last week": how a deal was made, no words."""
    if cue.lemma_.lower() not in DEAL_VERBS or cue.tag_ not in PAST_FORMS or cue.i == 0:
        return False
    noun = cue.doc[cue.i - 1]
    if noun.pos_ != "NOUN" or (noun.lower_ not in DEAL_NOUNS and noun.lemma_.lower() not in DEAL_NOUNS):
        return False
    if any(c.dep_ in AUXILIARIES for c in cue.children):
        return False
    if any(c.dep_ in CLAUSES and c.i > cue.i for c in cue.children):
        return False  # "the unions agreed they would …": a clause of what was agreed
    after = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    closes = after is None or after.text in SENTENCE_ENDS
    # "…, the alliance agreed.": a reporting clause after what was said.
    return not (closes and noun.head == cue and noun.dep_ in {"nsubj", "nsubjpass"})
