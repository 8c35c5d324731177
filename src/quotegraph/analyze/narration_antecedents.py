"""Whom a "he"/"she" or a description denotes where the speaker quoted before is the wrong answer
(issue 30, round 18).

News quotes one person, then goes on in narration about another, and the next "he said" or "she found"
is about the person the narration named, not the one quoted before:

- **The subject of the narration since the last quote** (`narrated_subject`): a "he"/"she" whose sentence
  names no one before it goes to the main subject of the nearest sentence of narration (no quote in it) since
  the last cue that is a person the pronoun agrees with ("… said Ben Williamson … Professor Angela MacFarlane
  … has spent several years researching … Traditionally schools have eschewed …, she found" is MacFarlane; "…
  Sebastien Sainsbury had been close to a takeover … His efforts failed after he revealed …" is Sainsbury; a
  passive's subject stands aside for its agent, "The report was welcomed by … David Willetts. "…," he said."
  is Willetts, round 19), or to the person a fronted "for <Name>, …" frames ("But for Allen Weiner, a research
  director at Gartner, the future of search is … "…," he said."). A sentence whose subject is the same pronoun
  goes on about the same person: the walk goes past it. A cue that goes on from the quote before ("he added")
  keeps its speaker (gender.keeps_speaker's rule). A subject that is an office said before as a source
  ("Turning to the economy, the chancellor pledged …" after "The chancellor said") is the person it named. The
  walk stops at the sentence of the last cue (the other rules' answer) and at a sentence whose joined clauses
  have another person for subject ("Mr Brown has headed … but Mr Milburn is taking that role this time": about
  two people). A sentence whose main subject is the same pronoun after a clause that opens it with a person
  for subject ("When President Nestor Kirchner of Argentina arrived in power he began to negotiate … But he
  has rejected …, alleging …") is about that person (round 21).
- **The same description, the same person** (`same_description`): "the chancellor pledged …" is the
  person an earlier "The chancellor said" was, not "shadow chancellor Oliver Letwin", whom that
  chancellor's own words name last: an article keeps its descriptions for the person it gave them to.
- **A co-holder's role** (`co_holder`): "the Wikileaks founder" is the person the article introduced as
  "Wikileaks co-founder Julian Assange", the one person whose role is that role with "co-" before its
  noun; never the correspondent whose byline heads the analysis box that description opens.

Work per pronoun is bounded: a few sentences back within their paragraphs, a few attributions back.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from quotegraph.analyze.attribution import Attribution
from quotegraph.analyze.earlier import Resolutions, Resolved
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.event_subjects import event_actor
from quotegraph.analyze.gender import CONTINUING, agrees
from quotegraph.analyze.parsing import SUBJECT_DEPS, text_of
from quotegraph.analyze.passive_agents import PASSIVE_SUBJECT, passive_agent
from quotegraph.analyze.roles import ROLE_HEADS, plain_words

HE_OR_SHE = frozenset({"he", "she"})
NARRATION_REACH = 4  # sentences of narration walked back
SENTENCE_REACH = 12  # sentences walked back in all (quotes included)
REPEAT_REACH = 30  # attributions walked back for the same description
CURLY_OPEN, CURLY_CLOSE, STRAIGHT_MARK = "“", "”", '"'
DOUBLE_MARKS = (CURLY_OPEN, CURLY_CLOSE, STRAIGHT_MARK)


def antecedent(
    head: Token, attribution: Attribution, done: Resolutions[Resolved], index: EntityIndex
) -> Cluster | None:
    """The person a source denotes by one of the module's rules, else None (the other rules decide)."""
    if head.lower_ in HE_OR_SHE:
        return narrated_subject(head, attribution, done, index)
    if not _definite_office(head):
        return None
    return same_description(head, attribution, done) or co_holder(head, index)


