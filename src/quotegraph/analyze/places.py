"""Places: recognise place names in a parsed article and resolve each to a GeoNames entry, offline.

Recognition uses the gazetteer as well as the NER, because en_core_web_sm misses places (it tags
"Kursk" as PRODUCT and "Kyiv" as PERSON): capitalised token sequences are matched against gazetteer
names, then guarded against people's and organisations' names and common words. Resolution picks
one entry per mention from what follows it ("Paris, Texas", "the Kursk region"), the sense the same
name has elsewhere in the article, the countries the article names, and prominence (population,
national capitals). docs/places.md states the rules and their reasons.

Over 500 lines on purpose: recognition and resolution refine the same mentions (`_Mention`), the
one deciding what the other may resolve; the gazetteer they read is apart (analyze/gazetteer.py).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc

from quotegraph.analyze.gazetteer import Entry, Gazetteer, gazetteer, name_key
from quotegraph.records import Place, Span

# A city smaller than this is a place only where the NER backs it and the article names its
# country: the small towns of cities15000 are named like people and words (Sale, Martinez, Enterprise).
MIN_BARE_CITY_POPULATION = 100_000
# A city smaller than this, in an article that names countries but not its own, is more likely a
# namesake the gazetteer lacks: Kent, Washington for the English county; Surrey, British Columbia,
# for the English one. Capitals and cities known abroad are exempt.
MIN_FOREIGN_CITY_POPULATION = 1_000_000
MAX_NAME_TOKENS = 7  # "South Georgia and the South Sandwich Islands"

# Scores are on a log10(population) scale. A first-level division counts as a city of about 300,000
# people: below a same-named big city (bare "Kursk" is the city) and above small towns.
REGION_PRIOR = 5.5
CONTINENT_PRIOR = 10.0
COUNTRY_BONUS = 1.0  # a country outranks a city of its own population
CAPITAL_BONUS = 1.0  # capitals are named far more than their population says (Athens, GR vs GA)
# A place in a country the article names, or a city known abroad, which articles name without
# its country (Venice, Italy, before Venice, California, in an article that names the US).
CONTEXT_BONUS = 1.0
ALTERNATE_PENALTY = 1.0  # "Sale" is the English town before it is Salé, Morocco

NER_PLACE_LABELS = frozenset({"GPE", "LOC"})
# Labels whose names may contain a place name that is no place mention there
# ("American University Kyiv", "Security Service of Ukraine", "Shannon K. Kingston").
NER_OTHER_LABELS = frozenset({"PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "NORP"})
# A word after a name that makes it a first-level division's ("the Kursk region", "Washington state").
DIVISION_WORDS = frozenset({"region", "oblast", "province", "state", "governorate", "krai", "territory"})
# Titles of peers and clergy that take "of" and a place which is no place mention: "the Bishop of
# Durham", "Lord Faulkner of Worcester".
PEERAGES = frozenset(
    "bishop archbishop lord lady duke duchess earl countess baron baroness marquess viscount".split()
)
# A title before a name makes it a person's ("President Biden", "Mr Rice").
TITLES = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady baroness prof prof. rev rev. president "
    "senator sen sen. rep rep. gov gov. governor gen gen. general col col. lt lt. capt capt. captain "
    "judge justice king queen prince princess pope coach chancellor minister secretary".split()
)
# Capitalised words that may follow a place name without making it part of a longer name.
ROLE_WORDS = frozenset({"mayor", "governor", "premier", "police"})
# Capitalised words that may precede a place name without making it part of a longer name.
AREA_WORDS = frozenset(
    "north south east west northern southern eastern western central greater upper lower inner outer "
    "downtown metropolitan".split()
)
TRAILERS = frozenset({"'s", "’s", "'", "’"})


@dataclass
class _Mention:
    """A stretch of text that names one of several gazetteer entries."""

    start: int  # token indices, end exclusive (both -1 for a dateline that is not in the text)
    end: int
    span: Span | None
    key: str
    entries: list[Entry]
    strong: bool = False  # narrowed by a qualifier or a division word: its sense holds for the same name
    dateline: bool = False
    chosen: Entry | None = None


@dataclass
class _NerView:
    """What the NER says about the tokens, gathered once per document."""

    place_tokens: set[int] = field(default_factory=set)  # tokens inside GPE/LOC entities
    gpe_tokens: set[int] = field(default_factory=set)  # tokens inside GPE entities
    person_tokens: set[int] = field(default_factory=set)  # tokens inside PERSON entities
    place_ends: set[int] = field(default_factory=set)  # where GPE/LOC entities end (exclusive)
    other_entity: dict[int, tuple[int, int]] = field(default_factory=dict)  # token -> non-place entity
    groups: set[int] = field(default_factory=set)  # tokens inside ORG and NORP entities
    surnames: set[str] = field(default_factory=set)  # later words of people's full names

    @classmethod
    def of(cls, doc: Doc) -> _NerView:
        view = cls()
        for ent in doc.ents:
            start, end = _trim(doc, ent.start, ent.end)
            if ent.label_ in NER_PLACE_LABELS:
                view.place_tokens.update(range(start, end))
                view.place_ends.add(end)
                if ent.label_ == "GPE":
                    view.gpe_tokens.update(range(start, end))
            elif ent.label_ in NER_OTHER_LABELS:
                view.other_entity.update((i, (start, end)) for i in range(start, end))
                if ent.label_ in ("ORG", "NORP"):
                    view.groups.update(range(start, end))
                if ent.label_ == "PERSON":
                    view.person_tokens.update(range(start, end))
                if ent.label_ == "PERSON" and end - start >= 2:
                    # Not first names: later references use the surname ("Rice" after "Dan Rice"),
                    # and a first name that is a place (Paris, Sydney) would hide the place.
                    view.surnames.update(t.text for t in doc[start + 1 : end] if t.text[:1].isupper())
        return view

    def group(self, token: int) -> bool:
        """Whether the NER calls the token part of an organisation's or a group's name. It mislabels
        places as PERSON or PRODUCT ("Kyiv", "Kursk"), but ORG or NORP on a city's name mostly means
        a company, club or group named after it (Toyota, Leeds United, the Brits)."""
        return token in self.groups

    def backs(self, mention: _Mention) -> bool:
        """Whether the NER calls any token of the mention a place."""
        return any(i in self.place_tokens for i in range(mention.start, mention.end))

    def gpe(self, mention: _Mention) -> bool:
        """Whether the NER calls the mention a city, state or country (LOC is for rivers, regions,
        planets: "Jupiter", "Hyde Park")."""
        return any(i in self.gpe_tokens for i in range(mention.start, mention.end))

    def person(self, mention: _Mention) -> bool:
        return any(i in self.person_tokens for i in range(mention.start, mention.end))


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """An entity without a leading "the" or a trailing possessive: "the United States" -> "United States"."""
    while start < end and doc[start].lower_ == "the":
        start += 1
    while end > start and (doc[end - 1].text in TRAILERS or doc[end - 1].is_punct):
        end -= 1
    return start, end


def extract_places(doc: Doc, dateline: str | None = None) -> list[Place]:
    """Every place the article mentions, resolved to GeoNames, in order of first mention.

    One Place per distinct entry, with all its mention spans (str offsets into doc.text). A dateline
    ("LONDON") is resolved even when it is not in the text; its Place then has no span for it.
    """
    gaz = gazetteer()
    text = doc.text  # spaCy joins it anew on each access
    ner = _NerView.of(doc)
    mentions = list(_dateline_mention(doc, text, dateline, gaz)) if dateline else []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    mentions.extend(m for m in _scan(doc, text, gaz, taken) if not _rejected(doc, m, ner, gaz))
    unknown = _narrow(doc, mentions, gaz)
    mentions = [m for m in mentions if m.key not in unknown]
    countries = _named_countries(mentions, gaz)
    for mention in mentions:
        mention.entries = _candidates(mention, ner, gaz, countries)
    mentions = [m for m in mentions if m.entries]
    _resolve(mentions, countries, gaz)
    return _places(mentions, gaz)


def _dateline_mention(doc: Doc, text: str, dateline: str, gaz: Gazetteer) -> Iterator[_Mention]:
    """The dateline's place ("LONDON", "PARIS, Texas"), found at the start of a line when it is there."""
    name = dateline.strip()
    entries = list(gaz.lookup(_title(name)))  # "WASHINGTON, D.C." is one name
    if not entries:
        name, _, qualifier = (part.strip() for part in name.partition(","))
        entries = list(gaz.lookup(_title(name)))
        if not entries:
            return
        narrowed = _compatible(entries, _qualifier_entries(_title(qualifier), gaz))[0] if qualifier else []
        entries = narrowed or entries
    found = re.search(rf"(?im)^[ \t]*({re.escape(name)})\b", text)
    span = found.span(1) if found else None
    tokens = doc.char_span(*span, alignment_mode="expand") if span is not None else None
    start, end = (tokens.start, tokens.end) if tokens is not None else (-1, -1)
    yield _Mention(start, end, span, name_key(_title(name)), entries, dateline=True)


