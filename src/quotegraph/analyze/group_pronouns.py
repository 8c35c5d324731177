"""Unnamed groups and the words that stand for them: who a participle's, a quantified pronoun's or a
plural "they"'s words belong to (docs/quotes.md, "Unnamed groups and their pronouns").

News gives a group's words without naming it again:
- a participle that modifies a noun says what that noun's people say: "One campaign video featured a
  series of South Dakotans … declaring, “I'm on meth.”" is the South Dakotans' (a series, a group, a
  number of them: the people counted);
- "all of them", "many of them", a bare "both" as the subject of a cue is the plural group a sentence
  before names as its subject: "These neo-banks aren't necessarily even banks at all … But all of them
  say … that they're mission-driven" is the neo-banks;
- a "they" inside a sentence goes to the plural people noun the sentence names before it since the last
  attribution, the nearer candidate, not an organization quoted before: "Feedspot … users can collect the
  blogs they want to read" is the users, not Ask Jeeves; "startups have a new angle on the
  banking sector: They'll assume …" the startups.
- a "they" after a sentence that closes on two people joined by "and", naming no one else, is the pair:
  "… two politicians: Senator Elizabeth Warren and congresswoman Alexandria Ocasio-Cortez. They
  criticised …" (`closing_pair`, round 16).
Each looks at a few sentences around one source only (never the whole text), so that long texts stay
linear.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.agent_nouns import denotes_agents
from quotegraph.analyze.parsing import SUBJECT_DEPS

# Nouns that count people rather than name them: "a series of South Dakotans", "a group of residents".
COUNTING_NOUNS = frozenset(
    "series group number couple handful dozen dozens hundreds thousands crowd host string pair line".split()
)

# Quantifiers that, with "of them" or alone, stand for a group named before: "all of them say", "Both said".
QUANTIFIED = frozenset("all most many some both each several".split())
ALONE = frozenset({"both", "each", "all"})

# Quantifier subjects that are part of a group, never its name: "Others have applied …".
GROUP_PART_WORDS = frozenset("others other some many most several all both each few none".split())

# Sentences looked back over for the group a quantified pronoun stands for.
SENTENCES_BACK = 5
DETERMINERS = frozenset({"the", "a", "an", "these", "those"})


def participle_group(cue: Token | None) -> str | None:
    """The group whose words a participle cue with no subject of its own reports: the plural people noun
    it modifies, or the people a counting noun counts ("a series of South Dakotans … declaring")."""
    if cue is None or cue.tag_ != "VBG" or cue.dep_ != "acl":
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    noun = cue.head
    if noun.lemma_.lower() in COUNTING_NOUNS:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), noun) if of is not None else noun
    return group_name(noun) if _plural_people(noun) else None


def quantified_group(head: Token) -> str | None:
    """The group "all of them", "many of them" or a bare "both" stands for, as the subject of a cue: the
    plural people noun nearest before it that is a clause's subject (or what a count as subject counts:
    "Two of the largest airlines …"), in its sentence or the few before, within the paragraph and the
    one before; not a part of a group ("Others", "some")."""
    if head.lower_ not in QUANTIFIED or head.dep_ not in SUBJECT_DEPS:
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    alone = (
        of is None
        and head.lower_ in ALONE
        and not any(c.dep_ not in {"punct", "advmod"} for c in head.children)
    )
    if not (alone or (whole is not None and whole.lower_ == "them")):
        return None
    return group_before(head)


def group_before(head: Token) -> str | None:
    """The plural people noun nearest before `head` that is a clause's subject (or what a count as
    subject counts), in its sentence or the few before, within the paragraph and the one before."""
    noun = group_noun_before(head)
    return group_name(noun) if noun is not None else None


def group_noun_before(head: Token) -> Token | None:
    """The noun of `group_before` ("men" of "the two men appreciate … and both want"), or None."""
    doc = head.doc
    start = head.sent.start
    for _ in range(SENTENCES_BACK):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    breaks = 0
    for token in reversed(doc[start : head.i]):
        if token.is_space and "\n" in token.text:
            breaks += 1
            if breaks > 1:  # the paragraph before is the farthest
                return None
        group = _counted(token) if token.dep_ in SUBJECT_DEPS else None
        if group is not None:
            return group
    return None


def people_nearer(pronoun: Token, since: int, content: list[tuple[int, int]] = ()) -> Token | None:
    """The plural people noun a "they" inside its sentence stands for: the nearest before it in its
    sentence, named after the char offset `since` (the last attribution's cue); so never an organization
    quoted before when the sentence names people nearer ("users can collect the blogs they want to
    read"), and whom a verb addresses ("warned ministers that they should …") is they. Not a
    noun of what the pronoun's own attribution reports (its `content`): "The focus … should be about
    attracting third-party developers …, they agreed" is not the developers."""
    if pronoun.lower_ not in {"they", "them"}:
        return None
    for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        if token.idx < since:
            return None
        reported = any(start <= token.idx < end for start, end in content)
        if (
            _plural_people(token)
            and token.lower_ not in GROUP_PART_WORDS
            and token.pos_ == "NOUN"
            and not reported
        ):
            return token
    return None


def group_name(noun: Token) -> str:
    """The group as written: the noun with its modifiers, a hyphenated word whole ("neo-banks"), without
    its article ("the protesters" is "protesters")."""
    doc = noun.doc
    first = noun.left_edge.i
    while first >= 2 and doc[first - 1].text == "-" and not doc[first - 2].whitespace_:
        first -= 2  # "neo-banks", split by the tokenizer
    while first < noun.i and doc[first].lower_ in DETERMINERS:
        first += 1
    return doc[first : noun.i + 1].text.strip()


def _counted(subject: Token) -> Token | None:
    """A plural people noun as a subject, or the one a count or a quantifier as subject counts ("Two of
    the largest airlines"); not a part ("Others")."""
    if subject.lower_ in GROUP_PART_WORDS:
        return None
    if subject.like_num or subject.lemma_.lower() in COUNTING_NOUNS:
        of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        subject = next((c for c in of.children if c.dep_ == "pobj"), subject) if of is not None else subject
    return subject if _plural_people(subject) else None


def _plural_people(noun: Token) -> bool:
    """A plural noun for people or bodies ("residents", "banks"), or a plural of a nation or a place's
    people ("South Dakotans")."""
    if noun.tag_ == "NNPS" and noun.ent_type_ == "NORP":
        return True
    return noun.tag_ == "NNS" and noun.pos_ in {"NOUN", "PROPN"} and denotes_agents(noun)


def together(pronoun: Token, since: int) -> str | None:
    """The two or more people a "they" as a subject stands for when the sentence before it (or its own,
    before it) has them joined by "and" as its subject, named after the char offset `since` (the last
    attribution's cue): "Tony Blair and Gordon Brown are desperately trying … Along with any number of
    senior cabinet colleagues, they are insisting …" is "Tony Blair and Gordon Brown", one joint source,
    not the colleagues nor the last named. Each a person's name as the NER gives it."""
    if pronoun.lower_ != "they" or pronoun.dep_ not in SUBJECT_DEPS:
        return None
    doc = pronoun.doc
    last = pronoun.sent.start - 1
    while last > 0 and doc[last].is_space:  # the paragraph break between: not a sentence
        last -= 1
    start = doc[last].sent.start if last >= 0 else pronoun.sent.start
    for token in reversed(doc[start : pronoun.i]):
        if token.idx < since:
            return None
        if token.dep_ not in SUBJECT_DEPS or token.ent_type_ != "PERSON":
            continue
        parts = [token]
        while (conj := next((c for c in parts[-1].children if c.dep_ == "conj"), None)) is not None:
            parts.append(conj)
        joined = any(c.dep_ == "cc" and c.lower_ == "and" for p in parts[:-1] for c in p.children)
        if len(parts) >= 2 and joined and all(p.ent_type_ == "PERSON" for p in parts):
            first = token.i
            while first > 0 and doc[first].ent_iob_ == "I":  # "Tony Blair" whole
                first -= 1
            return doc[first : parts[-1].i + 1].text
    return closing_pair(doc[start : pronoun.sent.start], since) if start < pronoun.sent.start else None


def closing_pair(sentence, since: int) -> str | None:
    """The two people a sentence closes on, joined by "and", where it names no one else: "Her post got
    the attention of two big-name Democratic politicians: Senator Elizabeth Warren and congresswoman
    Alexandria Ocasio-Cortez. They criticised …" is "Elizabeth Warren and Alexandria Ocasio-Cortez"
    (round 16): the pair is what the next sentence's "they" goes on from. Each name as the NER gives it."""
    words = [t for t in sentence if not (t.is_punct or t.is_space)]
    if not words or words[-1].ent_type_ != "PERSON" or words[-1].idx < since:
        return None
    last = words[-1]
    first = last.head
    if last.dep_ != "conj" or first.ent_type_ != "PERSON" or first.idx < since:
        return None
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in first.children):
        return None
    names = [
        e for e in sentence.doc.ents if e.label_ == "PERSON" and sentence.start <= e.start < sentence.end
    ]
    pair = [e for e in names if e.start <= first.i < e.end or e.start <= last.i < e.end]
    if len(names) != 2 or len(pair) != 2:
        return None  # another person in the sentence: whose "they" is unclear
    return f"{pair[0].text} and {pair[1].text}"


def after_its_words(pronoun: Token) -> bool:
    """Whether a "they" is the subject of its sentence's cue after the words it says ("…, they said",
    "US officials were talking up the dollar, they said, but …"): the clause said stands before it."""
    cue = pronoun.head
    return cue.dep_ == "ROOT" and any(
        c.dep_ in {"ccomp", "parataxis"} and c.i < pronoun.i for c in cue.children
    )
