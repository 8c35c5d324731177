"""Whom a speaker told is not what they told (docs/quotes.md, round 33).

`A PR expert has told the Michael Jackson child abuse trial that the TV documentary … was an "absolute
disaster"`: the learned model at times starts the content at the cue's object, the addressee ("the …
trial that the TV documentary …"). The words reported are the clause the verb governs; the object before
it is the hearer (a court, a committee, reporters, a person). A learned attribution whose cue is a verb of
telling ("tell", "assure", "inform", "warn", "remind", "advise", "brief", "promise") with an object and a
clause right after it, and whose content begins at or inside that object ("Michael Jackson child abuse
trial that …"), begins at the clause instead, as the rules draw it. Content that begins elsewhere is left
as it is, and so is an object with a verb in it ("told the BBC's programme what was needed was one
approach": the parser took "what was needed" for a relative clause of the hearer).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotegraph.analyze.attribution import Attribution

# Verbs whose object is the hearer and whose clause the words told.
TELLING = frozenset("tell assure inform warn remind advise brief promise".split())
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj"})
CLAUSE_DEPS = frozenset({"ccomp"})


def without_addressee(doc: Doc, attribution: Attribution) -> Attribution:
    """The attribution with its content begun at the told clause, not at the hearer (see the module's
    docstring); the attribution itself where it does not begin in the cue's object."""
    cue = _cue_verb(doc, attribution)
    if cue is None or not attribution.content:
        return attribution
    hearer = next((c for c in cue.rights if c.dep_ in OBJECT_DEPS), None)
    told = next((c for c in cue.rights if c.dep_ in CLAUSE_DEPS), None)
    if hearer is None or told is None or told.left_edge.i != hearer.right_edge.i + 1:
        return attribution  # the clause right after the hearer, or a parse not to trust
    if any(t.pos_ in {"VERB", "AUX"} for t in hearer.subtree):
        return attribution  # a clause the parser hung on the hearer: the words told may start in it
    start, end = attribution.content[0]
    hearer_end = hearer.right_edge.idx + len(hearer.right_edge)
    if not hearer.left_edge.idx <= start < hearer_end or told.left_edge.idx >= end:
        return attribution
    attribution.content[0] = (told.left_edge.idx, end)
    return attribution


def _cue_verb(doc: Doc, attribution: Attribution) -> Token | None:
    """The verb of telling of the attribution's cue, or None."""
    token = attribution.cue_token
    if token is None and attribution.cue:
        span = doc.char_span(*attribution.cue[-1], alignment_mode="expand")
        token = span.root if span is not None else None
    return token if token is not None and token.lemma_.lower() in TELLING else None
