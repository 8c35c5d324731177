"""The "It" of an organization (docs/quotes.md, "It of an organization"): a sentence-opening "It said …"
/ "It added …" (after a word or two at most: "However, it said") goes on from whom the sentence before
is about, its main subject, where that subject is an organization or a body: "The ODPM attributed the
monthly fall … It said annual inflation rose" is the ODPM, not the Halifax quoted before it; "The
prime minister's office said … It added that …" is that office, "The firm promised … It said …" the
firm, however the sentence before names them: its own attribution's speaker (even one the NER took for
a person: "Krispy Kreme said … It added …"), the organization named, or the body a description denotes.
The sentence before stands for the agent of its passive, where that is no person's name ("The figures
were prepared by the Association of Leading Visitor Attractions (Alva). It found that …": Alva), and an
"it" that opens a "when" clause of a sentence whose own subject is things in the plural goes on from the
sentence before too ("Argonaut needed … deals … Signs that it was in trouble emerged in August, when it
warned …": Argonaut). Never a person called "he" or "she" or given a title, nor people or things in the
plural, nor the "it" of a passive or of "it is thought" / "it emerged" (no speaker: docs/quotes.md types
those). An "It" whose own clause speaks of "the company" is another organization (it_apart.py).

An "it" that is the subject of a clause joined by "but"/"and" to a clause whose subject is a body by its
noun alone ("The company will have to persuade data centre managers … but it said it already had
interest …", round 21) is that body, as clause_antecedents.py reads "the company" after a named subject:
the sentence's own subject, not the one before it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

from quotegraph.analyze.agent_nouns import ONE_PERSON_WORDS, denotes_agents
from quotegraph.analyze.attribution import Attribution
from quotegraph.analyze.concessive_subjects import concessive_subject
from quotegraph.analyze.earlier import Resolutions
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.gazetteer import gazetteer
from quotegraph.analyze.gender import FEMALE_TITLES, MALE_TITLES, called_he_or_she, subject_before
from quotegraph.analyze.it_apart import other_organization
from quotegraph.analyze.paragraph_organizations import paragraph_organization
from quotegraph.analyze.parsing import SUBJECT_DEPS
from quotegraph.analyze.statements import is_statement

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
    (gender.subject_before) or the speaker that sentence quotes, as its attribution resolved it, else the
    subject's organization, else the body its description denotes (`resolvers`: speakers.py's from a
    cluster and of a description; a result with `type` "person" is a person); None where that subject is
    no organization (the caller goes on from the speakers before)."""
    if pronoun.lower_ != "it" or pronoun.dep_ != "nsubj" or pronoun.head.lemma_ in DUMMY_VERBS:
        return None
    if any(c.dep_ == "auxpass" for c in pronoun.head.children):
        return None
    from_cluster, describe = resolvers
    if (fronted := _fronted_subject(pronoun, index, from_cluster, describe)) is not None:
        return fronted  # "though the Chinese CDC has said …, it has also acknowledged": the CDC (round 32)
    if (joined := _joined_subject(pronoun)) is not None:  # "The company will have to … but it said …"
        resolved = describe(joined.doc, joined, index)
        return None if resolved is None or _person(resolved) else resolved
    if (quoting := _quoted_just_before(pronoun, attributions, done)) is not None:
        return quoting  # '"…," the Finance and Economy Ministry said in a statement. It blamed "…"'
    subject, _ = subject_before(pronoun, quoted)
    subject = passive_agent(subject or _when_subject(pronoun, quoted))
    if subject is None and (cluster := paragraph_organization(pronoun, index, plain_body, no_sex)):
        return as_organization(from_cluster(cluster))  # "… last September it reported": the paragraph's
    if subject is None or subject.tag_ in {"NNS", "PRP"}:
        return None  # "Shares fell … It said": not the shares; a pronoun goes its own way
    quoting = [a for a in attributions if a.cue and _within(a.cue[0][0], subject.sent)]
    for attribution in sorted(quoting, key=lambda a: _is_source(a, subject), reverse=True):
        resolved, source = done.get(id(attribution)), attribution.source_token
        if resolved is None or (source is not None and source.tag_ in {"NNS", "PRP"}):
            continue  # "according to reports …", "after it found …": no "It" of theirs
        if getattr(resolved, "anonymous", False):
            if _is_source(attribution, subject) and _body(subject) and _plain(subject):
                return resolved  # "The prime minister's office said …": the office, kept unnamed
        elif not _person(resolved) or _sexless(index, subject):
            return resolved  # "…, said the Constitutional Affairs Select Committee. It said …"
        elif _is_source(attribution, subject) and is_statement(subject):
            return resolved  # "Mr Crosby's statement said: "…" It added": the statement, its author's
    cluster = index.cluster_at(subject.i)
    if cluster is None and subject.pos_ == "PROPN":  # "The ODPM attributed …": an alias named before
        cluster = index.organization_by_name(subject.text) or _named_now(subject, index)
    if cluster is not None:
        cluster = other_organization(pronoun, subject, cluster, index) or cluster  # the company apart
        sexless = cluster.type == "person" and subject.pos_ == "PROPN" and no_sex(cluster)
        return from_cluster(cluster) if cluster.type == "organization" or sexless else None
    if not (_body(subject) and _plain(subject)):  # "The firm promised …", not "Growth slowed …"
        return None
    resolved = describe(subject.doc, subject, index)
    if resolved is None or _person(resolved):
        return None
    # "The company also unveiled plans …" is the company the article is about, not an organization named
    # last (a division of it): a name only where it spoke before, else the description, unnamed.
    spoke = {
        getattr(done.get(id(a)), "key", None) for a in attributions if a.cue and a.cue[0][0] < pronoun.idx
    }
    if getattr(resolved, "anonymous", False) or getattr(resolved, "key", None) in spoke:
        return resolved
    cluster = paragraph_organization(subject, index, plain_body, no_sex)  # BT, the paragraph's before
    return as_organization(from_cluster(cluster)) if cluster is not None else None


