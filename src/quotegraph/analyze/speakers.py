"""Who each source mention denotes, and what role the article gives them.

A source as written ("he", "Stupak", "three U.S. officials", "the president-elect") becomes a
Speaker: a person or organization cluster from entities.py, or an anonymous group named as written.
Pronouns go to the speaker of the nearest attribution before them, else to the last person named.

Over 500 lines for now: resolving a mention, gender agreement, definite descriptions and ages read
one shared set of mentions; roles.py already holds the role rules. Splitting gender agreement out
is the next step (issue 31).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotegraph.analyze.attribution_types import is_document_noun, is_hearsay
from quotegraph.analyze.entities import TITLES, Cluster, EntityIndex, clean_name
from quotegraph.analyze.names import PERSON_TITLES
from quotegraph.analyze.parsing import text_of
from quotegraph.analyze.quotes import Attribution
from quotegraph.analyze.roles import MAX_AGE, age_of, clean_role
from quotegraph.records import Speaker, SpeakerKind, SpeakerType

PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "them", "we", "it"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
ANONYMOUS_NOUNS = frozenset(
    [
        "official",
        "officials",
        "source",
        "sources",
        "expert",
        "experts",
        "analyst",
        "analysts",
        "diplomat",
        "diplomats",
        "aide",
        "aides",
        "person",
        "people",
        "resident",
        "residents",
        "witness",
        "witnesses",
        "insider",
        "insiders",
        "observer",
        "observers",
        "critic",
        "critics",
        "lawmaker",
        "lawmakers",
        "officer",
        "officers",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "member",
        "members",
        "staffer",
        "staffers",
        "adviser",
        "advisers",
        "advisor",
        "advisors",
        "investigator",
        "investigators",
        "economist",
        "economists",
        "researcher",
        "researchers",
        "scientist",
        "scientists",
        "activist",
        "activists",
        "supporter",
        "supporters",
        "voter",
        "voters",
    ]
)
ORGANIZATION_NOUNS = frozenset(
    [
        "ministry",
        "department",
        "agency",
        "government",
        "company",
        "firm",
        "report",
        "study",
        "poll",
        "survey",
        "group",
        "party",
        "court",
    ]
)
PRONOUN_WINDOW_PARAGRAPHS = 3
# Pronouns that name nobody the article can point to: a speaker is never "you", "I" or "someone".
OTHER_PRONOUNS = frozenset(
    "i me you us one someone somebody anyone anybody everyone everybody nobody none this that these those "
    "all both each either neither some many most few others another".split()
)
# A statement speaks for whoever issued it: "a statement from the ministry".
STATEMENT_NOUNS = frozenset({"statement", "announcement", "release", "communique", "communiqué"})
# Descriptions that stand for an organization the article has named: "the company", "the paper".
DESCRIBED_ORGANIZATIONS = frozenset(
    "company firm bank group club paper newspaper broadcaster network retailer airline carrier maker "
    "manufacturer giant operator chain business corporation team label studio publisher".split()
)
INSTITUTIONS = frozenset(
    "institute institution organisation organization body association union charity council authority "
    "regulator watchdog commission committee foundation society federation".split()
)
COLLECTIVE_NOUNS = frozenset({"police", "government", "public", "press", "media", "staff", "family"})


@dataclass
class _Resolved:
    key: str
    name: str
    type: SpeakerType
    anonymous: bool = False
    cluster: Cluster | None = None
    document: bool = False


def resolve_speakers(doc: Doc, attributions: list[Attribution], index: EntityIndex) -> list[Speaker]:
    """Give each attribution a speaker id and return the speakers, in order of first quote."""
    speakers: dict[str, Speaker] = {}
    resolved_by_attribution: dict[int, _Resolved] = {}
    kinds: dict[str, bool] = {}
    for attribution in attributions:
        resolved = _resolve(doc, attribution, index, attributions, resolved_by_attribution)
        if resolved is None:
            continue
        resolved_by_attribution[id(attribution)] = resolved
        kinds[resolved.key] = resolved.document
        speaker = speakers.get(resolved.key) or _new_speaker(resolved, len(speakers) + 1)
        speakers[resolved.key] = speaker
        for start, end in attribution.source:
            form = text_of(doc)[start:end]
            if resolved.cluster is None and form not in speaker.aliases:
                speaker.aliases.append(form)
            if (start, end) not in speaker.mentions:
                speaker.mentions.append((start, end))
        attribution.speaker_id = speaker.id
    for speaker in speakers.values():
        cluster = next(
            (c for r in resolved_by_attribution.values() if r.key == speaker.id for c in [r.cluster]), None
        )
        if cluster is not None:
            cluster.age = cluster.age or next(filter(None, map(age_after, cluster.mentions)), None)
            speaker.roles = list(cluster.roles)
            speaker.role = "; ".join(cluster.roles) or None
            speaker.age = cluster.age
        speaker.kind = _kind(speaker, kinds.get(speaker.id))
    return list(speakers.values())


def _kind(speaker: Speaker, document: bool | None) -> SpeakerKind:
    if document:
        return "document"
    if speaker.anonymous:
        return "anonymous"
    return speaker.type


def _new_speaker(resolved: _Resolved, number: int) -> Speaker:
    cluster = resolved.cluster
    return Speaker(
        id=resolved.key,
        name=resolved.name,
        type=resolved.type,
        anonymous=resolved.anonymous,
        aliases=list(cluster.aliases) if cluster is not None else [],
    )


def _resolve(
    doc: Doc,
    attribution: Attribution,
    index: EntityIndex,
    attributions: list[Attribution],
    done: dict[int, _Resolved],
) -> _Resolved | None:
    """Who the source denotes; None when it names nobody ("you", "someone", "a statement")."""
    head = attribution.source_token
    if attribution.follows is not None:
        return done.get(id(attribution.follows))
    if attribution.answer:
        interviewee = _interviewee(index)
        return _from_cluster(interviewee) if interviewee is not None else None
    if head is None or is_hearsay(attribution.cue_token):
        return None  # "the offer is reported to …": the subject is what is rumoured, not who says it
    head = _behind_statement(head)
    if head is None:
        return None
    if head.lower_ in PERSONAL_PRONOUNS | GROUP_PRONOUNS:
        return _resolve_pronoun(head, attribution, attributions, done, index)
    if head.pos_ == "PRON" or head.lower_ in OTHER_PRONOUNS or len(head.text) == 1:
        return None
    head = _named_holder(head)
    cluster = _cluster_of(head, index)
    if cluster is not None:
        return _from_cluster(cluster)
    return _resolve_description(doc, head, index)


# Heads of a role that may come before the holder's name: "Director of rugby Warren Gatland".
ROLE_HEADS = PERSON_TITLES | frozenset(
    "director chairman chairwoman chair manager coach head boss captain president secretary minister "
    "executive officer founder editor leader commissioner ambassador governor professor".split()
)


def _named_holder(head: Token) -> Token:
    """ "Director of rugby Warren Gatland revealed …": the source is the person the role's phrase ends
    on, not the role's head word (which, at the start of a sentence, looks like a name)."""
    if head.lower_ not in ROLE_HEADS or head.ent_type_ == "PERSON":
        return head
    last = head.right_edge
    while last.i > head.i and (last.is_punct or last.is_space):
        last = last.doc[last.i - 1]
    return last if last.ent_type_ == "PERSON" and last.i > head.i else head


