"""Roles: what the article says a person is, one clean noun phrase each (docs/quotes.md), found in a
title before the name ("Kremlin spokesperson Dmitry Peskov"), an apposition or a relative clause
("who is now the president of …") of every mention of the person (assign_roles), with the age
written after the name.

A role is a title or an office, with its organization where the article gives one ("Kremlin
spokesperson", "president of the Institute for Economic Studies"). Never a role: an organization, a
place or a name alone ("BBC", "Welsh"), which says whom a person is with, not what they are; a date or
weekday, a number, a URL, a handle or a hashtag, a lone adjective or participle ("smiling", "even"), a
title left over from a name ("good Mr"), a rank of address ("Lord", "Baroness"), a phrase as long as
a headline or with a finite verb ("shoots for the moon"), what an organization is ("the US car company",
"the retail site"), a role glued to someone else's name ("singer-keyboardist McDonald"), a party and a state
("R-W.Va"), quoted words or a phrase in another language, what follows a colon after a name (a headline) or a
phrase a verb goes on from. A bare number in apposition ("Smith, 58, said") is the person's age, kept apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

import quotegraph.analyze.role_parts as parts
from quotegraph.analyze.ages import age_after, age_of
from quotegraph.analyze.close_names import with_its_name
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.name_kinds import in_organization_name
from quotegraph.analyze.name_repairs import JOB_LETTERS, ROLES_AFTER_NAMES
from quotegraph.analyze.names import NAME_SUFFIXES, PERSON_TITLES, TITLES
from quotegraph.analyze.parsing import FINITE_TAGS
from quotegraph.analyze.role_clauses import after_joined_clause, apart_from_name, of_another_subject
from quotegraph.analyze.role_cuts import (
    after_kinship,
    comma_in_name,
    hung_on_preposition,
    its_organization,
    member_of,
    office_before,
    opens_on,
    owner_alone,
    owner_organization,
    personal_description,
    stray_number,
    without_evaluation,
)

MAX_ROLE_WORDS = 16  # words as written: "commander-in-chief" is one
DATE_WORDS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight
    january february march april may june july august september october november december
    """.split()
)
_URL = re.compile(r"https?://|www\.|\.(com|org|net|co\.uk)\b|@\w|#\w", re.IGNORECASE)
NOUNS = frozenset({"NOUN", "PROPN"})
# Parts of speech that never open a role: "nothing President", "but chairman", "also director".
NOT_OPENERS = frozenset({"PRON", "ADV", "CCONJ", "SCONJ", "PART", "ADP", "INTJ"})
ARTICLES = frozenset({"the", "a", "an"})
# Offices a proper noun alone can be ("President", "Chancellor", "MP"); any other proper noun alone is
# a name ("Empire" in "Angie Errigo, Empire:"), not a role.
OFFICES = TITLES | frozenset(
    """
    mayor senator governor general secretary judge chancellor spokesman spokeswoman spokesperson chief
    lawyer candidate speaker chairman chairwoman chair director manager coach captain commissioner
    ambassador professor pope king queen prince princess archbishop bishop cardinal admiral commander
    premier president minister mp mep msp am mla ceo cfo coo cto chief executive editor leader founder
    officer attorney counsel envoy adviser advisor analyst correspondent economist producer host anchor
    insider reporter columnist commentator contributor strategist dj
    """.split()
)
JOBS = OFFICES | ROLES_AFTER_NAMES  # the last word of a role the NER took into a name
# Entity types that name who or what someone is from, never what they are.
NAME_ENTITIES = frozenset({"NORP", "PERSON", "GPE", "ORG", "FAC", "LOC", "WORK_OF_ART", "PRODUCT", "EVENT"})
# Words that open a role and are none on their own ("vice president" cut short).
NOT_ROLES = frozenset({"vice", "deputy", "acting", "former", "late", "new", "then", "joint", "co"})
# A rank of address is part of a name, not what a person does: "Lord" or "Baron" for Neil Kinnock,
# "Baroness" for Betty Boothroyd, "Fellow" before "Lib Dem Norman Baker".
ADDRESS_RANKS = frozenset(
    "lord lady baron baroness sir dame earl countess viscount viscountess duke duchess fellow".split()
)
# A role whose head is one of these describes an organization, not a person: "Ford, the US car company"
# merged with Bill Ford, "Tmall, the retail site owned by Alibaba", "a US-based think-tank".
ORGANIZATION_HEADS = frozenset(
    """
    company companies firm firms group site website retailer chain manufacturer carmaker automaker
    carrier airline bank lender insurer broadcaster network newspaper magazine think-tank charity
    organisation organization agency institute institution union party club outlet giant conglomerate
    subsidiary brand business start-up startup operator provider supplier operation coalition campaign
    """.split()
)
# A name is no role: "Chart-topper 50 Cent, real name Curtis Jackson, said …".
NAME_HEADS = frozenset({"name", "nickname", "alias", "pseudonym"})
# Words of the sentence before a title, never part of it: "Earlier Foreign Secretary Jack Straw said".
SENTENCE_ADVERBS = frozenset("earlier later meanwhile previously formerly now also then yesterday".split())
# A US legislator's party and state: "Rep. David McKinley, R-W.Va., visited …".
PARTY_AND_STATE = re.compile(r"[RDI]-[A-Z][A-Za-z.]*")


