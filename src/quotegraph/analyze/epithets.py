"""Epithets after a cue: "added the 30-year-old", "said the Scot", "the defender said" (issue 30).

A sports or news report calls the person it is about by an epithet instead of the name: an age ("the
30-year-old"), a nation ("the Scot", "the American") or a position ("the midfielder", "the striker").
By news convention the epithet is:

- the person the article ties to it: the age the article gives them ("Smith, 30," or "30-year-old
  Smith"), a position among their roles ("Charlton midfielder Graham Stuart"), the nation's word beside
  their name ("Scot Andy Murray"); of two, the one named last before it;
- else, where it is the subject of a speech verb and the person named last before it is no subject but
  spoken of ("Reacting to a comment by All England Club chairman Tim Phillips, the American said"; "he
  was threatened with the sack by City boss Kevin Keegan … the defender said"), the person the story is
  about: a subject of an opening sentence whose surname the headline gives ("Davenport hits out at
  Wimbledon / World number one Lindsay Davenport has criticised …"), named again in the epithet's
  paragraph or the one before, where no other name is the subject just before the epithet;
- else what descriptions.py makes of it, as before (never a name the article does not tie to it).

An epithet by credit (issue 30) is a noun for what a person does (actor, star, singer, author, player, a
position) after "the" and a name of what they did it in or for: a work, a prize, a club ("the "Pose"
actor", "the Oscar winner", "the Chelsea star", "the Sale player", "the Wasps wing"). It is one person,
never the organization or the work its name is: the person whose role it is ("Tottenham striker Robbie
Keane"), else the person the sentences before are about (descriptions.described_person), else the person
the story is about: the one the headline names and the article names most before it ("James Van Der Beek
eliminated from 'Dancing with the Stars' … / "…," the "Pose" actor previously said"); else an anonymous
description as written (speakers.py reads no organization out of it). "The ex-Wallaby" (a former member of
a side, hyphen_words.py) is read so too, the story's person first: nothing in the text ties it to anyone.

speakers.py asks this before it reads the source as any other description.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Span as TokenSpan
from spacy.tokens import Token

from quotegraph.analyze.cues import SPEECH_LEMMAS
from quotegraph.analyze.descriptions import described_person, one_of_a_nation, paragraph_floor, person_by_role
from quotegraph.analyze.entities import Cluster, EntityIndex, clean_name
from quotegraph.analyze.hyphen_words import former_member
from quotegraph.analyze.parsing import HEADLINE_CHARS, text_of
from quotegraph.analyze.person_spokespeople import person_spokesperson
from quotegraph.analyze.resolved_descriptions import resolved_description

# Position and sport nouns a report calls a player or competitor by ("the midfielder said").
POSITIONS = frozenset(
    """
    midfielder striker defender forward winger goalkeeper keeper full-back centre-back stopper playmaker
    skipper batsman bowler all-rounder fly-half scrum-half hooker prop lock flanker centre sprinter
    hurdler jumper champion runner-up finalist
    """.split()
)
# One man or woman of a nation, in one word, that the NER takes for an organization now and then.
MEN_OF_A_NATION = frozenset(
    f"{nation}{sex}"
    for nation in "dutch french irish welsh english scots cornish manx".split()
    for sex in ("man", "woman")
) | frozenset("scot swede dane finn pole turk briton czech greek".split())  # "the Scot", taken for a person
# Nouns for what one person does, which a credit (a work, a prize, a club) sets: "the "Pose" actor". An
# office ("the BBC director", "the England coach") is a role, read as roles are (roles_of.py).
CREDITS = POSITIONS | frozenset(
    """
    actor actress star singer songwriter singer-songwriter author rapper winner musician comedian
    presenter writer producer novelist frontman frontwoman host model designer player wing guitarist
    drummer composer film-maker filmmaker veteran legend man woman
    """.split()
)
NOT_ONE = frozenset({"NNS", "NNPS"})  # "the Intel researchers" are many
AGE_WORD = re.compile(r"(?:^|\s)(\d{1,3})-year-old$", re.IGNORECASE)
# How many tokens before a name its tie may stand ("30-year-old Scot Andy Murray").
TIE_WINDOW = 4
# About a long article's length in tokens: a name given further back is another story's.
LOOK_BACK_TOKENS = 3000
# The opening sentences a story's subject is looked for in: the headline and the first of the body.
OPENING_SENTENCES = 3
# The story is still about its subject where it named them in the epithet's paragraph or the one before.
STORY_PARAGRAPHS = 2
# Dependencies of a name spoken of, not speaking: under a preposition, an object, an agent.
SPOKEN_OF = frozenset({"pobj", "dobj", "agent", "dative", "iobj"})


def epithet_person(head: Token, index: EntityIndex) -> Cluster | str | None:
    """The person an epithet of age, nation or position after "the" denotes; None where it is no such
    epithet or where the article ties it to no one (the caller goes on as before); an epithet by credit
    the article ties to no one is the anonymous description as written ("Sale player")."""
    if (voice := person_spokesperson(head, index)) is not None:
        return voice  # "a spokesman for Mr Prescott": the spokesman, not Prescott (person_spokespeople.py)
    if (resolved := resolved_description(head, index)) is not None:
        return resolved  # "His office said", "said the magazine" (resolved_descriptions.py)
    words = [t for t in head.lefts if t.dep_ != "punct"]
    if any(t.dep_ == "prep" for t in head.rights):
        return None  # "the champion of Europe": a role held of something (speakers.held_role reads it)
    former = former_member(head)  # "the ex-Wallaby": one person, as an epithet by credit (hyphen_words.py)
    if credited(head) or former is not None:  # "the "Pose" actor", "the Chelsea star": never the club
        phrase = former or head.doc[head.left_edge.i : head.i + 1]
        story = _headline_person(head, index) if former is not None else None  # no tie: the story's subject
        found = person_by_role(phrase, index, head.i, sole=False) or story or _credited_person(head, index)
        return found or clean_name(phrase)  # never the club or the work: "the Sale player" unnamed
    if not words or words[0].lower_ != "the" or head.tag_ in {"NNS", "NNPS"}:
        return None
    named = index.cluster_at(head.i)
    taken = head.lower_ in MEN_OF_A_NATION and len(words) == 1  # "the Dutchman" the NER took for a firm
    if named is not None and named.type != "group" and not taken:
        return None  # a name the NER took: "the Champion" a paper
    age = _age_of(head, words)
    nation = one_of_a_nation(head) or taken
    if age is None and not nation and head.lower_ not in POSITIONS:
        return None
    if age is not None:
        tied = _tied(head, index, lambda c, m: c.age == age or _age_before(m) == age)
    elif nation:
        tied = _tied(head, index, lambda c, m: _word_before(m, head.lower_))
    else:
        tied = person_by_role(head.doc[words[0].i : head.i + 1], index, head.i, sole=False)
    if tied is not None:
        return tied
    speaks = head.dep_ == "nsubj" and head.head.lemma_.lower() in SPEECH_LEMMAS  # "the American said"
    subject = _story_subject(head, index) if speaks else None
    if subject is not None:
        return subject
    return described_person(head, index) if nation else None  # "said the New Zealander", as before


def credited(head: Token) -> bool:
    """Whether the source is an epithet by credit: "the", a capitalised word (a title, a prize, a club, a
    work in quotation marks) and a singular noun of CREDITS ("the Harry Potter author", "the Sale player";
    not "the striker", "the party's youth wing")."""
    doc, end = head.doc, head.i
    words = [t for t in doc[head.left_edge.i : head.i] if not t.is_punct]  # "the" may hang from the name
    word = head.lower_
    if end >= 2 and doc[end - 1].text == "-":  # "the Gloucester fly-half", tokenized "fly - half"
        word, end = f"{doc[end - 2].lower_}-{word}", end - 2
    if (
        not words
        or words[0].lower_ != "the"
        or head.tag_ in NOT_ONE
        or not head.is_lower
        or word not in CREDITS
    ):
        return False
    return any(t.is_alpha and (t.is_title or t.is_upper) for t in doc[words[0].i + 1 : end])


def _credited_person(head: Token, index: EntityIndex) -> Cluster | None:
    """Whom an epithet by credit no role names denotes: the person named last in its own sentence, unless
    only spoken of; else the first subject of the nearest sentence before that is a person, read past a
    sentence whose subject is "he" or "she" (it goes on from the one before: "Man-of-the-match Duff
    explained … He opted to bring Steve Finnan's cross down … said the Chelsea star" is Duff; a clause's
    subject counts), else the person it names last other than as what it speaks of ("Lord of the Rings
    director Peter Jackson has said"); none where it names people only so ("Cueto was … disallowed by
    Kaplan"); and where no person is named within the paragraph or the one before, the person the
    story is about."""
    last = index.last_person_before(head.i)
    floor = paragraph_floor(text_of(head.doc), head.idx, STORY_PARAGRAPHS)
    latest = max((m for m in last.mentions if m.start < head.i), default=None) if last is not None else None
    if latest is None or latest.start_char < floor:
        return _headline_person(head, index)  # "the "Pose" actor" paragraphs after Van Der Beek
    if latest.start >= head.sent.start and not _spoken_of(latest.root):
        return last
    doc = head.doc
    sentence = head.sent
    while sentence.start > 0 and sentence.start_char > floor:
        sentence = doc[sentence.start - 1].sent
        subjects = [t for t in sentence if t.dep_ in {"nsubj", "nsubjpass"}]
        if subjects and subjects[0].lower_ in {"he", "she"}:
            continue
        people = [c for t in subjects if (c := _person_at(t, index)) is not None]
        if people:  # "The news … came a month after Van Der Beek announced that …": a clause's subject
            return people[0]
        named = [(t, c) for t in sentence if (c := index.cluster_at(t.i)) is not None and c.type == "person"]
        if named:  # a person the sentence names, not as what it speaks of ("disallowed by Kaplan": unsure)
            speaking = [c for t, c in named if not _an_object(t)]
            return speaking[-1] if speaking else None
    return None


def _headline_person(head: Token, index: EntityIndex) -> Cluster | None:
    """The person the story is about: named in the headline and named more often before the epithet than
    anyone else (at least twice; the names of one surname counted together, "James Van Der Beek" and "Van
    Der Beek" the NER may leave apart); None where no one is."""
    text = text_of(head.doc)
    headline = set(re.findall(r"[\w'-]+", text[: max(text.find("\n", 0, HEADLINE_CHARS), 0)].lower()))
    by_surname: dict[str, list[tuple[int, Cluster]]] = {}
    for cluster in index.clusters:
        named = bisect_left(cluster.mentions, head.i, key=_start)
        if cluster.type == "person" and named and cluster.name.split():
            by_surname.setdefault(cluster.name.split()[-1].lower(), []).append((named, cluster))
    totals = sorted(
        ((sum(n for n, _ in people), surname) for surname, people in by_surname.items()), reverse=True
    )
    if not totals or totals[0][0] < 2 or (len(totals) > 1 and totals[1][0] == totals[0][0]):
        return None
    people = by_surname[totals[0][1]]
    best = max(people, key=lambda pair: (pair[0], len(pair[1].name)))[1]
    return best if _in_headline(best, headline) else None


def _age_of(head: Token, words: list[Token]) -> int | None:
    """30 for "the 30-year-old" (one token, or "30 - year - old" as the tokenizer may split it)."""
    if (match := AGE_WORD.match(head.text)) is not None:
        return int(match.group(1))
    text = "".join(t.text for t in head.doc[words[0].i + 1 : head.i + 1])
    match = AGE_WORD.match(text)
    return int(match.group(1)) if match is not None else None


def _age_before(mention: TokenSpan) -> int | None:
    """The age written before a name and modifying it: "30-year-old Smith", "30-year-old striker John
    Smith" (not "a 30-year-old man told Smith"). The tokenizer splits "30-year-old" in five."""
    doc = mention.doc
    for token in doc[max(mention.start - 2 * TIE_WINDOW, mention.sent.start) : mention.start]:
        written = doc[max(token.i - 4, 0) : token.i + 1].text
        match = AGE_WORD.search(written) if token.lower_ == "old" else None
        if match is None:
            continue
        modified, steps = token.head, 0
        while not mention.start <= modified.i < mention.end and modified.i < mention.start and steps < 3:
            modified, steps = modified.head, steps + 1
        if mention.start <= modified.i < mention.end:
            return int(match.group(1))
    return None


def _word_before(mention: TokenSpan, word: str) -> bool:
    """Whether the epithet's word stands just before the name ("Scot Andy Murray") or right after it in
    apposition ("Andy Murray, the Scot,"; not "… Tim Phillips, the American said": a subject of its own).
    """
    doc = mention.doc
    before = doc[max(mention.start - TIE_WINDOW, mention.sent.start) : mention.start]
    after = doc[mention.end : min(mention.end + 3, mention.sent.end)]
    span = (mention.start, mention.end)
    in_apposition = any(t.lower_ == word and t.dep_ == "appos" and t.head.i in range(*span) for t in after)
    return any(t.lower_ == word for t in before) or in_apposition


def _tied(head: Token, index: EntityIndex, ties) -> Cluster | None:
    """Of the people a mention before the epithet ties to it, the one named last; the mentions looked
    at per person are those within a long article's length before it (a fixed look-back keeps it linear)."""
    best: tuple[int, Cluster] | None = None
    floor = head.i - LOOK_BACK_TOKENS
    for cluster in index.clusters:
        if cluster.type != "person":
            continue
        before = bisect_left(cluster.mentions, head.i, key=_start)  # sorted (entities.cluster_entities)
        for k in range(before - 1, -1, -1):
            mention = cluster.mentions[k]
            if mention.start < floor or (best is not None and mention.start <= best[0]):
                break
            if ties(cluster, mention):
                best = (mention.start, cluster)
                break
    return best[1] if best is not None else None


def _start(mention: TokenSpan) -> int:
    return mention.start


def _story_subject(head: Token, index: EntityIndex) -> Cluster | None:
    """The person the story is about, where the person named last before the epithet is only spoken of:
    a subject of an opening sentence whose surname the headline gives, named again in the epithet's
    paragraph or the one before."""
    last = index.last_person_before(head.i)
    if last is None or described_person(head, index) is not last:
        return None  # "Henry will captain the side … And the striker said": the subject before, as before
    latest = max(m for m in last.mentions if m.start < head.i)
    if not _spoken_of(latest.root):
        return None
    text = text_of(head.doc)
    floor = paragraph_floor(text, head.idx, STORY_PARAGRAPHS)
    headline = set(re.findall(r"[\w'-]+", text[: text.find("\n", 0, HEADLINE_CHARS)].lower()))
    doc = head.doc
    sentence, seen = doc[0].sent, 0
    while seen < OPENING_SENTENCES and sentence.start < head.sent.start:
        for subject in (t for t in sentence if t.dep_ in {"nsubj", "nsubjpass"}):
            cluster = index.cluster_at(subject.i)
            person = cluster is not None and cluster.type == "person" and cluster is not last
            if not person or not _in_headline(cluster, headline):
                continue
            before = bisect_left(cluster.mentions, head.i, key=_start)
            if before and cluster.mentions[before - 1].start_char >= floor:  # the story is still theirs
                return None if _other_name_speaks(head, cluster, index) else cluster
        if sentence.end >= len(doc):
            break
        sentence, seen = doc[sentence.end].sent, seen + 1
    return None


def _other_name_speaks(head: Token, story: Cluster, index: EntityIndex) -> bool:
    """Whether a name other than the story's subject is the subject of the sentence before the epithet's
    or of its own before it ("Agassi was delighted … said the American" in Henman's story), even one the
    NER missed: a proper noun with no "the"."""
    doc = head.doc
    start = doc[head.sent.start - 1].sent.start if head.sent.start > 0 else head.sent.start
    for token in doc[start : head.i]:
        if token.dep_ not in {"nsubj", "nsubjpass"} or token.pos_ != "PROPN":
            continue
        if index.cluster_at(token.i) is not story and not any(t.lower_ == "the" for t in token.lefts):
            return True
    return False


def _person_at(token: Token, index: EntityIndex) -> Cluster | None:
    """The person a word names: its cluster, or a surname the NER left unlabelled ("Irons, whose film …,
    said" after "Jeremy Irons")."""
    cluster = index.cluster_at(token.i)
    if cluster is None and token.pos_ in {"PROPN", "NOUN"} and token.is_title:
        cluster = index.person_by_name(token.text)
    return cluster if cluster is not None and cluster.type == "person" else None


def _an_object(token: Token) -> bool:
    """Whether a name is what its clause acts on: an object, the agent of a passive, or under a preposition
    a verb takes ("disallowed by Kaplan", "bring Steve Finnan's cross down"); not a name inside a phrase
    of the subject ("Lord of the Rings director Peter Jackson has said", parsed as "Lord" of "Jackson")."""
    while token.dep_ not in {"ROOT", "nsubj", "nsubjpass", "ccomp", "advcl", "relcl"}:
        if token.dep_ == "conj" and token.pos_ in {"VERB", "AUX"}:
            return False  # a clause of its own
        if token.dep_ in {"dobj", "dative", "iobj", "agent"}:
            return True
        if token.dep_ == "pobj" and token.head.head.pos_ in {"VERB", "AUX"}:
            return True
        token = token.head
    return False


def _in_headline(cluster: Cluster, headline: set[str]) -> bool:
    """Whether the headline's words hold the surname of any of the person's names."""
    forms = [form.split() for form in [cluster.name, *cluster.aliases]]
    return any(words[-1].lower() in headline for words in forms if words)


def _spoken_of(token: Token) -> bool:
    """Whether a name is spoken of in its clause (under a preposition, an object), not its subject."""
    while token.dep_ not in {"ROOT", "nsubj", "nsubjpass", "ccomp", "advcl", "relcl", "conj"}:
        if token.dep_ in SPOKEN_OF or token.dep_ == "prep":
            return True
        token = token.head
    return False
