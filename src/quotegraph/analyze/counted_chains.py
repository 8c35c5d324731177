"""Counting descriptions of people that go on from each other or define their people (docs/quotes.md,
"Joint and paired subjects, round 23"); named_groups.counted_people asks both.

- A definite counting description of the same people anywhere before ("the rift between the two men",
  "accused the pair"), not only as a subject, is the same people again: the people named between it and
  the description looked up are named beside them, not a second pair, and the look-back goes on from it.
  `For the umpteenth time, Tony Blair and Gordon Brown are said to have declared all out war on each other
  … a fresh outbreak of the warfare between the two men … Then, … both men separately spoke about working
  on tsunami … - without mentioning the other` is Blair and Brown. The same word for the people ("men"
  and "men") or a counting noun of the same count ("the pair", "the duo") is the same description.
- A counting description whose verb "be" has the run of names as its complement defines them: `The trio
  are chief executive Willie Walsh, chief financial officer Brian Dunne and chief operations officer
  Seamus Kearney` makes a later "the trio announced" those three, whoever else is named between.
- A bare number with "the" as a noun of its own ("The three have refused", "the two said") counts people
  as "the trio" does (round 25): `The trio are chief executive Willie Walsh, … Brian Dunne and … Seamus
  Kearney. The three have refused to confirm reports …` is those three, never no one.
- Whoever acts on an earlier counting description of the same people, as the subject of the verb whose
  object it is, is none of them (round 25): `Tony Blair and Gordon Brown are desperately trying … Ian
  Gibson, for example, urged the two men to stop squabbling … the two men appreciate the dangers and
  both want to put a lid on all the speculation` is Blair and Brown; Gibson, who urged them, is no other
  person named between (`acting_on`).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.agent_nouns import denotes_agents

# Nouns that count people by themselves: "the pair said".
COUNTING = {"pair": 2, "duo": 2, "trio": 3}
NUMBERS = {"two": 2, "three": 3, "four": 4, "both": 2}
# About three paragraphs of news: a run of names further back is another part of the story.
LOOK_BACK = 600


def counted_number(token: Token) -> int | None:
    """How many people a definite counting description counts, wherever it stands in its clause: "the
    pair" 2, "the three writers" 3, "both men" 2; None for anything else."""
    words = {c.lower_ for c in token.children if c.dep_ in {"det", "nummod", "predet", "preconj"}}
    if token.lower_ in COUNTING and token.tag_ == "NN":
        return COUNTING[token.lower_] if words & {"the", "this"} else None
    if bare_number(token):
        return NUMBERS[token.lower_]
    if token.tag_ != "NNS" or token.pos_ != "NOUN" or not denotes_agents(token):
        return None
    numbers = [NUMBERS[w] for w in words if w in NUMBERS]
    if len(numbers) != 1 or not (words & {"the", "these", "both"}):
        return None
    return numbers[0]


def same_description(token: Token, head: Token, count: int) -> bool:
    """Whether `token`, before `head`, is a counting description of the same people: the same word or a
    counting noun, of the same count ("between the two men" … "both men"; "the duo" … "the pair")."""
    if token.i >= head.i or counted_number(token) != count:
        return False
    return token.lower_ == head.lower_ or (_counts_alone(token) and _counts_alone(head))


def bare_number(token: Token) -> bool:
    """Whether `token` is a number word with "the" standing as a noun of its own: "The three have
    refused" (a number of a noun, "the three writers", or a year's "the two of them" is not)."""
    if token.tag_ != "CD" or token.lower_ not in NUMBERS or token.dep_ in {"nummod", "compound"}:
        return False
    determiners = [c.lower_ for c in token.children if c.dep_ == "det"]
    return determiners == ["the"] and not any(c.dep_ == "prep" for c in token.children)


def _counts_alone(token: Token) -> bool:
    """A counting noun or a bare number: "the pair", "the trio", "the three"."""
    return token.lower_ in COUNTING or bare_number(token)


def acting_on(token: Token) -> set[int]:
    """The tokens of the subject of the verb whose object a counting description is ("Ian Gibson, for
    example, urged the two men": Ian Gibson), who acts on those people and is none of them; else none."""
    verb = token.head
    if token.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    if token.dep_ not in {"dobj", "dative", "pobj"} or verb.pos_ not in {"VERB", "AUX"}:
        return set()
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return set() if subject is None else {t.i for t in subject.subtree}


def defined_by(first: Token, head: Token) -> bool:
    """Whether a run of names whose first name is `first` is the complement of "be" whose subject is a
    counting description of the same people as `head` ("The trio are … Walsh, … Dunne and … Kearney")."""
    verb = first.head
    if first.dep_ != "attr" or verb.lemma_ != "be":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    count = counted_number(head)
    return subject is not None and count is not None and same_description(subject, head, count)
