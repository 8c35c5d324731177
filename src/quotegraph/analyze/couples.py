""" "The couple" is a person the article names and the spouse it names beside them (docs/quotes.md,
"Counted and paired people, round 25").

`Stories about the state of her marriage to Kevin Federline … The couple, who married in Los Angeles last
September, claimed staff took photographs of them` (BBC entertainment/345): the couple is Britney Spears
(whom "her" stands for) and Kevin Federline, one joint source, never Spears alone. The spouse is a name
after "marriage to", "engagement to", "wedding to" or right after "husband", "wife", "fiancée" …
("her husband Kevin Federline"); the other is the owner of that word: a name with "'s" ("Spears's
husband …") or "his"/"her", the person named last before it. The nearest such spouse within a few
paragraphs before "the couple" as a subject is read; none there, and "the couple" resolves as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.counted_chains import LOOK_BACK
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.parsing import SUBJECT_DEPS

# Nouns for a union whose "to" names the spouse: "her marriage to Kevin Federline".
UNIONS = frozenset({"marriage", "engagement", "wedding"})
# Nouns for a spouse set right before the name: "her husband Kevin Federline".
SPOUSES = frozenset(
    "husband wife fiance fiancé fiancee fiancée spouse partner boyfriend girlfriend bride groom".split()
)


def couple_of(head: Token, index: EntityIndex) -> str | None:
    """The joint name "the couple" as a subject stands for ("Britney Spears and Kevin Federline"), from the
    nearest spouse named before it; else None (see the module docstring)."""
    if head.lower_ != "couple" or head.dep_ not in SUBJECT_DEPS:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    doc = head.doc
    for i in range(head.i - 1, max(head.i - LOOK_BACK, 0), -1):
        token = doc[i]
        if token.ent_type_ != "PERSON" or token.ent_iob_ != "B":
            continue
        spouse, owner = index.cluster_at(i), _owner(token, index)
        if spouse is not None and owner is not None and owner is not spouse:
            return f"{owner.name} and {spouse.name}"
    return None


def _owner(first: Token, index: EntityIndex) -> Cluster | None:
    """Whose spouse the name opening at `first` is: the owner of "marriage to" or "husband" before it."""
    doc = first.doc
    before = first.i - 1
    if before >= 1 and doc[before].lower_ == "to" and doc[before - 1].lower_ in UNIONS:
        noun = before - 1
    elif before >= 0 and doc[before].lower_ in SPOUSES:
        noun = before
    else:
        return None
    if noun == 0:
        return None
    owner = doc[noun - 1]
    if owner.lower_ in {"her", "his"}:
        found = index.last_person_before(owner.i)
        return found if found is not None and found.type == "person" else None
    if owner.tag_ == "POS" and noun >= 2:
        found = index.cluster_at(noun - 2)
        return found if found is not None and found.type == "person" else None
    return None
