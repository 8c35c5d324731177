"""Who each source mention denotes.

A source as written ("he", "Stupak", "three U.S. officials", "the president-elect") becomes a
Speaker: a person or organization cluster from entities.py, or an anonymous group named as written.
Pronouns go to the speaker of the nearest attribution before them that agrees with them (gender.py),
else to the last person named. The roles the article gives a person are found in roles.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from quotegraph.analyze.attribution_types import is_document_noun, is_hearsay
from quotegraph.analyze.earlier import Resolutions, start_of
from quotegraph.analyze.entities import Cluster, EntityIndex, clean_name
from quotegraph.analyze.gender import PERSONAL_PRONOUNS, agrees, plural_people_since
from quotegraph.analyze.name_kinds import (
    ADDRESS_TITLES,
    OPENING_ROLES,
    ORGANIZATION_DESCRIPTORS,
    ORGANIZATION_ENDINGS,
    RANKS,
    after_organization_noun,
    plural_with_article,
)
from quotegraph.analyze.names import NAME_SUFFIXES
from quotegraph.analyze.parsing import text_of
from quotegraph.analyze.quotes import Attribution
from quotegraph.analyze.roles import ROLE_HEADS, add_roles, age_after, assign_roles, plain_words
from quotegraph.records import Speaker, SpeakerKind, SpeakerType

__all__ = ["assign_roles", "resolve_speakers"]

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
# Descriptions that name another organization than the one speaking, more often than not: "the paper"
# reporting what a company said, "the club" of a player's quote.
MEDIA_AND_SIDES = frozenset({"paper", "newspaper", "broadcaster", "network", "club", "team"})
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
    resolved_by_attribution: Resolutions[_Resolved] = Resolutions(attributions)
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
    done: Resolutions[_Resolved],
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
    if head.lower_ in ADDRESS_TITLES and not any(c.dep_ in {"compound", "appos"} for c in head.children):
        return None  # "Mr" alone, a name the parser cut off, names nobody
    head = _named_holder(_name_described(head))
    cluster = _cluster_of(head, index)
    if cluster is not None:
        return _from_cluster(cluster)
    return _resolve_description(doc, head, index, _organization_speaking(attribution, done))


def _organization_speaking(attribution: Attribution, done: Resolutions[_Resolved]) -> Cluster | None:
    """The named organization of the last attribution before this one: whom "the company" goes on
    from (news convention), before any organization merely named since ("Xbox" after "Microsoft said")."""
    return done.organization_before(start_of(attribution))


def _named_holder(head: Token) -> Token:
    """ "Director of rugby Warren Gatland revealed …": the source is the person the role's phrase ends
    on, not the role's head word (which, at the start of a sentence, looks like a name)."""
    if head.lower_ not in ROLE_HEADS or head.ent_type_ == "PERSON":
        return head
    last = head.right_edge
    # "Scottish Finance Minister, Tom McCabe MSP, said": letters after a name are no part of it
    while last.i > head.i and (last.is_punct or last.is_space or last.lower_ in NAME_SUFFIXES):
        last = last.doc[last.i - 1]
    return last if last.ent_type_ == "PERSON" and last.i > head.i else head


def _name_described(head: Token) -> Token:
    """ "US oil giant Exxon said", parsed with "giant" as the subject: the source is the name the
    noun for a firm sets, not the noun."""
    if head.lower_ not in ORGANIZATION_DESCRIPTORS or head.i + 1 >= len(head.doc):
        return head
    name = head.nbor(1)
    while name.i + 1 < len(head.doc) and name.nbor(1).pos_ == "PROPN" and name.nbor(1).is_title:
        name = name.nbor(1)
    return name if name.i > head.i and name.pos_ == "PROPN" and name.is_title else head


def _role_word(token: Token) -> bool:
    return token.lower_ in ROLE_HEADS or (token.lower_ in OPENING_ROLES and token.is_sent_start)


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
        while len(name_tokens) > 1 and _role_word(name_tokens[0]):  # "Chairman Lord Holme"
            name_tokens = name_tokens[1:]  # "President Trump" is Trump; "Veteran Martinez" is Martinez
        described = len(name_tokens) > 1 and name_tokens[0].lower_ in ORGANIZATION_DESCRIPTORS
        name_tokens = name_tokens[1:] if described else name_tokens  # "Miner Highland Gold"
        form = " ".join(t.text for t in name_tokens)
        cluster = index.person_by_name(form) or index.person_by_name(head.text)
        if cluster is None and len(name_tokens) == 1:
            cluster = index.organization_with_word(head.text)  # "Lycos said" after "Lycos Europe"
        first = name_tokens[0]
        # "Ms Reyes", "Lord Stevens": a person whatever the NER labelled the name
        addressed = first.lower_ in RANKS or (first.i > 0 and first.nbor(-1).lower_ in ADDRESS_TITLES)
        if cluster is None and (head.ent_type_ in {"PERSON", ""} or addressed) and head.is_title:
            firm = len(name_tokens) > 1 and not addressed
            plural = head.tag_ == "NNPS" and plural_with_article(name_tokens[0])  # "the Lib Dems"
            firm = firm and (head.lower_ in ORGANIZATION_ENDINGS or plural)
            firm = firm or described or after_organization_noun(name_tokens[0])  # "magazine New Media Age"
            cluster = index.new(form, "organization" if firm else "person")  # "Strategy Analytics"
            mention = head.doc[name_tokens[0].i : head.i + 1]
            cluster.add(mention, form)
            if not firm:
                add_roles(cluster, mention)  # "Lord Stevens, the former commissioner, said": named once
        return cluster
    for child in head.lefts:
        if child.dep_ == "compound" and child.ent_type_ == "ORG":
            return _cluster_of(child, index)
    return None


