"""Two people named together as the subject: one joint source of both (docs/quotes.md, "Joint sources
and pronouns, round 15 (wt-q64)").

News that has named two people ("Martha Fry and her brother Dale Ford agreed to an interview") goes on
naming them together by first names or surnames joined by "and" as the subject of a cue ("Dale and Martha
disputed that …", "Ford and Fry replied that …"): the speaker is the two of them, one joint source named by
both full names, never the first alone (whatever the NER labelled that word: "Dale" taken for an
organization) nor another person the word could name. Each part must name a person of the article: a
whole name, a person's first name or a surname. A surname two people of the article share ("Ford": the
writer the story is about and his brother) is the one of them the article named together with the other
part, joined by "and" ("Martha Fry and her brother Dale Ford"), not the most-mentioned one. A part that
names no person ("Ford and GM said": a firm), the same person twice, or a surname shared by people none
of whom the article named with the other part, leaves the source to the other rules.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.parsing import SUBJECT_DEPS

# The links between a person's name and the word it is joined to by "and": "Fry and her brother Dale Ford".
_NAME_LINKS = frozenset({"appos", "compound", "flat"})


def joint_people(head: Token, index: EntityIndex) -> str | None:
    """The full names of the people the subject's names joined by "and" stand for, as one joint name
    ("Dale Ford and Martha Fry"), or None (see the module docstring)."""
    parts = _joined_names(head)
    if parts is None:
        return None
    found = [_candidates(part, index) for part in parts]
    if not all(found):
        return None
    people: list[Cluster] = []
    for i, candidates in enumerate(found):
        others = [c for j, group in enumerate(found) if j != i for c in group]
        person = candidates[0] if len(candidates) == 1 else _named_with(candidates, others, head.i)
        if person is None:
            return None
        people.append(person)
    if len({id(person) for person in people}) < len(people):
        return None  # "Mike and Ford": one person twice
    names = [person.name for person in people]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _joined_names(head: Token) -> list[Token] | None:
    """The subject's words joined by "and" ("Dale", "Martha"), each a capitalised name with no article,
    no possessive and no plural; None for a subject of one name or anything else joined."""
    if head.dep_ not in SUBJECT_DEPS:
        return None
    parts = [head]
    while (conj := next((c for c in parts[-1].children if c.dep_ == "conj"), None)) is not None:
        parts.append(conj)
    joiners = [c for p in parts[:-1] for c in p.children if c.dep_ == "cc"]
    if len(parts) < 2 or not joiners or any(c.lower_ != "and" for c in joiners):
        return None
    for part in parts:
        if part.pos_ != "PROPN" or not part.is_title or part.tag_ == "NNPS":
            return None
        if any(c.dep_ in {"det", "poss", "case"} for c in part.children):
            return None  # "the Tories and …", "Labour's … and …": no person named
    return parts


def _form(part: Token) -> str:
    """The name as written: the word with the capitalised words compounded before it ("Martha Fry")."""
    words = [c for c in part.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [part]
    return " ".join(w.text for w in words)


def _candidates(part: Token, index: EntityIndex) -> list[Cluster]:
    """The people of the article a written name can name: by a whole name or alias, or, for one word, a
    person's first name or surname."""
    form = _form(part).lower()
    found = []
    for cluster in index.clusters:
        if cluster.type != "person":
            continue
        words = cluster.name.lower().split()
        aliases = {a.lower() for a in [cluster.name, *cluster.aliases]}
        one_word = " " not in form and len(words) >= 2 and form in {words[0], cluster.surname}
        if form in aliases or one_word:
            found.append(cluster)
    return found


def _named_with(candidates: list[Cluster], others: list[Cluster], before: int) -> Cluster | None:
    """Of the people a shared name can name, the one the article named last (before token `before`)
    joined by "and" to one of `others` ("Martha Fry and her brother Dale Ford"); None if none was."""
    best: tuple[int, Cluster] | None = None
    for candidate in candidates:
        for mention in candidate.mentions:
            if mention.start >= before or not _joined_to_any(mention.root, others):
                continue
            if best is None or mention.start > best[0]:
                best = (mention.start, candidate)
    return best[1] if best is not None else None


def _joined_to_any(word: Token, others: list[Cluster]) -> bool:
    """Whether a name's word is joined by "and" to a mention of one of `others`, either way round,
    through the noun it is in apposition to ("her brother Dale Ford")."""
    word = _phrase_head(word)
    linked = [word.head] if word.dep_ == "conj" else []
    linked += [c for c in word.children if c.dep_ == "conj"]
    for token in linked:
        names = [token, *(c for c in token.children if c.dep_ in _NAME_LINKS)]
        if any(_mentions(other, name.i) for other in others for name in names):
            return True
    return False


def _phrase_head(word: Token) -> Token:
    """The noun a name hangs on as an apposition or a compound ("brother" of "her brother Dale Ford")."""
    while word.dep_ in _NAME_LINKS and word.head is not word:
        word = word.head
    return word


def _mentions(cluster: Cluster, token: int) -> bool:
    return any(mention.start <= token < mention.end for mention in cluster.mentions)
