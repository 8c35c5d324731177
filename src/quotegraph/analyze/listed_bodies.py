"""A list of three or more countries or organizations as the subject is one joint source (docs/quotes.md,
"Lists of countries as one source").

"The UK, France, Germany, Austria, the Netherlands and Sweden want the EU budget to be capped …": the
governments of the list act together, as "the Tories and Lib Dems" do (found_names.coordinated_organizations,
which leaves two places alone: "Britain and France said …" stays as it was). The source is named by the
whole list (without the first article), kind organization, never the first name alone. Each member must be
a name the NER gives a place, a nation or a body, joined by commas and one final "and".
"""

from __future__ import annotations

from spacy.tokens import Span as TokenSpan
from spacy.tokens import Token

from quotegraph.analyze.parsing import SUBJECT_DEPS

LISTED_ENTITIES = frozenset({"GPE", "ORG", "NORP", "LOC"})
FEWEST_LISTED = 3


def listed_bodies(head: Token) -> TokenSpan | None:
    """The whole list when `head`, a subject, opens a list of three or more names of places or bodies
    joined by commas and "and"; None otherwise."""
    if head.dep_ not in SUBJECT_DEPS:
        return None
    parts, todo = [head], [head]
    while todo:
        conjs = [c for c in todo.pop().children if c.dep_ == "conj"]
        parts += conjs
        todo += conjs
    if len(parts) < FEWEST_LISTED or not all(map(_listed_name, parts)):
        return None
    cc = [c for part in parts for c in part.children if c.dep_ == "cc"]
    if [c.lower_ for c in cc] != ["and"]:
        return None
    last = max(parts, key=lambda t: t.i)
    start = head.left_edge.i + (head.left_edge.lower_ == "the")
    return head.doc[start : last.i + 1]


def _listed_name(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.ent_type_ in LISTED_ENTITIES and token.text[:1].isupper()