def _interviewee(index: EntityIndex) -> Cluster | None:
    """Whom an interview's answers belong to: the person the article names most often."""
    people = [c for c in index.clusters if c.type == "person"]
    return max(people, key=lambda c: len(c.mentions)) if people else None


def _behind_statement(head: Token) -> Token | None:
    """ "A statement from the company said": the company speaks; a statement from nobody named is nobody."""
    if head.lemma_.lower() not in STATEMENT_NOUNS:
        return head
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in {"from", "by", "of", "issued"}:
            owner = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if owner is not None:
                return owner
    return None


def _from_cluster(cluster: Cluster) -> _Resolved:
    return _Resolved(key=cluster.id, name=cluster.name, type=cluster.type, cluster=cluster)


def _cluster_of(head: Token, index: EntityIndex) -> Cluster | None:
    """The cluster whose mention contains the head, or a compound modifier of it ("ISW analysts")."""
    if (holding := index.cluster_at(head.i)) is not None:
        return holding
    if head.pos_ == "PROPN":
        name_tokens = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [head]
        while len(name_tokens) > 1 and name_tokens[0].lower_ in PERSON_TITLES:
            name_tokens = name_tokens[1:]  # "President Trump" is Trump
        form = " ".join(t.text for t in name_tokens)
        cluster = index.person_by_name(form) or index.person_by_name(head.text)
        if cluster is None and head.ent_type_ in {"PERSON", ""} and head.is_title:
            cluster = index.new(form, "person")
            mention = head.doc[name_tokens[0].i : head.i + 1]
            cluster.add(mention, form)
            _add_roles(cluster, mention)  # "Lord Stevens, the former commissioner, said": named once
        return cluster
    for child in head.lefts:
        if child.dep_ == "compound" and child.ent_type_ == "ORG":
            return _cluster_of(child, index)
    return None


