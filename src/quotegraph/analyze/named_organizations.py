"""Which named organization a description of one denotes (docs/quotes.md, "Speakers").

- A description of two or more words that are the last words of an organization name the article gives
  before its sentence (the nearest such) is that organization, whatever its noun: "says the assembly
  government" after "the Welsh Assembly Government", "the health board" after "Powys Local Health Board",
  "the news agency" after "Xinhua News Agency". A plain "the government" is no such description (it may
  be the nation's); where no name ends so, the rules of descriptions.py go on.
- A headline's bare description of an organization ("Soros group warns of Kazakh close", "US company
  admits bribery": a firm, company, group, bank … with no "the") is the organization the story opens on,
  the subject of its first sentence ("The Open Society Institute (OSI), financed by billionaire George
  Soros, has accused …"); where that subject is no organization it stays an anonymous description.
- Else "the company", "the firm" (descriptions.organization_described) and "the ministry", "the radio
  station" (descriptions.organization_of_kind), as before.
- A description of an organization in general ("the organisation", "the industry body", "such a large and
  powerful organisation", "this institution"), where no name holds its noun, is the organization its
  sentence or the sentence before has as its subject ("CENTR, the Council of European National Top Level
  Domain Registries, agrees. "…," the organisation said"), else the organization that spoke last ("A
  spokesman for Reporters Without Borders … described … "…," the organisation said in a statement";
  "The MPAA said in a statement … The industry body also said"); never one the cue speaks to. An acronym
  before its noun names it: "The IFPI industry body said" is the IFPI.
- Else "the agency", "the party", "the commission" … is the organization a sentence just before has as its
  named subject ("CBP announced … the agency said": CBP; kind_subjects.py).
- Else "the charity", "the union", "the watchdog" … is the one such organization named before, or the one
  organization its paragraph names (kind_organizations.py; round 28).
- "The researchers", "the campaigners" (a definite plural of people) are the organization the article
  introduced as a group of them: "done by the Honeynet Project - a group of security researchers that …
  / "…," said the researchers" is the Honeynet Project; looked for up to a long article's length back.
  An organization the article introduces by the plural set right before its name is one too, and news may
  name it after the description ("The administrators told BBC News Online that … / Argonaut called in
  administrators David Rubin & Partners on Friday": David Rubin & Partners; round 18): where none is
  introduced before, the first introduced after, up to NAME_AFTER_TOKENS on.
- "The <Org> subsidiary" (unit, arm, division, affiliate) is not <Org> but its subsidiary: the organization
  named last before it, in its sentence or the one before, whose name shares no word with the parent's
  ("… troubled Delta, parent of Comair. Comair "deeply regrets …," the Delta subsidiary said" is Comair).

- A plural description ("the record companies have pledged …", "the airlines said") is several
  organizations, never the one named last: it stays an anonymous group, unless the article named that
  group before (a group of them, named_organizations.group_named; the organizations named together,
  named_groups.py).

speakers.py asks this for a common-noun source that no name, role or document has resolved.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from quotegraph.analyze.agent_nouns import denotes_agents
from quotegraph.analyze.clause_antecedents import organization_of_clause, organization_of_paragraph
from quotegraph.analyze.described_names import organization_beside_description
from quotegraph.analyze.descriptions import (
    DESCRIBED_ORGANIZATIONS,
    MEDIA_AND_SIDES,
    NAME_JOINERS,
    NAME_LOOK_BACK_TOKENS,
    ORGANIZATION_KINDS,
    organization_described,
    organization_of_kind,
    public_body,
)
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.group_antecedents import group_brought_in
from quotegraph.analyze.kind_organizations import organization_of_kind_named
from quotegraph.analyze.kind_subjects import organization_of_subject
from quotegraph.analyze.media_kinds import media_kind, outlet_described
from quotegraph.analyze.opener_organizations import organization_after_opener
from quotegraph.analyze.outlet_names import outlet_named_before
from quotegraph.analyze.own_words import not_named_in_own_quote
from quotegraph.analyze.parsing import SUBJECT_DEPS, text_of
from quotegraph.analyze.roles import plain_words
from quotegraph.analyze.trade_organizations import organization_by_trade

# Words that make an organization another than the one named: "the former health board", "a new trust".
OTHER_ONES = frozenset("former new old other rival another previous".split())


def description_words(head: Token) -> list[str]:
    """ "the assembly government" → ["assembly", "government"]: the lowercase words a definite description
    sets right before its noun, with the noun; [] for a noun alone or one no "the" or "its" sets."""
    lefts = [t for t in head.lefts if t.dep_ != "punct"]
    if not lefts or lefts[0].lower_ not in {"the", "its"} or head.tag_ != "NN" or not head.is_alpha:
        return []
    words = lefts[1:]
    if not words or any(t.i != head.i - len(words) + k for k, t in enumerate(words)):
        return []  # the words run up to the noun: "the health board", not "the board, in Powys"
    if any(not t.is_alpha or t.is_title or t.is_upper or t.lower_ in OTHER_ONES for t in words):
        return []  # "the Welsh government" names its nation itself
    return [t.lower_ for t in words] + [head.lower_]


def organization_ending(head: Token, index: EntityIndex) -> Cluster | None:
    """The organization whose name, the nearest the text gives before the description's sentence, ends on
    all its words (see the module's docstring): the cluster of that name if the NER found it, else the name
    as written. A look-up of the noun's capitalised places, not a scan: long texts stay linear."""
    words = description_words(head)
    if not words:
        return None
    doc = head.doc
    places = _capitalised(doc).get(head.lower_, [])
    nearest = bisect_left(places, head.sent.start)
    for end in reversed(places[max(nearest - NAMES_TRIED, 0) : nearest]):
        if end < head.sent.start - NAME_LOOK_BACK_TOKENS:
            break
        start = end
        while start > max(end - NAME_WORDS, 0) and (
            doc[start - 1].is_title or doc[start - 1].lower_ in NAME_JOINERS
        ):
            start -= 1
        while start < end and (doc[start].lower_ in NAME_JOINERS or doc[start].is_stop):
            start += 1  # "The" of "The Welsh Assembly Government" is no word of the name
        name = doc[start : end + 1].text
        if end - start + 1 >= len(words) and f" {plain_words(name)}".endswith(" " + " ".join(words)):
            written = doc[start : end + 1]
            named = index.organization_by_name(name)
            return named or Cluster(
                id=f"named:{name.lower()}", name=name, type="organization", mentions=[written]
            )
    return None


# How many earlier places of the noun are tried, and how many words a name may have before it.
NAMES_TRIED = 8
NAME_WORDS = 8


def _capitalised(doc: Doc) -> dict[str, list[int]]:
    """Where each capitalised word stands, by its lowercase form: made once per doc, kept with it."""
    key = "quotegraph.capitalised_words"
    if key not in doc.user_data:
        places: dict[str, list[int]] = {}
        for token in doc:
            if token.is_title:
                places.setdefault(token.lower_, []).append(token.i)
        doc.user_data[key] = places
    return doc.user_data[key]


# What a headline calls an organization it does not name: "US company", "Soros group", "Dutch bank".
HEADLINE_ORGANIZATIONS = DESCRIBED_ORGANIZATIONS | frozenset({"watchdog", "regulator", "body", "union"})


def headline_organization(head: Token, index: EntityIndex) -> Cluster | None:
    """The organization the story opens on, for a headline's bare description of one (see the module's
    docstring); None for any other source."""
    if head.lemma_.lower() not in HEADLINE_ORGANIZATIONS or any(
        t.dep_ in {"det", "poss"} for t in head.lefts
    ):
        return None
    text = text_of(head.doc)
    line_end = text.find("\n")
    if line_end < 0 or head.idx > line_end or text[:line_end].rstrip().endswith("."):
        return None  # not the first line, or a sentence, not a headline
    doc = head.doc
    lede = head.sent
    while lede.end < len(doc) and (lede.start_char <= line_end or not lede.text.strip()):
        lede = doc[lede.end].sent  # the first sentence after the headline's line: a few at most
    if lede.start_char <= line_end:
        return None
    subject = next((t for t in lede if t.dep_ in SUBJECT_DEPS and t.head == lede.root), None)
    named = index.cluster_at(subject.i) if subject is not None else None
    return named if named is not None and named.type == "organization" else None


# Nouns for an organization of any kind, which say nothing of which: "the organisation", "the body".
ANY_ORGANIZATION = frozenset("organisation organization body institution outfit".split())
# What sets such a noun as one named before: "the organisation", "this body", "such a large organisation".
DEFINITE = frozenset({"the", "this", "that", "such"})


def organization_in_general(
    head: Token, index: EntityIndex, speaking: Cluster | None, hearers: frozenset[str]
) -> Cluster | None:
    """The organization a description of one in general denotes (see the module's docstring), or None."""
    lefts = [t for t in head.lefts if t.dep_ != "punct"]
    if (
        head.lower_ not in ANY_ORGANIZATION
        or head.tag_ != "NN"
        or not lefts
        or lefts[0].lower_ not in DEFINITE
    ):
        return None
    acronym = next((t for t in lefts[1:] if t.is_upper and t.is_alpha and len(t) > 1), None)
    if acronym is not None:  # "The IFPI industry body said": the organization the acronym names
        named = index.organization_by_name(acronym.text) or index.organization_by_initials(acronym.text)
        span = head.doc[acronym.i : acronym.i + 1]
        return named or Cluster(
            id=f"named:{acronym.lower_}", name=acronym.text, type="organization", mentions=[span]
        )
    if any(t.is_title and not t.is_sent_start for t in lefts[1:]):
        return None  # "the Olympic body": a name's own, not any organization
    doc = head.doc
    start = doc[head.sent.start - 1].sent.start if head.sent.start > 0 else head.sent.start
    subjects = [t for t in doc[start : head.sent.start] if t.dep_ in SUBJECT_DEPS]
    subjects += [t for t in doc[head.sent.start : head.i] if t.dep_ in SUBJECT_DEPS]
    for subject in reversed(subjects):  # the nearest first: its own sentence's, then the one before
        # "CENTR, the Council of …, agrees": the organization set beside a subject the NER took for a person
        for named in [subject, *(t for t in subject.rights if t.dep_ == "appos")]:
            cluster = index.cluster_at(named.i)
            if cluster is not None and cluster.type == "organization" and cluster.id not in hearers:
                return cluster
    return speaking if speaking is not None and speaking.id not in hearers else None


# Nouns for a part of a company, which its parent's name sets: "the Delta subsidiary", "the Yukos unit".
UNIT_NOUNS = frozenset("subsidiary unit arm division affiliate offshoot".split())


def subsidiary_named(head: Token, index: EntityIndex) -> Cluster | None:
    """The subsidiary "the <Org> subsidiary" denotes (see the module's docstring); None for any other
    source, or where no other organization is named just before it."""
    if head.lower_ not in UNIT_NOUNS or head.tag_ != "NN":
        return None
    doc = head.doc
    if not any(t.lower_ in {"the", "its"} for t in doc[head.left_edge.i : head.i]):
        return None
    parents = (index.cluster_at(t.i) for t in head.lefts if t.dep_ in {"compound", "poss"})
    parent = next((c for c in parents if c is not None and c.type == "organization"), None)
    if parent is None:
        return None
    words = set(plain_words(parent.name).split())
    start = doc[head.sent.start - 1].sent.start if head.sent.start > 0 else head.sent.start
    for i in range(head.left_edge.i - 1, start - 1, -1):  # two sentences at most: linear
        named = index.cluster_at(i)
        if (
            named is not None
            and named.type == "organization"
            and not words & set(plain_words(named.name).split())
        ):
            return None if public_body(named) else named
    return None


# Words that introduce an organization as a body of people: "the Honeynet Project - a group of researchers".
GROUP_WORDS = frozenset("group team network coalition alliance association consortium body".split())


def group_named(head: Token, index: EntityIndex) -> Cluster | None:
    """The organization a definite plural of people denotes, where the article introduced it as a group of
    them before (see the module's docstring); None for any other source."""
    if head.tag_ != "NNS" or not head.is_lower or not any(t.lower_ == "the" for t in head.lefts):
        return None
    places = _groups_of(head.doc, index).get(head.lower_, [])
    k = bisect_left(places, (head.sent.start, ""))
    if k and places[k - 1][0] >= head.sent.start - NAME_LOOK_BACK_TOKENS:
        place = places[k - 1]
    elif k < len(places) and places[k][0] <= head.i + NAME_AFTER_TOKENS:
        place = places[k]  # "The administrators told … / … called in administrators David Rubin & Partners"
    else:
        return None
    return next((c for c in index.clusters if c.id == place[1]), None)


# How far on news may name what a plural description spoke of first: a few paragraphs.
NAME_AFTER_TOKENS = 600


def _groups_of(doc: Doc, index: EntityIndex) -> dict[str, list[tuple[int, str]]]:
    """Where the text introduces an organization as "a group of <people>": (token, cluster id) by the
    plural noun, made once per doc and kept with it (long texts stay linear)."""
    key = "quotegraph.groups_of"
    if key not in doc.user_data:
        places: dict[str, list[tuple[int, str]]] = {}
        for token in doc:
            if (named := _named_after(token, index)) is not None:  # "administrators David Rubin & Partners"
                places.setdefault(token.lower_, []).append((token.i, named.id))
                continue
            if token.lower_ not in GROUP_WORDS or token.dep_ != "appos":
                continue
            named = index.cluster_at(token.head.i)
            of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            people = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if (
                named is not None
                and named.type == "organization"
                and people is not None
                and people.tag_ == "NNS"
            ):
                places.setdefault(people.lower_, []).append((token.i, named.id))
        doc.user_data[key] = places
    return doc.user_data[key]


def organization_named(
    head: Token, index: EntityIndex, speaking: Cluster | None, hearers: frozenset[str]
) -> Cluster | None:
    """The named organization a description denotes, or None (see the module's docstring)."""
    if head.tag_ == "NNS":
        return None  # "the record companies": several, no one organization named before (group_named reads
        # a group the article named, named_groups.py the organizations named together)
    lemma = head.lemma_.lower()
    if (outlet := outlet_named_before(head, index)) is not None:
        return outlet  # "Us magazine was unrepentant …, saying" (outlet_names.py)
    if (group := group_brought_in(head, index)) is not None:
        return group  # "A group of MPs … The group says": the group, not an organization (group_antecedents)
    if (clause := organization_of_clause(head, index)) is not None:
        return (
            clause  # "SpaceX is … believed …, but the company has declined": SpaceX (clause_antecedents.py)
        )
    ending = headline_organization(head, index) or organization_ending(head, index)
    if ending is not None:
        return ending
    if paragraph := organization_of_paragraph(head, index, speaking) or organization_after_opener(
        head, index
    ):
        return (
            paragraph  # "McClatchy reported a loss … But the company also reported …" (clause_antecedents.py)
        )
    if (media := media_kind(head)) is not None:  # "the newspaper", "the station": an outlet (media_kinds.py)
        outlet = outlet_described(head, media, index, hearers)
        if outlet is not None or lemma not in ORGANIZATION_KINDS:
            return outlet  # "the station" of no broadcaster named: of the kind below (round 33)
    if lemma in DESCRIBED_ORGANIZATIONS:
        speaking = speaking if lemma not in MEDIA_AND_SIDES else None
        described = organization_described(head, index, speaking, hearers)
        described = described or organization_beside_description(head, index, hearers)  # described_names.py
        return not_named_in_own_quote(
            head, described, index
        )  # "… including Microsoft": not it (own_words.py)
    if (trade := organization_by_trade(head, index, speaking, hearers)) is not None:
        return trade  # "The news and financial data seller said" after Reuters (trade_organizations.py)
    kind = organization_of_kind(head, index) if lemma in ORGANIZATION_KINDS else None
    general = kind or organization_in_general(head, index, speaking, hearers)
    general = general or organization_of_subject(head, index, hearers)  # "CBP announced … the agency said"
    # "the charity" named by its kind before (kind_organizations.py)
    return general or organization_of_kind_named(head, index, hearers)


def _named_after(token: Token, index: EntityIndex) -> Cluster | None:
    """The organization whose name a lowercase plural of people is set right before, as its description
    ("called in administrators David Rubin & Partners"); None for anything else."""
    if token.tag_ != "NNS" or not token.is_lower or not token.whitespace_ or token.i + 1 >= len(token.doc):
        return None
    after = token.doc[token.i + 1]
    if after.ent_iob_ != "B" or after.ent_type_ != "ORG" or not denotes_agents(token):
        return None
    named = index.cluster_at(after.i)
    return named if named is not None and named.type == "organization" else None