def _quoted_just_before(pronoun: Token, attributions: list[Attribution], done: Resolutions[R]) -> R | None:
    """The organization a sentence that opens on its quote gives it to in the sentence right before a
    sentence-opening "It" (round 27): `"…," the Finance and Economy Ministry said in a statement. It blamed
    "…"` is the ministry, the subject of that sentence's cue, not the subject of a sentence before the quote
    (subject_before passes over a sentence that opens on a quotation mark). None where that speaker is a
    person, unnamed, or no cue of that sentence has its source in it."""
    doc, start = pronoun.doc, pronoun.sent.start
    if start == 0 or sum(not (t.is_punct or t.is_space) for t in doc[start : pronoun.i]) > 2:
        return None
    last = start - 1
    while last > 0 and doc[last].is_space:
        last -= 1
    before = doc[last].sent
    if not doc[before.start].is_quote:
        return None
    for attribution in attributions:
        source = attribution.source_token
        if not attribution.cue or source is None or not before.start <= source.i < before.end:
            continue
        resolved = done.get(id(attribution))
        if resolved is not None and not _person(resolved) and not getattr(resolved, "anonymous", False):
            return resolved
    return None


def as_organization(resolved: R) -> R:
    """A name the NER took for a person that "it" stands for is an organization ("Laura Ashley … it
    reported"): so typed, a later "he" does not take it for a man."""
    return replace(resolved, type="organization") if _person(resolved) else resolved  # type: ignore[type-var]


def passive_agent(subject: Token | None) -> Token | None:
    """The agent of a passive sentence, for whom its subject stands aside: "The figures were prepared by
    the Association of Leading Visitor Attractions (Alva). It found that …" is Alva, not the figures; a
    person's name ("prepared by John Smith") is no "it"."""
    if subject is None or subject.dep_ != "nsubjpass":
        return subject
    agent = next((c for c in subject.head.children if c.dep_ == "agent"), None)
    named = [c for c in agent.children if c.dep_ == "pobj"] if agent is not None else []
    return named[0] if named and named[0].ent_type_ != "PERSON" else subject


def _when_subject(pronoun: Token, quoted: list[tuple[int, int]]) -> Token | None:
    """The subject of the sentence before, for an "it" that opens a "when" clause of a sentence whose own
    subject is no body ("Argonaut needed a constant flow of deals … Signs that it was in trouble emerged
    in August, when it warned …": Argonaut); None where the main clause's subject may be what "it" is
    ("The firm's shares fell in August, when it warned …" stays with the rules before)."""
    verb = pronoun.head
    if verb.dep_ != "advcl" or not any(c.lower_ == "when" and c.i < pronoun.i for c in verb.children):
        return None
    main = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
    if main is None or main.tag_ != "NNS" or any(c.dep_ == "poss" for c in main.subtree):
        return None
    if pronoun.sent.start == 0:
        return None
    before = pronoun.doc[pronoun.sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ in SUBJECT_DEPS), None)
    return None if subject is None or any(s <= subject.idx < e for s, e in quoted) else subject