def _resolve_pronoun(
    head: Token,
    attribution: Attribution,
    attributions: list[Attribution],
    done: dict[int, _Resolved],
    index: EntityIndex,
) -> _Resolved | None:
    """The speaker of the nearest earlier attribution of the right kind, else the last person named."""
    want_person = head.lower_ in PERSONAL_PRONOUNS
    position = attribution.cue[0][0] if attribution.cue else head.idx
    called = _called_before(attributions, done, position)
    paragraph_floor = _paragraph_floor(text_of(head.doc), position, PRONOUN_WINDOW_PARAGRAPHS)
    for earlier in reversed(attributions):
        if earlier is attribution or not earlier.cue or earlier.cue[0][0] >= position:
            continue
        if earlier.cue[0][0] < paragraph_floor:
            break
        resolved = done.get(id(earlier))
        if (
            resolved is not None
            and (resolved.type == "person") == want_person
            and not resolved.anonymous
            and _agrees(head, resolved.cluster, called)
        ):
            return resolved
    last = index.last_person_before(head.i) if want_person else None
    while last is not None and not _agrees(head, last, called):  # "she" is not the "Mr Howard" named last
        last = index.last_person_before(min(m.start for m in last.mentions if m.start < head.i))
    return _from_cluster(last) if last is not None else None


MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord"})
FEMALE_TITLES = frozenset({"ms", "ms.", "mrs", "mrs.", "miss", "dame", "lady"})


def _called_before(
    attributions: list[Attribution], done: dict[int, _Resolved], position: int
) -> dict[str, str]:
    """ "he" or "she", for each person an earlier "he said" / "she said" was given to."""
    called: dict[str, str] = {}
    for earlier in attributions:
        resolved, source = done.get(id(earlier)), earlier.source_token
        if not (earlier.cue and earlier.cue[0][0] < position and resolved is not None and source is not None):
            continue
        if source.lower_ in {"he", "she"}:
            called.setdefault(resolved.key, source.lower_)
    return called


