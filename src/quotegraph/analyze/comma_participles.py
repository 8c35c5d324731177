"""A speech participle set off by a comma after its clause speaks for that clause's subject (docs/quotes.md,
"Joint and paired subjects, round 23").

`Kenteris and Thanou dramatically withdrew from last summer's Olympics … The pair then spent four days in
a hospital, claiming they had been injured in a motorcycle crash`: who claims is the subject of the clause
the participle ends (the pair), as English grammar has it and as the rules read it when they find the
source (quotes.py). The learned model sometimes draws such a cue with no source at all; its speaker is
then that same subject, never no one. The participle ("claiming", "saying", "insisting") has no subject
of its own, follows a comma and hangs on the verb before it; the subject must be able to speak: a name, a
personal pronoun or a noun for people ("the pair", "the officials"), never a thing ("Yet fires have
continued, showing that …" stays no one's), nor a subject inside a quotation the cue follows ('"Xavi did
things …," the paper beams, adding, "…"' is not Xavi's, BBC sport/216). Only the cue, its verb, that
verb's children and the words between are read.

Round 26: a whole quotation between the subject and the cue is words the clause holds, not a quote the
cue follows, and "it" speaks as a body does: `The University of California said … It joined the lawsuit in
December 2001alleging "massive insider trading" and fraud, claiming it had lost $145m`: the university's
("it", resolved as any "it" that speaks, organization_pronouns.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.agent_nouns import denotes_agents
from quotegraph.analyze.counted_chains import COUNTING
from quotegraph.analyze.parsing import SUBJECT_DEPS

# Pronouns that stand for someone who can speak: "He spent …, claiming …", "It joined …, claiming …".
SPEAKING_PRONOUNS = frozenset({"he", "she", "they", "we", "it"})
# Counting nouns for people, which no lexicon of agents lists: "The pair spent …, claiming …".
COUNTING_PEOPLE = frozenset(COUNTING) | {"couple"}


def comma_participle_subject(cue: Token | None) -> Token | None:
    """The subject of the clause a comma-set speech participle with no subject of its own ends ("The pair
    … spent four days in a hospital, claiming …": "pair"), where that subject can speak; else None."""
    if cue is None or cue.tag_ != "VBG" or cue.dep_ != "advcl" or cue.i == 0 or cue.nbor(-1).text != ",":
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None  # "…, him saying …": a subject of its own
    verb = cue.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.i > cue.i:
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < cue.i), None)
    if subject is None or subject.dep_ == "nsubjpass":
        return None  # "… was sued by X, claiming …": the passive's subject is not who claims
    if sum(t.is_quote for t in cue.doc[subject.i : cue.i]) % 2:
        return None  # '"Xavi did things …," the paper beams, adding': a quote's subject, not the cue's
    return subject if can_speak(subject) else None


def can_speak(subject: Token) -> bool:
    """A name, a personal pronoun or a noun for people: who can claim or say something."""
    if subject.pos_ == "PROPN":
        return True
    if subject.pos_ == "PRON":
        return subject.lower_ in SPEAKING_PRONOUNS
    return subject.pos_ == "NOUN" and (subject.lower_ in COUNTING_PEOPLE or denotes_agents(subject))
