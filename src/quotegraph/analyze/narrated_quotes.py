"""A direct quote with no cue of its own is the speaker's whom the narration right before it is about
(docs/quotes.md, "Quotes without a cue of their own").

continuations.py gives a quote no cue took to the speaker before it only where nothing of the
reporter's comes between (`"A," he said. "B."`, or a paragraph that ends on that speaker). News also
sets a sentence or two about the speaker between their words and the next quote: `Gervais admitted he
was cautious about revealing who would be taking part … But he has met with Stiller and Jackson …` /
`"I didn't want to start revealing names …"` is Gervais's. The quote is the speaker's where

- the attribution just before it (in this paragraph or the one before) is a named person's, S;
- the quote opens its sentence, and the sentence before it is narration (no quoted words but a scare
  quote of a few, narration_breaks.quotes_words) whose
  main subject is S: a mention of S ("McClaren was relieved to make it through …"), or "he"/"she"
  agreeing with S, no other person named between S's attribution and the pronoun.

A person only spoken of is never the speaker: "The label has disputed her account." or "Bridge's injury
also means Mourinho …" (a thing is the subject) leave the quote with no one, and so does a sentence
about S after someone else spoke since.

A quote with no cue set one sentence of narration after its speaker's own last quote is theirs too,
where that sentence is about a thing and no one else speaks or is named between (a feature with one voice:
`"…," explains Mr Dean. The restoration of the older Star Wars episodes revealed some interesting items
too. / "There are scans of a corridor …"`; `_one_sentence_on`). Two sentences, or another person named
or speaking in the one, leave the quote with no one.

A quote in the first person ("I", "my") with no cue after a sentence whose active subject is a person the
article names is that person's, whoever spoke before (a profile: `On this subject, Morris appears almost
evangelical. / "I was on a cruise in the Mediterranean …"`); a passive subject ("Smith was arrested.")
gives no one (`_profiled`). A quote that says "we", "us" or "our" (and no "I") is theirs too where that
sentence names the team, body or nation they speak for and no other person (round 15: `Double try scorer
Martyn Williams was keen not to talk about a possible Grand Slam for Wales. / "We've got more
self-belief these days."`; `_of_a_team`).

A quote with no cue right after a sentence whose main verb is a speech cue with a named person as its
subject, reporting no clause of its own, is that person's (round 18: `Menzies Campbell repeated his party's
calls for … to be made public. / "The public interest … by the fullest disclosure."`; `_speaking_narration`).

A quote a colon introduces after a clause whose active subject is a named person, or "he"/"she" agreeing
with the speaker before, is that person's (`Mr Dean is confident though: "I think …"`; colon_quotes.py).

A page of one person's quotes says whose they are in its headline, and sets them a paragraph each with no
cue: under "David Blunkett in quotes" (also "<Name> in his/her own words", "<Name>: in his own words") a
quote with no cue, no source and no speaker before it is that person's (`page_subject`).
"""

from __future__ import annotations

import re
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

from quotegraph.analyze.after_participles import participle_speaker
from quotegraph.analyze.agent_nouns import denotes_agents
from quotegraph.analyze.attribution import Attribution
from quotegraph.analyze.attribution_types import attribution_type
from quotegraph.analyze.called_quotes import naming_pronoun, naming_subject
from quotegraph.analyze.colon_quotes import colon_speaker, colon_subject
from quotegraph.analyze.cues import is_cue
from quotegraph.analyze.descriptions import paragraph_floor
from quotegraph.analyze.earlier import Resolutions, Resolved, start_of
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.gender import SUBJECT_OF_CLAUSE, agrees
from quotegraph.analyze.hearing_turns import turn_speaker
from quotegraph.analyze.korean_cues import korean_speaker
from quotegraph.analyze.narration_breaks import quotes_words
from quotegraph.analyze.parsing import text_of
from quotegraph.analyze.profile_runs import run_speaker
from quotegraph.analyze.quotemarks import MARKS, OPENING, STRAIGHT