def _title(name: str) -> str:
    """Datelines are in capitals; the gazetteer is not ("NEW YORK" -> "New York")."""
    return name.title() if name.isupper() else name


def _scan(doc: Doc, text: str, gaz: Gazetteer, taken: set[int]) -> Iterator[_Mention]:
    """Longest gazetteer names starting at capitalised tokens, left to right.

    Works on token offsets rather than Token objects, which spaCy builds anew on every access.
    """
    offsets = doc.to_array([IDX, LENGTH]).tolist()
    starts = [start for start, _ in offsets]
    ends = [start + length for start, length in offsets]
    i = 0
    while i < len(starts):
        mention = None
        if i not in taken and text[starts[i]].isupper():
            mention = _match_at(text, starts, ends, i, gaz)
        if mention is None:
            i += 1
            continue
        yield mention
        i = mention.end


def _match_at(text: str, starts: list[int], ends: list[int], i: int, gaz: Gazetteer) -> _Mention | None:
    first = text[starts[i] : ends[i]]
    caps = first.isupper() and first.isalpha()  # "KYIV" in a heading: kept only if the NER backs it
    reach = gaz.reach.get(first) or (gaz.reach.get(first.title(), 0) if caps else 0)
    for end in range(min(len(starts), i + MAX_NAME_TOKENS), i, -1):
        if ends[end - 1] - starts[i] > reach or not text[starts[end - 1]].isupper():
            continue  # too long for a name that starts so; names end in a capitalised word
        surface = text[starts[i] : ends[end - 1]]
        if "\n" in surface:
            continue
        entries = gaz.lookup(surface) or (gaz.lookup(surface.title()) if caps else ())
        if entries:
            return _Mention(i, end, (starts[i], ends[end - 1]), name_key(surface), list(entries))
    return None


