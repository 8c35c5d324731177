"""Descriptions the article itself resolves, which stayed as written (docs/quotes.md, "Speakers", round 10).

- An office, spokesperson or campaign a person owns speaks for that person: "Governor Holcomb's office
  said" is Holcomb, and so is "His office said" after "Teachers didn't see Holcomb at the Statehouse",
  where "his"/"her" stands for the person named last before it, when the article's titles for that
  person ("Mr", "Ms") or the "he"/"she" it calls them agree with the pronoun, or, with no sign either way,
  when that person is named in its sentence or the one before with no quote between. An organization's
  spokesperson is the organization's as before ("a spokeswoman for Human Rights Watch").
- "said the magazine", "The automaker says", "the brewer said": a definite description of an organization
  by a kind that no other rule reads (a magazine, an automaker, an insurer, a brewer …) is the
  organization the article set that noun before ("US magazine Mobile PC", "Australian brewer Fosters"),
  where it set it before one name only within reach; else the organization that is the subject of a
  speech verb earlier in the same paragraph, the nearest ("VW says it could add … The automaker says" is
  VW).
- "The administrator said": a firm appointed to another (an administrator, a receiver, a liquidator, an
  auditor) is the organization the article set that noun before, in the singular or the plural
  ("Argonaut called in administrators David Rubin & Partners … The administrator told BBC News Online"
  is David Rubin & Partners), never the company it was appointed to; where the article set it before no
  firm's name, the other rules read it (a person may hold the office: "NASA administrator Jim
  Bridenstine … the administrator said"), never the paragraph's organization, which is that company.
- "A spokesman for the firm" is the firm the article is about: the one organization its headline names
  ("Rank 'set to sell off film unit'"), for which its spokesperson speaks as "a spokeswoman for Human
  Rights Watch" does for hers; where the headline names no one organization it stays as before.
- A lead's description (the first sentence after the headline) is the one name of its kind in the
  paragraph after, where none of that kind is named before it: an organization with "the" or an owner's
  "'s" ("the UK's financial watchdog has announced" … "the Financial Services Authority (FSA)"), a person
  with "a" and a word for people, no trade or office ("A user of Apple's iTunes …" … "Thomas Slattery").
- "said our correspondent" is the reporter the article named before with that office (own_reporters.py).

speakers.py asks this through epithets.epithet_person. Each look-back stays within NAME_LOOK_BACK_TOKENS
or the paragraph, and the places of the nouns set before names are made once per doc: linear.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from quotegraph.analyze.agreeing_owners import agreeing_owner, agrees
from quotegraph.analyze.attribution_types import is_document_noun
from quotegraph.analyze.cues import SPEECH_LEMMAS
from quotegraph.analyze.descriptions import (
    DESCRIBED_ORGANIZATIONS,
    INSTITUTIONS,
    NAME_LOOK_BACK_TOKENS,
    ORGANIZATION_KINDS,
    SPEAKING_FOR,
)
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.gender import FEMALE_TITLES, MALE_TITLES
from quotegraph.analyze.lead_officials import lead_official_named
from quotegraph.analyze.name_kinds import ORGANIZATION_DESCRIPTORS
from quotegraph.analyze.own_reporters import our_reporter
from quotegraph.analyze.parsing import SUBJECT_DEPS

# What a person owns that speaks for them: "his office", "her spokeswoman", "the senator's campaign".
SPEAKS_FOR_PERSON = SPEAKING_FOR | frozenset({"office", "campaign"})
POSSESSIVE_PRONOUNS = {"his": MALE_TITLES, "her": FEMALE_TITLES}

# Kinds of organization no other rule reads (descriptions.py has "the company", "the ministry" …).
ORGANIZATION_KINDS_NAMED = frozenset(
    "magazine journal automaker carmaker chipmaker drugmaker insurer reinsurer lender miner supermarket "
    "consultancy conglomerate brewer winemaker distiller steelmaker planemaker toymaker housebuilder".split()
)
# Firms appointed to another, which the article names by setting the noun before the name, often in the
# plural ("administrators David Rubin & Partners", "auditors Grant Thornton"): that name or nothing.
APPOINTED_FIRMS = frozenset("administrator receiver liquidator auditor".split())


def resolved_description(head: Token, index: EntityIndex) -> Cluster | None:
    """The person or organization the article resolves the description to (see the module's docstring);
    None for any other source."""
    return (
        owner_spoken_for(head, index)
        or our_reporter(head, index)  # "said our correspondent" (own_reporters.py)
        or organization_of_kind_named(head, index)
        or spokesperson_for_described(head, index)
        or lead_named_after(head, index)
        or lead_official_named(head, index, _in_lead(head), LEAD_ORGANIZATIONS | LEAD_PEOPLE | SPEAKING_FOR)
    )


# Kinds of organization a lead describes one by ("the UK's financial watchdog has announced").
LEAD_ORGANIZATIONS = INSTITUTIONS | ORGANIZATION_KINDS | ORGANIZATION_DESCRIPTORS | DESCRIBED_ORGANIZATIONS
# People a lead describes one by before the story names them ("A user of Apple's iTunes … is suing"); not
# a trade, which may be a firm ("A bookmaker has stopped taking bets" is William Hill), nor an official.
LEAD_PEOPLE = frozenset(
    """
    user man woman boy girl mother father teenager pensioner customer fan student pupil teacher worker
    employee resident motorist driver patient victim shopper passenger viewer reader subscriber gamer
    owner blogger programmer hacker
    """.split()
)


def lead_named_after(head: Token, index: EntityIndex) -> Cluster | None:
    """A description in the lead (the first sentence after the headline) that the paragraph after it
    names: an organization described with "the" or an owner's "'s" ("…, the UK's financial watchdog has
    announced. / … agreed the compensation package with the Financial Services Authority (FSA)") or,
    described with "a", a person ("A user of Apple's iTunes music service is suing the firm … / …
    Californian Thomas Slattery filed the suit"): the one name of that kind in that paragraph, where none
    of that kind is named before the description."""
    lemma = head.lemma_.lower()
    kind = "organization" if lemma in LEAD_ORGANIZATIONS else "person" if lemma in LEAD_PEOPLE else None
    if kind is None or head.tag_ != "NN" or not head.is_lower or not _in_lead(head) or is_document_noun(head):
        return None
    if kind == "person":
        article = head.left_edge.lower_ in {"a", "an"}
        if not article or index.last_person_before(head.left_edge.i) is not None:
            return None
    definite = any(t.lower_ == "the" or t.dep_ == "poss" for t in head.lefts)
    if kind == "organization" and not definite:
        return None  # "a committee of MPs", "one newspaper": a new one, described, not named after
    doc = head.doc
    if kind == "organization" and any(
        (c := index.cluster_at(t.i)) is not None and c.type == kind for t in doc[: head.i]
    ):
        return None  # an organization named before: the rules of descriptions.py
    start = head.sent.end
    while start < len(doc) and (doc[start].is_space or doc[start].is_punct):
        start += 1
    end = start
    while end < len(doc) and "\n" not in doc[end].text:
        end += 1  # the paragraph after the lead
    named = {c.id: c for t in doc[start:end] if (c := index.cluster_at(t.i)) is not None and c.type == kind}
    return next(iter(named.values())) if len(named) == 1 else None


def _in_lead(head: Token) -> bool:
    """Whether the head's sentence is the first after the headline (the first line) and ends its line."""
    doc, sentence = head.doc, head.sent
    before = sentence.start - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    if before < 0 or "\n" not in doc[before + 1 : sentence.start].text + doc[before].text_with_ws:
        return False
    line = doc[before].sent
    return line.start == 0 and (
        sentence.end >= len(doc) or "\n" in doc[sentence.end - 1 : sentence.end + 1].text
    )


def spokesperson_for_described(head: Token, index: EntityIndex) -> Cluster | None:
    """ "A spokesman for the firm": the firm the article is about, the one organization its headline
    names, whose spokesperson speaks for it as "a spokeswoman for Human Rights Watch" does; else None."""
    if head.lower_ not in SPEAKING_FOR:
        return None
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "for"), None)
    firm = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if (
        firm is None
        or firm.tag_ != "NN"
        or firm.lemma_.lower() not in DESCRIBED_ORGANIZATIONS
        or [t.lower_ for t in firm.lefts] != ["the"]
    ):
        return None
    return _headline_organization(head.doc, index)