def narrated_subject(
    pronoun: Token, attribution: Attribution, done: Resolutions[Resolved], index: EntityIndex
) -> Cluster | None:
    """The person the narration since the last cue is about, for a "he"/"she" that is its clause's
    subject (see the module's docstring); None where the rule does not speak."""
    if pronoun.dep_ not in SUBJECT_DEPS or pronoun.head.lemma_ in CONTINUING:
        return None
    position = attribution.cue[0][0] if attribution.cue else pronoun.idx
    last_cue = done.cue_end_before(position)
    if last_cue is None or _names_before(pronoun):
        return None
    doc, text = pronoun.doc, text_of(pronoun.doc)
    sentence, narration = pronoun.sent, 0
    for _ in range(SENTENCE_REACH):
        if sentence.start == 0 or narration >= NARRATION_REACH:
            return None
        sentence = doc[sentence.start - 1].sent
        if sentence.start_char < last_cue:
            return None  # the sentence of the last cue: its speaker is the other rules' answer
        if _in_quote(text, sentence):
            continue
        narration += 1
        person, same = _subject_person(sentence, pronoun, index, lambda t: _office(t, attribution, done))
        if person is not None:
            return None if _another_subject(sentence, person, index) else person
        if same and (opener := _opening_clause_person(sentence, pronoun, index)) is not None:
            return opener  # "When President Nestor Kirchner … arrived in power he began …" (round 21)
        if not same and _framed(sentence, pronoun, index) is not None:
            return _framed(sentence, pronoun, index)
        if not same and (actor := event_actor(sentence, pronoun, index)) is not None:
            return actor  # "His words came as Cardinal … backed Mr Howard's stance" (event_subjects.py)
    return None


def _names_before(pronoun: Token) -> bool:
    """Whether the pronoun's own sentence names a person before it, outside its quote: "Krasner
    refused …, but he said" is the other rules' (the pronoun's own clause)."""
    sentence = pronoun.sent
    words = text_of(pronoun.doc)[sentence.start_char : pronoun.idx]
    after = max(words.rfind(mark) for mark in (CURLY_CLOSE, STRAIGHT_MARK))
    start = sentence.start_char + after + 1 if after >= 0 else sentence.start_char
    return any(t.ent_type_ == "PERSON" for t in sentence if start <= t.idx < pronoun.idx)


def _in_quote(text: str, sentence: Span) -> bool:
    """Whether a sentence holds a quote mark or stands inside a quote its paragraph opened before it: the
    last mark before it in its paragraph opens one (a mark before a word). By the last mark, not by a
    count: news drops the closing mark of a quote's paragraph before the next opens ("… used for. "This
    …")."""
    words = text[sentence.start_char : sentence.end_char]
    if any(mark in words for mark in DOUBLE_MARKS):
        return True
    start = text.rfind("\n", 0, sentence.start_char) + 1
    last = max(text.rfind(mark, start, sentence.start_char) for mark in DOUBLE_MARKS)
    if last < 0 or text[last] == CURLY_CLOSE:
        return False
    return text[last] == CURLY_OPEN or not text[last + 1 : last + 2].isspace()


def _subject_person(
    sentence: Span, pronoun: Token, index: EntityIndex, office: Callable[[Token], Cluster | None]
) -> tuple[Cluster | None, bool]:
    """The person the sentence's main subject names (or an office said before names: "Turning to the
    economy, the chancellor pledged …"), where the pronoun agrees with them; and whether the subject is
    the pronoun itself (the same person goes on)."""
    subject = next((t for t in sentence.root.children if t.dep_ in SUBJECT_DEPS), None)
    if subject is not None and subject.dep_ == PASSIVE_SUBJECT:  # "The report was welcomed by … Willetts"
        subject = passive_agent(sentence.root) or subject  # the agent is whom the narration is about
    if subject is None:
        return None, False
    if subject.lower_ == pronoun.lower_:
        return None, True
    cluster = index.cluster_at(subject.i) or office(subject)
    if cluster is not None and cluster.type == "organization" and _called_his(subject, pronoun):
        cluster.type = "person"  # "Sebastien Sainsbury … withdrew his £25m offer": no firm is "his"
    if cluster is not None and cluster.type == "person" and agrees(pronoun, cluster):
        return cluster, False
    return None, False


def _opening_clause_person(sentence: Span, pronoun: Token, index: EntityIndex) -> Cluster | None:
    """The person a clause opening the sentence has for subject, before a main clause whose subject is the
    same pronoun: "When President Nestor Kirchner of Argentina arrived in power he began …" is about
    Kirchner, and so is the "he" that goes on after it."""
    subject = next((t for t in sentence.root.children if t.dep_ in SUBJECT_DEPS), None)
    for clause in (c for c in sentence.root.children if c.dep_ == "advcl"):
        if subject is None or clause.i > subject.i:
            continue
        own = next((t for t in clause.children if t.dep_ in SUBJECT_DEPS), None)
        cluster = index.cluster_at(own.i) if own is not None else None
        if cluster is not None and cluster.type == "person" and agrees(pronoun, cluster):
            return cluster
    return None