def _rejected(doc: Doc, mention: _Mention, ner: _NerView, gaz: Gazetteer) -> bool:
    """Whether the name is part of another name or a title, a person's name, or a common word."""
    if _inside_other_name(mention, ner) or _after_title(doc, mention.start):
        return True
    if not _names_country(mention):
        if _inside_longer_name(doc, mention, ner) or _surname(doc, mention, ner):
            return True
        if all(e.kind == "city" for e in mention.entries) and _names_a_thing(doc, mention, gaz):
            return True
    if ner.backs(mention) or mention.end - mention.start > 1:
        return False
    first = doc[mention.start]
    # A heading word in capitals the NER does not call a place; "Reading" or "Nice" as ordinary words.
    return (first.is_upper and first.is_alpha and len(first) > 3) or first.pos_ != "PROPN"


def _inside_other_name(mention: _Mention, ner: _NerView) -> bool:
    entity = ner.other_entity.get(mention.start)
    if entity is None or mention.end > entity[1]:
        return False
    if entity != (mention.start, mention.end):
        return True  # "American University Kyiv", "Shannon K. Kingston"
    if entity[1] - entity[0] >= 2 and not _names_country(mention):
        return True  # "White House": a name of several words that the NER calls something else
    # "Toyota", "Leeds", "the Brits": a company, club or group named after a city.
    return ner.group(mention.start) and all(e.kind == "city" for e in mention.entries)


