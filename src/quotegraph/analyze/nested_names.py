"""A description set beside a description, then a name: the name (docs/quotes.md, round 21).

`But the work's author, US playwright Eve Ensler, says it is all about women's empowerment`: news
stacks appositives, a description of what the person is to the story ("the work's author"), a second one
of who they are ("US playwright") and the name. The parser hangs the name on the second description, not
on the first: the source is still the name (Eve Ensler), as with one description ("The chairman of the
Bar Council, Guy Mansfield QC", descriptions.appositive_name), never a person named before.

Only a common noun in apposition with a name of its own in apposition (or a compound noun ending on a
name: "US playwright Eve Ensler") is read through; a description with no name beside it stays as it was.
"""

from __future__ import annotations

from spacy.tokens import Token


def nested_name(appositive: Token) -> Token:
    """The name set beside an appositive description ("US playwright Eve Ensler"), standing for the
    description; else the appositive itself."""
    if appositive.dep_ != "appos" or appositive.pos_ != "NOUN":
        return appositive
    name = next((c for c in appositive.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if name is None or not name.is_title or name.ent_type_ not in {"PERSON", "ORG", ""}:
        return appositive
    return name
