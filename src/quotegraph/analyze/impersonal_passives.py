"""An impersonal passive is hearsay, whoever the sentence names next (docs/quotes.md, round 29).

"In the mountainous country …, it is feared as many as 50,000 textile workers could lose their jobs, and
Mr Mafeca said he expected more companies to leave": "it is feared", "it is hoped", "it is felt", "it was
agreed", with the expletive "it" as subject, a clause of what is feared and no "by …" agent, tells what is
feared or believed about, never by whom. It is a `thought` with no speaker, as "it is understood that …" is
(attribution_types.HEARSAY_LEMMAS, which lists the speech verbs among these): the subject of a clause
joined to it (Mafeca said …) did not say it, whichever reading (the rules' or a learned model's) lent him.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.cues import BELIEF_LEMMAS, SPEECH_LEMMAS

# The verbs whose passive with an expletive "it" reports a belief or a report nobody is named for; the
# lexicon's own, and a few that news uses only so ("it is hoped", "it is felt", "it is argued").
IMPERSONAL_LEMMAS = BELIEF_LEMMAS | SPEECH_LEMMAS | frozenset({"accept", "recognise", "recognize", "rumour"})
# What the expletive's clause is to the verb: "it is feared [that] X could …", "it was agreed to …".
CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})


def impersonal_passive(cue: Token) -> bool:
    """ "it is feared as many as 50,000 … could lose …": a passive of a cue verb whose subject is the
    expletive "it", with a clause of its own and no agent (not "it was said by the minister that …"); one
    told in a document ("it's revealed in Eurogamer's Stadia review that …") is the document's
    (attribution_types.is_hearsay reads that first)."""
    if cue.lemma_.lower() not in IMPERSONAL_LEMMAS:
        return False
    children = list(cue.children)
    deps = {c.dep_ for c in children}
    if "auxpass" not in deps or "agent" in deps or not deps & CLAUSE_DEPS:
        return False
    return any(c.dep_ == "nsubjpass" and c.lower_ == "it" and c.i < cue.i for c in children)