def _is_name_word(token: Token) -> bool:
    """A proper noun, or a capitalised word inside a sentence, that is no office ("Empire", not
    "Chancellor"); "Actor" opening "Actor Bruce Willis is suing …" is capitalised as the sentence's start."""
    capitalised = token.pos_ == "PROPN" or (token.is_title and not token.is_sent_start)
    word = token.lower_.rstrip(".")
    return capitalised and word not in OFFICES and not _is_agent_noun(token, word)


# Endings of nouns for a person who holds an office or does a job ("Administrator", "Comptroller",
# "Inspector", "Treasurer", "Lieutenant", "Superintendent", "Librarian", "Columnist"): capitalised as
# a title, they are still an office, though no list can hold them all.
AGENT_ENDINGS = ("tor", "ller", "urer", "ist", "ian", "eant", "enant", "ndent")


def _is_agent_noun(token: Token, word: str) -> bool:
    """A word of an office's shape that is no name the NER found ("Austrian" is a NORP, "Green" no
    agent noun)."""
    return len(word) >= 6 and not token.ent_type_ and word.endswith(AGENT_ENDINGS)


def clean_role(tokens: Sequence[Token]) -> str | None:
    """The role these tokens spell, trimmed of articles and punctuation, or None when they are not one."""
    words = [t for t in tokens if not t.is_space]
    while words and (
        words[0].is_punct
        or words[0].dep_ in {"det", "cc"}
        or words[0].lower_ in ARTICLES
        or words[0].pos_ in NOT_OPENERS
        or words[0].lower_ in SENTENCE_ADVERBS
    ):
        words = words[1:]  # "nothing President" → "President": a role opens on its noun phrase
    words = without_evaluation(words)  # "its highly successful boss" → "boss" (role_cuts.py)
    words = [t for i, t in enumerate(words) if i == 0 or t.lower_ != words[i - 1].lower_]  # "British British"
    while words and (words[-1].is_punct or words[-1].tag_ == "POS"):
        words = words[:-1]
    while words and words[-1].lower_.rstrip(".") in TITLES - {"president", "minister"}:
        words = words[:-1]  # "good Mr" → "good"; "Wednesday Mr" → "Wednesday"
    if any(t.text == "(" for t in words) and not any(t.text == ")" for t in words):
        words = words[: next(i for i, t in enumerate(words) if t.text == "(")]  # "… Commerce (BCC"
    while words and (words[-1].is_punct or words[-1].is_space):
        words = words[:-1]
    text = "".join(t.text_with_ws for t in words).strip()
    if not words or len(text.split()) > MAX_ROLE_WORDS or text.lower() in NOT_ROLES or len(text) == 1:
        return None
    if {t.lower_ for t in words} <= ADDRESS_RANKS | NOT_ROLES:
        return None  # "Lord", "new Lord", "Baroness"; "Lord Chancellor" is an office
    if all(t.ent_type_ in NAME_ENTITIES for t in words) and words[-1].lower_.rstrip(".") not in JOBS:
        # "Welsh", "Swiss", "Rhodri", "BBC": a nationality, a place, a name or an organization alone is
        # what a person is from or works for, not what they are; "BBC correspondent" is a role, and so is
        # "Labour MP", which the NER takes whole for an organization, and "Balco boss" (a role ends a name).
        return None
    if _URL.search(text) or any(stray_number(t) or t.like_url or t.like_email for t in words):
        return None
    if any(t.lower_ in DATE_WORDS for t in words) or any(c in text for c in ';:!?"“”'):
        return None
    if all(_is_name_word(t) for t in words if not t.is_punct):
        return None  # "Empire", "French Green", "Dragon Waiting": proper nouns with no office are a name
    if _not_english(words):
        return None  # "Bahkan Imam tertinggi Syi’ah pun seperti": a page in Indonesian
    if any(t.text in QUOTE_MARKS and t.tag_ != "POS" for t in words):
        return None  # "E-mail row 'silly fuss": quoted words are a headline's, not a title
    if re.search(r"\s[-–—]\s", text):
        return None  # "Film - The Aviator", "director - Clint Eastwood": a line of a list, not a role
    if not any(t.pos_ in NOUNS for t in words) or personal_description(words):
        return None  # "smiling", "even", "good": no noun, no role; "polyamorist": no post (role_cuts.py)
    if parts.no_post(text) or parts.plural_of_one(words, _head(words)):
        return None  # "Day-by-day", "Off-colour", "part of …", "Jones files" (role_parts.py)
    last = words[-1]
    if last.pos_ not in NOUNS and not (last.i + 1 < len(last.doc) and last.nbor(1).lower_ == "of"):
        return None  # a role ends in its head noun: "chief executive", not "executive who"
    if words[0].tag_ in {"VBG", "VBN", "VBD", "VBZ", "VBP"}:
        return None  # a participle or a verb opening the phrase: a clause, not a role
    if any(t.tag_ in FINITE_TAGS and t.is_lower for t in words) or PARTY_AND_STATE.fullmatch(text):
        return None  # "shoots for the moon": a clause; "R-W.Va": a party and a state
    if _describes_organization(words) or _ends_on_a_name(words):
        return None
    owner = its_organization(tokens)  # "Nissan has named … Carlos Ghosn, its … boss": "Nissan boss"
    return f"{owner} {text}" if owner is not None else text


