"""A "he"/"she" goes on from the office-holder the sentences before are about, not from a person they
only name in passing (docs/quotes.md, "Round 29 (wt-q108)").

Political news names its subject by office once named ("The prime minister used his speech … There was
an attempt to draw the line under the gossip surrounding his rift with Chancellor Gordon Brown … the
prime minister talked about a "New Labour manifesto …" … To that end he set out a broad programme … In
a key section, he declared: "…"", BBC politics/264): the "he" is the prime minister's (Tony Blair), the
subject the story is about, never Gordon Brown, named last but only as the object of a phrase ("his rift
with …"). So where a definite office ("the prime minister", "the chancellor") is the subject of a clause,
outside quotes, in one of the few sentences before the pronoun's, after the last mention of the person
named last, and the office rules find its holder (office_titles.office_described), a person who agrees
with the pronoun, that holder is the antecedent. A named person as a subject in a sentence between stops
the search (the named rules read that one), and a person named last as a subject is left as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.gender import agrees
from quotegraph.analyze.office_titles import office_described
from quotegraph.analyze.parsing import SUBJECT_DEPS
from quotegraph.analyze.roles import ROLE_HEADS

# Sentences read back from the pronoun's: a short run of narration about one office-holder (the parser
# splits some at a comma: "And, for some, …").
SENTENCES_BACK = 6


def office_subject(
    pronoun: Token, index: EntityIndex, quoted: list[tuple[int, int]], after: int, called: dict[str, str]
) -> Cluster | None:
    """The holder of the office that is a clause's subject in the sentences before a "he"/"she", after
    token `after` (the last mention of the person named last); else None (see the module docstring)."""
    if pronoun.lower_ not in {"he", "she"} or pronoun.dep_ not in SUBJECT_DEPS or after < 0:
        return None
    sentence = pronoun.sent
    for _ in range(SENTENCES_BACK):
        if sentence.start == 0 or sentence.start <= after:
            return None
        sentence = pronoun.doc[sentence.start - 1].sent
        subjects = [
            t
            for t in sentence
            if t.dep_ in SUBJECT_DEPS and t.i > after and not any(s <= t.idx < e for s, e in quoted)
        ]
        for subject in reversed(subjects):
            if not _office(subject):
                continue
            holder = office_described(subject, index)
            if holder is not None and holder.type == "person" and agrees(pronoun, holder, called):
                return holder
        if any(t.pos_ == "PROPN" and (c := index.cluster_at(t.i)) and c.type == "person" for t in subjects):
            return None  # a person named as a subject nearer: the named rules read that one
    return None


def _office(token: Token) -> bool:
    """ "the prime minister", "the chancellor": a singular office after "the"."""
    return (
        token.tag_ == "NN"
        and token.lemma_.lower() in ROLE_HEADS
        and any(t.lower_ == "the" and t.dep_ == "det" for t in token.lefts)
    )
