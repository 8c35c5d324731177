"""A speech participle right after a verb's object belongs to the verb's subject (docs/quotes.md, round 21).

`During the last financial crisis in Argentina, the firm sued the state alleging that converting its
tariffs … had affected the company`: a participle of speech ("alleging", "saying", "claiming") that follows
a verb and its object with no comma is the verb's subject's manner of doing it: the firm sued and alleged.
The parser may read the object ("the state") as the participle's subject, and without this rule the one
sued became the source. The source is the subject of the verb the participle hangs on, never its object.

Verbs of perceiving, quoting and showing take an object that does the participle ("heard the minister
saying", "quoted him saying", "showed the leader claiming"): they keep the object, as does a participle
with a tense of its own ("the state is alleging") or one set off by a comma ("…, the state alleging").
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.parsing import SUBJECT_DEPS

# Verbs whose object does what the participle after it says: "heard him saying", "quoted her claiming".
OBJECT_DOERS = frozenset(
    "hear overhear see watch quote cite show film record catch find leave have get keep picture imagine "
    "remember feature depict portray photograph spot notice observe".split()
)
# The clauses a participle of manner hangs on its verb as.
PARTICIPLE_DEPS = frozenset({"ccomp", "advcl", "xcomp"})


def verb_subject_of_participle(cue: Token) -> Token | None:
    """The subject of the verb a sourceless participle follows the object of ("the firm sued the state
    alleging": the firm); None for any other cue."""
    verb = cue.head
    if cue.tag_ != "VBG" or cue.dep_ not in PARTICIPLE_DEPS or verb.pos_ != "VERB" or verb.i > cue.i:
        return None
    if verb.lemma_.lower() in OBJECT_DOERS or any(c.dep_ in {"aux", "auxpass"} for c in cue.children):
        return None
    read = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.i < cue.i), None)
    if read is None or read.pos_ not in {"NOUN", "PROPN"} or any(c.dep_ == "dobj" for c in verb.children):
        return None
    between = cue.doc[verb.i + 1 : cue.i]
    if read.left_edge.i != verb.i + 1 or any(t.is_punct for t in between):
        return None  # "…, the state alleging": a clause of its own
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)
