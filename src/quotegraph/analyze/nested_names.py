"""A description set beside a description, then a name: the name (docs/quotes.md, round 21).

`But the work's author, US playwright Eve Ensler, says it is all about women's empowerment`: news
stacks appositives, a description of what the person is to the story ("the work's author"), a second one
of who they are ("US playwright") and the name. The parser hangs the name on the second description, not
on the first: the source is still the name (Eve Ensler), as with one description ("The chairman of the
Bar Council, Guy Mansfield QC", descriptions.appositive_name), never a person named before.

Only a common noun in apposition with a name of its own in apposition (or a compound noun ending on a
name: "US playwright Eve Ensler") is read through; a description with no name beside it stays as it was.

`The BBC's correspondent in Jakarta, Rachel Harvey, told World Business Report that …` (BBC business/012,
round 24): a description that ends on where the person works, a place or a body, then a person's name set
off by a comma. The parser hangs the name on the place ("Jakarta, Rachel Harvey"), but a person's name is
never an apposition of a place or an organization: it is the description's, the source is Rachel Harvey,
not the minister quoted before. Only a name the NER tags as a person's, after a comma, on the object of a
preposition (or a chain of them: "the head of research at Barclays in London, …") that the NER tags as a
place or an organization, is read through.
"""

from __future__ import annotations

from spacy.tokens import Token

# The NER's labels of a place or a body a person's name is never set beside.
PLACES_AND_BODIES = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})


def nested_name(appositive: Token) -> Token:
    """The name set beside an appositive description ("US playwright Eve Ensler") or beside the place
    that ends a description ("correspondent in Jakarta, Rachel Harvey"), standing for the description;
    else the appositive (or the preposition) itself."""
    if appositive.dep_ == "prep":
        return _name_after_place(appositive) or appositive
    if appositive.dep_ != "appos" or appositive.pos_ != "NOUN":
        return appositive
    name = next((c for c in appositive.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if name is None or not name.is_title or name.ent_type_ not in {"PERSON", "ORG", ""}:
        return appositive
    return name


def _name_after_place(preposition: Token) -> Token | None:
    """ "in Jakarta, Rachel Harvey": the person's name the parser hung on the place (or body) that a
    description's preposition, or a chain of them, ends on."""
    place = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    while place is not None and place.ent_type_ in PLACES_AND_BODIES:
        for child in place.rights:
            person = child.dep_ == "appos" and child.pos_ == "PROPN" and child.ent_type_ == "PERSON"
            if person and child.left_edge.i > 0 and child.doc[child.left_edge.i - 1].text == ",":
                return child
        further = next((c for c in place.rights if c.dep_ == "prep"), None)
        place = next((c for c in further.children if c.dep_ == "pobj"), None) if further else None
    return None