def _after_title(doc: Doc, start: int) -> bool:
    """ "President Biden", "Mr Rice"; "the Bishop of Durham", "Lord Faulkner of Worcester"."""
    if start == 0:
        return False
    if doc[start - 1].lower_ in TITLES:
        return True
    return doc[start - 1].lower_ == "of" and any(
        t.lower_ in PEERAGES for t in doc[max(0, start - 4) : start - 1]
    )


def _surname(doc: Doc, mention: _Mention, ner: _NerView) -> bool:
    """ "Rice" after "Dan Rice", "Dallas" after "referee John Dallas", whatever the NER says."""
    return mention.end - mention.start == 1 and doc[mention.start].text in ner.surnames


def _names_a_thing(doc: Doc, mention: _Mention, gaz: Gazetteer) -> bool:
    """A city's name after a capitalised word and a hyphen ("Spider-Man", "T-Mobile"), or a lesser
    city's after "the" ("the Kent athlete", "the Surrey team"; but "the London conference"), names
    something else."""
    start = mention.start
    if start == 0:
        return False
    before = doc[start - 1]
    if before.lower_ == "the":
        return not any(_sure(e, mention, gaz) for e in mention.entries)
    if before.text not in ("-", "–") or before.whitespace_ or start < 2 or doc[start - 2].whitespace_:
        return False
    prefix = doc[start - 2].text
    # Not "cross-London" or "pro-Moscow", nor a pair of places: "a London-Frankfurt merger".
    return prefix[:1].isupper() and not gaz.lookup(prefix)


def _names_country(mention: _Mention) -> bool:
    return any(e.kind in ("country", "continent") for e in mention.entries)


def _inside_longer_name(doc: Doc, mention: _Mention, ner: _NerView) -> bool:
    """A capitalised word right before or after the name, in the same sentence, makes it part of a
    longer one ("Man Utd", "London Irish"), unless the NER ends a place there ("in Las Vegas Microsoft
    boss Bill Gates said")."""
    if mention.end < len(doc):
        after = doc[mention.end]
        if (
            after.is_alpha
            and after.text[0].isupper()
            and not after.is_sent_start
            and after.lower_ not in ROLE_WORDS | DIVISION_WORDS
            and (mention.end not in ner.place_ends or after.ent_type_ == "NORP")
        ):
            return True
    if mention.start > 0:
        before = doc[mention.start - 1]
        first = doc[mention.start]
        return (
            before.is_alpha
            and before.text[0].isupper()
            and (not before.is_sent_start or before.pos_ == "PROPN")  # "Real Madrid", not "In Madrid"
            and not first.is_sent_start
            and before.lower_ not in AREA_WORDS
        )
    return False


def _narrow(doc: Doc, mentions: list[_Mention], gaz: Gazetteer) -> set[str]:
    """Use what follows a name: a qualifier ("Paris, Texas", "London, Ontario") or a division word.

    Returns the names that turned out to be places the gazetteer lacks ("Park City, Utah"): the
    same name elsewhere in the article is that place too.
    """
    by_start = {m.start: m for m in mentions if m.start >= 0}
    unknown: set[str] = set()
    for mention in mentions:
        if mention.start < 0 or mention.end >= len(doc):
            continue
        after = doc[mention.end]
        if after.text == "," and mention.end + 1 < len(doc):
            if not _qualify(doc, mention, by_start.get(mention.end + 1), gaz):
                unknown.add(mention.key)
        elif after.lower_ in DIVISION_WORDS:
            _divide(mention, after.idx + len(after.text))
    return unknown


