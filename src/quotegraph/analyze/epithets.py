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

speakers.py asks this before it reads the source as any other description.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Span as TokenSpan
from spacy.tokens import Token

from quotegraph.analyze.cues import SPEECH_LEMMAS
from quotegraph.analyze.descriptions import described_person, one_of_a_nation, paragraph_floor, person_by_role
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.parsing import text_of

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
)
AGE_WORD = re.compile(r"(?:^|\s)(\d{1,3})-year-old$", re.IGNORECASE)
# How many tokens before a name its tie may stand ("30-year-old Scot Andy Murray").
TIE_WINDOW = 4
# About a long article's length in tokens: a name given further back is another story's.
LOOK_BACK_TOKENS = 3000
# The opening sentences a story's subject is looked for in: the headline and the first of the body.
OPENING_SENTENCES = 3
# A headline is the first line, if it is no longer than this.
HEADLINE_CHARS = 200
# The story is still about its subject where it named them in the epithet's paragraph or the one before.
STORY_PARAGRAPHS = 2
# Dependencies of a name spoken of, not speaking: under a preposition, an object, an agent.
SPOKEN_OF = frozenset({"pobj", "dobj", "agent", "dative", "iobj"})


def epithet_person(head: Token, index: EntityIndex) -> Cluster | None:
    """The person an epithet of age, nation or position after "the" denotes; None where it is no such
    epithet or where the article ties it to no one (the caller goes on as before)."""
    words = [t for t in head.lefts if t.dep_ != "punct"]
    if not words or words[0].lower_ != "the" or head.tag_ in {"NNS", "NNPS"}:
        return None
    if any(t.dep_ == "prep" for t in head.rights):
        return None  # "the champion of Europe": a role held of something (speakers.held_role reads it)
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
