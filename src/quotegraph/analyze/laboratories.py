"""A laboratory speaks for the scientist who runs it: "the laboratory of Stephen Liggett, who was then at the
University of Maryland School of Medicine, reported that …", "Liggett's lab found …" (docs/quotes.md, "Not
speech, round 19"). A lab named by its head, after "of" or as a possessive, is that person's: the speaker is
the person (found_names.person_in_source), never a scientist named before; a lab named by its place ("the
university's laboratory") is left to the other rules."""

from __future__ import annotations

from spacy.tokens import Token

LAB_NOUNS = frozenset({"lab", "labs", "laboratory", "laboratories"})


def lab_head(head: Token) -> Token | None:
    """The PERSON a lab source is named by ("the laboratory of Stephen Liggett", "Liggett's lab"), or None."""
    if head.lower_ not in LAB_NOUNS or head.pos_ != "NOUN":
        return None
    owners = [c for c in head.children if c.dep_ == "poss"]
    owners += [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    return next((o for o in owners if o.ent_type_ == "PERSON" and o.dep_ in {"poss", "pobj"}), None)
