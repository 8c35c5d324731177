"""A story told, no words said (round 32; docs/quotes.md, "Not speech, round 32").

"Tell" with a story for its object tells what happens, not what anyone said: "Set in her native Dartford,
Wasp tells the story of a young mum, who …", "the book tells the tale of two brothers", "tells of a
village cut off by the floods". A plot summary, a work's or a writer's account of events, is no speech
cue, for the rules and a learned model alike (quotes.reports_nothing): "tell" whose object is a noun
for a story ("story", "tale", "saga" …) or, with no object, "tell of" a thing, and no clause of its own.
"told reporters that …", "told the story to the BBC: "…"" (a quotation beside it is read by the quote
rules first) and "told of his fear that …" (a clause) are left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

STORY_NOUNS = frozenset({"story", "tale", "saga", "history", "fable", "legend", "narrative", "plot"})
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "dative"})


def tells_a_story(cue: Token) -> bool:
    """ "tells the story of …", "tells the tale of …", "tells of a village …": no clause, no hearer."""
    if cue.lemma_.lower() != "tell" or any(c.dep_ in CLAUSE_DEPS for c in cue.children):
        return False
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    if objects:
        return any(o.lemma_.lower() in STORY_NOUNS and not _has_clause(o) for o in objects)
    of = [o for p in cue.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    return any(o.dep_ == "pobj" and not _has_clause(o) for o in of)


def _has_clause(noun: Token) -> bool:
    """ "told of his fear that …": a clause under the noun holds words."""
    return any(
        c.dep_ in {"acl", "ccomp"} and any(m.dep_ == "mark" for m in c.children) for c in noun.children
    )
