"""Words that count a role's holders are no part of the role (docs/quotes.md, "Roles"; issue 30, round 29).

"Scotland's only Conservative MP Peter Duncan" is a "Conservative MP": "only", "sole", "lone" and "single"
say how many hold the post (one), and "fellow" that another person named holds it too ("fellow Labour MP"),
not what the post is. A word of the post's own time stays: "former Labour MP" (once held), "first
minister" (an office of its own). A counting word is cut only where the role goes on after it with a word of
its noun phrase, and not where the two words are one (a job, a kinship): "sole trader", "single mother", "only
child"; "fellow at Chatham House" is a post.
"""

from __future__ import annotations

from spacy.tokens import Token

# Words that say how many hold a post, or that someone else holds it too, never what the post is.
COUNTING_WORDS = frozenset({"only", "sole", "lone", "single", "fellow"})
# Parts of speech a role goes on with after a counting word: "only Conservative MP", "lone Tory MP".
PHRASE_WORDS = frozenset({"ADJ", "PROPN", "NOUN"})
# Nouns that are one word with a counting word before them: "sole trader", "single parent", "only child".
COUNTED_NOUNS = frozenset({"trader", "parent", "proprietor", "practitioner", "mother", "father", "child"})


def without_count(words: list[Token]) -> list[Token]:
    """The words of a role with a counting word that opens it, or follows the possessive that opens it,
    cut off ("only Conservative MP" → "Conservative MP", "Scotland's lone Tory MP" → "Scotland's Tory
    MP") where a word of its noun phrase follows; the words as they were otherwise ("sole trader")."""
    owner = next((i + 1 for i, t in enumerate(words) if t.tag_ == "POS"), 0)  # "Scotland's lone Tory MP"
    for k in dict.fromkeys((0, owner)):
        if _counts(words, k):
            return words[:k] + words[k + 1 :]
    return words


def _counts(words: list[Token], k: int) -> bool:
    if len(words) < k + 2 or words[k].lower_ not in COUNTING_WORDS or words[k + 1].pos_ not in PHRASE_WORDS:
        return False  # "fellow at Chatham House": a post
    return words[k + 1].lower_ not in COUNTED_NOUNS  # "sole trader", "only child": one noun with it
