"""Who each source mention denotes.

A source as written ("he", "Stupak", "three U.S. officials", "the president-elect") becomes a
Speaker: a person or organization cluster from entities.py, or an anonymous group named as written.
Pronouns go to the speaker of the nearest attribution before them that agrees with them (gender.py),
else to the last person named; "he"/"she" after an unnamed spokesperson to them, "it" with no
organization speaking to the organization named just before. Definite descriptions ("the chancellor",
"the 28-year-old", "the ministry") resolve in descriptions.py. The roles the article gives a person
are found in roles.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from quotegraph.analyze.aside_cues import host_subject
from quotegraph.analyze.attribution import Attribution, mention_span
from quotegraph.analyze.attribution_types import is_document_noun, is_hearsay
from quotegraph.analyze.authored_documents import authored, passed_over
from quotegraph.analyze.compound_names import naming_compound
from quotegraph.analyze.counted_dash_lists import dash_listed
from quotegraph.analyze.counted_they import counted_they
from quotegraph.analyze.cue_subjects import cue_subject
from quotegraph.analyze.deeds import is_narrators, nobody_says
from quotegraph.analyze.described_names import firm_named, trade_word
from quotegraph.analyze.descriptions import (
    ANONYMOUS_NOUNS,
    COLLECTIVE_NOUNS,
    DESCRIBED_ORGANIZATIONS,
    INSTITUTIONS,
    NOT_ONE_PERSON,
    ORGANIZATION_KINDS,
    ORGANIZATION_NOUNS,
    OWNED_MEDIA,
    UNNAMED,
    hearers_of,
    is_age,
    name_beside,
    organization_before,
    paragraph_floor,
    person_by_role,
    spoken_for,
    unnamed_group,
    whole_name,
)
from quotegraph.analyze.document_nouns import joint_work
from quotegraph.analyze.earlier import Resolutions, start_of
from quotegraph.analyze.entities import Cluster, EntityIndex, clean_name
from quotegraph.analyze.epithets import epithet_person
from quotegraph.analyze.found_names import found_source, named_document, person_in_source
from quotegraph.analyze.gender import (
    PERSONAL_PRONOUNS,
    SPOKESPERSON_PRONOUNS,
    agrees,
    keeps_speaker,
    one_unnamed,
    plural_people_since,
    plural_subject_before,
    topic_before,
)
from quotegraph.analyze.group_pronouns import (
    group_name,
    participle_group,
    people_nearer,
    quantified_group,
    together,
)
from quotegraph.analyze.group_subjects import collective_subject_before, restricted_quantifier
from quotegraph.analyze.head_repairs import held_name, named_head
from quotegraph.analyze.headline_descriptions import headline_person
from quotegraph.analyze.its_sources import its_owner, page_owner
from quotegraph.analyze.lead_descriptions import named_next
from quotegraph.analyze.name_fragments import name_fragment, speaking_for
from quotegraph.analyze.name_kinds import (
    ADDRESS_TITLES,
    OPENING_ROLES,
    ORGANIZATION_ENDINGS,
    RANKS,
    initials,
    plural_with_article,
)
from quotegraph.analyze.named_groups import counted_people, named_organizations, part_of_group, they_stop
from quotegraph.analyze.named_organizations import group_named, organization_named, subsidiary_named
from quotegraph.analyze.narrated_quotes import narrated_speaker, page_subject
from quotegraph.analyze.narration_antecedents import antecedent
from quotegraph.analyze.nearer_descriptions import named_antecedent
from quotegraph.analyze.office_titles import office_described
from quotegraph.analyze.one_described import one_described
from quotegraph.analyze.organization_endings import settled_kind
from quotegraph.analyze.organization_pronouns import as_organization, organization_it
from quotegraph.analyze.parsing import text_of
from quotegraph.analyze.relative_sayers import relative_owner
from quotegraph.analyze.roles import JOB_HEADS, ROLE_HEADS, add_roles, age_after, assign_roles
from quotegraph.analyze.roles_of import held_role
from quotegraph.analyze.spokesperson_they import spokesperson_they
from quotegraph.analyze.statements import statement_owner
from quotegraph.analyze.survey_counts import counts_respondents, poll_owner
from quotegraph.analyze.transcripts import interviewee as interviewee_of
from quotegraph.analyze.work_titles import title_beside
from quotegraph.analyze.written_names import written_span
from quotegraph.records import Speaker, SpeakerType

__all__ = ["assign_roles", "resolve_speakers"]

GROUP_PRONOUNS = frozenset({"they", "them", "we", "it"})
PRONOUN_WINDOW_PARAGRAPHS = 3
# Pronouns that name nobody the article can point to: a speaker is never "you", "I" or "someone".
OTHER_PRONOUNS = frozenset(
    "i me you us one someone somebody anyone anybody everyone everybody nobody none this that these those "
    "all both each either neither some many most few others another".split()
)


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
    for cluster in index.clusters:  # "She claimed": a person; "Neath RFC": no "he" (organization_endings)
        cluster.type = settled_kind(cluster)
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
        document = kinds.get(speaker.id)
        speaker.kind = "document" if document else "anonymous" if speaker.anonymous else speaker.type
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
    done: Resolutions[_Resolved],
) -> _Resolved | None:
    """Who the source denotes; None when it names nobody ("you", "someone", "a statement")."""
    head = cue_subject(attribution)  # the cue's own subject, read from the parse (cue_subjects.py)
    if attribution.follows is not None:
        return done.get(id(attribution.follows))
    if (narrated := narrated_speaker(doc, attribution, done, index)) is not None:
        return narrated  # a quote with no cue after narration about its speaker (narrated_quotes.py)
    if (page := page_subject(doc, attribution, index)) is not None:  # quote page, Korean (narrated_quotes)
        return _from_cluster(page)
    if attribution.answer:
        interviewee = interviewee_of(index, attributions, doc)  # named outside the answers (transcripts.py)
        return _from_cluster(interviewee) if interviewee is not None else None
    cue = attribution.cue_token
    if head is None and (group := participle_group(cue)) is not None and not nobody_says(cue):
        return _group(group)  # "a series of South Dakotans … declaring, “…”": the group (group_pronouns.py)
    head = poll_owner(head) or head  # "a Reuters poll … (44 percent … say …)": Reuters (survey_counts.py)
    if head is None and (listed := dash_listed(cue)) is not None:  # "two Arab states - Egypt and Jordan -"
        return _joint(listed)  # criticised": the names of the aside, together (counted_dash_lists.py)
    if head is None or is_hearsay(cue) or (cue is not None and nobody_says(cue)) or counts_respondents(head):
        return None  # "is reported to …", "if Gerrard … says …", "Asked if …, Parry said", "34% said": nobody
    if head.lower_ == "we" and is_narrators(attribution.cue_token):
        return None  # the writer's "we think that Apple did …": not the organization named before
    owner = statement_owner(its_owner(head, index) or head, attribution, attributions)  # its_sources.py
    if owner is None or isinstance(owner, Attribution):
        return None if owner is None else done.get(id(owner))
    if (found := antecedent(head := owner, attribution, done, index)) is not None:  # narration_antecedents
        return _from_cluster(found)
    if head.lower_ in PERSONAL_PRONOUNS | GROUP_PRONOUNS:  # a named spokesperson's singular "they" first
        said = spokesperson_they(head, attribution, attributions, done)  # (spokesperson_they.py)
        return said or _resolve_pronoun(head, attribution, attributions, done, index)
    if (work := joint_work(head)) is not None:  # "Howitt and Garett's work": one document (document_nouns)
        return _Resolved(key=f"doc:{work.lower()}", name=work, type="organization", document=True)
    if (pair := counted_people(head, index, _resolve_description)) is not None:  # "… The pair" (named_groups)
        return _joint(pair, "group") if pair else None  # "the pair" no names show: nobody (round 18)
    if (joint := named_organizations(head, index)) is not None:  # "Labour and … The parties say"
        return _from_cluster(joint) if isinstance(joint, Cluster) else _joint(joint)  # (named_groups.py)
    if (part := part_of_group(head)) is not None:
        return _group(part) if part else None  # "Others reported": the group before, or no one
    if (group := quantified_group(head)) is not None:
        return _group(group)  # "But all of them say …": the group named before (group_pronouns.py)
    head = named_head(head)  # "… K. Hrafnsson", "Field MP", "group the X" (head_repairs.py)
    if (found := found_source(head, index)) is not None:  # "Ask Jeeves said", "unions and employers say"
        return _from_cluster(found) if isinstance(found, Cluster) else _group(found)
    if unnamed_group(head) or restricted_quantifier(head):  # "those polled", "Many in Hong Kong"
        name = text_of(doc)[slice(*mention_span(head))]
        return _Resolved(key=f"anon:{name.lower()}", name=name, type="group", anonymous=True)
    pronoun = head.lower_ in OTHER_PRONOUNS and head.text != "US"  # "The US said": the country, not "us"
    if head.pos_ == "PRON" or pronoun or len(head.text) == 1:
        return None
    if head.lower_ in ADDRESS_TITLES and not any(c.dep_ in {"compound", "appos"} for c in head.children):
        return None  # "Mr" alone, a name the parser cut off, names nobody
    head = person_in_source(head) or head  # "War on Want's John Hilary said": the person
    head = held_name(head)  # "Director of rugby Warren Gatland", "US oil giant Exxon" (head_repairs.py)
    # "said the Scot", "the Chelsea star" (epithets.py); "the chairman of the Tory Party" (roles_of.py)
    held = epithet_person(head, index) or held_role(head, index) or subsidiary_named(head, index)
    held = held or group_named(head, index) or name_fragment(head, index)  # "researchers"; "Only Fools and …"
    if isinstance(held, str):
        return _Resolved(key=f"anon:{held.lower()}", name=held, type="person", anonymous=True)
    document = named_document(head)  # "Latest UK figures show": the document, not the UK (found_names.py)
    cluster = held or (None if document else _cluster_of(head, index) or spoken_for(head, index))
    if cluster is not None:
        return _from_cluster(cluster)
    if head.lower_ in SPOKESPERSON_PRONOUNS and any(t.lower_ == "the" for t in head.lefts):
        said = _spokesperson_before(head, attribution, attributions, done)
        if said is not None:  # "a BaFin spokeswoman said … the spokeswoman said": the same one
            return said
    speaking = _organization_speaking(attribution, done)
    return _resolve_description(doc, head, index, speaking, hearers_of(attribution.cue_token, index))


def _organization_speaking(attribution: Attribution, done: Resolutions[_Resolved]) -> Cluster | None:
    """The named organization of the last attribution before this one: whom "the company" goes on
    from (news convention), before any organization merely named since ("Xbox" after "Microsoft said")."""
    return done.organization_before(start_of(attribution))


def _role_word(token: Token) -> bool:
    return token.lower_ in JOB_HEADS or (token.lower_ in OPENING_ROLES and token.is_sent_start)


def _group(name: str) -> _Resolved:
    return _Resolved(key=f"anon:{name.lower()}", name=name, type="group", anonymous=True)


def _joint(name: str, kind: SpeakerType = "organization") -> _Resolved:
    return _Resolved(key=f"joint:{name.lower()}", name=name, type=kind)


def _from_cluster(cluster: Cluster) -> _Resolved:
    return _Resolved(key=cluster.id, name=cluster.name, type=cluster.type, cluster=cluster)


def _cluster_of(head: Token, index: EntityIndex) -> Cluster | None:
    """The cluster whose mention contains the head, or a compound modifier of it ("ISW analysts")."""
    if (holding := index.cluster_at(head.i)) is not None:
        return holding
    if head.pos_ == "PROPN":
        spelled = _spelled_out(head, index)
        if spelled is not None:
            return spelled
        name_tokens = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [head]
        while len(name_tokens) > 1 and _role_word(name_tokens[0]):  # "Chairman Lord Holme"
            name_tokens = name_tokens[1:]  # "President Trump" is Trump; "Veteran Martinez" is Martinez
        described = len(name_tokens) > 1 and trade_word(name_tokens[0], head)
        name_tokens = name_tokens[1:] if described else name_tokens  # "Miner Highland Gold"
        form = written_span(name_tokens).text  # "E! Online", never "E ! Online" (written_names.py)
        cluster = index.person_by_name(form) or index.person_by_name(head.text)
        if cluster is None:  # "Lycos said" after "Lycos Europe", "Big Machine have" after "Big Machine"
            cluster = index.organization_with_word(form)
        first = name_tokens[0]  # "Ms Reyes", "Lord Stevens": a person whatever the NER labelled the name
        addressed = first.lower_ in RANKS or (first.i > 0 and first.nbor(-1).lower_ in ADDRESS_TITLES)
        if cluster is None and (head.ent_type_ in {"PERSON", ""} or addressed) and head.is_title:
            firm = len(name_tokens) > 1 and not addressed
            plural = head.tag_ == "NNPS" and plural_with_article(name_tokens[0])  # "the Lib Dems"
            firm = firm and (head.lower_ in ORGANIZATION_ENDINGS or plural)
            firm = firm or described or firm_named(name_tokens[0], head)  # "magazine New Media Age"
            cluster = index.new(form, "organization" if firm else "person")  # "Strategy Analytics"
            mention = written_span(name_tokens)
            cluster.add(mention, form)
            if not firm:
                add_roles(cluster, mention)  # "Lord Stevens, the former commissioner, said": named once
        return cluster
    # "the Old Trafford boss" is a person the article named, not the club; "The BPI spokesman" speaks for it
    described = head.lower_ in ROLE_HEADS and head.lower_ not in SPOKESPERSON_PRONOUNS
    if described and head.tag_ == "NN" and any(t.lower_ == "the" for t in head.lefts):
        return None
    named = naming_compound(head)  # "ISW analysts"; not "the Huaral programme promoters" (compound_names.py)
    return None if named is None else _cluster_of(named, index)


def _spelled_out(head: Token, index: EntityIndex) -> Cluster | None:
    """ "The Qualifications and Curriculum Authority (QCA) has told …": the organization the acronym in
    brackets names, whose initials the words before it spell (the NER took only "Curriculum Authority")."""
    for token in head.subtree:
        if token.i <= head.i + 1 or not (token.is_upper and token.is_alpha) or token.nbor(-1).text != "(":
            continue
        cluster = index.cluster_at(token.i)
        if cluster is not None and cluster.type == "organization":
            written = clean_name(head.doc[head.left_edge.i : token.i - 1])
            return cluster if initials(written) == token.text else None
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
    floor = paragraph_floor(text_of(head.doc), position, PRONOUN_WINDOW_PARAGRAPHS, skip_blank=False)
    last_cue = done.cue_end_before(position)  # of another attribution: this one's cue starts at position
    quoted = [span for a in attributions if a.kind == "direct" for span in a.content]
    since = last_cue if last_cue is not None else floor
    fit = lambda cluster: agrees(head, cluster, called)  # noqa: E731
    if (owner := relative_owner(head, index, fit)) is not None:
        return _from_cluster(owner)  # "his testimony, in which he said": its owner's (relative_sayers.py)
    people = plural_people_since(head, since, attributions) or plural_subject_before(head, since)
    if people is None and (body := collective_subject_before(head, since)) is not None:
        return _group(group_name(body))  # "the team … They": the team, unnamed (group_subjects.py)
    if people is None and (two := together(head, since) or counted_they(head, since)) is not None:
        return _joint(two, "group")  # "Tony Blair and Gordon Brown … they", "the pair … They" (counted_they)
    people = people or people_nearer(head, since, attribution.content)  # "users … they" (group_pronouns.py)
    if people is not None:  # "urged councils to …, but they have warned": the councils, not the outlet
        return _resolve_description(head.doc, people, index)
    it = organization_it(head, attributions, done, index, quoted, (_from_cluster, _resolve_description))
    if it is not None:  # "The ODPM attributed the fall … It said …": the subject before
        return it
    for earlier in reversed(attributions):
        if earlier is attribution or not earlier.cue or earlier.cue[0][0] >= position:
            continue
        if earlier.cue[0][0] < floor:
            break
        resolved = done.get(id(earlier))
        if resolved is not None and head.lower_ == "it" and authored(earlier):
            return resolved  # "The book, by … Robert Peston, said … It claims": the book, its author's
        if passed_over(head, earlier):
            continue  # "he" is no document's author quoted; "80% said" no "they" (authored_documents.py)
        if head.lower_ == "they" and they_stop(earlier, attribution, resolved.type if resolved else None):
            return None  # "many fear … They believe …"; '"…," they added' after one's words (named_groups.py)
        if resolved is None:
            continue
        if want_person and (host := host_subject(head.doc, earlier.cue[0][0], resolved.cluster, index, fit)):
            return _from_cluster(host)  # "— the late neurologist wrote … — Steenburgen wasn't" (aside_cues)
        unnamed, source = resolved.anonymous and resolved.type == "person", speaking_for(earlier.source_token)
        if want_person and one_unnamed(earlier.cue, source, unnamed, head, index, quoted):
            return resolved  # "A Conservative spokeswoman said … She said": the spokeswoman
        if head.lower_ == "it" and getattr(earlier.source_token, "tag_", "") in {"NNS", "NNPS"}:
            continue  # "figures showed … it said": "it" is not the figures
        if (
            (resolved.type == "person") == want_person
            and (not resolved.anonymous or (resolved.type == "group" and head.lower_ in {"they", "them"}))
            and agrees(head, resolved.cluster, called)
        ):
            topic = topic_before(head, index, quoted) if want_person else None
            if (
                topic is not None
                and topic[1] > earlier.cue[0][0]
                and agrees(head, topic[0], called)
                and not keeps_speaker(head, topic[1], [a.cue[0][0] for a in attributions if a.cue])
            ):
                return _from_cluster(topic[0])  # "Mr. Trump's theatrical embrace … He has injected …"
            return resolved
    if head.lower_ == "it":  # "Qantas shares fell after it warned …"
        named = organization_before(head, index)
        return _from_cluster(named) if named is not None else None
    if not want_person:
        return None
    topic = topic_before(head, index, quoted)  # "Braun has worked with … Kim Kardashian. He has …": Braun
    if topic is not None and agrees(head, topic[0], called):
        return _from_cluster(topic[0])
    found = named_antecedent(head, index, quoted, called)  # "she" is not the "Mr Howard" named last
    if isinstance(found, Token):  # "a sheriff … the clever sheriff has an idea … He tells …": someone new
        name = clean_name(_noun_phrase(found)) or found.text  # whom no name stands for (nearer_descriptions)
        return _Resolved(key=f"anon:{name.lower()}", name=name, type="person", anonymous=True)
    return _from_cluster(found) if found is not None else None


def _spokesperson_before(
    head: Token, attribution: Attribution, attributions: list[Attribution], done: Resolutions[_Resolved]
) -> _Resolved | None:
    """The speaker of the nearest earlier attribution whose source is the same noun ("spokeswoman")."""
    position = attribution.cue[0][0] if attribution.cue else head.idx
    for earlier in reversed(attributions):
        source = earlier.source_token
        if earlier.cue and earlier.cue[0][0] < position and getattr(source, "lower_", "") == head.lower_:
            resolved = done.get(id(earlier))
            if resolved is not None:
                return resolved
    return None


def _resolve_description(
    doc: Doc,
    head: Token,
    index: EntityIndex,
    speaking: Cluster | None = None,
    hearers: frozenset[str] = frozenset(),
) -> _Resolved | None:
    """A common-noun source: a role that names a known person ("the president-elect"), an
    organization the article named ("the company"), a document ("a 2014 study"), or an anonymous
    descriptor ("three U.S. officials", "the government"); None for a number or a fragment."""
    named = name_beside(head)
    if named is not None:  # "the band's record company Universal", "The chairman …, Guy Mansfield QC"
        organization = head.lemma_.lower() in ORGANIZATION_NOUNS | DESCRIBED_ORGANIZATIONS | INSTITUTIONS
        form = whole_name(named)  # "The group that owns most of her music, Big Machine": not "Machine"
        cluster = index.organization_by_name(form) if organization else _cluster_of(named, index)
        if cluster is not None:
            return _from_cluster(cluster)
        return _Resolved(key=f"named:{form.lower()}", name=form, type="organization")
    owner = next((c for c in head.lefts if c.dep_ == "poss"), None)
    if head.lemma_.lower() in OWNED_MEDIA and owner is not None:  # "the BNP's website": the BNP
        cluster = index.cluster_at(owner.i) or page_owner(owner, index)  # round 18
        if cluster is not None and cluster.type == "organization":
            return _from_cluster(cluster)
    phrase = _noun_phrase(head)
    described = person_by_role(phrase, index, head.i) or headline_person(head, index)  # 'exec says'
    if described is not None:
        return _from_cluster(described)
    name = title_beside(head) or clean_name(phrase) or phrase.text.strip()  # "the film 24 Hour Party People"
    lemma = head.lemma_.lower()
    plural = head.tag_ in {"NNS", "NNPS"}
    if is_document_noun(head):
        return _Resolved(key=f"doc:{name.lower()}", name=name, type="organization", document=True)
    if head.lower_ in ANONYMOUS_NOUNS or lemma in ANONYMOUS_NOUNS:
        kind: SpeakerType = "group" if plural else "person"
        return _Resolved(key=f"anon:{name.lower()}", name=phrase.text.strip(), type=kind, anonymous=True)
    if (one := one_described(head)) is not None:  # "one neo-bank CEO told me": a person (one_described.py)
        return _Resolved(key=f"anon:{one.lower()}", name=one, type="person", anonymous=True)
    if is_age(phrase):  # "said the 23-year-old": the person whose age it is
        return _person_described(head, index)
    counted = plural and head.pos_ == "NOUN"  # "Five public sector unions": a group of so many
    if (
        any((t.like_num and not counted) or t.lower_ in {"percent", "cent", "%"} for t in phrase)
        or not head.is_alpha
    ):
        return None  # "Fifty-one percent", "54"
    if head.pos_ == "PROPN":
        return _Resolved(key=f"named:{name.lower()}", name=name, type="organization")
    named = organization_named(head, index, speaking, hearers)  # "the company", "the assembly government"
    if named is not None:  # an organization, though the NER took its name for a person's ("Laura Ashley")
        return as_organization(_from_cluster(named))
    if head.pos_ != "NOUN" or head.is_stop:
        return None
    named_before = _person_described(head, index) if not plural else None
    if named_before is not None:
        return named_before
    kind = "organization" if lemma in ORGANIZATION_NOUNS | DESCRIBED_ORGANIZATIONS and not plural else "group"
    kind = "person" if kind == "group" and not plural and lemma not in COLLECTIVE_NOUNS else kind
    return _Resolved(key=f"anon:{name.lower()}", name=name, type=kind, anonymous=True)


def _person_described(head: Token, index: EntityIndex) -> _Resolved | None:
    """ "the comedian", "the 45-year-old": a person the article named just before (descriptions.py); not
    an institution."""
    lemma = head.lemma_.lower()
    if lemma in ORGANIZATION_NOUNS | DESCRIBED_ORGANIZATIONS | ORGANIZATION_KINDS | NOT_ONE_PERSON | UNNAMED:
        return None
    # "The UK's top judge has revealed …": in the lead, the person the next sentence names
    person = office_described(head, index) or named_next(head, index)  # not another office's (office_titles)
    return _from_cluster(person) if person is not None else None


def _noun_phrase(head: Token) -> TokenSpan:
    """The head with its left modifiers only: "A senior official, who spoke …" → "A senior official"."""
    return head.doc[head.left_edge.i : head.i + 1]
