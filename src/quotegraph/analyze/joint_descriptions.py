"""A person described and a person named, joined by "and" as the subject: one joint source (docs/quotes.md,
"Teasers, imperatives, joint sources and deeds").

"The player himself and his captain Jason Robinson have both said that the clash with Peel was accidental":
two people, the one a description of a person the article names ("the player himself": the player the
story is about), the other named ("his captain Jason Robinson"), are together the source, one joint source
named by both full names, never one of them alone (joint_people.py reads subjects of names only). Each
part must stand for one person: a name of a person of the article (itself or set beside a noun: "his
captain Jason Robinson"), or a singular description the speaker rules resolve to a named person; the two
must differ. An "and" inside an apposition joins two roles of one person ("Gwynne Shotwell, president and
chief operating officer of SpaceX"), no second person. Anything else (a part that is a body, a plural, a
description that names nobody) is left to the other rules.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from quotegraph.analyze.entities import EntityIndex
from quotegraph.analyze.parsing import SUBJECT_DEPS

# How a description resolves: speakers.py's resolver of a common-noun source (its result has name and type).
Describe = Callable[[Doc, Token, EntityIndex], object]
_NAME_LINKS = frozenset({"appos", "compound", "flat"})


def joint_described(head: Token, index: EntityIndex, describe: Describe) -> str | None:
    """ "Danny Grewcock and Jason Robinson" for "The player himself and his captain Jason Robinson", or
    None (see the module docstring)."""
    if head.dep_ not in SUBJECT_DEPS:
        return None
    conjs = [c for c in head.children if c.dep_ == "conj"]
    # "The player himself and …": the "and" may hang on the reflexive set beside the subject; a conjunct
    # inside an apposition ("Gwynne Shotwell, president and chief operating officer of SpaceX") is a role.
    holders = {head.i} | {c.i for c in head.children if c.dep_ == "appos" and c.tag_ == "PRP"}
    cc = [c for c in head.subtree if c.dep_ == "cc" and c.head.i in holders]
    if len(conjs) != 1 or len(cc) != 1 or cc[0].lower_ != "and":
        return None
    parts = [head, conjs[0]]
    if not any(p.pos_ == "NOUN" for p in parts):
        return None  # names alone: joint_people.py
    names = [_person(part, index, describe) for part in parts]
    if any(name is None for name in names) or names[0] == names[1]:
        return None
    return f"{names[0]} and {names[1]}"


def _person(part: Token, index: EntityIndex, describe: Describe) -> str | None:
    """The full name of the one person a part stands for: a person's name in it, else its description."""
    named = [c for c in part.children if c.dep_ in _NAME_LINKS and c.pos_ == "PROPN"]
    for word in [part, *named] if part.pos_ == "PROPN" else named:
        cluster = index.cluster_at(word.i)
        if cluster is not None and cluster.type == "person":
            return cluster.name
    if named or part.pos_ != "NOUN" or part.tag_ != "NN":
        return None
    resolved = describe(part.doc, part, index)
    if getattr(resolved, "type", None) != "person" or getattr(resolved, "anonymous", True):
        return None
    return getattr(resolved, "name", None)