def _agrees(pronoun: Token, cluster: Cluster | None, called: dict[str, str] | None = None) -> bool:
    """ "he" and "she" against the titles the article gives the person ("Mr Howard", "Ms Jowell");
    a person the article gives no such title agrees with either."""
    if cluster is None or pronoun.lower_ not in PERSONAL_PRONOUNS:
        return True
    titles = {m.doc[m.start - 1].lower_ for m in cluster.mentions if m.start > 0}
    titles |= {t.lower_ for m in cluster.mentions for t in m}
    male, female = bool(titles & MALE_TITLES), bool(titles & FEMALE_TITLES)
    if male == female and called and cluster.id in called:  # "He has denied …" was given to them
        male, female = called[cluster.id] == "he", called[cluster.id] == "she"
    if male == female:
        male, female = _pronouns_used(cluster)
    if male == female:
        return True
    return male if pronoun.lower_ in {"he", "him"} else female


MALE_PRONOUNS = frozenset({"he", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "herself"})


def _pronouns_used(cluster: Cluster) -> tuple[bool, bool]:
    """Whether the article calls the person "he" or "she": the subject or possessive pronouns that
    follow the person as the subject of a clause before any other person is named ("Palin said she
    would fight on", "Swift accused Braun …, her" but not "… accused him"), by the majority."""
    male = female = 0
    for mention in cluster.mentions:
        if mention.root.dep_ not in SUBJECT_OF_CLAUSE:
            continue
        for token in mention.doc[mention.end : mention.sent.end]:
            if token.ent_type_ == "PERSON":
                break  # a pronoun after another name may be theirs
            if token.dep_ in {"dobj", "pobj", "dative"} and token.tag_ == "PRP":
                continue  # "accused him": an object is someone else
            male += token.lower_ in MALE_PRONOUNS
            female += token.lower_ in FEMALE_PRONOUNS
    return male > female, female > male


SUBJECT_OF_CLAUSE = frozenset({"nsubj", "nsubjpass"})


def _paragraph_floor(text: str, position: int, paragraphs: int) -> int:
    floor = position
    for _ in range(paragraphs):
        floor = text.rfind("\n", 0, max(floor - 1, 0)) + 1
        if floor == 0:
            break
    return floor


def _resolve_description(doc: Doc, head: Token, index: EntityIndex) -> _Resolved | None:
    """A common-noun source: a role that names a known person ("the president-elect"), an
    organization the article named ("the company"), a document ("a 2014 study"), or an anonymous
    descriptor ("three U.S. officials", "the government"); None for a number or a fragment."""
    named = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.is_title), None)
    if named is not None:  # "the band's record company Universal", "Nogar's son Stephen"
        organization = head.lemma_.lower() in ORGANIZATION_NOUNS | DESCRIBED_ORGANIZATIONS | INSTITUTIONS
        cluster = index.organization_by_name(named.text) if organization else _cluster_of(named, index)
        if cluster is not None:
            return _from_cluster(cluster)
        return _Resolved(key=f"named:{named.text.lower()}", name=named.text, type="organization")
    phrase = _noun_phrase(head)
    described = _person_by_role(phrase, index, head.i)
    if described is not None:
        return _from_cluster(described)
    name = clean_name(phrase) or phrase.text.strip()
    lemma = head.lemma_.lower()
    plural = head.tag_ in {"NNS", "NNPS"}
    if is_document_noun(head):
        return _Resolved(key=f"doc:{name.lower()}", name=name, type="organization", document=True)
    if head.lower_ in ANONYMOUS_NOUNS or lemma in ANONYMOUS_NOUNS:
        kind: SpeakerType = "group" if plural else "person"
        return _Resolved(key=f"anon:{name.lower()}", name=phrase.text.strip(), type=kind, anonymous=True)
    if any(t.like_num or t.lower_ in {"percent", "cent", "%"} for t in phrase) or not head.is_alpha:
        return None  # "Fifty-one percent", "54"
    if head.pos_ == "PROPN":
        return _Resolved(key=f"named:{name.lower()}", name=name, type="organization")
    named = _organization_described(head, index) if lemma in DESCRIBED_ORGANIZATIONS else None
    if named is not None:
        return _from_cluster(named)
    if head.pos_ != "NOUN" or head.is_stop:
        return None
    named_before = _described_person(head, index) if not plural else None
    if named_before is not None:
        return _from_cluster(named_before)
    kind = "organization" if lemma in ORGANIZATION_NOUNS | DESCRIBED_ORGANIZATIONS else "group"
    kind = "person" if kind == "group" and not plural and lemma not in COLLECTIVE_NOUNS else kind
    return _Resolved(key=f"anon:{name.lower()}", name=name, type=kind, anonymous=True)