R = TypeVar("R", bound=Resolved)
SENTENCE_ENDS = frozenset(".!?")
FIRST_PERSON = frozenset({"i", "me", "my", "myself"})
FIRST_PLURAL = frozenset({"we", "us", "our", "ourselves"})
WE_SPEAKER_ENTITIES = frozenset({"ORG", "GPE", "NORP"})  # a club, a nation's side, a party: whose "we"
# Pronouns of people a narration sentence may name, and the entities that are people or bodies: a
# narration sentence that has either is about someone, not the topic the speaker's next words take up.
PARTIES = frozenset({"PERSON", "ORG", "NORP"})
THIRD_PERSONS = frozenset({"he", "him", "his", "she", "her", "hers", "they", "them", "their"})


def narrated_speaker(
    doc: Doc, attribution: Attribution, done: Resolutions[R], index: EntityIndex
) -> R | None:
    """The speaker of a direct quote with no cue and no source, by the narration before it; else None."""
    if attribution.kind != "direct" or attribution.cue or attribution.source or not attribution.passages:
        return None
    earlier = done.previous(attribution)
    resolved = done.get(id(earlier)) if earlier is not None else None
    if earlier is None or resolved is None or resolved.cluster is None or resolved.cluster.type != "person":
        # a cue between that names no one; a profile's run of quotes (profile_runs.py, round 29)
        return _one_sentence_on(doc, attribution, done, index) or run_speaker(doc, attribution, done, index)
    text = text_of(doc)
    opening = attribution.passages[0].start
    if start_of(earlier) < paragraph_floor(text, opening, 2):
        return None
    subject = naming_pronoun(doc, attribution) or _narration_subject(doc, opening)  # "he called it a "…""
    subject = subject or colon_subject(doc, opening)  # 'He is confident though: "…"' (colon_quotes.py)
    if subject is None or not (subject.lower_ in {"he", "she"} or _names(subject, resolved.cluster, index)):
        # '"…," explains Mr Dean. <narration> "…"'; a profile's run of quotes (profile_runs.py, round 29)
        return _one_sentence_on(doc, attribution, done, index) or run_speaker(doc, attribution, done, index)
    if subject.lower_ in {"he", "she"}:
        called = done.called_before(opening)
        alone = _only_person_since(doc, earlier, subject, resolved.cluster, index)
        return resolved if alone and agrees(subject, resolved.cluster, called) else None
    return resolved


def _narration_subject(doc: Doc, opening: int) -> Token | None:
    """The main subject of the sentence before a quote that opens its sentence, where that sentence is
    the reporter's narration: no quotation mark in it."""
    sentence = _narration_sentence(doc, opening)
    if sentence is None:
        return None
    root = sentence.root
    return next((c for c in root.children if c.dep_ in SUBJECT_OF_CLAUSE and c.i < root.i), None)


def _narration_sentence(doc: Doc, opening: int) -> Span | None:
    """The sentence before a quote that opens its sentence, where it is the reporter's narration."""
    text = text_of(doc)
    end = opening  # the end of the text before the quote, spaces left out (walked back, not copied)
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if not end or text[end - 1] not in SENTENCE_ENDS:
        return None  # the quote goes on from words of its own sentence, or follows a colon or a quote
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    if span is None:
        return None
    sentence = span[-1].sent
    if quotes_words(text[sentence.start_char : end]):
        return None  # someone's words, not narration; a scare quote is narration (narration_breaks.py)
    return sentence


def _one_sentence_on(
    doc: Doc, attribution: Attribution, done: Resolutions[R], index: EntityIndex
) -> R | None:
    """The speaker of a quote with no cue set one sentence of narration after their own last quote
    (`"In the HD version …," explains Mr Dean. The restoration of the older Star Wars episodes revealed
    some interesting items too. / "There are scans of a corridor …"`): the sentence before that narration
    ends on a direct quote of a named person, S; no one else speaks between (an attribution there is S's
    or no one's) and the narration is about a thing: its subject no person nor body, no person, body or
    pronoun of a person in it ("The label has disputed her account." speaks of her, another party's)."""
    narration = _narration_sentence(doc, attribution.passages[0].start)
    if narration is None or narration.start == 0:
        return None
    before = doc[narration.start - 1].sent
    between: list[R | None] = []
    earlier = done.previous(attribution)
    while earlier is not None and start_of(earlier) >= narration.start_char:
        between.append(done.get(id(earlier)))
        earlier = done.previous(earlier)
    resolved = done.get(id(earlier)) if earlier is not None else None
    if earlier is None or resolved is None or earlier.kind != "direct" or not earlier.cue:
        return None
    cluster = resolved.cluster
    end = max(e for _, e in earlier.content + earlier.cue + earlier.source)
    if cluster is None or cluster.type != "person" or not before.start_char < end <= before.end_char:
        return None  # S's quote must end the sentence right before the narration
    if any(other is not None and other.key != resolved.key for other in between):
        return None  # another voice between
    subject = next((c for c in narration.root.children if c.dep_ in SUBJECT_OF_CLAUSE), None)
    if subject is None or denotes_agents(subject) or subject.ent_type_ in PARTIES:
        return None  # "The label has disputed her account.": another party's position, not a topic
    for token in narration:
        if token.ent_type_ in PARTIES and not _names(token, cluster, index):
            return None  # "The restoration, which George Lucas oversaw, …": someone else named
        if token.lower_ in THIRD_PERSONS:
            return None  # a person spoken of ("her account", "his recovery") is no one's next words
    return resolved


