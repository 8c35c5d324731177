"""The letters after a person's name are no name of their own (issue 30, round 19).

News writes the letters of a person's seat or rank after the name: "Former welfare minister Frank Field MP
said", "Ben Emmerson QC told the court", "Labour's Glenys Kinnock MEP said". The parser makes the letters
the head of the subject and the name its compound modifiers, so the source reads as one proper noun,
"Frank Field MP", that no entity holds (the NER found "Frank Field"), and that was taken for an
organization's name. The source is the person the name before the letters is: its last word stands for
the whole subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.names import PERSON_LETTERS


def name_before_letters(head: Token) -> Token:
    """The last word of the person's name right before a subject's head that is a person's letters
    ("Field" of "Frank Field MP"); else `head` ("The MP said", "Labour MP said": a party, no person)."""
    if head.lower_ not in PERSON_LETTERS or head.i < 2:
        return head
    before, first = head.doc[head.i - 1], head.doc[head.i - 2]
    unlabelled = not before.ent_type_ and all(_capitalised(t) for t in (first, before))
    if before.dep_ != "compound" or before.head != head or _determined(head):
        return head
    return before if before.ent_type_ == "PERSON" or unlabelled else head


def _capitalised(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.is_title and not token.ent_type_


def _determined(head: Token) -> bool:
    """ "The East Midlands MEP": an article before the letters makes the words between a description (the
    seat or party, elected_members.py), never a name; "Frank Field MP" has none."""
    return any(c.dep_ == "det" and c.i < head.i for c in head.children)