def _another_subject(sentence: Span, person: Cluster, index: EntityIndex) -> bool:
    """Whether a clause joined to the sentence's main one has another person for its subject: "Mr Brown
    has headed Labour's preparations … but Mr Milburn is taking that role this time" is about two people,
    and names neither the "he" after it."""
    joined = (c for c in sentence.root.children if c.dep_ == "conj")
    subjects = (s for verb in joined for s in verb.children if s.dep_ in SUBJECT_DEPS)
    others = (index.cluster_at(s.i) for s in subjects)
    return any(c is not None and c is not person and c.type == "person" for c in others)


POSSESSIVES = {"he": "his", "she": "her"}


def _called_his(subject: Token, pronoun: Token) -> bool:
    """Whether the sentence a name is the subject of goes on with "his" ("her" for a "she") before any
    other name, or the next sentence opens with it: a person the NER took for a firm."""
    sentence, wanted = subject.sent, POSSESSIVES[pronoun.lower_]
    for token in sentence.doc[subject.i + 1 : sentence.end]:
        if token.ent_type_ in {"PERSON", "ORG"} and token.i > subject.right_edge.i:
            return False
        if token.lower_ == wanted and token.tag_ == "PRP$":
            return True
    following = sentence.doc[sentence.end] if sentence.end < len(sentence.doc) else None
    return following is not None and following.lower_ == wanted and following.tag_ == "PRP$"


def _framed(sentence: Span, pronoun: Token, index: EntityIndex) -> Cluster | None:
    """The person a fronted "for <Name>," frames: "But for Allen Weiner, a research director at …, the
    future of search is …" is Weiner's view (a "for" phrase before the main verb, set off by a comma)."""
    root = sentence.root
    for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "for" and c.i < root.i):
        person = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if person is None or not any(t.text == "," for t in person.subtree if t.i > person.i):
            continue
        cluster = index.cluster_at(person.i)
        if cluster is not None and cluster.type == "person" and agrees(pronoun, cluster):
            return cluster
    return None


def _office(head: Token, attribution: Attribution, done: Resolutions[Resolved]) -> Cluster | None:
    """The person a definite description of an office said as a source before names (same_description)."""
    return same_description(head, attribution, done) if _definite_office(head) else None


def _definite_office(head: Token) -> bool:
    """ "the chancellor", "The Wikileaks founder": a singular role noun with "the"."""
    if head.pos_ != "NOUN" or head.lower_ not in ROLE_HEADS or head.tag_ != "NN":
        return False
    return any(t.dep_ == "det" and t.lower_ == "the" for t in head.children)


def same_description(head: Token, attribution: Attribution, done: Resolutions[Resolved]) -> Cluster | None:
    """The person an earlier source of the same words ("The chancellor said") was resolved to; a source
    that joins the description to another ("The prime minister and his campaign boss Alan Milburn") none."""
    wanted = plain_words(text_of(head.doc)[head.left_edge.idx : head.idx + len(head.text)])
    earlier = done.previous(attribution)
    for _ in range(REPEAT_REACH):
        if earlier is None:
            return None
        source, resolved = earlier.source_token, done.get(id(earlier))
        alone = source is not None and not any(c.dep_ in {"conj", "appos"} for c in source.children)
        if alone and source.lower_ == head.lower_ and resolved is not None:  # not "The PM and Mr X"
            said = text_of(head.doc)[source.left_edge.idx : source.idx + len(source.text)]
            cluster = resolved.cluster
            if plain_words(said) == wanted and cluster is not None and cluster.type == "person":
                return cluster
        earlier = done.previous(earlier)
    return None


def co_holder(head: Token, index: EntityIndex) -> Cluster | None:
    """The one person whose role is the described one with "co-" before its noun: "the Wikileaks
    founder" after "Wikileaks co-founder Julian Assange"."""
    wanted = plain_words(text_of(head.doc)[head.left_edge.idx : head.idx + len(head.text)])
    wanted = wanted.removeprefix("the ").strip()
    if " " not in wanted:
        return None  # "the founder": the other rules (a bare noun names whom the story is about)
    holders = [
        c
        for c in index.clusters
        if c.type == "person" and any(_co_role(plain_words(r), wanted) for r in c.roles)
    ]
    return holders[0] if len(holders) == 1 else None


def _co_role(role: str, wanted: str) -> bool:
    """ "wikileaks co founder" is the role "wikileaks founder" held with another."""
    words = role.split()
    if "co" not in words[:-1] or words.index("co") != len(words) - 2:
        return False
    return f" {' '.join(words[:-2] + words[-1:])}".endswith(f" {wanted}")
