"""A description set before "the" and a name is the name, where the parser made both subjects (round 27).

News sets a noun for an organization before its name with "the" between: "Anti-abortion group the
Pro-Life Alliance "congratulated" Mr Howard …, but said it did not go far enough", "lobby group the CBI
says", "ruling body the IAAF said". The parser may take the description and the name for two subjects of
one verb and the cue's subject for the description ("group"); the source is then the name, its last word,
as "US oil giant Exxon said" is Exxon (speakers._name_described). Only a name right after "the", right
after the noun, that the parser made a subject of the same verb as the noun is read so.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.parsing import SUBJECT_DEPS


def subject_named_after(head: Token) -> Token:
    """The name that "lobby group the CBI" sets after its noun, where the parser made it a second subject
    of the noun's verb; else the head."""
    doc = head.doc
    if head.pos_ != "NOUN" or head.dep_ not in SUBJECT_DEPS or head.i + 2 >= len(doc):
        return head
    article = doc[head.i + 1]
    name = article.head
    if article.lower_ != "the" or article.dep_ != "det" or name.i <= article.i:
        return head
    between = doc[article.i + 1 : name.i]
    if any(t.pos_ != "PROPN" or t.head.i != name.i for t in between if not t.is_punct):
        return head  # not one name: "group the government set up"
    same_verb = name.dep_ in SUBJECT_DEPS and name.head == head.head
    return name if same_verb and name.pos_ == "PROPN" and (name.is_title or name.is_upper) else head
