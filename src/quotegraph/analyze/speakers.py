"""Who each source mention denotes, and what role the article gives them.

A source as written ("he", "Stupak", "three U.S. officials", "the president-elect") becomes a
Speaker: a person or organization cluster from entities.py, or an anonymous group named as written.
Pronouns go to the speaker of the nearest attribution before them, else to the last person named.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotegraph.analyze.entities import TITLES, Cluster, EntityIndex, clean_name
from quotegraph.analyze.model import text_of
from quotegraph.analyze.quotes import Attribution
from quotegraph.records import Speaker, SpeakerType

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


@dataclass
class _Resolved:
    key: str
    name: str
    type: SpeakerType
    anonymous: bool = False
    cluster: Cluster | None = None


def resolve_speakers(doc: Doc, attributions: list[Attribution], index: EntityIndex) -> list[Speaker]:
    """Give each attribution a speaker id and return the speakers, in order of first quote."""
    speakers: dict[str, Speaker] = {}
    resolved_by_attribution: dict[int, _Resolved] = {}
    for attribution in attributions:
        resolved = _resolve(doc, attribution, index, attributions, resolved_by_attribution)
        if resolved is None:
            continue
        resolved_by_attribution[id(attribution)] = resolved
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
            speaker.role = "; ".join(cluster.roles) or None
    return list(speakers.values())


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
    head = attribution.source_token
    if attribution.follows is not None:
        return done.get(id(attribution.follows))
    if head is None:
        return None
    if head.lower_ in PERSONAL_PRONOUNS | GROUP_PRONOUNS:
        return _resolve_pronoun(head, attribution, attributions, done, index)
    cluster = _cluster_of(head, index)
    if cluster is not None:
        return _from_cluster(cluster)
    return _resolve_description(doc, head, index)


def _from_cluster(cluster: Cluster) -> _Resolved:
    return _Resolved(key=cluster.id, name=cluster.name, type=cluster.type, cluster=cluster)


def _cluster_of(head: Token, index: EntityIndex) -> Cluster | None:
    """The cluster whose mention contains the head, or a compound modifier of it ("ISW analysts")."""
    for cluster in index.clusters:
        for mention in cluster.mentions:
            if mention.start <= head.i < mention.end:
                return cluster
    if head.pos_ == "PROPN":
        name_tokens = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [head]
        form = " ".join(t.text for t in name_tokens)
        cluster = index.person_by_name(form)
        if cluster is None and head.ent_type_ in {"PERSON", ""} and head.is_title:
            cluster = index.new(form, "person")
            cluster.add(head.doc[name_tokens[0].i : head.i + 1], form)
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
    paragraph_floor = _paragraph_floor(text_of(head.doc), position, PRONOUN_WINDOW_PARAGRAPHS)
    for earlier in reversed(attributions):
        if earlier is attribution or not earlier.cue or earlier.cue[0][0] >= position:
            continue
        if earlier.cue[0][0] < paragraph_floor:
            break
        resolved = done.get(id(earlier))
        if resolved is not None and (resolved.type == "person") == want_person and not resolved.anonymous:
            return resolved
    last = index.last_person_before(head.i) if want_person else None
    return _from_cluster(last) if last is not None else None


def _paragraph_floor(text: str, position: int, paragraphs: int) -> int:
    floor = position
    for _ in range(paragraphs):
        floor = text.rfind("\n", 0, max(floor - 1, 0)) + 1
        if floor == 0:
            break
    return floor


def _resolve_description(doc: Doc, head: Token, index: EntityIndex) -> _Resolved:
    """A common-noun source: a role that names a known person ("the president-elect"), an anonymous
    group ("three U.S. officials"), or an organization described in words ("a 2014 study")."""
    phrase = _noun_phrase(head)
    described = _person_by_role(phrase, index, head.i)
    if described is not None:
        return _from_cluster(described)
    name = phrase.text.strip()
    lemma = head.lemma_.lower()
    if head.lower_ in ANONYMOUS_NOUNS or lemma in ANONYMOUS_NOUNS:
        kind: SpeakerType = "group" if head.tag_ in {"NNS", "NNPS"} else "person"
        return _Resolved(key=f"anon:{name.lower()}", name=name, type=kind, anonymous=True)
    kind = "organization" if head.pos_ == "PROPN" or lemma in ORGANIZATION_NOUNS else "group"
    return _Resolved(key=f"named:{clean_name(phrase).lower()}", name=clean_name(phrase) or name, type=kind)


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
    matches = [c for c in index.clusters if c.type == "person" and any(wanted == _words(r) for r in c.roles)]
    earlier = [c for c in matches if any(m.start < before for m in c.mentions)]
    return (
        max(earlier, key=lambda c: max(m.start for m in c.mentions if m.start < before)) if earlier else None
    )


def assign_roles(doc: Doc, index: EntityIndex) -> None:
    """Roles from appositions, relative clauses and titles before the name, over all mentions."""
    for cluster in index.clusters:
        if cluster.type != "person":
            continue
        for mention in cluster.mentions:
            for role in _roles_of(mention):
                if role and role.lower() not in {r.lower() for r in cluster.roles}:
                    cluster.roles.append(role)


def _roles_of(mention: Span) -> list[str]:
    head = mention.root
    roles = [_premodifier_role(mention)]
    for child in head.rights:
        if child.dep_ == "appos" and child.ent_type_ != "PERSON":
            roles.append(_phrase_text(child))
        elif child.dep_ == "relcl":
            roles.extend(_relative_clause_roles(child))
    return [r for r in roles if r]


def _premodifier_role(mention: Span) -> str:
    """ "Kremlin spokesperson Dmitry Peskov" → "Kremlin spokesperson"."""
    doc = mention.doc
    start = mention.root.left_edge.i
    tokens = [doc[i] for i in range(start, mention.start)]
    while tokens and (tokens[0].dep_ in {"det", "poss", "case", "prep"} or tokens[0].is_punct):
        tokens = tokens[1:]
    while (
        tokens and tokens[-1].text.endswith(".") and tokens[-1].lower_ in TITLES
    ):  # "… Gen. Valery Zaluzhnyi"
        tokens = tokens[:-1]
    if any(t.dep_ in {"poss", "case"} or t.ent_type_ == "PERSON" for t in tokens):
        return ""
    text = "".join(t.text_with_ws for t in tokens).strip()
    return "" if text.lower().rstrip(".") in TITLES - {"president", "minister"} else text


def _relative_clause_roles(clause: Token) -> list[str]:
    """ "who is now the president of X" → "president of X"; "who served as X" → "former X"."""
    roles = []
    for verb in [clause, *[c for c in clause.children if c.dep_ == "conj"]]:
        if verb.lemma_ == "be":
            roles += [_phrase_text(c) for c in verb.children if c.dep_ == "attr"]
        elif verb.lemma_ == "serve":
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
                roles += ["former " + _phrase_text(p) for p in prep.children if p.dep_ == "pobj"]
    return roles


def _phrase_text(head: Token) -> str:
    tokens = list(head.subtree)
    while tokens and (tokens[0].dep_ == "det" or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    return "".join(t.text_with_ws for t in tokens).strip()
