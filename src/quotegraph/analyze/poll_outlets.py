"""A poll named by an outlet whose name holds "on" or "of" is the outlet's (round 29).

"The Mail on Sunday survey found that 63% supported a hunting ban" (BBC politics/381), "The News of the
World poll found …": news names a poll by the paper that commissioned it, and a paper's name may hold a
preposition. The parser then takes the name's first word for the phrase's head ("Mail", a person's name
to the NER) and hangs the poll noun, with the rest of the name as its modifiers, from the "on" or "of".
The source is the poll, a document (owned_documents.py), and its speaker the outlet named by the words
from the head up to the poll noun ("Mail on Sunday"), an organization: never "Mail", a person.

Only a proper noun head with no word before it but an article ("John Curtice of the Mori poll said" is
Curtice) whose "on"/"of" object is a poll noun with a capitalised name word right before
it, every word between a capitalised name word or a joint of one ("on", "of", "the"): "Smith of the
polling firm" and "Brown on the poll" stay as they read.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotegraph.analyze.document_owners import POLL_NOUNS
from quotegraph.analyze.entities import Cluster, EntityIndex

# The prepositions a paper's name holds ("Mail on Sunday", "News of the World"), and its other joints.
_NAME_PREPOSITIONS = frozenset({"on", "of"})
_JOINTS = _NAME_PREPOSITIONS | {"the"}


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and (token.is_title or token.is_upper)


def poll_in_name(head: Token | None) -> Token | None:
    """The poll noun a name with "on" or "of" ends on, where the parser made the name's first word the
    head ("The Mail on Sunday survey": "survey"); None otherwise."""
    if head is None or not _name_word(head) or any(c.dep_ != "det" for c in head.lefts):
        return None  # "John Curtice of the Mori poll": a person, his name's words before the head
    for preposition in head.children:
        if preposition.dep_ != "prep" or preposition.lower_ not in _NAME_PREPOSITIONS:
            continue
        poll = next((c for c in preposition.children if c.dep_ == "pobj"), None)
        if poll is None or poll.pos_ != "NOUN" or poll.lower_ not in POLL_NOUNS or poll.i <= head.i + 2:
            continue
        between = head.doc[head.i + 1 : poll.i]
        if _name_word(between[-1]) and all(_name_word(t) or t.lower_ in _JOINTS for t in between):
            return poll
    return None


def _outlet_name(head: Token, poll: Token) -> Span:
    return head.doc[head.i : poll.i]


def poll_outlet(head: Token, index: EntityIndex) -> Cluster | None:
    """The organization of the outlet whose name ends on the poll noun (`poll_in_name`): the article's
    own of that name where it has one, else a new one; None where the name holds no poll."""
    poll = poll_in_name(head)
    if poll is None:
        return None
    name = _outlet_name(head, poll)
    found = index.organization_by_name(name.text)
    if found is None:
        found = index.new(name.text, "organization")
        found.add(name, name.text)
    return found