DESCRIPTION_WINDOW_PARAGRAPHS = 2


def _described_person(head: Token, index: EntityIndex) -> Cluster | None:
    """ "…, the comedian has said", "the 45-year-old said": a definite description of one person that no
    role names is the person named last, close before it (news convention); not an institution."""
    if not any(t.dep_ == "det" and t.lower_ == "the" for t in head.lefts):
        return None
    if head.lemma_.lower() in ORGANIZATION_NOUNS | DESCRIBED_ORGANIZATIONS | INSTITUTIONS | COLLECTIVE_NOUNS:
        return None
    last = index.last_person_before(head.i)
    if last is None:
        return None
    floor = _paragraph_floor(text_of(head.doc), head.idx, DESCRIPTION_WINDOW_PARAGRAPHS)
    return last if max(m.start_char for m in last.mentions if m.start < head.i) >= floor else None


def _organization_described(head: Token, index: EntityIndex) -> Cluster | None:
    """ "the company" after "Tesco said …": the organization named last before the description."""
    if not any(t.lower_ in {"the", "its"} for t in head.lefts):
        return None
    named = [
        c for c in index.clusters if c.type == "organization" and any(m.start < head.i for m in c.mentions)
    ]
    if not named:
        return None
    return max(named, key=lambda c: max(m.start for m in c.mentions if m.start < head.i))


def _noun_phrase(head: Token) -> Span:
    """The head with its left modifiers only: "A senior official, who spoke …" → "A senior official"."""
    return head.doc[head.left_edge.i : head.i + 1]


def _words(text: str) -> str:
    return " ".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def _person_by_role(phrase: Span, index: EntityIndex, before: int) -> Cluster | None:
    """ "the president-elect" is the person the article introduced as "President-elect Donald Trump"."""
    wanted = _words(clean_name(phrase))
    if not wanted:
        return None
    matches = [c for c in index.clusters if c.type == "person" and any(_is_role(wanted, r) for r in c.roles)]
    earlier = [c for c in matches if any(m.start < before for m in c.mentions)]
    if not earlier:  # "the economy minister said" before naming him: only a single match will do
        return matches[0] if len(matches) == 1 else None
    return max(earlier, key=lambda c: max(m.start for m in c.mentions if m.start < before))


def _is_role(wanted: str, role: str) -> bool:
    """ "prime minister" is the role "UK Prime Minister", and "foreign secretary" "Foreign Secretary"."""
    words = _words(role)
    return wanted == words or (len(wanted.split()) >= 2 and f" {words}".endswith(f" {wanted}"))


def assign_roles(doc: Doc, index: EntityIndex) -> None:
    """Roles from appositions, relative clauses and titles before the name, over all mentions."""
    for cluster in index.clusters:
        if cluster.type != "person":
            continue
        for mention in cluster.mentions:
            _add_roles(cluster, mention)


def _add_roles(cluster: Cluster, mention: Span) -> None:
    """The age and the roles one mention gives its person, each once, none of them their own name."""
    cluster.age = cluster.age or age_after(mention)
    own = {w for a in [cluster.name, *cluster.aliases] for w in _words(a).split()} - PERSON_TITLES
    full = f" {_words(cluster.name)} "
    for role in _roles_of(mention):
        words = _words(role)
        if set(words.split()) <= own or (len(full.split()) > 1 and full in f" {words} "):
            continue  # "Zach" for Zach Parise; "future wife of Johnny Cash" is not Cash's role
        if role and role.lower() not in {r.lower() for r in cluster.roles}:
            cluster.roles.append(role)


