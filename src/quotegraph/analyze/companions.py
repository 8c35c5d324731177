"""A counting description of two is the person the clause before it is about and the one it sets beside
them by "with" or "alongside" (docs/quotes.md, "Round 29 (wt-q108)").

News that names two people apart, not by "A and B", names one as a clause's subject and the other as
whom that subject acts with, then goes on "the pair": `Platon Lebedev has been on trial alongside Mr
Khodorkovsky since June … The pair claim …` (BBC business/157), `Rapper 50 Cent has ended his public
feud with his protege The Game as the pair said …` (entertainment/288). The pair is those two, one joint
source, never no one nor one of them alone. The clause read is the one the description's own clause hangs
on in its sentence ("… as the pair said"), else the main clause of the sentence before; its subject and
the object of its "with"/"alongside" (or the name set beside that object: "his protege The Game") must be
proper names of two people (a name the NER took for a firm's is a person here: "the pair" counts
people). Anything else leaves the description to the other rules.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.entities import EntityIndex, clean_name
from quotegraph.analyze.parsing import SUBJECT_DEPS

# Prepositions that set a second person beside the subject as acting with them.
BESIDE = frozenset({"with", "alongside"})
# The links inside a verb's phrases walked to find them: no clause of another verb.
PHRASE_DEPS = frozenset({"prep", "pobj", "dobj"})


def companion_pair(head: Token, index: EntityIndex) -> str | None:
    """The joint name of the subject and the companion of the clause "the pair" goes on from ("Platon
    Lebedev and Mikhail Khodorkovsky"), or None (see the module docstring)."""
    verb = _clause_before(head)
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
    companion = next((o for p in _phrases(verb) if p.lower_ in BESIDE for o in _objects(p)), None)
    if subject is None or companion is None:
        return None
    names = [_name(subject, index), _name(companion, index)]
    if None in names or names[0] == names[1]:
        return None
    return f"{names[0]} and {names[1]}"


def _clause_before(head: Token) -> Token | None:
    """The verb of the clause the description's clause hangs on before it in its sentence ("ended … as
    the pair said"), else the root of the sentence before, a verb."""
    clause = head.head
    if clause.dep_ in {"advcl", "conj"} and clause.head.i < head.i:
        return clause.head
    if head.sent.start == 0 or any(t.i < head.i and t.pos_ in {"VERB", "AUX"} for t in head.sent):
        return None  # the description opens its sentence, or a clause of its own stands before it
    root = head.doc[head.sent.start - 1].sent.root
    return root if root.pos_ in {"VERB", "AUX"} else None


def _phrases(verb: Token) -> list[Token]:
    """The prepositions of the verb's own phrases, also inside its objects' ("has been on trial alongside
    …", "ended his feud with …"), never inside another clause."""
    found, todo = [], list(verb.children)
    while todo:
        token = todo.pop(0)
        if token.dep_ == "prep":
            found.append(token)
        if token.dep_ in PHRASE_DEPS:
            todo.extend(token.children)
    return found


def _objects(preposition: Token) -> list[Token]:
    """The object of "with"/"alongside", or the name set beside it ("his protege The Game")."""
    found = []
    for obj in (c for c in preposition.children if c.dep_ == "pobj"):
        named = next((c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        found.append(named or obj)
    return found


def _name(token: Token, index: EntityIndex) -> str | None:
    """The person a subject or companion names: the article's person of that mention, else the proper
    name as written; None for anything but a name."""
    if token.pos_ != "PROPN" or not token.is_title:
        return None
    cluster = index.cluster_at(token.i)  # a person though the NER took the name for a firm's ("50 Cent"):
    if cluster is not None:  # "the pair" counts people
        return cluster.name
    words = [t for t in token.subtree if t.i <= token.i and (t.dep_ in {"compound", "flat"} or t == token)]
    written = clean_name(token.doc[words[0].i : token.i + 1])
    named = index.person_by_name(written) if written else None
    return named.name if named is not None else written or None