def _headline_organization(doc: Doc, index: EntityIndex) -> Cluster | None:
    """The one organization the headline (the first line) names: the one the article is about."""
    key = "quotegraph.headline_organization"
    if key not in doc.user_data:
        named = set()
        for token in doc:
            if "\n" in token.text:
                break
            cluster = index.cluster_at(token.i)
            if cluster is not None and cluster.type == "organization":
                named.add(cluster.id)
        found = next((c for c in index.clusters if c.id in named), None) if len(named) == 1 else None
        doc.user_data[key] = found
    return doc.user_data[key]


def owner_spoken_for(head: Token, index: EntityIndex) -> Cluster | None:
    """The person whose office, spokesperson or campaign the source is, or None."""
    if head.lower_ not in SPEAKS_FOR_PERSON or head.tag_ != "NN":
        return None
    owner = next((t for t in head.lefts if t.dep_ == "poss"), None)
    if owner is None:
        return None
    if owner.lower_ not in POSSESSIVE_PRONOUNS:
        named = index.cluster_at(owner.i)
        return named if named is not None and named.type == "person" else None
    person = index.last_person_before(owner.i)
    for _ in range(3):  # "Holcomb at the Statehouse": a place the NER took for a person is passed over
        if person is None or not _a_place(person, owner.i):
            break
        person = index.last_person_before(max(m.start for m in person.mentions if m.start < owner.i))
    if person is None:
        return None
    fits = agrees(owner.lower_, person)
    if fits is None and not _just_before(person, owner):
        return agreeing_owner(owner, index, person)  # "Kim Clijsters … McNamee … her" (agreeing_owners.py)
    return person if fits or fits is None else None


