"""A name inside a list is no antecedent of "he" or "she" while someone named outside one is.

News names people in lists as what a sentence is about, not as who acts in it: "Williams' track beat
songs by Will Young, Queen, Kate Bush and Joy Division … He told the audience: …" is Williams, never
Kate Bush, though she is the person named last. A person whose last mention before the pronoun is one
of two or more coordinated names in an object, a "by …" or another non-subject place goes after every
person named outside such a list; where everyone was named in lists, the order stays as it was (a list
is all there is).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from spacy.tokens import Span, Token

from quotegraph.analyze.parsing import SUBJECT_DEPS

JOINERS = frozenset({"and", "or"})


class _Named(Protocol):
    mentions: list[Span]


C = TypeVar("C", bound=_Named)


def outside_lists_first(people: Sequence[C], pronoun: Token) -> list[C]:
    """`people` (the last named first) with those last named inside a list of names moved after the rest."""
    listed = [person for person in people if _last_listed(person, pronoun)]
    return [p for p in people if not any(p is q for q in listed)] + listed


def _last_listed(person: _Named, pronoun: Token) -> bool:
    before = [m for m in person.mentions if m.start < pronoun.i]
    return bool(before) and in_list(max(before, key=lambda m: m.start))


def in_list(mention: Span) -> bool:
    """A name that is one of a run of two or more names joined by commas and "and" or "or" ("songs by
    Will Young, Queen, Kate Bush and Joy Division"), read from the words (the parser often takes a name
    of the run for an apposition), in a place that is not its clause's subject (an object, after "by")."""
    doc = mention.doc
    start, end = mention.start, mention.end
    while start > 0 and _runs(doc[start - 1]):
        start -= 1
    while end < len(doc) and _runs(doc[end]):
        end += 1
    run = doc[start:end]
    while len(run) and not _name(run[0]):
        run = run[1:]
    while len(run) and not _name(run[-1]):
        run = run[:-1]
    joined = any(t.lower_ in JOINERS for t in run)
    names = sum(1 for t in run if _name(t) and not (t.i + 1 < len(doc) and _name(doc[t.i + 1])))
    return joined and names >= 2 and not any(t.dep_ in SUBJECT_DEPS for t in run)


def _runs(token: Token) -> bool:
    return _name(token) or token.text == "," or token.lower_ in JOINERS


def _name(token: Token) -> bool:
    return token.pos_ == "PROPN"
