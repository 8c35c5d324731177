"""A role of an organization or a place, and a bare title: whom "the chairman of the Conservative Party" and a
headline's "Mayor" denote, by news convention (docs/quotes.md, "Speakers").

- "The chairman of the Conservative Party described …", "the chief executive of Fiat said": the person the
  article names with that role AT that organization ("Conservative Party chairman Richard Holden",
  "Sergio Marchionne, chief executive of Fiat"), else the one the article names with the bare role ("the
  chairman, Richard Holden"); else no one named: an anonymous descriptor, the role with its organization
  as written. Never the person named last, who holds an office elsewhere ("Labour leader Keir Starmer").
- A headline's bare title ("Mayor promises road repairs", "Minister defends cuts"): the person the article
  names with that role ("Mayor Sadiq Khan"); else an anonymous descriptor, never a person named "Mayor".
"""

from __future__ import annotations

from spacy.tokens import Span as TokenSpan
from spacy.tokens import Token

from quotegraph.analyze.bare_titles import titled_person
from quotegraph.analyze.descriptions import name_beside, person_by_role
from quotegraph.analyze.entities import Cluster, EntityIndex, clean_name
from quotegraph.analyze.office_titles import office_holder
from quotegraph.analyze.organization_people import person_of_organization
from quotegraph.analyze.parsing import text_of
from quotegraph.analyze.roles import ROLE_HEADS, plain_words

# What a role is held at: an organization, a place, a nation's institutions ("the head of Germany's panel").
HELD_AT = frozenset({"ORG", "GPE", "NORP", "FAC"})


def role_held_at(head: Token) -> TokenSpan | None:
    """ "the chairman of the Conservative Party": the organization or place after "of" that a role word is
    held at, as written ("the Conservative Party"); None when the role is of no name ("the head of
    department", "the leader of the opposition")."""
    if head.lower_ not in ROLE_HEADS or head.tag_ != "NN":
        return None
    of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    place = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if place is None:
        return None
    words = list(place.subtree)
    if not any(t.ent_type_ in HELD_AT or (t.pos_ == "PROPN" and t.is_title) for t in words):
        return None
    return head.doc[words[0].i : words[-1].i + 1]


def holder_at(role: TokenSpan, held_at: TokenSpan, index: EntityIndex) -> Cluster | None:
    """The person the article gives the role at that organization: a role of theirs holds the role's
    last word and the organization's name words ("Conservative Party chairman", "chairman of the
    Conservative Party"); the one named last before the description when several are."""
    word = plain_words(role[-1].text)
    place = set(plain_words(clean_name(held_at) or held_at.text).split()) - {"the", "of"}
    if not word or not place:
        return None
    holders = [
        c
        for c in index.clusters
        if c.type == "person"
        and any(word in plain_words(r).split() and place <= set(plain_words(r).split()) for r in c.roles)
    ]
    if not holders:
        return None
    before = [c for c in holders if any(m.start < role.start for m in c.mentions)]
    return max(before or holders, key=lambda c: max(m.start for m in c.mentions))


def described_role(head: Token, held_at: TokenSpan) -> str:
    """The anonymous descriptor, as written: "the chairman of the Conservative Party"."""
    doc = head.doc
    start = head.left_edge.i
    text = doc[start : held_at.end].text.strip()
    return text[0].lower() + text[1:] if doc[start].lower_ == "the" else text


def headline_title(head: Token) -> bool:
    """A bare title that is a headline's subject: "Mayor promises road repairs" (the first line, with no
    full stop, the title alone: no name, determiner or modifier beside it)."""
    if head.lower_ not in ROLE_HEADS or not head.is_alpha:  # "Mayor promises …", "…, says minister"
        return False
    text = text_of(head.doc)  # Doc.text joins every token at each access: linear per call
    line_end = text.find("\n")
    if line_end < 0 or head.idx > line_end or text[:line_end].rstrip().endswith("."):
        return False
    bare = not any(True for _ in head.lefts)
    return bare and not any(c.dep_ in {"appos", "compound", "flat"} for c in head.rights)


def holder_of_title(head: Token, index: EntityIndex) -> Cluster | None:
    """The person the article gives the bare title as a role ("Mayor Sadiq Khan"); the one named most when
    several are."""
    word, doc = head.lower_, head.doc
    holders = [
        c
        for c in index.clusters
        if c.type == "person"
        and (
            any(plain_words(r).endswith(word) for r in c.roles)
            # the title set before the name, which the roles have not taken yet: "Mayor Sadiq Khan said"
            or any(m.start > head.i + 1 and doc[m.start - 1].lower_ == word for m in c.mentions)
            or any(m[0].lower_ == word for m in c.mentions if m.start > head.i)
        )
    ]
    return max(holders, key=lambda c: len(c.mentions)) if holders else None


def held_role(head: Token, index: EntityIndex) -> Cluster | str | None:
    """Whom a role of an organization ("the chairman of the Conservative Party") or a headline's bare title
    ("Mayor") denotes: the person named with it, else the anonymous descriptor as written; None for any
    other source (speakers.py goes on with it)."""
    if (person := person_of_organization(head)) is not None:  # "one Weibo commenter" (organization_people)
        return person
    if (titled := titled_person(head, index)) is not None:  # "the Cardinal" (bare_titles.py)
        return titled
    if headline_title(head):
        return holder_of_title(head, index) or f"the {head.lower_}"
    held_at = role_held_at(head)
    if held_at is None:  # "… The Chancellor said": the person named before (office_titles.py)
        return office_holder(head, index)
    if name_beside(head) is not None:
        return None  # "The chairman of the Bar Council, Guy Mansfield QC": the name it sets off (name_beside)
    role = head.doc[head.left_edge.i : head.i + 1]
    return (
        holder_at(role, held_at, index)
        or person_by_role(role, index, head.i, sole=False)  # not one of another body
        or described_role(head, held_at)
    )