QUOTE_MARKS = frozenset('"“”')


def _just_before(person: Cluster, owner: Token) -> bool:
    """The article gives no sign of the person's sex: the pronoun is theirs only when they are named in its
    sentence or the one before with no quote between ("Teachers didn't see Holcomb at the Statehouse on
    Tuesday. His office said"), whose words may name someone else ("Kim's wrist …")."""
    doc = owner.doc
    last = max(m.end for m in person.mentions if m.start < owner.i)
    floor = doc[owner.sent.start - 1].sent.start if owner.sent.start > 0 else 0
    return last > floor and not any(t.text in QUOTE_MARKS for t in doc[last : owner.i])


def _a_place(person: Cluster, before: int) -> bool:
    """A "person" the article writes with "the" where it names it last before the token ("Holcomb at the
    Statehouse"): a place the NER took for a person, which no pronoun stands for."""
    last = max((m for m in person.mentions if m.start < before), key=lambda m: m.start, default=None)
    return last is not None and last.start > 0 and last.doc[last.start - 1].lower_ == "the"


def organization_of_kind_named(head: Token, index: EntityIndex) -> Cluster | None:
    """The organization "the magazine", "the automaker" denotes, or None."""
    lefts = [t for t in head.lefts if t.dep_ != "punct"]
    if (
        head.lower_ not in ORGANIZATION_KINDS_NAMED | APPOINTED_FIRMS
        or head.tag_ != "NN"
        or [t.lower_ for t in lefts] != ["the"]
    ):
        return None
    places = _set_before_names(head.doc, index).get(head.lower_, [])
    k = bisect_left(places, (head.left_edge.i, ""))
    near = [place for place in places[:k] if place[0] >= head.i - NAME_LOOK_BACK_TOKENS]
    if near and len({name.lower() for _, name, _ in near}) == 1:
        return near[-1][2]
    if near or head.lower_ in APPOINTED_FIRMS:
        return None  # "the administrator" set before no firm's name: not the company it was appointed to
    return _speaking_in_paragraph(head, index)


def _set_before_names(doc: Doc, index: EntityIndex) -> dict[str, list[tuple[int, str, Cluster]]]:
    """Where the text sets a kind's noun right before an organization's name ("US magazine Mobile PC",
    "the automaker Volkswagen"): (token, name, its cluster) by the noun, made once per doc and kept with
    it. A name the NER did not find is the run of capitalised words after the noun."""
    key = "quotegraph.kinds_before_names"
    if key not in doc.user_data:
        places: dict[str, list[tuple[int, str, Cluster]]] = {}
        for token in doc[:-1]:
            kind = _kind_set_before(token)
            if kind is None or not token.nbor(1).is_title:
                continue
            named = index.cluster_at(token.i + 1)
            if named is None:
                end = token.i + 1
                while end < len(doc) and end < token.i + 6 and (doc[end].is_title or doc[end].is_upper):
                    end += 1
                span = doc[token.i + 1 : end]
                named = Cluster(
                    id=f"named:{span.text.lower()}", name=span.text, type="organization", mentions=[span]
                )
            if named.type == "organization":
                places.setdefault(kind, []).append((token.i, named.name, named))
        doc.user_data[key] = places
    return doc.user_data[key]


def _kind_set_before(token: Token) -> str | None:
    """The kind a noun set before a name gives ("magazine", "administrators" → "administrator"), or None."""
    if token.lower_ in ORGANIZATION_KINDS_NAMED:
        return token.lower_
    singular = token.lower_[:-1] if token.lower_.endswith("s") else token.lower_
    return singular if singular in APPOINTED_FIRMS else None


def _speaking_in_paragraph(head: Token, index: EntityIndex) -> Cluster | None:
    """The organization that is the subject of a speech verb before the head in its paragraph, the nearest."""
    doc = head.doc
    i = head.left_edge.i - 1
    while i >= 0 and i >= head.i - NAME_LOOK_BACK_TOKENS and "\n" not in doc[i].text:
        token = doc[i]
        if token.dep_ in SUBJECT_DEPS and token.head.lemma_.lower() in SPEECH_LEMMAS:
            named = index.cluster_at(token.i)
            if named is not None and named.type == "organization":
                return named
        i -= 1
    return None