def _qualify(doc: Doc, mention: _Mention, qualifier: _Mention | None, gaz: Gazetteer) -> bool:
    """Narrow both names to the pairs that fit. False for a town qualified by a division it is not
    in ("Park City, Utah", "Norfolk, Nebraska"): one the gazetteer lacks."""
    state = gaz.postal.get(doc[mention.end + 1].text.rstrip("."))  # "Paris, TX"
    divisions = [state] if state is not None else []
    if qualifier is not None:
        # Only a name that is nothing but a division: "Frankfurt, New York and San Francisco" is a list.
        divisions = qualifier.entries if all(e.kind == "region" for e in qualifier.entries) else []
        ours, theirs = _compatible(mention.entries, qualifier.entries)
        if ours:
            mention.entries, qualifier.entries = ours, theirs
            mention.strong = qualifier.strong = True
            return True
    ours = _compatible(mention.entries, divisions)[0]
    if ours:
        mention.entries, mention.strong = ours, True
    return bool(ours) or not divisions or any(e.kind != "city" for e in mention.entries)


def _qualifier_entries(name: str, gaz: Gazetteer) -> list[Entry]:
    state = gaz.postal.get(name.upper().rstrip("."))
    return [state] if state is not None else list(gaz.lookup(name))


def _compatible(places: Iterable[Entry], qualifiers: Iterable[Entry]) -> tuple[list[Entry], list[Entry]]:
    """The places that lie in one of the qualifiers (a division or a country), and those qualifiers."""
    ours: dict[int, Entry] = {}
    theirs: dict[int, Entry] = {}
    for place in places:
        for qualifier in qualifiers:
            if _contains(qualifier, place):
                ours[place.geonames_id] = place
                theirs[qualifier.geonames_id] = qualifier
    return list(ours.values()), list(theirs.values())


def _contains(outer: Entry, inner: Entry) -> bool:
    if outer.kind == "country":
        return inner.kind in ("city", "region") and inner.country == outer.country
    if outer.kind == "region":
        return (
            inner.kind == "city" and inner.country == outer.country and inner.admin1_code == outer.admin1_code
        )
    return False


def _divide(mention: _Mention, end_char: int) -> None:
    """ "the Kursk region" names the division, and the mention covers the division word too."""
    divisions = [e for e in mention.entries if e.kind == "region"]
    if divisions and mention.span is not None:
        mention.entries, mention.strong = divisions, True
        mention.span = (mention.span[0], end_char)
        mention.end += 1


def _named_countries(mentions: Iterable[_Mention], gaz: Gazetteer) -> set[str]:
    """The countries the article names for sure: the dateline's and narrowed mentions', and those of
    names whose sure entries and mid-size cities all lie in one country (not "Newcastle", which
    could be in England, Australia or South Africa)."""
    countries: set[str] = set()
    for mention in mentions:
        if mention.dateline or mention.strong:
            found = {_best(mention, set(), gaz).country}
        elif any(_sure(e, mention, gaz) for e in mention.entries):
            plausible = (e for e in mention.entries if _sure(e, mention, gaz) or _midsize(e, mention, gaz))
            found = {e.country for e in plausible}
        else:
            continue
        if len(found) == 1:
            countries.update(c for c in found if c)
    return countries


def _sure(entry: Entry, mention: _Mention, gaz: Gazetteer) -> bool:
    """Whether the entry is a candidate whatever countries the article names."""
    if entry.kind != "city" or mention.dateline or mention.strong:
        return True
    if gaz.is_alternate(mention.key, entry):
        return False
    big = entry.population >= MIN_BARE_CITY_POPULATION
    return (entry.capital and big) or entry.famous or entry.population >= MIN_FOREIGN_CITY_POPULATION


def _midsize(entry: Entry, mention: _Mention, gaz: Gazetteer) -> bool:
    return entry.population >= MIN_BARE_CITY_POPULATION and not gaz.is_alternate(mention.key, entry)


