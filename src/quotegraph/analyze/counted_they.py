"""A "they" that opens its sentence goes on from a counting description the sentence before ends on
(docs/quotes.md, "Joint and paired subjects, round 27").

`Thanou … and Sydney 200m champion Kenteris were suspended … but the pair could not be found in the
athletes' village. They were later taken to hospital after claiming to have been involved in a motorcycle
accident`: the "they" is the pair, the subject of the last clause of the sentence before, and so the two
people that counting description counts (Thanou and Kenteris, one joint source), as English reads a
plural pronoun that opens a sentence: it goes on from the subject just before. The rule asks only a
definite counting description ("the pair", "the duo", "the two men", "both men") as the subject of the
previous sentence's last main clause (its root or a clause joined to it), named after the last
attribution's cue; a description whose people no run of names shows gives no one here, as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.counted_chains import counted_number
from quotegraph.analyze.named_groups import counted_people
from quotegraph.analyze.parsing import SUBJECT_DEPS

MAIN_CLAUSE_DEPS = frozenset({"ROOT", "conj"})


def counted_they(pronoun: Token, since: int) -> str | None:
    """The people a sentence-opening "they" stands for where the sentence before ends on a counting
    description as a main clause's subject ("… but the pair could not be found. They …"), as one joint
    name; else None."""
    sentence = pronoun.sent
    if pronoun.lower_ != "they" or pronoun.dep_ not in SUBJECT_DEPS or sentence.start == 0:
        return None
    if sum(not (t.is_punct or t.is_space) for t in pronoun.doc[sentence.start : pronoun.i]) > 1:
        return None  # "They" or "But they" open the sentence; a "they" inside it is people_nearer's
    last = sentence.start - 1
    while last > 0 and pronoun.doc[last].is_space:
        last -= 1
    subjects = [
        t
        for t in pronoun.doc[last].sent
        if t.dep_ in SUBJECT_DEPS and t.head.dep_ in MAIN_CLAUSE_DEPS and t.idx >= since
    ]
    if not subjects or counted_number(subjects[-1]) is None:
        return None
    return counted_people(subjects[-1]) or None