# A lone single quotation mark: a quote opens or closes ("'silly fuss'"); "Jarek's" is a possessive.
QUOTE_MARKS = frozenset({"'", "‘", "’"})
# A phrase with this many lowercase words the English tagger calls proper nouns is one it cannot read.
UNKNOWN_WORDS = 2


def _not_english(words: list[Token]) -> bool:
    """A phrase in another language: the tagger reads English, and a lowercase word it calls a proper
    noun is one it does not know ("tertinggi … pun seperti"); an English phrase has its stop words ("of",
    "the", "for") or at most one such word ("senior law lord")."""
    unknown = sum(t.pos_ == "PROPN" and t.is_lower for t in words)
    return unknown >= UNKNOWN_WORDS and not any(t.is_stop for t in words)


def _head(words: list[Token]) -> int:
    """Where the role's head word is: the last word whose syntactic head lies outside the phrase;
    "governor" in "Bank of England governor", "editor" in "editor of fansite Halo"."""
    inside = {t.i for t in words}
    roots = [i for i, t in enumerate(words) if t.head.i not in inside or t.head is t]
    return roots[-1] if roots else len(words) - 1


def _describes_organization(words: list[Token]) -> bool:
    """ "US car company", "retail site", "US-based think-tank": what a firm is, never a person's role."""
    head = _head(words)
    start = head
    while start > 0 and not words[start - 1].whitespace_:
        start -= 1  # "think-tank" is one word as written
    compound = "".join(t.text_with_ws for t in words[start : head + 1]).strip().lower()
    return compound in ORGANIZATION_HEADS or words[head].lower_ in ORGANIZATION_HEADS | NAME_HEADS