def _fronted_subject(
    pronoun: Token,
    index: EntityIndex,
    from_cluster: Callable[[Cluster], R],
    describe: Callable[[Doc, Token, EntityIndex], R | None],
) -> R | None:
    """The organization or body a fronted "though X …" clause has as its subject (concessive_subjects.py),
    for the "it" of the main clause; None where it names a person or nobody."""
    subject = concessive_subject(pronoun)
    if subject is None:
        return None
    cluster = index.cluster_at(subject.i)
    resolved = from_cluster(cluster) if cluster is not None else describe(subject.doc, subject, index)
    return None if resolved is None or _person(resolved) else resolved


def _joined_subject(pronoun: Token) -> Token | None:
    """ "The company will have to persuade … but it said …": the body the first of two clauses joined by
    "but"/"and" has as its subject, for an "it" subject of the second; None otherwise."""
    verb = pronoun.head
    if verb.dep_ != "conj" or not any(
        c.dep_ == "cc" and c.lower_ in {"and", "but"} for c in verb.head.children
    ):
        return None
    subject = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.i > pronoun.i or not plain_body(subject):
        return None
    return subject if any(t.lower_ == "the" for t in subject.lefts) else None


def _within(offset: int, sentence: Span) -> bool:
    return sentence.start_char <= offset < sentence.end_char


def _is_source(attribution: Attribution, subject: Token) -> bool:
    source = attribution.source_token  # compared by index: spaCy makes a new Token at each access
    return source is not None and source.i == subject.i


def _plain(noun: Token) -> bool:
    """A description by its noun alone, "the firm", "the prime minister's office": no word that says
    more of the body ("The news and financial data seller", "The UK's biggest mortgage lender" may be the
    company named before, whose name the caller keeps)."""
    return not any(c.dep_ in {"amod", "compound", "nmod"} for c in noun.children)


def _named_now(subject: Token, index: EntityIndex) -> Cluster | None:
    """An organization first spoken of as the subject before "It said": an acronym or a name the NER
    calls one ("The ODPM attributed …" where the article spelled it out before it only), or a place
    the NER calls a place that no gazetteer knows ("Carlsberg is more optimistic than Heineken … However,
    it also plans to cut 200 jobs": the brewer; a country's "it" stays with the rules before)."""
    named = subject.ent_type_ == "ORG" or (
        subject.ent_type_ == "GPE" and not gazetteer().lookup(subject.text)
    )
    if not (named or (subject.is_upper and subject.is_alpha and len(subject) > 1)):
        return None
    cluster = index.new(subject.text, "organization")
    cluster.add(subject.doc[subject.i : subject.i + 1], subject.text)
    return cluster


def _sexless(index: EntityIndex, subject: Token) -> bool:
    """Whether a speaker resolved as a person is a name the NER mistook (what "it" may stand for): a
    proper noun of a person never given a title nor called "he" or "she"."""
    cluster = index.cluster_at(subject.i)
    return subject.pos_ == "PROPN" and cluster is not None and no_sex(cluster)


def no_sex(cluster: Cluster) -> bool:
    """No "Mr"/"Ms" before any mention and no "he"/"she" after one: "Winn-Dixie", "Barclays"."""
    titles = {m.doc[m.start - 1].lower_ for m in cluster.mentions if m.start > 0}
    titles |= {t.lower_ for m in cluster.mentions for t in m}
    return not titles & (MALE_TITLES | FEMALE_TITLES) and not called_he_or_she(cluster)


def _person(resolved: object) -> bool:
    return getattr(resolved, "type", None) == "person"


# Bodies that speak, singular, beside agent_nouns' words: "the prime minister's office".
BODIES = frozenset({"office", "department", "ministry", "opposition", "secretariat", "regulator", "watchdog"})


def plain_body(noun: Token) -> bool:
    return _body(noun) and _plain(noun)


def _body(noun: Token) -> bool:
    """A singular common noun for an organization or body ("firm", "office"), no single person's."""
    lemma = noun.lemma_.lower()
    return noun.tag_ == "NN" and (lemma in BODIES or (denotes_agents(noun) and lemma not in ONE_PERSON_WORDS))
