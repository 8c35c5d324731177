"""An impersonal passive is hearsay, whoever the sentence names next (docs/quotes.md, round 29).

"In the mountainous country …, it is feared as many as 50,000 textile workers could lose their jobs, and
Mr Mafeca said he expected more companies to leave": "it is feared", "it is hoped", "it is felt", "it was
agreed", with the expletive "it" as subject, a clause of what is feared and no "by …" agent, tells what is
feared or believed about, never by whom, unless its clause says by whose account ("…, according to the
United Nations": the UN's, told_according, round 32). Otherwise it is a `thought` with no speaker, as "it
is understood that …" is (attribution_types.HEARSAY_LEMMAS, which lists the speech verbs among these):
the subject of a clause joined to it (Mafeca said …) did not say it, whichever reading (the rules' or a
learned model's) lent him.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.coordinated_passives import names_someone
from quotegraph.analyze.cues import BELIEF_LEMMAS, SPEECH_LEMMAS, is_according_to

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


def told_according(cue: Token) -> Token | None:
    """ "By 2007, it is predicted that there will be almost 2.5 million … robots in homes, …, according to
    the United Nations (UN)": an impersonal passive whose own clause says "according to X" that names
    someone is X's report (round 32), hearsay no more: the noun of X, else None."""
    if not impersonal_passive(cue):
        return None
    for token in cue.subtree:
        if is_according_to(token) and token.sent == cue.sent:
            named = [o for o in token.nbor(1).children if o.dep_ == "pobj" and names_someone(o)]
            if named:
                return named[0]
    return None


def without_expletive(cue: Token, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The content of an impersonal passive less its expletive "it" alone, which a learned model may tag
    as a fragment of what is reported ("it … that there will be …"): the "it" says nothing."""
    if not impersonal_passive(cue):
        return content
    it = next(c for c in cue.children if c.dep_ == "nsubjpass" and c.lower_ == "it")
    return [span for span in content if span != (it.idx, it.idx + len(it))] or content
