"""How person names are written: titles before a name, and spelling variants one letter apart.

Shared by the clustering of one article (entities.py) and the merge of speakers across articles
(store/merge.py); no spaCy here, so the store can use it without loading a model.
"""

from __future__ import annotations

TITLES = frozenset(
    [
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "dr",
        "dr.",
        "sir",
        "dame",
        "gen",
        "gen.",
        "sen",
        "sen.",
        "rep",
        "rep.",
        "gov",
        "gov.",
        "lt",
        "col",
        "col.",
        "prof",
        "prof.",
        "rev",
        "rev.",
        "president",
        "minister",
    ]
)
MIN_VARIANT_LENGTH = 5
# A capitalised name right after one of these is a person whatever the NER says ("Mayor Helen Park").
PERSON_TITLES = TITLES | frozenset(
    "mayor senator governor general secretary judge representative chancellor spokesman spokeswoman "
    "spokesperson chief lawyer candidate".split()
)


def one_edit_apart(a: str, b: str) -> bool:
    """True for spellings that differ by one inserted, deleted or changed letter."""
    if a == b or abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < MIN_VARIANT_LENGTH:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]