def _ends_on_a_name(words: list[Token]) -> bool:
    """ "singer-keyboardist McDonald", "wealthy hotelier Trump": a name glued to a role after it is the
    role of the one named, and "Trump" no office; "Wild coach", "Emirates President" end on their office."""
    head = _head(words)
    if head < 1 or words[head].is_lower or not _is_name_word(words[head]):
        return False  # "senior law lord": the tagger's proper noun, lowercase, is no name
    before = words[head - 1]
    return before.pos_ in NOUNS and before.is_lower


# Heads of a role that may come before the holder's name: "Director of rugby Warren Gatland".
ROLE_HEADS = PERSON_TITLES | frozenset(
    "director chairman chairwoman chair manager coach head boss captain president secretary minister "
    "executive officer founder editor leader commissioner ambassador governor professor".split()
)
# A role before a name, jobs in capitals too: "DJ Trevor Nelson" is Trevor Nelson (name_repairs.JOB_LETTERS).
JOB_HEADS = ROLE_HEADS | {job.lower() for job in JOB_LETTERS}


# Speakers compare a phrase with every role of every person per mention: in a long article the same
# few hundred roles are folded again for each of thousands of mentions (12 s of 56 s at 1 MB).
@lru_cache(maxsize=65_536)
def plain_words(text: str) -> str:
    """Lowercase words of `text`, punctuation dropped: "U.S. Secretary-General" -> "u s secretary general"."""
    return " ".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def assign_roles(doc: Doc, index: EntityIndex) -> None:
    """Roles from appositions, relative clauses and titles before the name, over all mentions."""
    for cluster in index.clusters:
        if cluster.type != "person":
            continue
        for mention in cluster.mentions:
            add_roles(cluster, mention)


def add_roles(cluster: Cluster, mention: TokenSpan) -> None:
    """The age and the roles one mention gives its person, each once, none of them their own name."""
    cluster.age = cluster.age or age_after(mention)
    own = {w for a in [cluster.name, *cluster.aliases] for w in plain_words(a).split()} - PERSON_TITLES
    full = f" {plain_words(cluster.name)} "
    for role in _roles_of(mention):
        words = plain_words(role)
        if set(words.split()) <= own or (len(full.split()) > 1 and full in f" {words} "):
            continue  # "Zach" for Zach Parise; "future wife of Johnny Cash" is not Cash's role
        if role and role.lower() not in {r.lower() for r in cluster.roles}:
            opens_on(role, cluster.roles)  # "Everton" beside "Everton defender": the longer (role_cuts.py)


def _roles_of(mention: TokenSpan) -> list[str]:
    head = mention.root
    roles = [
        _premodifier_role(mention),
        _role_set_beside(mention),
        _shared_title(mention),
        member_of(mention) or "",
    ]
    for start, child in _joined_appositions(head):
        age = age_of(list(child.subtree))
        if child.ent_type_ != "PERSON" and age is None and _in_apposition(start, child):
            roles.append(with_its_name(_phrase_text(child, start), child))  # close_names.py
    for child in head.rights:
        if child.dep_ == "relcl":
            roles.extend(_relative_clause_roles(child))
    return [part for r in roles for part in r.split("; ") if part]


def _shared_title(mention: TokenSpan) -> str:
    """ "Singer-guitarists Tom Johnston and Patrick Simmons": Simmons shares the first's plural title."""
    first, doc = parts.shared_title_holder(mention.root), mention.doc
    name = next((e for e in doc.ents if e.start <= first.i < e.end), None) if first is not None else None
    plural = name is not None and name.start > 0 and doc[name.start - 1].tag_ in {"NNS", "NNPS"}
    return _premodifier_role(name) if plural else ""