def _profiled(doc: Doc, attribution: Attribution, index: EntityIndex) -> Cluster | None:
    """The named person a sentence of narration is about, for the first-person quote with no cue that
    follows it (a profile: "On this subject, Morris appears almost
    evangelical. / "I was on a cruise …""): the active subject of that sentence, a person cluster."""
    if attribution.kind != "direct" or attribution.cue or attribution.source or not attribution.passages:
        return None
    start, end = attribution.passages[0].fragments[0]
    inside = doc.char_span(start, end, alignment_mode="contract")
    words = set() if inside is None else {t.lower_ for t in inside[0].sent if t.i < inside.end}
    if not words & (FIRST_PERSON | FIRST_PLURAL):
        return None  # the words must speak of their speaker: "I", "my", "me" (or "we" of a team)
    subject = _narration_subject(doc, attribution.passages[0].start)
    if subject is None or subject.dep_ != "nsubj" or subject.pos_ != "PROPN":
        return None  # "Smith was arrested.": a person things are done to is not the one who speaks next
    if not words & FIRST_PERSON and not _of_a_team(subject):
        return None
    cluster = index.cluster_at(subject.i)
    return cluster if cluster is not None and cluster.type == "person" else None


def _speaking_narration(doc: Doc, attribution: Attribution, index: EntityIndex) -> Cluster | None:
    """The named person who speaks in the sentence of narration right before a quote with no cue: the
    subject of its main verb, a speech cue that reports no clause of its own (`Menzies Campbell repeated
    his party's calls for … to be made public. "The public interest … by the fullest disclosure."`, round
    18: the words he repeats). A participle of speech hung on the main verb, with no subject of its own,
    speaks for that subject too (round 19: `Margaret Beckett rejected Mr Howard's comment, telling Radio 4's
    PM programme that Labour was not "rattled". "We have a very real duty …"`). A passive subject, a thought
    or a negated cue gives no one."""
    if attribution.kind != "direct" or attribution.cue or attribution.source or not attribution.passages:
        return None
    subject = _narration_subject(doc, attribution.passages[0].start)
    if subject is None or subject.dep_ != "nsubj" or subject.pos_ != "PROPN":
        return None
    verb = _speaking_participle(subject.head) or subject.head
    if not is_cue(verb) or attribution_type(verb, subject, False) != "speech":
        return None
    if any(c.dep_ in {"neg", "ccomp"} for c in verb.children):
        return None  # "did not say", or a clause it reports: that clause is its words, the quote is not
    cluster = index.cluster_at(subject.i)
    return cluster if cluster is not None and cluster.type == "person" else None


def _turn_subject(doc: Doc, attribution: Attribution) -> Token | None:
    return _narration_subject(doc, attribution.passages[0].start)


def _speaking_participle(verb: Token) -> Token | None:
    """A speech cue's present participle hung on a verb that is no cue, with no subject of its own:
    "rejected the comment, telling Radio 4 …", "hit back, saying …"; else None."""
    if is_cue(verb):
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "advcl"
            and c.tag_ == "VBG"
            and is_cue(c)
            and not any(g.dep_ in SUBJECT_OF_CLAUSE for g in c.children)
        ),
        None,
    )


