"""A speech participle right after a verb's object belongs to the verb's subject (docs/quotes.md, round 21).

`During the last financial crisis in Argentina, the firm sued the state alleging that converting its
tariffs … had affected the company`: a participle of speech ("alleging", "saying", "claiming") that follows
a verb and its object with no comma is the verb's subject's manner of doing it: the firm sued and alleged.
The parser may read the object ("the state") as the participle's subject, and without this rule the one
sued became the source. The source is the subject of the verb the participle hangs on, never its object.

Verbs of perceiving, quoting and showing take an object that does the participle ("heard the minister
saying", "quoted him saying", "showed the leader claiming"): they keep the object, as does a participle
with a tense of its own ("the state is alleging") or one set off by a comma ("…, the state alleging").

The object of such a verb does a speech participle also where an aside with a participle of its own stands
between them (`object_doer`, round 24): `The documentary showed Mr Nattrass, apparently talking about the EU,
telling the meeting: "The Germans are the big losers here …"` is Mike Nattrass's speech at the meeting. The
parser hangs "telling" on "talking" and "talking" on "showed", and without this rule the source went up the
chain to the verb's subject, the documentary, and the words were typed a document's.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.parsing import SUBJECT_DEPS

# Verbs whose object does what the participle after it says: "heard him saying", "quoted her claiming".
OBJECT_DOERS = frozenset(
    "hear overhear see watch quote cite show film record catch find leave have get keep picture imagine "
    "remember feature depict portray photograph spot notice observe".split()
)
# Verbs of perceiving and showing whose object does a participle set off after it by an aside: "showed Mr
# Nattrass, apparently talking about the EU, telling …" ("left the meeting, saying" is the subject's).
PERCEIVERS = frozenset(
    "hear overhear see watch show film record catch feature depict portray photograph spot".split()
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


def object_doer(cue: Token) -> Token | None:
    """The object of a verb of perceiving or showing that a speech participle hangs on, directly or through
    participles between them ("showed Mr Nattrass, apparently talking about the EU, telling the meeting":
    Nattrass); None for any other cue."""
    if cue.tag_ != "VBG" or cue.dep_ not in PARTICIPLE_DEPS:
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    verb = cue.head
    while verb.tag_ == "VBG" and verb.dep_ in PARTICIPLE_DEPS and verb.head.i < verb.i:
        verb = verb.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in PERCEIVERS or verb.i > cue.i:
        return None
    doer = next((c for c in verb.children if c.dep_ == "dobj" and c.i < cue.i), None)
    if doer is None or doer.pos_ not in {"NOUN", "PROPN"}:
        return None
    # "showed the leader claiming": any noun; past a comma, a person the NER names ("showed Mr Nattrass, …")
    aside = any(t.is_punct for t in cue.doc[doer.i + 1 : cue.i])
    return doer if not aside or doer.ent_type_ == "PERSON" else None