def _resolve_pronoun(
    head: Token,
    attribution: Attribution,
    attributions: list[Attribution],
    done: Resolutions[_Resolved],
    index: EntityIndex,
) -> _Resolved | None:
    """The speaker of the nearest earlier attribution of the right kind, else the last person named."""
    want_person = head.lower_ in PERSONAL_PRONOUNS
    position = attribution.cue[0][0] if attribution.cue else head.idx
    called = done.called_before(position)
    paragraph_floor = _paragraph_floor(text_of(head.doc), position, PRONOUN_WINDOW_PARAGRAPHS)
    last_cue = done.cue_end_before(position)  # of another attribution: this one's cue starts at position
    people = plural_people_since(head, last_cue if last_cue is not None else paragraph_floor)
    if people is not None:  # "urged councils to …, but they have warned": the councils, not the outlet
        return _resolve_description(head.doc, people, index)
    for earlier in reversed(attributions):
        if earlier is attribution or not earlier.cue or earlier.cue[0][0] >= position:
            continue
        if earlier.cue[0][0] < paragraph_floor:
            break
        resolved = done.get(id(earlier))
        if (
            resolved is not None
            and (resolved.type == "person") == want_person
            and (not resolved.anonymous or (resolved.type == "group" and head.lower_ in {"they", "them"}))
            and agrees(head, resolved.cluster, called)
        ):
            return resolved
    last = index.last_person_before(head.i) if want_person else None
    while last is not None and not agrees(head, last, called):  # "she" is not the "Mr Howard" named last
        last = index.last_person_before(min(m.start for m in last.mentions if m.start < head.i))
    return _from_cluster(last) if last is not None else None


def _paragraph_floor(text: str, position: int, paragraphs: int) -> int:
    floor = position
    for _ in range(paragraphs):
        floor = text.rfind("\n", 0, max(floor - 1, 0)) + 1
        if floor == 0:
            break
    return floor


def _resolve_description(
    doc: Doc, head: Token, index: EntityIndex, speaking: Cluster | None = None
) -> _Resolved | None:
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
    named = _organization_described(head, index, speaking) if lemma in DESCRIBED_ORGANIZATIONS else None
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


def _organization_described(
    head: Token, index: EntityIndex, speaking: Cluster | None = None
) -> Cluster | None:
    """ "the company" after "Tesco said …": the organization that spoke last, else the one named last
    before the description."""
    if not any(t.lower_ in {"the", "its"} for t in head.lefts):
        return None
    if speaking is not None and head.lemma_.lower() not in MEDIA_AND_SIDES:
        return speaking
    named = [
        c for c in index.clusters if c.type == "organization" and any(m.start < head.i for m in c.mentions)
    ]
    if not named:
        return None
    return max(named, key=lambda c: max(m.start for m in c.mentions if m.start < head.i))


def _noun_phrase(head: Token) -> TokenSpan:
    """The head with its left modifiers only: "A senior official, who spoke …" → "A senior official"."""
    return head.doc[head.left_edge.i : head.i + 1]


def _person_by_role(phrase: TokenSpan, index: EntityIndex, before: int) -> Cluster | None:
    """ "the president-elect" is the person the article introduced as "President-elect Donald Trump"."""
    wanted = plain_words(clean_name(phrase))
    if not wanted:
        return None
    # This runs for each description, over every cluster: clusters with no role are skipped first,
    # then roles that do not end on the wanted role's last word (_is_role holds for none of them).
    last = wanted.rsplit(" ", 1)[-1]
    matches = [
        c
        for c in index.clusters
        if c.roles
        and c.type == "person"
        and any(_last_word(r) == last and _is_role(wanted, r) for r in c.roles)
    ]
    earlier = [c for c in matches if any(m.start < before for m in c.mentions)]
    if not earlier:  # "the economy minister said" before naming him: only a single match will do
        return matches[0] if len(matches) == 1 else None
    return max(earlier, key=lambda c: max(m.start for m in c.mentions if m.start < before))


@lru_cache(maxsize=4096)
def _plain_role(role: str) -> str:
    """plain_words of a role, once per role: every description compares itself with every role."""
    return plain_words(role)


@lru_cache(maxsize=4096)
def _last_word(role: str) -> str:
    return _plain_role(role).rsplit(" ", 1)[-1]


def _is_role(wanted: str, role: str) -> bool:
    """ "prime minister" is the role "UK Prime Minister", and "foreign secretary" "Foreign Secretary"."""
    words = _plain_role(role)
    return wanted == words or (len(wanted.split()) >= 2 and f" {words}".endswith(f" {wanted}"))
