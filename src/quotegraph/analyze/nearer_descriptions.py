"""A pronoun goes to a person described by trade nearer than anyone named (docs/quotes.md, round 27).

News tells a story, a parable or an incident about people it never names: "… the clever sheriff has an
idea to induce them to talk. He tells each prisoner separately, that if they confess …". The pronoun
that opens the next sentence is the sheriff's, never the person named paragraphs before ("Mr Blair"):
a definite description of one person by trade or standing ("the sheriff", "the farmer", "the
teacher"), the subject of a clause of the sentence before the pronoun's (outside quotes), written after
the last mention of the named person the pronoun would otherwise go to, and brought into the story as
someone new after that mention ("a parable … about a sheriff and two prisoners"; with no "a sheriff"
it may be the named man's epithet), is the nearer antecedent, and
so for the same pronoun opening the sentences after (three at most). An
office ("the minister", "the chancellor") is left to the office rules, which find its holder by name;
a noun of the other sex ("the king" for "she") is no antecedent. Only the sentences before are read.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.agent_nouns import ONE_PERSON_WORDS
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.gender import agrees, named_last
from quotegraph.analyze.kin_appositives import KIN_BY_PRONOUN, kin_holder_first
from quotegraph.analyze.lead_descriptions import LEAD_OFFICES
from quotegraph.analyze.listed_names import outside_lists_first
from quotegraph.analyze.office_subjects import office_subject
from quotegraph.analyze.paragraph_openers import paragraph_opener

# People by trade or standing whom a story may leave unnamed, beyond agent_nouns' one-person words.
TRADES = frozenset(
    """
    sheriff farmer shopkeeper landlord landlady tenant baker butcher carpenter builder plumber
    fisherman hunter shepherd merchant trader thief robber burglar gunman attacker prisoner guard
    jailer warder priest vicar monk nun king queen prince princess emperor knight soldier sailor
    pilot driver passenger stranger customer waiter waitress barman teacher pupil headteacher
    headmaster doctor surgeon nurse patient lawyer banker salesman saleswoman
    """.split()
)
OTHER_SEX = {
    "she": frozenset("king prince emperor monk fisherman salesman barman waiter headmaster man boy".split())
    | KIN_BY_PRONOUN["he"],
    "he": frozenset("queen princess nun landlady waitress saleswoman woman girl".split())
    | KIN_BY_PRONOUN["she"],
}


def _described(token: Token, pronoun: str) -> bool:
    """ "the clever sheriff": a singular noun of one person by trade, after "the", no office."""
    lemma = token.lemma_.lower()
    return (
        token.tag_ == "NN"
        and any(t.lower_ == "the" and t.dep_ == "det" for t in token.lefts)
        and lemma in (TRADES | ONE_PERSON_WORDS) - LEAD_OFFICES
        and lemma not in OTHER_SEX.get(pronoun, frozenset())
    )


def _introduced(token: Token, after: int) -> bool:
    """Whether the story brought the person in as someone new ("a parable … about a sheriff and two
    prisoners") after token `after`: "the driver" with no "a driver" before it may be the man named
    ("John Smith, 34, was arrested … The driver had been stopped … He told officers …")."""
    lemma = token.lemma_.lower()
    return any(
        t.lemma_.lower() == lemma and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in t.children)
        for t in token.doc[after + 1 : token.i]
    )


def nearer_description(pronoun: Token, quoted: list[tuple[int, int]], after: int) -> Token | None:
    """The last description by trade that is a clause's subject in the sentence before the pronoun's,
    outside quotes and after token `after`; None where there is none. Where that sentence is about the
    same pronoun ("He tells each prisoner … And he tells them …"), the sentence before it, three back at
    most."""
    sentence = pronoun.sent
    if pronoun.lower_ not in OTHER_SEX:
        return None
    for _ in range(3):
        if sentence.start == 0 or sentence.start <= after:
            return None
        sentence = pronoun.doc[sentence.start - 1].sent
        subjects = [
            t
            for t in sentence
            if t.dep_ in {"nsubj", "nsubjpass"} and t.i > after and not any(s <= t.idx < e for s, e in quoted)
        ]
        found = [t for t in subjects if _described(t, pronoun.lower_) and _introduced(t, after)]
        if found:
            return found[-1]
        if not any(t.lower_ == pronoun.lower_ and t.head.dep_ == "ROOT" for t in subjects):
            return None
    return None


def named_antecedent(
    pronoun: Token, index: EntityIndex, quoted: list[tuple[int, int]], called: dict[str, str]
) -> Cluster | Token | None:
    """The person named last before a pronoun who agrees with it (kin appositions first:
    kin_appositives.py; a name inside a list last: listed_names.py; the paragraph's opener where the quote
    names the one it would reach back to: paragraph_openers.py), or the description by trade nearer than
    that person's last mention."""
    people = outside_lists_first(named_last(pronoun, index, quoted), pronoun)
    opener = paragraph_opener(pronoun, index, quoted, people, lambda p, c: agrees(p, c, called))
    if opener is not None:  # "McDowell still laughs … “… for Mary Steenburgen …,” she said." (round 33)
        return opener
    person = next((c for c in kin_holder_first(pronoun, index, people) if agrees(pronoun, c, called)), None)
    last = max((m.end - 1 for m in person.mentions if m.start < pronoun.i), default=-1) if person else -1
    # "the prime minister talked … he set out …" after "his rift with Gordon Brown" (office_subjects.py)
    office = office_subject(pronoun, index, quoted, last, called) if person is not None else None
    return nearer_description(pronoun, quoted, last) or office or person
