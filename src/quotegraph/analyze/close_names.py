"""An organization's name right after the noun that says what kind it is belongs to the role (docs/quotes.md,
"Roles"; issue 30, round 29).

"Rabbi Marvin Hier, founder of Jewish human rights group the Simon Wiesenthal Center, said" is the
founder of that centre: news writes the kind of a body and then its name with no comma between ("human
rights group the Simon Wiesenthal Center", "the campaign group Liberty", "pressure group Fathers 4
Justice"), one noun phrase, and a role that ends on the kind goes on to the name. The parser hangs the
name on the person as a second apposition, so the role stopped at "group" and said whose founder he is
no more. Only a capitalised name that is no person's, right after a lowercase noun the role ends on;
after a comma it is an apposition of the person's own ("Ann Lee, a lawyer, the chair" are two).
"""

from __future__ import annotations

from spacy.tokens import Token


def with_its_name(role: str, phrase: Token) -> str:
    """The role an apposition `phrase` spells (`role`) with the name of the body it ends on, where the
    parser hung that name on the person as an apposition of its own; `role` as it was otherwise."""
    last = phrase.right_edge
    if not role or not role.endswith(last.text) or last.pos_ != "NOUN" or not last.is_lower:
        return role
    name = next((c for c in phrase.head.rights if c.dep_ == "appos" and c.left_edge.i == last.i + 1), None)
    if name is None:
        return role
    words = list(phrase.doc[name.left_edge.i : name.right_edge.i + 1])
    body = words[1:] if words[0].lower_ == "the" else words
    if not body or not all(t.text[:1].isupper() or not t.is_alpha for t in body):
        return role  # "group officials": no name
    if any(t.ent_type_ == "PERSON" or (t.is_punct and t.text != "&") for t in body):
        return role  # a person's name, or a list: a phrase of its own
    return f"{role} {''.join(t.text_with_ws for t in words).strip()}"