def _eligible(entry: Entry, mention: _Mention, ner: _NerView, gaz: Gazetteer, countries: set[str]) -> bool:
    """Whether the entry is a candidate, given the NER and the countries the article names.

    Below the sure places: not where the NER sees a person ("Elizabeth", "Serena", "Douglas"); a
    mid-size city if the article names its country, or names none and the NER calls it a GPE; a
    small town or an alternate name only if both ("Google" was once an alternate name of Topeka).
    """
    if _sure(entry, mention, gaz):
        return True
    if ner.person(mention):
        return False
    named = entry.country in countries
    if _midsize(entry, mention, gaz):
        return named or (not countries and ner.gpe(mention))
    return named and ner.gpe(mention)


def _candidates(mention: _Mention, ner: _NerView, gaz: Gazetteer, countries: set[str]) -> list[Entry]:
    """The eligible entries; none when the most prominent entry is not eligible: a lesser namesake
    does not stand in for it (Rotterdam, New York, for the Dutch city in an article naming the US)."""
    eligible = [e for e in mention.entries if _eligible(e, mention, ner, gaz, countries)]
    if mention.strong or mention.dateline or not eligible:
        return eligible
    return eligible if _best(mention, countries, gaz) in eligible else []


def _resolve(mentions: list[_Mention], countries: set[str], gaz: Gazetteer) -> None:
    """Pick each mention's entry: the dateline and narrowed mentions first, then the rest.

    A bare name means what the dateline or a narrowed mention of it meant ("Kursk" after "the Kursk
    region", "Paris" after "PARIS, Texas"), but a division does not take over a national capital:
    "Moscow" after "the Moscow region", "Washington" after "Washington state".
    """
    for mention in (m for m in mentions if m.strong or m.dateline):
        mention.chosen = _best(mention, countries, gaz)
        if mention.chosen.country:
            countries.add(mention.chosen.country)
    senses = {m.key: m.chosen for m in mentions if m.chosen is not None}
    for mention in (m for m in mentions if m.chosen is None):
        best = _best(mention, countries, gaz)
        sense = senses.get(mention.key)
        usable = sense in mention.entries and not (sense.kind == "region" and best.capital)
        mention.chosen = sense if usable else best


def _best(mention: _Mention, countries: set[str], gaz: Gazetteer) -> Entry:
    # A name that is a country's is the country, not its same-named capital (Gibraltar, Luxembourg).
    named_here = {e.country for e in mention.entries if e.kind == "country"}
    entries = [e for e in mention.entries if e.kind != "city" or e.country not in named_here]
    return max(entries, key=lambda e: (_score(e, mention, countries, gaz), -e.geonames_id))


def _score(entry: Entry, mention: _Mention, countries: set[str], gaz: Gazetteer) -> float:
    if entry.kind == "continent":
        return CONTINENT_PRIOR
    score = REGION_PRIOR if entry.kind == "region" else math.log10(entry.population + 1)
    if entry.kind == "country":
        score += COUNTRY_BONUS
    elif entry.country in countries or entry.famous:
        score += CONTEXT_BONUS
    if entry.capital:
        score += CAPITAL_BONUS
    if gaz.is_alternate(mention.key, entry):
        score -= ALTERNATE_PENALTY
    return score


def _places(mentions: list[_Mention], gaz: Gazetteer) -> list[Place]:
    places: dict[int, Place] = {}
    for mention in sorted(mentions, key=lambda m: -1 if m.span is None else m.span[0]):
        entry = mention.chosen
        if entry is None:
            continue
        place = places.get(entry.geonames_id)
        if place is None:
            place = places[entry.geonames_id] = Place(
                name=entry.name,
                country=entry.country,
                admin1=gaz.admin1(entry),
                latitude=entry.latitude,
                longitude=entry.longitude,
                geonames_id=entry.geonames_id,
                kind=entry.kind,
            )
        if mention.span is not None:
            place.mentions.append(mention.span)
    return list(places.values())
