"""A participle cue coordinated to a clause of "be" shares its passive (docs/quotes.md, round 32).

`Human hibernation has been the subject of initial research …, then recommended as a key "enabling
technology" for space by the Agency's Future Technology Advisory Panel`: "recommended" has no auxiliary of
its own; it shares the "has been" of the clause it is joined to, so it is a passive, and its "by X" agent
(the panel) is who recommended, as in `X was <cue> by Y` (passive_agents.py). An attribution of such a
participle drawn with no source takes the agent as its source, and its content ends before the "by".

Only a participle with no subject, auxiliary or object of its own ("He was angry, then told reporters by
phone" is active), and only an agent that names someone (a name, or a noun of people or of a body: not
"by phone", "by 2007").
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.agent_nouns import denotes_agents
from quotegraph.analyze.parsing import SUBJECT_DEPS

# Where the parser hangs a second verb that shares the first one's auxiliary: "has been …, then recommended".
JOINED_DEPS = frozenset({"conj", "dep"})
# What an active verb has and a passive participle has not: an object, a clause, a hearer, an auxiliary.
OWN_DEPS = frozenset({"aux", "auxpass", "dobj", "dative", "ccomp", "xcomp"})
# Entity types that name someone who can recommend, find or say.
AGENT_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def shares_passive(cue: Token) -> bool:
    """ "…, then recommended … by the panel": a participle joined to an earlier clause of "be" (or to a
    passive), with no subject, auxiliary or object of its own."""
    if cue.tag_ not in {"VBN", "VBD"} or cue.dep_ not in JOINED_DEPS or cue.head.i >= cue.i:
        return False
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ in OWN_DEPS for c in cue.children):
        return False
    head = cue.head
    return head.lemma_ == "be" or any(c.dep_ == "auxpass" for c in head.children)


def names_someone(noun: Token) -> bool:
    """An agent noun that names a person or a body: "the Agency's … Panel", "officials"; not "phone"."""
    return noun.pos_ == "PROPN" or noun.ent_type_ in AGENT_ENTITIES or denotes_agents(noun)
