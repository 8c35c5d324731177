"""A status declared, no words reported (round 30): "when a firm is declared bankrupt it will gain
protection …", "he was pronounced dead at the scene", "Bush was declared the winner", "the match was
ruled a draw".

News uses "declare", "pronounce", "rule" and "proclaim" with a bare adjective or noun as the predicate of
their object for a legal or official status given to someone, not for a statement whose words it reports:
what follows the predicate is the writer's sentence ("… bankrupt it will gain protection …" is no one's
words). A clause after the verb is another matter: "Israeli courts have declared most major settlements
legal" (a small clause with its own subject) and "declared that the war was over" stay cues.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs that give a status by declaring it ("declared bankrupt", "pronounced dead", "ruled offside").
STATUS_VERBS = frozenset({"declare", "pronounce", "rule", "proclaim"})
# How the parser hangs the status on the verb: an object predicate ("is declared bankrupt": oprd), or an
# adjective or a noun complement ("was declared the winner": attr, acomp).
_PREDICATE_DEPS = frozenset({"oprd", "acomp", "attr"})
# A clause of the verb's own: then it reports something ("declared that …", "ruled the law to be void").
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl"})


def declares_status(cue: Token) -> bool:
    """ "is declared bankrupt", "pronounced him dead", "was declared the winner": a status given, no cue."""
    if cue.lemma_.lower() not in STATUS_VERBS or cue.pos_ != "VERB":
        return False
    children = list(cue.children)
    if any(c.dep_ in _CLAUSE_DEPS and c.i > cue.i for c in children):
        return False
    return any(c.dep_ in _PREDICATE_DEPS and c.pos_ in {"ADJ", "NOUN"} and c.i > cue.i for c in children)
