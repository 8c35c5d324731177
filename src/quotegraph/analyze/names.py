"""How person names are written: titles before a name, and spelling variants one letter apart.

Shared by the clustering of one article (entities.py) and the merge of speakers across articles
(analyze/person_merge.py); no spaCy here, so the store can use it without loading a model.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path

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
# Words after a surname that are no part of it: "Walter M Phillips Jr", "Ken Macdonald QC".
# Letters after a person's name that say what they are: Queen's/King's Counsel, members of parliaments.
PERSON_LETTERS = frozenset("qc kc mp msp mep mla".split())
NAME_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv am obe mbe cbe".split()) | PERSON_LETTERS
# A capitalised name right after one of these is a person whatever the NER says ("Mayor Helen Park").
PERSON_TITLES = TITLES | frozenset(
    "mayor senator governor general secretary judge representative chancellor spokesman spokeswoman "
    "spokesperson chief lawyer candidate attorney".split()
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


def one_letter_deletions(word: str) -> set[str]:
    """The word and the word with each one letter deleted. Two words one edit apart share one of
    these (a deletion: the shorter word; a changed letter: both without it), so the words one edit
    from a surname are found by look-up among these keys, then checked with one_edit_apart."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def preferred_spelling(forms: dict[str, list[tuple[int, int]]], first: str, second: str) -> str:
    """The more frequent spelling; on a tie the later one (a correction is usually the later form)."""
    return max((first, second), key=lambda f: (len(forms[f]), max(start for start, _ in forms[f])))


@cache
def english_stop_words() -> frozenset[str]:
    """spaCy's English stop words, read from its module without importing spaCy when it is not loaded:
    the main process of an ingest merges persons but never parses, and importing spaCy there cost
    about 4 s in the middle of the run."""
    loaded = sys.modules.get("spacy.lang.en.stop_words")
    if loaded is not None:
        return frozenset(loaded.STOP_WORDS)
    spacy = importlib.util.find_spec("spacy")
    if spacy is None or not spacy.submodule_search_locations:
        raise ModuleNotFoundError("spaCy is not installed")
    path = Path(spacy.submodule_search_locations[0]) / "lang" / "en" / "stop_words.py"
    spec = importlib.util.spec_from_file_location("quotegraph_english_stop_words", path)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"spaCy's English stop words are not at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # a plain list of words: no imports of its own
    return frozenset(module.STOP_WORDS)
