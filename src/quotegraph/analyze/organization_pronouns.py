"""The "It" of an organization (docs/quotes.md, "It of an organization"): a sentence-opening "It said …"
/ "It added …" (after a word or two at most: "However, it said") goes on from whom the sentence before
is about, its main subject, where that subject is an organization or a body: "The ODPM attributed the
monthly fall … It said annual inflation rose" is the ODPM, not the Halifax quoted before it; "The
prime minister's office said … It added that …" is that office, "The firm promised … It said …" the
firm, however the sentence before names them: its own attribution's speaker (even one the NER took for
a person: "Krispy Kreme said … It added …"), the organization named, or the body a description denotes.
Never a person called "he" or "she" or given a title, nor people or things in the plural, nor the "it"
of a passive or of "it is thought" / "it emerged" (no speaker: docs/quotes.md types those)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Doc, Token

from quotegraph.analyze.agent_nouns import denotes_agents
from quotegraph.analyze.attribution import Attribution
from quotegraph.analyze.earlier import Resolutions
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.gender import FEMALE_TITLES, MALE_TITLES, called_he_or_she, subject_before

R = TypeVar("R")

# Verbs whose "it" is a dummy ("it emerged", "it seems", "it is thought"): no one.
DUMMY_VERBS = frozenset({"be", "emerge", "appear", "seem", "transpire", "remain", "understand"})


def organization_it(
    pronoun: Token,
    attributions: list[Attribution],
    done: Resolutions[R],
    index: EntityIndex,
    quoted: list[tuple[int, int]],
    resolvers: tuple[Callable[[Cluster], R], Callable[[Doc, Token, EntityIndex], R | None]],
) -> R | None:
    """The speaker a sentence-opening "It" of a speech cue stands for: the subject of the sentence before
        (gender.subject_before), as its own attribution resolved it, else its organization, else the body its
        description denotes (`resolvers`: speakers.py's from a cluster and of a description; a result
    with `type` "person" is a person); None where that subject is no organization (the caller goes on)."""
    if pronoun.lower_ != "it" or pronoun.dep_ != "nsubj" or pronoun.head.lemma_ in DUMMY_VERBS:
        return None
    if any(c.dep_ == "auxpass" for c in pronoun.head.children):
        return None
    from_cluster, describe = resolvers
    subject, _ = subject_before(pronoun, quoted)
    if subject is None or subject.tag_ in {"NNS", "PRP"}:
        return None  # "Shares fell … It said": not the shares; a pronoun goes its own way
    for attribution in attributions:
        source = attribution.source_token
        if source is not None and source.i == subject.i:  # spaCy makes a new Token at each access
            resolved = done.get(id(attribution))
            if resolved is not None and (not _person(resolved) or _sexless(resolved, index, subject)):
                return resolved
            if resolved is not None and getattr(resolved, "anonymous", False) and _body(subject):
                return resolved  # "The prime minister's office said …": the office, kept unnamed
    cluster = index.cluster_at(subject.i)
    if cluster is None and subject.pos_ == "PROPN":  # "The ODPM attributed …": an alias named before
        cluster = index.organization_by_name(subject.text) or _named_now(subject, index)
    if cluster is not None:
        sexless = cluster.type == "person" and subject.pos_ == "PROPN" and _no_sex(cluster)
        return from_cluster(cluster) if cluster.type == "organization" or sexless else None
    if _body(subject):  # "The firm promised …", not "Growth slowed …"
        resolved = describe(subject.doc, subject, index)
        return resolved if resolved is not None and not _person(resolved) else None
    return None


def _named_now(subject: Token, index: EntityIndex) -> Cluster | None:
    """An organization first spoken of as the subject before "It said": an acronym or a name the NER
    calls one ("The ODPM attributed …" where the article spelled it out before it only)."""
    if not (subject.ent_type_ == "ORG" or (subject.is_upper and subject.is_alpha and len(subject) > 1)):
        return None
    cluster = index.new(subject.text, "organization")
    cluster.add(subject.doc[subject.i : subject.i + 1], subject.text)
    return cluster


def _sexless(resolved: object, index: EntityIndex, subject: Token) -> bool:
    """Whether a speaker resolved as a person is a name the NER mistook (what "it" may stand for): a
    proper noun of a person never given a title nor called "he" or "she"."""
    cluster = index.cluster_at(subject.i)
    return subject.pos_ == "PROPN" and cluster is not None and _no_sex(cluster)


def _no_sex(cluster: Cluster) -> bool:
    """No "Mr"/"Ms" before any mention and no "he"/"she" after one: "Winn-Dixie", "Barclays"."""
    titles = {m.doc[m.start - 1].lower_ for m in cluster.mentions if m.start > 0}
    titles |= {t.lower_ for m in cluster.mentions for t in m}
    return not titles & (MALE_TITLES | FEMALE_TITLES) and not called_he_or_she(cluster)


def _person(resolved: object) -> bool:
    return getattr(resolved, "type", None) == "person"


# Bodies that speak, singular, beside agent_nouns' words: "the prime minister's office".
BODIES = frozenset({"office", "department", "ministry", "opposition", "secretariat", "regulator", "watchdog"})


def _body(noun: Token) -> bool:
    """A singular common noun for an organization or body ("firm", "office"), no single person's."""
    lemma = noun.lemma_.lower()
    return noun.tag_ == "NN" and (lemma in BODIES or (denotes_agents(noun) and lemma not in ONE_PERSON))


# agent_nouns' words that are one person in the singular: never "it".
ONE_PERSON = frozenset(
    """person man woman child kid boy girl parent adult youngster pupil official critic fan minister mp
    politician lawmaker senator diplomat envoy leader chief boss executive expert doctor nurse officer
    soldier rebel militant activist campaigner protester victim witness relative neighbour neighbor
    colleague friend rival opponent ally partner player athlete coach manager owner shareholder investor
    analyst economist trader banker judge lawyer prosecutor detective scientist researcher academic
    teacher student worker employee farmer voter citizen resident consumer customer user viewer listener
    reader patient refugee migrant immigrant survivor spokesman spokeswoman representative delegate
    member""".split()
)