def _joined_appositions(head: Token) -> list[tuple[int, Token]]:
    """The appositions of a name, each with where it starts, a hyphenated one whole: the parser splits
    "Liam Fox, Tory co-chairman, said" into the appositions "Tory co", "-" and "chairman"."""
    kept: list[tuple[int, Token]] = []
    doc = head.doc
    for child in (c for c in head.rights if c.dep_ == "appos"):
        if kept:
            start, before = kept[-1]
            if before.right_edge == before and before.i + 1 == child.left_edge.i and not before.whitespace_:
                kept[-1] = (start, child)  # written as one word with the one before: "co" "-" "chairman"
                continue
        start = child.left_edge.i
        while start > 0 and not doc[start - 1].whitespace_ and "-" in (doc[start - 1].text, doc[start].text):
            start -= 1  # "…, and co-author of the study": the parser hangs "co-" on the apposition before
        kept.append((start, child))
    return kept


def _in_apposition(start: int, phrase: Token) -> bool:
    """An apposition set off as one: not the words after a colon or a dash ("Campbell: E-mail row 'silly
    fuss'", a headline, says what the line is about, not what he is), and not a phrase a verb goes on
    from ("says Dr Paniccia, telecommunications equipment that … is very expensive": the subject of what
    he says; "For Jupiter analyst Olivier Beauvillain, Yahoo's initial decision … was an error")."""
    doc = phrase.doc
    if (start > 0 and doc[start - 1].text in {":", "-", "–", "—"}) or apart_from_name(start, phrase):
        return False  # "whose favourite film was Mike Leigh's drama Vera Drake" (role_clauses.py)
    after = phrase.right_edge.i + 1  # "Peter Misselbrook, executive partner of Tods Murray said": his verb
    verb = doc[after] if after < len(doc) and doc[after].tag_ in FINITE_TAGS else None  # "…, X was an error"
    return verb is None or (verb == phrase.head.head and verb.lemma_ != "be")


def _role_set_beside(mention: TokenSpan) -> str:
    """ "Scottish Finance Minister, Tom McCabe MSP, said": the name set beside a role before it (and
    the letters after the name) has that role: "Scottish Finance Minister"."""
    holder = mention.root
    if holder.dep_ == "compound" and holder.head.lower_ in NAME_SUFFIXES:
        holder = holder.head  # "Tom McCabe MSP": the parser hangs the name on the letters
    role = holder.head
    if holder.dep_ != "appos" or role.lower_ not in ROLE_HEADS | OFFICES or role.i >= mention.start:
        return ""
    tokens = list(mention.doc[role.left_edge.i : holder.left_edge.i])  # "the chairman of the committee, "
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    owners = [i for i, t in enumerate(tokens) if t.dep_ in {"poss", "case"}]
    tokens = tokens[owners[-1] + 1 :] if owners else tokens  # "The woman's lawyer" → "lawyer"
    while tokens and tokens[0].dep_ == "det":
        tokens = tokens[1:]
    return clean_role(tokens) or ""


def _name_start(doc: Doc, start: int, end: int) -> int:
    """Where a name the role opens on starts, when the parser cut it after "of" or inside an entity:
    "Lord of the Rings director Peter Jackson" (not "Rings director"), "Association of Head
    Teachers president" (not "Head Teachers president")."""
    while 0 < start < end and doc[start].ent_iob_ == "I" and doc[start].ent_type_ != "PERSON":
        start -= 1
    first = start + 1 if doc[start].lower_ == "the" else start  # the name's first word
    if first >= end or not doc[first].is_title:
        return start
    before = start - 1  # the word before the name and its "the"
    if before > 0 and doc[before].lower_ == "the" and first == start:
        before -= 1
    if before > 0 and doc[before].lower_ == "of" and doc[before - 1].is_title:
        start = before - 1
        while start > 0 and doc[start - 1].is_title and doc[start - 1].ent_type_ != "PERSON":
            start -= 1
    return start


