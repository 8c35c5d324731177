"""Which organization "the agency", "the party", "the commission" stands for where no name holds the word.

News names an organization as the subject of a sentence and goes on with a word for its kind: "In August,
CBP announced that it would not be vaccinating migrant families … At the time, the agency said in a
statement that …" is CBP, and "Indiana State Police reported at least 5,000 people entered the Statehouse
…, but the agency didn't estimate …" is Indiana State Police. descriptions.organization_of_kind finds the
organization whose name holds the word ("the ministry" after "the Ministry of Communications"); where the
article names none so, the description is the organization that its own sentence, before it, or one of
the three sentences before has as the subject of an active verb, the nearest named subject ("it" and common
nouns passed over): the one the story is about.

Narrowed where news says otherwise: the subject of a passive is acted on ("The BBC was fined by Ofcom. The
regulator said …" is not the BBC), so is a subject the cue speaks to; "the union", "the government" and the
other nouns of a side in a dispute are left out (a union answers the employer the sentence before names);
a person nearer ("he", "she", a name) is whom the story is about now; the subject of a clause a cue
reports is someone's words about it, not the story's subject ("The report said … the BBC must still dispel
confusion … The committee found …" is not the BBC, round 18); the organization that spoke last is
no fallback ("…, the commission said" after the news agency that relays it is not the agency).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.cues import is_cue
from quotegraph.analyze.entities import Cluster, EntityIndex

# Words for a body of the state or a public organization that news uses for one it has just named.
KIND_NOUNS = frozenset(
    """
    agency commission committee authority department ministry bureau office regulator watchdog party
    council institute board service
    """.split()
)
ACTIVE_SUBJECT = "nsubj"
# How far back a subject is looked for: the description's own sentence and the three before it ("Labour
# denies breaking rules. It says calls are not marketing … The party says …": Labour).
SENTENCES_BACK = 3
PERSONAL = frozenset({"he", "she", "i", "we", "you"})


def organization_of_subject(head: Token, index: EntityIndex, hearers: frozenset[str]) -> Cluster | None:
    """The organization "the agency" stands for (see the module's docstring), or None."""
    if head.lower_ not in KIND_NOUNS or head.tag_ != "NN":
        return None
    lefts = [t for t in head.lefts if t.dep_ not in {"punct", "cc"}]
    if [t.lower_ for t in lefts] != ["the"]:
        return None  # "the party" alone: not "the ruling party", "the Tory party", "the party's chairman"
    doc, start = head.doc, head.sent.start
    for _ in range(SENTENCES_BACK):  # a fixed look-back: the text stays linear
        start = doc[start - 1].sent.start if start > 0 else start
    subjects = [t for t in doc[start : head.i] if t.dep_ == ACTIVE_SUBJECT and t.head.pos_ in {"VERB", "AUX"}]
    for subject in reversed(subjects):  # the nearest first: its own sentence's, then the sentences before
        if _reported(subject):
            continue  # "The report said … the BBC must still …": the report's words, not the story's subject
        if subject.lower_ in PERSONAL:
            return None  # "he", "she": a person is whom the story is about now
        cluster = index.cluster_at(subject.i)
        if cluster is None:
            continue  # "It says", "No one", a common noun: no name to go on from
        named = cluster.type == "organization" and cluster.id not in hearers
        return cluster if named else None  # a person named nearer is whom the story is about now
    return None


REPORTED_DEPS = frozenset({"ccomp", "conj"})  # a reported clause, and the clauses joined to it by "and"/"but"


def _reported(subject: Token) -> bool:
    """Whether the subject's verb stands in a clause a cue reports ("said the BBC must …", "… but the BBC
    must …" joined to it): up its chain of clauses and conjuncts, at most a sentence's depth."""
    verb = subject.head
    while verb.dep_ in REPORTED_DEPS and verb.head != verb:
        if verb.dep_ == "ccomp" and is_cue(verb.head):
            return True
        verb = verb.head
    return False
