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
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.agent_nouns import denotes_agents

# Nouns that count people by themselves: "the pair said".
COUNTING = {"pair": 2, "duo": 2, "trio": 3}
NUMBERS = {"two": 2, "three": 3, "four": 4, "both": 2}


def counted_number(token: Token) -> int | None:
    """How many people a definite counting description counts, wherever it stands in its clause: "the
    pair" 2, "the three writers" 3, "both men" 2; None for anything else."""
    words = {c.lower_ for c in token.children if c.dep_ in {"det", "nummod", "predet", "preconj"}}
    if token.lower_ in COUNTING and token.tag_ == "NN":
        return COUNTING[token.lower_] if words & {"the", "this"} else None
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
    return token.lower_ == head.lower_ or (token.lower_ in COUNTING and head.lower_ in COUNTING)


def defined_by(first: Token, head: Token) -> bool:
    """Whether a run of names whose first name is `first` is the complement of "be" whose subject is a
    counting description of the same people as `head` ("The trio are … Walsh, … Dunne and … Kearney")."""
    verb = first.head
    if first.dep_ != "attr" or verb.lemma_ != "be":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    count = counted_number(head)
    return subject is not None and count is not None and same_description(subject, head, count)
