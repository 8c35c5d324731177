"""A passive cue with its agent named is the agent's words (docs/quotes.md, "A passive cue's agent").

`A photo of the meeting was denied by Andrew, hinting that it was a fake.`: Andrew denied it; the
passive's subject (the photo) is what the words are about, never who spoke. So in `X was <cue> by Y`
the source is Y, whether the rules or the learned model drew the attribution. `quoted by`, which
names who reports someone else's words ("was quoted by the Times as saying"), keeps its subject.

The "by" may hang lower than the cue, on the words it reports, with no verb between (round 19: `Her
comments have been described as "irresponsible" and "outrageous" by the Islamic Human Rights Commission`,
the parser hangs "by" on "outrageous"), and on the adjective of a to-infinitive "be" the cue governs (round
24: `despite being told to be brief by the show's producers`); an attribution drawn with no source then
takes the agent as its source, and its content ends before the "by". A content that is the passive subject
alone is the thing the cue was done to, no words ("It was first declared by President Richard Nixon": a
war), and keeps no source.

A reduced passive (round 20) is the same: in `Solutions suggested by conservationists include …` the
conservationists suggested them; an attribution of such a participle found with no source takes its
agent, where what the participle modifies is a thing said (a common noun, not a person or a body:
"a candidate suggested by the party" is no words). So does a participle joined to a clause of "be" (round
32: `… has been the subject of initial research, then recommended as … by the Agency's … Panel`), whose
agent names someone (coordinated_passives.py), its content ending before the "by".
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.agent_nouns import denotes_agents
from quotegraph.analyze.attribution import Attribution, mention_span
from quotegraph.analyze.coordinated_passives import names_someone, shares_passive
from quotegraph.analyze.cues import is_cue
from quotegraph.analyze.passive_hearers import only_the_hearer

PASSIVE_SUBJECT = "nsubjpass"
RELAYS = frozenset(
    {"quote", "cite"}
)  # "was quoted by the paper as saying": the paper relays, the subject said


def passive_agent(cue: Token) -> Token | None:
    """The noun of the "by" agent of a passive reporting cue ("was denied by Andrew"), or None."""
    if cue.lemma_ in RELAYS or not any(c.dep_ == "auxpass" for c in cue.children):
        return None
    return _agent_noun(next((c for c in cue.children if c.dep_ == "agent"), None) or _lower_by(cue))


def _agent_noun(agent: Token | None) -> Token | None:
    """The noun a "by" governs, or None."""
    nouns = [c for c in agent.children if c.dep_ == "pobj"] if agent is not None else []
    return nouns[0] if nouns else None


def _lower_by(cue: Token) -> Token | None:
    """A "by" after the cue hung on a word it governs with no verb between ("described as "outrageous"
    by the commission"), or None."""
    for token in cue.doc[cue.i + 1 : cue.sent.end]:
        if token.lower_ != "by" or token.dep_ not in {"prep", "agent"}:
            continue
        head = token.head
        while head != cue and head.pos_ not in {"VERB", "AUX"} and head.head != head:
            head = head.head
        if head == cue or _told_to_be(head, cue):
            return token
    return None


def _told_to_be(verb: Token, cue: Token) -> bool:
    """ "being told to be brief by the show's producers": a "by" on the adjective of a to-infinitive "be"
    that the passive cue governs is the cue's agent (a state like "brief" has none)."""
    return verb.lemma_ == "be" and verb.dep_ == "xcomp" and verb.head == cue and _copula_of_adjective(verb)


def _copula_of_adjective(be: Token) -> bool:
    """A to-infinitive "be" with an adjective complement ("to be brief")."""
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in be.children)
    return to and any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in be.children)


def _only_the_subject(cue: Token, content: list[tuple[int, int]]) -> bool:
    """Whether a content lies within the passive cue's subject: the thing the cue was done to."""
    subject = next((c for c in cue.children if c.dep_ == PASSIVE_SUBJECT), None)
    if subject is None:
        return False
    first, last = subject.left_edge, subject.right_edge
    start, end = first.idx, last.idx + len(last.text)
    return all(start <= s and e <= end for s, e in content)


def reduced_agent(cue: Token) -> Token | None:
    """The "by" agent of a participle of a reporting cue modifying a thing said ("Solutions suggested by
    conservationists"), or None."""
    if cue.dep_ != "acl" or cue.tag_ != "VBN" or cue.lemma_ in RELAYS or not is_cue(cue):
        return None
    said = cue.head
    if said.pos_ != "NOUN" or said.ent_type_ or denotes_agents(said):
        return None
    return _agent_noun(next((c for c in cue.children if c.dep_ == "agent"), None))


def coordinated_agent(cue: Token) -> Token | None:
    """The "by" agent naming someone of a participle cue that shares the passive of the clause it is
    joined to ("…, then recommended as … by the panel"), or None."""
    if cue.lemma_ in RELAYS or not is_cue(cue) or not shares_passive(cue):
        return None
    agent = _agent_noun(next((c for c in cue.children if c.dep_ == "agent"), None) or _lower_by(cue))
    return agent if agent is not None and names_someone(agent) else None


def agents_speak(attributions: list[Attribution]) -> None:
    """Each attribution whose source is the subject of its passive cue, or that has no source, takes the
    cue's agent instead; one of a reduced passive found with no source takes the participle's agent."""
    for attribution in attributions:
        cue, source = attribution.cue_token, attribution.source_token
        if cue is None or (source is None and attribution.source):
            continue
        if source is None and (agent := reduced_agent(cue)) is not None:
            attribution.source_token = agent
            attribution.source = [mention_span(agent)]
            continue
        if source is None and (agent := coordinated_agent(cue)) is not None:
            attribution.source_token, attribution.source = agent, [mention_span(agent)]
            _end_before(attribution, agent)  # "…, then recommended as … by the panel" (round 32)
            continue
        if source is not None and (source.dep_ != PASSIVE_SUBJECT or source.head != cue):
            continue
        if not is_cue(cue) or (agent := passive_agent(cue)) is None:
            if only_the_hearer(cue, source):  # "are being urged to …": those urged (passive_hearers.py)
                attribution.source_token, attribution.source = None, []
            continue
        if source is None and _only_the_subject(cue, attribution.content):
            continue  # "It was first declared by Nixon": the thing declared (a war), no words reported
        attribution.source_token = agent
        attribution.source = [mention_span(agent)]
        if source is None:  # drawn with no source: its content ends before the "by"
            _end_before(attribution, agent)


def _end_before(attribution: Attribution, agent: Token) -> None:
    """The attribution's content cut to end before the "by" of `agent`."""
    before = agent.doc[agent.head.i - 1]  # the word before "by": no space kept
    end = before.idx + len(before.text)
    content = [(s, min(e, end)) for s, e in attribution.content if s < end]
    attribution.content = content or attribution.content
