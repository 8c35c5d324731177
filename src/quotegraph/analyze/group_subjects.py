"""Groups a cue's subject names without naming anyone: a quantifier restricted to a place or a body, and
the group noun a plural "they" goes on from (round 32; docs/quotes.md, "Unnamed groups and their
pronouns").

News speaks for groups it does not name:
- a quantifier as the subject of a cue, with a place or a body after "in", "across", "within" …, is the
  people of that place or body, an unnamed group: "Many in Hong Kong fear that …", "Some in the party
  believe …" are "Many in Hong Kong", "Some in the party" (anonymous), never no one as a quantifier alone
  with no group named before is ("Many feel that …": named_groups.part_of_group). Not a time ("Many in
  recent years have said"): that restricts nothing to a group.
- a "they" opening its sentence goes on from the group noun the sentence before has as its main subject,
  a singular word for a body of people working together ("the team", "the crew", "the panel"): "Despite
  these initial findings, the team is far from finished dissecting their model. They also plan to release
  …" is the team, as "The researchers … They" is the researchers (gender.plural_subject_before).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.gender import SUBJECT_OF_CLAUSE
from quotegraph.analyze.parsing import SUBJECT_DEPS

# Quantifiers that, with a place or a body after them, are some of its people: "Many in Hong Kong".
RESTRICTED_QUANTIFIERS = frozenset("many some most several few others".split())

# Prepositions that restrict a quantifier to a place or a body: "some in the party", "many across Europe".
RESTRICTING = frozenset("in across within inside throughout among around".split())

# Words for a time, which restrict no group: "Many in recent years have said …".
TIME_WORDS = frozenset(
    "year years month months week weeks day days time times past future decade decades century "
    "recent period era".split()
)

# Singular nouns for a body of people acting together, whom a plural "they" goes on from.
COLLECTIVE_NOUNS = frozenset("team crew squad panel band".split())


def restricted_quantifier(head: Token) -> bool:
    """ "Many in Hong Kong fear …": a quantifier as a subject whose only words are a place or a body after
    a restricting preposition (rules above)."""
    if head.lower_ not in RESTRICTED_QUANTIFIERS or head.dep_ not in SUBJECT_DEPS:
        return False
    others = [c for c in head.children if c.dep_ not in {"punct", "advmod"}]
    if len(others) != 1 or others[0].dep_ != "prep" or others[0].lower_ not in RESTRICTING:
        return False
    place = next((c for c in others[0].children if c.dep_ == "pobj"), None)
    if place is None or place.ent_type_ in {"DATE", "TIME"}:
        return False
    return not any(t.lower_ in TIME_WORDS for t in place.subtree)


def collective_subject_before(pronoun: Token, since: int) -> Token | None:
    """The group noun ("team") a "they" opening its sentence (after one word at most) goes on from: the
    main subject of the sentence before, named after the char offset `since` (the last attribution's cue);
    or None (rules above)."""
    sentence = pronoun.sent
    if pronoun.lower_ != "they" or pronoun.dep_ not in SUBJECT_OF_CLAUSE or sentence.start == 0:
        return None
    if sum(not (t.is_punct or t.is_space) for t in pronoun.doc[sentence.start : pronoun.i]) > 1:
        return None
    last = sentence.start - 1
    while last > 0 and pronoun.doc[last].is_space:  # a paragraph break between: the sentence before it
        last -= 1
    before = pronoun.doc[last].sent
    subject = next((t for t in before.root.children if t.dep_ in SUBJECT_OF_CLAUSE), None)
    if subject is None or subject.idx < since or subject.tag_ != "NN":
        return None
    return subject if subject.lemma_.lower() in COLLECTIVE_NOUNS else None
