"""He and she: whether a pronoun agrees with a person, by the titles the article gives them ("Mr",
"Ms", "Lord", "Dame"), else by a "he said" / "she said" already given to them, else by the pronouns
that follow them as the subject of a clause (docs/quotes.md, "He and she"); a person with none of
these agrees with both. speakers.py picks the candidates; this says which of them agree, and which
people a "he"/"she" may point to: those named outside quotation marks (a name in someone's quote is
whom they speak of) and outside a phrase before the pronoun ("In a letter to Y, he wrote"), and the
person the sentence before is about (its subject, the name beside it, the person it describes by
office, or whom its own "he"/"she" is); "they", the plural people a verb asks to act, the sentence
before is about, or its passive's "by" phrase names.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence

from spacy.tokens import Span, Token

from quotegraph.analyze.agent_nouns import denotes_agents
from quotegraph.analyze.attribution import Attribution
from quotegraph.analyze.descriptions import person_by_role
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.group_pronouns import after_its_words
from quotegraph.analyze.name_kinds import INSTITUTION_HEADS, ORGANIZATION_ENDINGS
from quotegraph.analyze.paragraph_topics import paragraph_person
from quotegraph.analyze.parsing import text_of
from quotegraph.analyze.passive_topics import done_by, put_to
from quotegraph.analyze.pronoun_owners import called_by_pronoun
from quotegraph.analyze.roles import ROLE_HEADS
from quotegraph.analyze.worded_topics import gives_words

PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})
MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord"})
FEMALE_TITLES = frozenset({"ms", "ms.", "mrs", "mrs.", "miss", "dame", "lady"})


def agrees(pronoun: Token, cluster: Cluster | None, called: dict[str, str] | None = None) -> bool:
    """ "he" and "she" against the titles the article gives the person ("Mr Howard", "Ms Jowell");
    a person the article gives no such title agrees with either."""
    if cluster is None or pronoun.lower_ not in PERSONAL_PRONOUNS:
        return True
    if spoken_of(pronoun, cluster):
        return False  # `"He (Bridge) has no chance …," he said`: whom the quote names is not its speaker
    titles = {m.doc[m.start - 1].lower_ for m in cluster.mentions if m.start > 0}
    titles |= {t.lower_ for m in cluster.mentions for t in m}
    male, female = bool(titles & MALE_TITLES), bool(titles & FEMALE_TITLES)
    if male == female and called and cluster.id in called:  # "He has denied …" was given to them
        male, female = called[cluster.id] == "he", called[cluster.id] == "she"
    if male == female:
        male, female = pronouns_used(cluster)
    if male == female:
        return True
    return male if pronoun.lower_ in {"he", "him"} else female


QUOTE_REACH = 1500  # characters from a cue's pronoun to the far end of its quote that are read


def spoken_of(pronoun: Token, cluster: Cluster) -> bool:
    """Whether the quote a "he"/"she" says names the person, outside brackets or not: `"He (Bridge) has
    no chance …," he said`, `He told BBC Five Live: "Steven is above money …"`. A person the speaker
    talks of in the third person is not the speaker (news names no one so in their own words)."""
    if pronoun.dep_ not in SUBJECT_OF_CLAUSE:
        return False
    words = set(cluster.name.split())
    return any(t.text in words and t.pos_ == "PROPN" for t in _own_quote(pronoun))


def _own_quote(pronoun: Token) -> list[Token]:
    """The tokens of the quote right before the pronoun (`"…," he said`) or opening after it in its
    sentence (`He said: "…"`), up to QUOTE_REACH characters: bounded per pronoun. By characters, as a
    mark may be glued to a word (`carpet."It's`)."""
    doc, text = pronoun.doc, text_of(pronoun.doc)
    before = text[: pronoun.idx].rstrip()
    if before.endswith(CLOSING_MARKS):
        end = len(before) - 1
        start = max(text.rfind(mark, max(0, end - QUOTE_REACH), end) for mark in OPENING_MARKS)
    else:
        cue = text[pronoun.idx : pronoun.idx + CUE_REACH]
        opening = min((i for i in (cue.find(m) for m in OPENING_MARKS) if i >= 0), default=-1)
        if opening < 0 or any(stop in cue[:opening] for stop in ".!?"):
            return []
        start = pronoun.idx + opening
        ends = [i for i in (text.find(m, start + 1, start + QUOTE_REACH) for m in CLOSING_MARKS) if i >= 0]
        end = min(ends, default=min(len(text), start + QUOTE_REACH))
    span = doc.char_span(start + 1, end, alignment_mode="contract") if start >= 0 else None
    return list(span) if span is not None else []


OPENING_MARKS = ('"', "“")
CLOSING_MARKS = ('"', "”")
CUE_REACH = 80  # characters from the pronoun to the opening mark of its quote: "he told BBC Five Live:"


MALE_PRONOUNS = frozenset({"he", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "herself"})


def pronouns_used(cluster: Cluster) -> tuple[bool, bool]:
    """Whether the article calls the person "he" or "she": the subject or possessive pronouns that
    follow the person as the subject of a clause before any other person is named or a quote opens
    ("Palin said she would fight on", "Swift accused Braun …, her" but not "… accused him"), by the
    majority. Where none follows in the sentence, the "he" or "she" that opens the next one
    (_opening_pronoun)."""
    male = female = 0
    for mention in cluster.mentions:
        if mention.root.dep_ not in SUBJECT_OF_CLAUSE:
            continue
        pronouns, sentence = [], mention.sent
        for token in mention.doc[mention.end : sentence.end]:
            if _another_name(token) or token.tag_ in {"``", "''"} or token.text in QUOTE_MARKS:
                break  # a pronoun after another name may be theirs; in their quote, someone else's
            if token.dep_ in {"dobj", "pobj", "dative"} and token.tag_ == "PRP":
                continue  # "accused him": an object is someone else
            pronouns.append(token.lower_)
        if not (MALE_PRONOUNS | FEMALE_PRONOUNS).intersection(pronouns):
            pronouns.append(_opening_pronoun(mention, sentence) or "")
        male += sum(p in MALE_PRONOUNS for p in pronouns)
        female += sum(p in FEMALE_PRONOUNS for p in pronouns)
    return male > female, female > male


SUBJECT_OF_CLAUSE = frozenset({"nsubj", "nsubjpass"})


def called_he_or_she(cluster: Cluster) -> bool:
    """Whether the article calls the person "he" or "she" after a mention (pronouns_used)."""
    return any(pronouns_used(cluster))


def called_a_person(cluster: Cluster) -> bool:
    """Whether a name the NER took for an organization's is a person's, by the "he" or "she" that opens
    the sentence after one it is the subject of ("Taylor Swift posted on Twitter accusing Big Machine …
    She claimed …"): two or three capitalised words, the last no organization's ending ("… Group") nor an
    institution's head noun ("European Commission", whose "the Commission" may be a subordinate subject)."""
    words = cluster.name.split()
    if cluster.type != "organization" or not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if words[-1].lower() in ORGANIZATION_ENDINGS or words[-1] in INSTITUTION_HEADS:
        return False
    return any(
        m.root.dep_ in SUBJECT_OF_CLAUSE and _opening_pronoun(m) in {"he", "she"} for m in cluster.mentions
    )


def _opening_pronoun(mention: Span, sentence: Span | None = None) -> str | None:
    """The "he" or "she" that opens the sentence after the one whose first subject who is a person the
    mention is, not a later clause's ("Flash-forward to 2017, when Harper … had just found"): news goes on
    from whom a sentence is about ("Braun has worked with the likes of Kanye West and Kim Kardashian …
    He has consistently denied …" makes Braun "he", not Kardashian). Cheap tests first: every mention of
    every candidate is asked, for each pronoun."""
    doc = mention.doc
    sentence = sentence if sentence is not None else mention.sent
    if sentence.end >= len(doc):
        return None
    first = doc[sentence.end]
    if first.lower_ not in {"he", "she"} or first.dep_ not in SUBJECT_OF_CLAUSE:
        return None
    for token in doc[sentence.start : mention.start]:
        if token.dep_ in SUBJECT_OF_CLAUSE and (token.ent_type_ == "PERSON" or token.pos_ == "PRON"):
            return None  # someone else is the sentence's subject before them
    words = text_of(doc)[sentence.start_char : sentence.end_char]
    if sum(words.count(mark) for mark in '"“”') % 2:
        return None  # a quote opens in the sentence: the next one is the quote's, its "he" whom it speaks of
    return first.lower_


def _another_name(token: Token) -> bool:
    """A person's name, or one the NER left unlabelled or called an organization: "Marion Jones has
    filed a lawsuit against Balco boss Victor Conte following his allegations that he gave her …"."""
    return token.ent_type_ == "PERSON" or (
        token.pos_ == "PROPN" and token.is_title and token.ent_type_ in {"", "ORG"}
    )


# "Richard Nicholls said: "Marion has maintained her position: she has never …"": the pronouns of a
# person's own quote are the people they speak of.
QUOTE_MARKS = frozenset('"“”‘’')


def plural_people_since(pronoun: Token, since: int, attributions: Sequence[Attribution] = ()) -> Token | None:
    """ "The finance minister has urged councils to limit increases but they have warned …": "they"
    are the plural noun named last since the char offset `since` (the last attribution's cue), in its
    sentence or the one before, as the people a verb asks to act; not an organization spoken of
    before it. Not any plural subject: "whether objectives could be met. And they pledged …". Not
    whom a reported clause asks to act (the asking verb inside the content of one of `attributions`):
    "They said the law should … require family courts … to take account … This would …, they said"
    goes on from the speakers, not the courts. Nor a thing ("The government postponed plans to remove
    … because they said" is not the plans: agent_nouns)."""
    if pronoun.lower_ not in {"they", "them"}:
        return None
    sentence = pronoun.sent
    floor = sentence.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for token in reversed(pronoun.doc[floor : pronoun.i]):
        if token.idx < since:
            return None
        to_act = [  # "urged councils to limit"; not "teachers who used sick days to rally"
            *(c for c in token.head.children if c.dep_ == "xcomp" and token.head.lemma_ in ASKING),
            *(c for c in token.children if c.dep_ == "acl"),
        ]
        asked = token.dep_ == "dobj" and any(any(a.lower_ == "to" for a in v.children) for v in to_act)
        if token.tag_ == "NNS" and token.pos_ == "NOUN" and asked and denotes_agents(token):
            reported = any(a <= token.head.idx < b for other in attributions for a, b in other.content)
            return None if reported else token
    return None


# Verbs by which one asks others to act: "has urged councils to limit increases".
ASKING = frozenset(
    "urge ask tell call encourage persuade force order advise invite allow press pressure lobby instruct "
    "require implore beg push want expect challenge enable permit oblige compel prompt remind".split()
)


def plural_subject_before(pronoun: Token, since: int) -> Token | None:
    """ "Five public sector unions met Deputy Prime Minister John Prescott … They want the government
    to …": a "they" that opens its sentence (after one word at most: "But they said") are the plural
    common noun the sentence before is about, its main subject, named after the char offset `since`
    (the last attribution's cue); not a plural a clause of it names ("whether objectives could be met.
    And they pledged …"), nor things (agent_nouns: "The announcements brought great cheers … They
    obviously believed …"). A "they" after the words it says ("The economy is growing fast, they
    insist.") opens its sentence as a cue: "Turkey's economic leaders have been banging the drum …"
    before it are they."""
    sentence = pronoun.sent
    if pronoun.lower_ != "they" or pronoun.dep_ not in SUBJECT_OF_CLAUSE or sentence.start == 0:
        return None
    opening = sum(not (t.is_punct or t.is_space) for t in pronoun.doc[sentence.start : pronoun.i]) <= 1
    if not (opening or after_its_words(pronoun)):
        return None
    before = pronoun.doc[sentence.start - 1].sent
    subject = next((t for t in before.root.children if t.dep_ in SUBJECT_OF_CLAUSE), None)
    if subject is not None and subject.dep_ == "nsubjpass" and not _people(subject, since):
        subject = _agent(before.root)  # "The case … is being brought by local Liberal Democrat supporters"
    return subject if subject is not None and _people(subject, since) else None


def _people(noun: Token, since: int) -> bool:
    """A plural common noun for people or bodies, named after `since`: "The new rules … They" are no
    speaker (agent_nouns)."""
    return noun.idx >= since and noun.tag_ == "NNS" and noun.pos_ == "NOUN" and denotes_agents(noun)


def _agent(verb: Token) -> Token | None:
    """Who does what a passive verb says: the noun of its "by" phrase."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def topic_before(
    pronoun: Token, index: EntityIndex, quoted: list[tuple[int, int]], depth: int = 3
) -> tuple[Cluster, int] | None:
    """The person the sentence before a sentence-opening "he"/"she" is about: its main subject, or the
    subject's possessor ("Mr. Trump's theatrical embrace is not limited to China. He has …"), outside
    quotes; with where they are named. A pronoun after its own quote opens its sentence too, and the
    sentence before the quote counts ("Man-of-the-match Stephen Jones … was ecstatic. "It's just a
    special moment. …," he said."). Where that subject is "he"/"she" in turn, the person it is about,
    up to `depth` sentences back: a run of sentences about one person goes on from whom the first names
    ("Mr Brown had gained his first frontbench post … He became shadow chancellor under John Smith's
    leadership in 1992. After the death of leader John Smith in 1994 he stood aside" is Brown); not past a
    quote of someone else named beside it (""…," Mr de Vabres said. "…" He also cited …" is no "he" of
    the sentence before that quote)."""
    subject, crossed = subject_before(pronoun, quoted)
    if subject is None or (crossed and depth < 3):
        return None
    if subject.lower_ == pronoun.lower_ and subject.dep_ in SUBJECT_OF_CLAUSE and depth > 1:
        return None if crossed else topic_before(subject, index, quoted, depth - 1)
    for token in [
        subject,
        *(c for c in subject.children if c.dep_ in {"poss", "appos"}),
        *_reported(subject),
        *put_to(subject),
        *done_by(subject),
    ]:
        cluster = index.cluster_at(token.i)
        if cluster is not None and cluster.type == "person" and not spoken_of(pronoun, cluster):
            return cluster, token.idx
    if (called := called_by_pronoun(subject, pronoun, index, quoted)) is not None:
        return (
            called,
            subject.sent.start_char,
        )  # "… Hayden at her office …, he would …" before "she" (round 17)
    described = _office_holder(subject, index)
    if described is None and (one := paragraph_person(subject, pronoun, _person_at(index))) is not None:
        return one, subject.sent.start_char  # "The documentary showed … Mr Kilroy-Silk … He denied …"
    return (described, subject.idx) if described is not None else None


def _person_at(index: EntityIndex) -> Callable[[int], Cluster | None]:
    return lambda i: found if (found := index.cluster_at(i)) is not None and found.type == "person" else None


def _reported(subject: Token) -> list[Token]:
    """The subjects of the clause the main verb governs, after its own subject: "Bridge's injury also
    means Mourinho, who reportedly wants to sign Ashley Cole …, will not have …" is about Mourinho (not
    the Cole of a relative clause, nor the Bridge its quote speaks of)."""
    if not any(c.dep_ == "poss" for c in subject.children):
        return []  # only a thing of someone's: "Bridge's injury means …", not "The leader insisted that …"
    clauses = [c for c in subject.head.children if c.dep_ == "ccomp"]
    return [t for c in clauses for t in c.children if t.dep_ in SUBJECT_OF_CLAUSE and t.pos_ == "PROPN"]


def _office_holder(subject: Token, index: EntityIndex) -> Cluster | None:
    """The person a description of one by office denotes, where the article gives them that office ("the
    first minister said … He told …" after "First Minister Tom Reid", made up): a singular noun with "the"
    for a role the article gives a person (descriptions.person_by_role). No guess at the last person named
    or the subject before, as a source "the chancellor" gets (descriptions.described_person): "The highest
    ranking executive pleading guilty was … Joshua Bewlay. He admitted …" is not the attorney general
    named before, "the chancellor is leaving Britain … he insisted he still trusted Mr Blair" not Blair;
    nor a noun of no office ("The writer was known for … "…," he once said.")."""
    if subject.tag_ not in {"NN", "NNP"} or subject.lower_ not in ROLE_HEADS:
        return None
    if not any(t.dep_ == "det" and t.lower_ == "the" for t in subject.children):
        return None
    return person_by_role(subject.doc[subject.left_edge.i : subject.i + 1], index, subject.i)


def subject_before(pronoun: Token, quoted: list[tuple[int, int]]) -> tuple[Token | None, bool]:
    """The main subject, outside quotes, of the sentence before the one a pronoun opens (after a word
    or two at most, or after its own quote: topic_before); and whether a sentence of quote passed over
    on the way names a person outside the quote (whom that quote is given to)."""
    doc = pronoun.doc
    sentence = pronoun.sent

    def quoted_at(token: Token) -> bool:
        return token.is_punct or token.is_space or any(s <= token.idx < e for s, e in quoted)

    fronted = {t.i for span in fronted_adjuncts(pronoun) for t in span}  # "After the death of …, he"
    lead = [t for t in doc[sentence.start : pronoun.i] if not quoted_at(t) and t.i not in fronted]
    if len(lead) > 2:
        return None, False
    crossed = False
    for _ in range(10):  # back over the sentences of the quote the pronoun follows
        if sentence.start == 0:
            return None, crossed
        if sentence.start < pronoun.sent.start:  # a sentence of quote passed over, not the pronoun's own
            crossed = crossed or any(_another_name(t) and not quoted_at(t) for t in sentence)
        sentence = doc[sentence.start - 1].sent
        # A quote no cue took is a quote too: it opens on a mark, or a mark closes it (right after it).
        # text_of: doc.text is joined anew from every token at each access (quadratic in a long text)
        words = text_of(doc)[sentence.start_char : sentence.end_char + 1].strip()
        in_quote = words[:1] in QUOTE_MARKS or _closes_quote(words)
        if not (in_quote or all(quoted_at(t) for t in sentence)):
            break
    subject = next((t for t in sentence.root.children if t.dep_ in SUBJECT_OF_CLAUSE), None)
    if subject is None or any(s <= subject.idx < e for s, e in quoted):
        return None, crossed
    return subject, crossed


# Cues that go on with the quote before: "she added" is the speaker quoted last, whoever the
# narration between names.
CONTINUING = frozenset({"add", "continue"})


def keeps_speaker(pronoun: Token, topic_at: int, cues: list[int]) -> bool:
    """Whether "he"/"she" stays with the speaker quoted before rather than going to the person the
    sentence before is about (topic_before, named at char `topic_at`): its cue goes on from that quote
    ("she added") and that sentence is the reporter's narration, with no cue of its own (`cues`, the cues'
    starts) nor words it gives (worded_topics.py). Narration about a person is no speech of theirs to add
    to; a sentence that reports their words is ("Mr Johnson told … he thought it was a "non-story". He
    added that …")."""
    if pronoun.head.lemma_ not in CONTINUING:
        return False
    span = pronoun.doc.char_span(topic_at, topic_at + 1, alignment_mode="expand")
    if span is None:
        return False
    sentence = span.sent  # a clause it reports is words too, where no cue took them ("… said that …")
    return not (gives_words(sentence) or any(sentence.start_char <= c < sentence.end_char for c in cues))


def _closes_quote(words: str) -> bool:
    """Whether a sentence ends by closing a quote; the parser leaves the opening mark of the next one at
    the end of a sentence of narration ("… could see the frustration on his friend's face. “He's used
    to scoring goals," he said."). Not a sentence whose quote opens in it as well, after its own
    narration ('Mr Crosby's statement said: "…"' is about the statement): an even count of marks."""
    closes = len(words) > 1 and words[-1] in QUOTE_MARKS - {"“", "‘"} and not words[-2].isspace()
    return closes and sum(words.count(mark) for mark in '"“”') % 2 == 1


def named_last(pronoun: Token, index: EntityIndex, quoted: list[tuple[int, int]]) -> list[Cluster]:
    """The people named before the pronoun, the last named first, by their mentions outside quotation
    marks: a name inside someone's quote is whom they speak of, not an antecedent ("… as well as Tony
    Blair." He added: is not Blair), nor one inside the question put to the pronoun ("Asked if Mr
    Blunkett could return to frontline politics, he replied" is not Blunkett)."""
    fronted = [(s[0].idx, s[-1].idx + len(s[-1])) for s in fronted_adjuncts(pronoun, named_only=True)]
    outside = outside_of([*quoted, *_question_put(pronoun), *fronted])
    latest: list[tuple[int, int, Cluster]] = []
    for number, cluster in enumerate(index.clusters):
        if cluster.type != "person":
            continue
        starts = [m.start for m in cluster.mentions if m.start < pronoun.i and outside(m.start_char)]
        if starts:
            latest.append((max(starts), -number, cluster))
    return [cluster for *_, cluster in sorted(latest, key=lambda item: item[:2], reverse=True)]


def fronted_adjuncts(pronoun: Token, named_only: bool = False) -> list[Span]:
    """The phrases and clauses before a pronoun that is its clause's subject which say when, why or to
    whom the clause's verb happens: "Responding to criticism from Y, he insisted", "After the death of
    leader John Smith in 1994 he stood aside", "In a letter to Y, she wrote". The pronoun still opens
    its sentence after them, and a person named in them is whom the clause acts on or after, no
    antecedent. With `named_only`, those names' spans: a clause's own subject is kept ("When Smith was
    appointed, he said" may be Smith)."""
    if pronoun.dep_ not in SUBJECT_OF_CLAUSE:
        return []
    spans = []
    for child in pronoun.head.lefts:
        if child.i >= pronoun.i or child.dep_ not in ADJUNCTS:
            continue
        if named_only and any(t.dep_ in SUBJECT_OF_CLAUSE for t in child.subtree):
            continue
        spans.append(pronoun.doc[child.left_edge.i : child.right_edge.i + 1])
    return spans


# What a verb's fronted phrase or clause may be: "After …", "Responding to …", "In 1994".
ADJUNCTS = frozenset({"prep", "advcl", "npadvmod", "advmod", "dep"})


def _question_put(pronoun: Token) -> list[tuple[int, int]]:
    """The char spans of the questions put to the one a pronoun names, by the reporter: "Asked if Mr
    Blunkett could return …, he replied", "When asked whether …, she said": the clause of "asked" that
    its verb governs. Whom a question names is whom it asks about, not who answers."""
    spans = []
    for clause in pronoun.head.children:
        if clause.dep_ == "advcl" and clause.lemma_ == "ask" and clause.i < pronoun.i:
            start, end = clause.left_edge, clause.right_edge
            spans.append((start.idx, end.idx + len(end.text)))
    return spans


def outside_of(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """Whether a character offset lies in none of the spans (each [start, end)): by bisection over
    their union, not a pass over every quoted span per mention per pronoun (cubic in a long text)."""
    union: list[list[int]] = []
    for start, end in sorted(span for span in spans if span[0] < span[1]):
        if union and start <= union[-1][1]:
            union[-1][1] = max(union[-1][1], end)
        else:
            union.append([start, end])
    starts = [start for start, _ in union]

    def outside(offset: int) -> bool:
        k = bisect_right(starts, offset) - 1  # the last piece of the union starting at or before it
        return k < 0 or offset >= union[k][1]

    return outside


# One person who speaks for others, unnamed: "a spokeswoman", "an official". "He" or "she" after one
# goes on from them (news convention), and they agree with the pronoun the noun's sex gives.
SPOKESPERSON_PRONOUNS = {"spokesman": "he", "spokeswoman": "she", "spokesperson": None, "official": None}
# An unnamed person whose noun gives their sex: "she" goes on from "a chairwoman", never from a man.
SEXED_NOUNS = {
    **dict.fromkeys("woman mother actress chairwoman wife daughter sister girl businesswoman".split(), "she"),
    **dict.fromkeys("man father actor husband son brother boy businessman".split(), "he"),
}


def one_unnamed(
    cue: list[tuple[int, int]],
    source: Token | None,
    unnamed: bool,
    pronoun: Token,
    index: EntityIndex,
    quoted: list[tuple[int, int]],
) -> bool:
    """Whether "he"/"she" goes on from an unnamed person's (or an organization's spokesperson's)
    attribution, by its `cue` and `source` (`unnamed`: it was resolved to an anonymous person): no person
    is named between it and the pronoun (outside quotes), and the noun's sex agrees."""
    if source is None or source.tag_ != "NN" or not (cue and cue[0][0] < pronoun.idx):
        return False
    noun = source.lower_
    if noun not in SPOKESPERSON_PRONOUNS and not unnamed:
        return False
    sex = SPOKESPERSON_PRONOUNS.get(noun) or SEXED_NOUNS.get(noun)
    if sex is not None and {"him": "he", "her": "she"}.get(pronoun.lower_, pronoun.lower_) != sex:
        return False
    if sex is not None:  # "A BBC spokeswoman said Andi Peters would … She said": whom she spoke of
        quoted = [*quoted, *_reported_words(source)]
    named = named_last(pronoun, index, quoted)
    since = min(cue[0][0], source.sent.start_char)  # "Arsenal vice-chairman David Dein has said"
    return not named or all(
        m.start_char < since
        for m in named[0].mentions
        if m.start < pronoun.i and not any(s <= m.start_char < e for s, e in quoted)
    )


def _reported_words(source: Token) -> list[tuple[int, int]]:
    """The spans of the clauses the source's verb reports ("said Andi Peters would …"): whom it speaks of."""
    subject = next((t for t in [source, *source.ancestors][:3] if t.dep_ == "nsubj"), None)  # "A … for X"
    clauses = [c for c in subject.head.children if c.dep_ == "ccomp"] if subject is not None else []
    return [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in clauses]
