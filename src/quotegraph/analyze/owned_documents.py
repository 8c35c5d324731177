"""A source whose owner the parser made its head (round 27, judged tuning 7313 Q37).

"In the Bank of Japan's December survey, the balance of big manufacturers saying …": the source is the
survey, a document (docs/quotes.md: a survey's figure), whoever owns it; the owner speaks for it, as
"According to the BNP's website" is the BNP's. The parser takes a name with "of" before a possessive for
the phrase's head ("Bank" the head, "Japan's December survey" hung from its "of", with "Japan" its
possessor), so a source read by its head is the organization and its words speech. A source head whose
"of" object is a noun possessed by a name (`possessed_after_of`) is the owner of that noun: the speaker
stays the owner, and where the noun is a document (attribution_types.is_document_noun) the type is
document. So is a poll noun ending a paper's name that holds "on" or "of", the name's first word parsed as
the head ("The Mail on Sunday survey found …"; poll_outlets.py, round 29).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.poll_outlets import poll_in_name


def possessed_after_of(source: Token | None) -> Token | None:
    """The noun a source head's "of" governs where that noun has a possessor of its own ("the Bank of
    Japan's December survey": "survey"); None otherwise."""
    if source is None:
        return None
    if (poll := poll_in_name(source)) is not None:  # "The Mail on Sunday survey" (poll_outlets.py)
        return poll
    of = (o for p in source.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)
    owned = next((o for o in of if o.dep_ == "pobj"), None)
    if owned is None or not any(c.dep_ == "poss" and c.lower_ not in PRONOUNS for c in owned.children):
        return None
    return owned


PRONOUNS = frozenset("its his her their our my your".split())