# A dash set off by spaces ends a phrase: "Lords wrong on detainees - Straw" (a headline and its speaker).
DASHES = frozenset({"-", "–", "—", "--"})


def _premodifier_role(mention: TokenSpan) -> str:
    """ "Kremlin spokesperson Dmitry Peskov" → "Kremlin spokesperson"."""
    doc = mention.doc
    start = mention.root.left_edge.i
    while (
        start > 0
        and not doc[start - 1].whitespace_
        and (doc[start - 1].text == "-" or doc[start].text == "-")
    ):
        start -= 1  # "Wikileaks co-founder Julian Assange": the parser hangs "co-" elsewhere
    start = parts.body_start(doc, _name_start(doc, start, mention.start), mention.root)  # "CPUC President"
    start = hung_on_preposition(doc, start)  # "For Jupiter analyst Olivier Beauvillain" (role_cuts.py)
    holder = mention.root
    # "Director of rugby Warren Gatland" → "Director of rugby"; "deputy minister for women Jacqui Smith"
    # → "deputy minister for women" (role_cuts.py: a word between "for" and the name)
    if (
        holder.dep_ == "pobj"
        and holder.head.head.lower_ in ROLE_HEADS
        and office_before(holder, mention.start)
    ):
        start = holder.head.head.left_edge.i
    tokens = [doc[i] for i in range(start, mention.start)]
    if tokens and tokens[0].lower_ in {"a", "an"}:
        return ""  # "a prospect Vindman denied": a noun and its clause with no "that", not a title
    dashes = [
        k
        for k, t in enumerate(tokens)
        if t.text in DASHES and t.whitespace_ and k and tokens[k - 1].whitespace_
    ]
    tokens = parts.without_state(after_joined_clause(tokens[dashes[-1] + 1 :] if dashes else tokens))
    if (alone := owner_alone(tokens)) is not None:
        return alone  # "the EPA's Andrew Fanara": the EPA's man, role "EPA" (role_cuts.py)
    owner = owner_organization(tokens)  # "NASA's Administrator Jim Bridenstine": "NASA Administrator"
    while tokens and (tokens[0].dep_ in {"det", "poss", "case", "prep"} or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (
        tokens[-1].lower_.rstrip(".") in TITLES - {"president", "minister"}
        or (tokens[-1].lower_ in ADDRESS_RANKS and not tokens[-1].is_lower)
    ):
        tokens = tokens[:-1]  # "manager Sir Alex Ferguson", "chief Lord Butler"; "senior law lord" stays
    person = [t for t in tokens if t.ent_type_ == "PERSON" and t.text not in JOB_LETTERS]  # "radio DJ"
    if any(t.dep_ in {"poss", "case"} for t in tokens) or not all(in_organization_name(t) for t in person):
        return ""
    roles = [clean_role(part) or "" for part in _stacked_titles(after_kinship(tokens))]
    if roles:
        roles[-1] = parts.one_of_shared(roles[-1], tokens, holder)  # "Singer-guitarists Tom Johnston and …"
    if owner and roles and roles[0] and owner.lower() not in roles[0].lower():
        roles[0] = f"{owner} {roles[0]}"
    return "; ".join(
        r for r in roles if r.lower().rstrip(".") not in TITLES - {"president", "minister"} and r
    )


def _stacked_titles(tokens: list[Token]) -> list[list[Token]]:
    """Two titles before one name, each its own role: "Committee chairman Labour MP Jean Corston" is
    "Committee chairman" and "Labour MP"; a lowercase office ends the first, a capitalised word opens
    the second. Two titles joined by "and" are two roles too: "committee member and Tory MP Nigel
    Waterson" is a committee member and a Tory MP; "Trade and Industry Secretary" stays one."""
    for i in range(len(tokens) - 1):
        office, opening = tokens[i], tokens[i + 1]
        if office.is_lower and office.lower_ in OFFICES and opening.is_title and tokens[-1].lower_ in OFFICES:
            return [tokens[: i + 1], tokens[i + 1 :]]
        if _joins_two_titles(tokens, i):
            return [tokens[:i], tokens[i + 1 :]]
    return [tokens]


# Lowercase words for a post that a title may end on before "and" ("committee member and Tory MP").
POSTS = OFFICES | ROLE_HEADS | frozenset({"member", "presenter", "campaigner", "activist", "writer"})


def _joins_two_titles(tokens: list[Token], i: int) -> bool:
    """ "and" between a lowercase post and a title that ends on an office: "host and East Midlands MEP"."""
    before = tokens[i - 1] if i > 0 else None
    return (
        tokens[i].lower_ == "and"
        and before is not None
        and before.is_lower
        and before.lower_ in POSTS
        and i + 1 < len(tokens)
        and tokens[-1].lower_ in OFFICES
    )


def _relative_clause_roles(clause: Token) -> list[str]:
    """ "who is now the president of X" → "president of X"; "who served as X" → "former X"."""
    roles = []
    for verb in [clause, *[c for c in clause.children if c.dep_ == "conj"]]:
        if verb.lemma_ == "be" and not of_another_subject(verb):  # "whose film was …" (role_clauses.py)
            roles += [_phrase_text(c) for c in verb.children if c.dep_ == "attr"]
        elif verb.lemma_ == "serve":
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
                held = [r for p in prep.children if p.dep_ == "pobj" for r in _phrase_text(p).split("; ")]
                roles += ["former " + r for r in held if r]
    return roles


# Where an apposition stops being a role and goes on as a clause: "…, who …", "…, which …".
CLAUSE_OPENERS = frozenset({",", "who", "which", "that", "whose", "where", "when", ";", "--", "—"})
# A participle that names the phrase's head: what follows is a title, and the phrase a thing.
NAMING_LEMMAS = frozenset({"call", "name", "title", "entitle", "dub"})


def _phrase_text(head: Token, start: int | None = None) -> str:
    """The phrase headed by a token (from `start` where it opens before the head's subtree: a hyphenated
    word) as one clean role ("" when it is not one), cut where a clause opens."""
    tokens = list(head.doc[start : head.left_edge.i]) if start is not None else []
    tokens += list(head.subtree)
    for position, token in enumerate(tokens):
        if token.i <= head.i or _inside_brackets(tokens[:position]):
            continue
        if token.dep_ == "acl" and token.tag_ in {"VBN", "VBG"} and token.lemma_.lower() in NAMING_LEMMAS:
            return ""  # "a song called Judge Y'Self": a work, not what the person is
        if comma_in_name(token):
            continue  # "Council on Energy, Environment and Water": one name (role_cuts.py)
        if token.lower_ in CLAUSE_OPENERS or (token.dep_ == "acl" and token.tag_ in {"VBN", "VBG"}):
            tokens = tokens[
                :position
            ]  # "researcher at Futurelab charged with testing …" → "researcher at Futurelab"
            break
    roles = [clean_role(part) for part in parts.two_posts(_whole_name_at_end(tokens))]  # "member … and …"
    return "; ".join(role for role in roles if role)


def _whole_name_at_end(tokens: list[Token]) -> list[Token]:
    """A role never ends inside a capitalised name the parser cut: "General Manager of Life" goes on to
    "… of Life Care Solutions Europe" (never into a person's name)."""
    if not tokens or not (tokens[-1].is_title and tokens[-1].is_alpha) or tokens[-1].ent_type_ == "PERSON":
        return tokens
    doc, end = tokens[-1].doc, tokens[-1].i + 1
    while end < len(doc) and doc[end].is_title and doc[end].is_alpha and doc[end].ent_type_ != "PERSON":
        if not doc[end - 1].whitespace_ or "\n" in doc[end - 1].whitespace_:
            break  # (a sentence the parser starts between two capitalised words, no stop between, is none)
        end += 1
    return tokens + list(doc[tokens[-1].i + 1 : end])


def _inside_brackets(tokens: list[Token]) -> bool:
    return sum(t.text == "(" for t in tokens) > sum(t.text == ")" for t in tokens)