def _of_a_team(subject: Token) -> bool:
    """A sentence about one person with the team, body or nation they are part of named in it: "Double try
    scorer Martyn Williams was keen not to talk about a possible Grand Slam for Wales." The "we" of the
    quote after it is theirs; a second person named in it (whose "we" it may be too) leaves it."""
    sentence = subject.sent
    name = {t.i for t in subject.subtree}
    teams = any(t.ent_type_ in WE_SPEAKER_ENTITIES for t in sentence)
    return teams and not any(t.ent_type_ == "PERSON" and t.i not in name for t in sentence)


def _only_person_since(
    doc: Doc, earlier: Attribution, pronoun: Token, cluster: Cluster, index: EntityIndex
) -> bool:
    """Whether every person named between the end of the earlier attribution and the pronoun, outside
    quotation marks (whom a quote speaks of), is the speaker: "he" is not someone named since. The span
    lies between two attributions, so the text is walked once in all."""
    end = max(e for _, e in earlier.content + earlier.cue + earlier.source)
    span = doc.char_span(end, pronoun.idx, alignment_mode="expand")
    if span is None:
        return False
    quoted = False
    for token in span:
        if token.text in MARKS:
            quoted = token.text in OPENING or (token.text == STRAIGHT and not quoted)
        elif token.ent_type_ == "PERSON" and not quoted and not _names(token, cluster, index):
            return False
    return True


def _names(token: Token, cluster: Cluster, index: EntityIndex) -> bool:
    """Whether a token names the person: a mention of theirs, or a word of their name alone ("Jamie"
    after "Jamie Costin", which the NER tags but no cluster holds)."""
    holding = index.cluster_at(token.i)
    return holding is cluster or (holding is None and token.text in cluster.name.split())


# A headline that names whose quotes the page gives: "David Blunkett in quotes", "Blair: in his own words".
QUOTES_PAGE = re.compile(
    r"\s*([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}):? in (?:(?:his|her|their) own words|(?:his |her )?quotes)\s*"
)


def page_subject(doc: Doc, attribution: Attribution, index: EntityIndex) -> Cluster | None:
    """The person a page of quotes is about, for a direct quote with no cue and no source, where the
    page's headline (its first line) is "<Name> in quotes" or "<Name> in his own words"; else None. A
    name the NER tagged as anything but a person (a team's, a firm's), or one word it did not tag ("Week
    in quotes"), gives no one. A Korean cue's subject, which the NER cannot read, is a person named as
    written (korean_cues.py)."""
    if (korean := korean_speaker(doc, attribution, index)) is not None:
        return korean
    if (participle := participle_speaker(attribution, index)) is not None:
        return participle  # "Swift got support, after accusing them of …" (after_participles.py)
    if (caller := naming_subject(doc, attribution, index)) is not None:
        return caller  # "Noem called the campaign a "…"" (called_quotes.py)
    if (profiled := _profiled(doc, attribution, index)) is not None:
        return profiled  # "Morris appears almost evangelical. / "I was on a cruise …""
    if (introduced := colon_speaker(doc, attribution, index)) is not None:
        return introduced  # 'Mr Dean is confident though: "I think …"' (colon_quotes.py)
    if (speaking := _speaking_narration(doc, attribution, index)) is not None:
        return speaking  # 'Menzies Campbell repeated his party's calls for … / "The public interest …"'
    if attribution.passages and (
        asker := turn_speaker(doc, attribution, _turn_subject(doc, attribution), index)
    ):
        return asker  # 'Aderholt returned to the issue. "What …?" Bridenstine responded …' (hearing_turns.py)
    if attribution.kind != "direct" or attribution.cue or attribution.source or not attribution.passages:
        return None
    text = text_of(doc)
    line_end = text.find("\n")
    match = QUOTES_PAGE.fullmatch(text, 0, line_end if line_end >= 0 else len(text))
    if match is None:
        return None
    name = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
    if name is None or any(t.ent_type_ not in {"PERSON", ""} for t in name):
        return None
    if len(name) < 2 and name[0].ent_type_ != "PERSON":
        return None  # "Week in quotes", "Sport in quotes": no one's name
    form = match.group(1)
    holding = index.cluster_at(name[-1].i)
    if holding is not None:
        return holding if holding.type == "person" else None
    cluster = index.person_by_name(form) or index.new(form, "person")
    cluster.add(name, form)
    return cluster