def _roles_of(mention: Span) -> list[str]:
    head = mention.root
    roles = [_premodifier_role(mention)]
    for child in head.rights:
        if child.dep_ == "appos" and child.ent_type_ != "PERSON" and age_of(list(child.subtree)) is None:
            roles.append(_phrase_text(child))
        elif child.dep_ == "relcl":
            roles.extend(_relative_clause_roles(child))
    return [r for r in roles if r]


AGE_AFTER_NAME = re.compile(r"\s*,\s*(?:aged\s+)?(\d{1,3})\s*[,)]")


def age_after(mention: Span) -> int | None:
    """ "Smith, 58, said": the age written right after the name."""
    match = AGE_AFTER_NAME.match(text_of(mention.doc), mention.end_char)  # doc.text: joined anew
    if match is None:
        return None
    value = int(match.group(1))
    return value if 0 < value <= MAX_AGE else None


def _premodifier_role(mention: Span) -> str:
    """ "Kremlin spokesperson Dmitry Peskov" → "Kremlin spokesperson"."""
    doc = mention.doc
    start = mention.root.left_edge.i
    holder = mention.root
    if holder.dep_ == "pobj" and holder.head.lower_ == "of" and holder.head.head.lower_ in ROLE_HEADS:
        start = holder.head.head.left_edge.i  # "Director of rugby Warren Gatland" → "Director of rugby"
    tokens = [doc[i] for i in range(start, mention.start)]
    while tokens and (tokens[0].dep_ in {"det", "poss", "case", "prep"} or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].lower_.rstrip(".") in TITLES - {"president", "minister"}:
        tokens = tokens[:-1]  # "Manchester United manager Sir Alex Ferguson": "Sir" is part of the name
    if any(t.dep_ in {"poss", "case"} or t.ent_type_ == "PERSON" for t in tokens):
        return ""
    text = clean_role(tokens) or ""
    return "" if text.lower().rstrip(".") in TITLES - {"president", "minister"} else text


def _relative_clause_roles(clause: Token) -> list[str]:
    """ "who is now the president of X" → "president of X"; "who served as X" → "former X"."""
    roles = []
    for verb in [clause, *[c for c in clause.children if c.dep_ == "conj"]]:
        if verb.lemma_ == "be":
            roles += [_phrase_text(c) for c in verb.children if c.dep_ == "attr"]
        elif verb.lemma_ == "serve":
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
                roles += ["former " + r for p in prep.children if p.dep_ == "pobj" if (r := _phrase_text(p))]
    return roles


# Where an apposition stops being a role and goes on as a clause: "…, who …", "…, which …".
CLAUSE_OPENERS = frozenset({",", "who", "which", "that", "whose", "where", "when", ";", "--", "—"})
# A participle that names the phrase's head: what follows is a title, and the phrase a thing.
NAMING_LEMMAS = frozenset({"call", "name", "title", "entitle", "dub"})


def _phrase_text(head: Token) -> str:
    """The phrase headed by a token as one clean role ("" when it is not one), cut where a clause opens."""
    tokens = list(head.subtree)
    for position, token in enumerate(tokens):
        if token.i <= head.i or _inside_brackets(tokens[:position]):
            continue
        if token.dep_ == "acl" and token.tag_ in {"VBN", "VBG"} and token.lemma_.lower() in NAMING_LEMMAS:
            return ""  # "a song called Judge Y'Self": a work, not what the person is
        if token.lower_ in CLAUSE_OPENERS or (token.dep_ == "acl" and token.tag_ in {"VBN", "VBG"}):
            tokens = tokens[
                :position
            ]  # "researcher at Futurelab charged with testing …" → "researcher at Futurelab"
            break
    return clean_role(tokens) or ""


def _inside_brackets(tokens: list[Token]) -> bool:
    return sum(t.text == "(" for t in tokens) > sum(t.text == ")" for t in tokens)
