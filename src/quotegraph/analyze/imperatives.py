"""The writer's imperative to the reader (docs/quotes.md, "Teasers, imperatives, joint sources
and deeds").

News tells its reader what to look out for in the imperative: "Of the two, only Steyer will be on stage,
but expect Bloomberg's shadow in particular to generate passionate arguments …", "Remember that …",
"Consider the case of …". A verb of expecting, considering or noticing in its bare form, with no subject
and no auxiliary of its own, that opens its sentence (after an adverb or a conjunction at most) or opens
a clause after a comma and "but"/"and"/"so", is the writer's voice: nobody the article reports thinks it
(nobody_says: thought, no speaker). A verb that shares the subject of the clause before, with no comma
between ("Steyer will be on stage but expects …", "they met and noted …"), is left to the rules.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.parsing import SUBJECT_DEPS

# Verbs a writer bids the reader to expect, weigh or keep in mind.
BIDDEN = frozenset({"expect", "consider", "remember", "note", "imagine", "recall", "notice", "picture"})
OPENING_WORDS = frozenset({"but", "and", "so", "now", "then", "also", "just", "still", "yet", "however"})
JOINING = frozenset({"but", "and", "so"})


def bids_the_reader(cue: Token) -> bool:
    """ "…, but expect Bloomberg's shadow … to generate …": the writer's bidding, no one's thought."""
    if cue.lemma_.lower() not in BIDDEN or cue.tag_ not in {"VB", "VBP"} or cue.lower_ != cue.lemma_.lower():
        return False
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ in {"aux", "auxpass", "expl"} for c in cue.children):
        return False
    before = [t for t in cue.doc[cue.sent.start : cue.i] if not (t.is_punct or t.is_space)]
    if cue.dep_ == "ROOT":
        return all(t.lower_ in OPENING_WORDS for t in before)
    if cue.dep_ != "conj" or cue.i < 2:
        return False
    joint, comma = cue.doc[cue.i - 1], cue.doc[cue.i - 2]
    return joint.dep_ == "cc" and joint.lower_ in JOINING and comma.text == ","
