"""The subject of a contact relative clause is the source of what it reports (round 30).

"The second initiative BT announced is an early warning system …": a relative clause with no "that"
("the initiative [that] BT announced") puts its subject, a name, right after the noun it modifies and
before its verb. The parser hangs the name on the noun (an apposition or a compound) and the verb on it as
a participle, so the cue has no subject of its own, and a learned model drew the attribution with no
source. News syntax settles it: a speech verb of announcing or proposing that modifies a noun, with no
subject, no "that"/"which" and no auxiliary, right after a proper name set on that same noun, has the name
for its subject; BT announced the initiative, and the words about it are BT's.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs that report a thing made public, which a contact relative clause names: "the plan X unveiled".
ANNOUNCING = frozenset("announce unveil propose outline launch reveal set_out".split())


def contact_subject(cue: Token | None) -> Token | None:
    """The name that is the subject of a contact relative clause's cue ("the initiative BT announced":
    "BT"); None otherwise."""
    if cue is None or cue.lemma_ not in ANNOUNCING or cue.dep_ not in {"acl", "relcl"} or cue.i == 0:
        return None
    if cue.tag_ not in {"VBD", "VBZ", "VBP"} or any(c.dep_ in {"nsubj", "aux", "mark"} for c in cue.children):
        return None  # "the plan announced yesterday": a participle, no one named as its subject
    name = cue.nbor(-1)
    noun = cue.head
    if name.pos_ != "PROPN" or name.head != noun or name.dep_ not in {"appos", "compound", "nsubj"}:
        return None
    if noun.pos_ != "NOUN" or noun.i >= name.left_edge.i:
        return None  # the name comes after the noun it tells of, not before it ("BT plans")
    return name
