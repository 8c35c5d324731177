"""A "she" after a sentence about a "he" is the woman that sentence calls "her" (docs/quotes.md, "He and
she", round 17).

`When Ford visited his editor Teresa Nielsen Hayden at her office at Tor, he would scribble short parody
poems … and leave them for her to find. “Life was not long enough,” she recalled`: the sentence before is
about a man (its subject is "he"), so its subject cannot be the "she" who recalls; the person it names
and then calls "her" ("at her office") is, by the pronoun the article itself gives her. The rule reads
the sentence before a sentence-opening "he" or "she" (gender.topic_before) whose subject is the other
pronoun: the one person it names outside quotation marks whom a "her" (for "she"; "his" or "him" for
"he") follows before any other name or a quotation mark. Two such people, or none, leave it as before
(the speaker quoted before, else the person named last who agrees).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.entities import Cluster, EntityIndex

# The forms by which a sentence about someone else calls a woman or a man after naming them.
CALLED_AFTER = {"she": frozenset({"her", "herself"}), "he": frozenset({"his", "him", "himself"})}
QUOTATION_MARKS = frozenset('"“”')


def called_by_pronoun(
    subject: Token, pronoun: Token, index: EntityIndex, quoted: list[tuple[int, int]]
) -> Cluster | None:
    """The one person the sentence of `subject` (a "he" where the pronoun is "she", or the reverse)
    names and then calls by the pronoun's "her"/"his" (see the module's docstring); else None."""
    wanted = pronoun.lower_
    if wanted not in CALLED_AFTER or subject.lower_ not in CALLED_AFTER or subject.lower_ == wanted:
        return None
    sentence = subject.sent
    found: dict[str, Cluster] = {}
    for token in sentence:
        cluster = index.cluster_at(token.i)
        if cluster is None or cluster.type != "person" or any(s <= token.idx < e for s, e in quoted):
            continue
        if token.i + 1 < sentence.end and index.cluster_at(token.i + 1) is cluster:
            continue  # read on from the name's last word
        for after in sentence.doc[token.i + 1 : sentence.end]:
            if after.ent_type_ == "PERSON" or after.text in QUOTATION_MARKS:
                break  # a pronoun after another name may be theirs
            if after.lower_ in CALLED_AFTER[wanted]:
                found[cluster.id] = cluster
                break
    return next(iter(found.values())) if len(found) == 1 else None
