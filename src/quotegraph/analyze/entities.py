"""People and organizations, clustered per article: "Ivan Stupak", "Stupak" and "Stupak's" are one.

The statistical NER is the starting point, but it mislabels surnames on their own ("Stupak" as ORG,
"Merezhko" as NORP), so a later bare surname joins a person cluster by its spelling whatever its
label. Spelling variants one edit apart (Merezhkko / Merezhko) join the same cluster; the warnings
stage reports them.

It also tags clubs and companies as people ("Manchester United", "Lycos"). In news a name is an
organization, whatever the NER says, when it ends on a word that names a club or a company ("United",
"FC", "plc", "Ltd", "Inc", "Europe"), or when a noun for a firm or a paper sets it ("miner Barrick
Gold", "marketing magazine New Media Age"); on its own, when it is a word of an organization the
article names ("Lycos" after "Lycos Europe"); and a person when it follows a title of address ("Ms
Reyes"), as is the full name whose surname does ("Angie Errigo", tagged an organization, and "Ms Errigo").
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Self, SupportsIndex

from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

from quotegraph.analyze.church_names import with_church_names
from quotegraph.analyze.firm_surnames import read_as_surname
from quotegraph.analyze.headings import label_length
from quotegraph.analyze.headline_names import surname_of_descriptor
from quotegraph.analyze.name_kinds import (
    NAME_LABELS,
    OPENING_ROLES,
    ORGANIZATION_DESCRIPTORS,
    RANKS,
    addressed_surnames,
    after_address_title,
    after_title,
    in_apposition_to_a_person,
    initials,
    institution_head,
    names_organization,
    person_by_address,
    sets_a_job,
    short_firm_names,
    titled_names,
)
from quotegraph.analyze.name_repairs import (
    DASHES,
    SURNAME_PARTICLES,
    described_from,
    hyphenated_rest,
    lone_person_words,
    mended,
    name_repaired,
    opens_a_title,
    opens_name,
    quoted_tokens,
    taken_for_organization,
    titled_particle,
    trimmed_parts,
)
from quotegraph.analyze.names import NAME_SUFFIXES, TITLES, one_edit_apart, preferred_spelling
from quotegraph.analyze.names import one_letter_deletions as deletions
from quotegraph.analyze.real_names import join_real_names
from quotegraph.analyze.series_titles import is_series_title
from quotegraph.analyze.unlabelled_surnames import add_unlabelled_surnames
from quotegraph.analyze.web_names import with_web_names
from quotegraph.analyze.word_first_names import with_word_first_names
from quotegraph.analyze.work_titles import without_work_titles
from quotegraph.records import Entity, SpeakerType

# Changes to any cluster's name, type or aliases so far: EntityIndex's look-up tables are checked
# against the clusters only when this moved (a check of every cluster per look-up was quadratic).
# Rewrites are the changes other than aliases appended (one replaced, removed, a new list): the
# tables cannot tell which, and are built anew.
_changes = 0
_rewrites = 0
# Mentions added to any cluster so far (Cluster.add, the only way they are added): cluster_at and
# last_person_before read the clusters' mentions again only when this moved.
_mentions_added = 0


def _changed(rewrite: bool = True) -> None:
    global _changes, _rewrites
    _changes += 1
    _rewrites += rewrite


class _Aliases(list[str]):
    """A cluster's aliases, a list that counts its changes (_changes). Aliases appended are also
    noted in `appended` (when the index watches the list: EntityIndex._person_tables), as the
    cluster's `position`, so that the index reads those clusters again, not every cluster."""

    appended: list[int] | None = None
    position = -1

    def append(self, item: str) -> None:
        super().append(item)
        _changed(rewrite=False)
        self._note()

    def extend(self, items: Iterable[str]) -> None:
        super().extend(items)
        _changed(rewrite=False)
        self._note()

    def _note(self) -> None:
        if self.appended is not None:
            self.appended.append(self.position)

    def insert(self, index: SupportsIndex, item: str) -> None:
        super().insert(index, item)
        _changed()

    def remove(self, item: str) -> None:
        super().remove(item)
        _changed()

    def pop(self, index: SupportsIndex = -1) -> str:
        _changed()
        return super().pop(index)

    def clear(self) -> None:
        super().clear()
        _changed()

    def __setitem__(self, index: Any, value: Any) -> None:
        super().__setitem__(index, value)
        _changed()

    def __delitem__(self, index: Any) -> None:
        super().__delitem__(index)
        _changed()

    def __iadd__(self, items: Iterable[str]) -> Self:  # type: ignore[override,misc]
        self.extend(items)
        return self


@dataclass
class Cluster:
    """One person or organization and every mention of it in the article."""

    id: str
    name: str
    type: SpeakerType
    aliases: list[str] = field(default_factory=list)
    mentions: list[TokenSpan] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    age: int | None = None  # "Smith, 58, said" (roles.assign_roles)

    def __setattr__(self, attribute: str, value: Any) -> None:
        if attribute == "aliases" and not isinstance(value, _Aliases):
            value = _Aliases(value)
        first = attribute not in self.__dict__  # set by __init__: a new cluster, no rewrite
        super().__setattr__(attribute, value)
        if attribute in ("name", "type", "aliases"):
            _changed(rewrite=not first)

    @property
    def surname(self) -> str:
        """The last word of the name that is not a suffix: "Phillips" of "Walter M Phillips Jr"."""
        words = [w for w in self.name.split() if w.lower() not in NAME_SUFFIXES] or self.name.split()
        return words[-1].lower()

    def add(self, mention: TokenSpan, form: str) -> None:
        global _mentions_added
        self.mentions.append(mention)
        _mentions_added += 1
        if form not in self.aliases:
            self.aliases.append(form)

    def surname_spellings(self) -> dict[str, list[tuple[int, int]]]:
        """Each spelling of the surname with the character spans where it is written."""
        forms: dict[str, list[tuple[int, int]]] = {}
        for mention in self.mentions:
            surname = ([t for t in mention if t.tag_ != "POS"] or list(mention))[-1]
            forms.setdefault(surname.text, []).append((surname.idx, surname.idx + len(surname.text)))
        return forms

    def to_entity(self) -> Entity:
        return Entity(
            id=self.id,
            name=self.name,
            type=self.type,
            aliases=list(self.aliases),
            roles=list(self.roles),
            mentions=[(m.start_char, m.end_char) for m in self.mentions],
        )


# Marks that open no name: a dash or bullet the NER took in with the name after it, or the double
# quotation mark that closed a quotation right before it ('"…," Jean-Michel Lemetayer … told').
LEADING_MARKS = DASHES | {"•", "*", ":", '"', "“", "”", "«", "»", "„"}


def clean_name(span: TokenSpan) -> str:
    """The name without possessive, leading article, title or a firm's description: "the Kremlin's" →
    "Kremlin", "Miner Highland Gold" (opening a sentence) → "Highland Gold"."""
    tokens = name_repaired([t for t in span if not t.is_space])  # "Describing Mr Jackson", "Holcomb's 2016"
    while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].is_punct):
        tokens = tokens[:-1]
    while tokens and tokens[0].text in LEADING_MARKS:
        tokens = tokens[1:]  # a headline's "Abortion not a poll issue - Blair": the NER takes the dash
    while tokens and tokens[0].lower_ in {"the", "a", "an"}:
        tokens = tokens[1:]
    tokens = tokens[label_length(tokens) :]  # "Summary Studies": a page's box label, no part of a name
    # A description opening the sentence is dropped only before a capitalised word: "Bank of America"
    # and "Bank of England" are whole names, never "of America".
    if len(tokens) > 2 and tokens[0].lower_ in ORGANIZATION_DESCRIPTORS and opens_name(tokens):
        tokens = tokens[1:]
    if len(tokens) > 1 and tokens[0].lower_ in OPENING_ROLES and opens_name(tokens):
        tokens = tokens[1:]  # "Striker Thierry Henry", "Veteran Martinez": capitalised as the sentence opens
    while len(tokens) > 1 and tokens[0].lower_ in TITLES and (tokens[1].is_title or titled_particle(tokens)):
        tokens = tokens[1:]
    tokens = tokens[described_from(tokens) :]
    tokens += hyphenated_rest(tokens[-1]) if tokens else []  # "his ex-girlfriend", never "his ex"
    text = "".join(t.text_with_ws for t in tokens).strip()
    return text[:-2] if text.endswith("'s") or text.endswith("’s") else text


class EntityIndex:
    """The clusters of one article, with lookup by name form."""

    def __init__(self) -> None:
        self.clusters: list[Cluster] = []
        # person_by_name's lookup tables, and the state of the clusters they were built from: clusters
        # gain aliases and change names as the stages go, and the tables are built again when they do.
        self._alias_counts: list[int] = []  # how many of each cluster's aliases the tables hold
        self._appended: list[int] = []  # the clusters whose aliases were appended to since (_Aliases)
        self._checked_at: tuple[int, int, int] = (-1, -1, -1)  # (clusters, _changes, _rewrites) then
        self._by_form: dict[str, int] = {}
        self._by_surname: dict[str, int] = {}
        self._near_surname: dict[str, list[int]] = {}
        # organization_by_name's table (kept with the person tables), and last_person_before's sorted
        # person mentions with the state they were sorted in.
        self._organization_by_alias: dict[str, int] = {}
        self._person_starts: list[tuple[int, int]] = []
        self._starts_of: tuple[int, int, int, int] = (-1, -1, -1, -1)
        # cluster_at's table: token -> the first cluster (in order) with a mention over it, and how many
        # of each cluster's mentions it holds. Mentions are only ever added (cluster_entities sorts them
        # in place, before any look-up), so the ones past that count are the new ones.
        self._cluster_at: dict[int, int] = {}
        self._mentions_read: list[int] = []
        self._read_at: tuple[int, int] = (-1, -1)  # (clusters, _mentions_added) when last read

    def person_by_name(self, form: str) -> Cluster | None:
        """A person cluster for a full name or a surname, exact or one letter off."""
        lowered = form.lower()
        parts = lowered.split()
        if len(parts) == 1 and parts[0] in NAME_SUFFIXES:
            return None  # "Jr" is no one's surname: two people named "… Jr" are not one
        by_form, by_surname, near_surname = self._person_tables()
        # The first cluster (in order) with this name or alias, or this surname for a one-word form.
        found = [
            i
            for i in (by_form.get(lowered), by_surname.get(parts[0]) if len(parts) == 1 else None)
            if i is not None
        ]
        if found:
            return self.clusters[min(found)]
        if not parts:
            return None
        particled = by_surname.get(parts[-1]) if parts[0] in SURNAME_PARTICLES and len(parts) > 1 else None
        if particled is not None and self.clusters[particled].name.lower().endswith(f" {lowered}"):
            return self.clusters[particled]  # "de Vabres", "Van Der Beek": the surname with its particles
        # Else the first person cluster (in order) whose surname is one letter off the form's last word.
        nearby = sorted({i for key in deletions(parts[-1]) for i in near_surname.get(key, ())})
        for i in nearby:
            cluster = self.clusters[i]
            if one_edit_apart(parts[-1], cluster.surname):
                first_ok = len(parts) == 1 or parts[0] == cluster.name.split()[0].lower()
                if first_ok:
                    return cluster
        return None

    def _person_tables(self) -> tuple[dict[str, int], dict[str, int], dict[str, list[int]]]:
        """Lower-cased names and aliases, and surnames, to the first person cluster that has them; and
        the surname with each one letter deleted to the person clusters (in order) that have it. One
        dictionary look-up per mention instead of a pass over every cluster (quadratic in long texts).
        New clusters and new aliases are added to the tables; a changed name or type builds them anew."""
        if self._checked_at == (len(self.clusters), _changes, _rewrites):  # nothing added or changed
            return self._by_form, self._by_surname, self._near_surname
        counts = self._alias_counts
        if self._checked_at[2] != _rewrites:  # a name or type changed, an alias replaced or removed
            self._by_form, self._by_surname, self._near_surname = {}, {}, {}
            self._organization_by_alias = {}
            counts.clear()
        # Else only clusters and aliases were added: the tables take in the new ones, those of the
        # clusters added since and of the clusters whose aliases noted an append (not a pass over
        # every cluster at each change: quadratic in long texts).
        appended = sorted(set(self._appended))
        self._appended.clear()
        for i in [*(i for i in appended if i < len(counts)), *range(len(counts), len(self.clusters))]:
            cluster = self.clusters[i]
            known = counts[i] if i < len(counts) else None
            if known == len(cluster.aliases):
                continue
            if cluster.type == "person":
                self._add_person(i, known)
            else:
                self._add_organization(i, known)
            if known is None:
                counts.append(len(cluster.aliases))
                aliases = cluster.aliases
                if isinstance(aliases, _Aliases):  # watched from now on
                    aliases.appended, aliases.position = self._appended, i
            else:
                counts[i] = len(cluster.aliases)
        self._checked_at = (len(self.clusters), _changes, _rewrites)
        return self._by_form, self._by_surname, self._near_surname

    def _add_person(self, i: int, known_aliases: int | None) -> None:
        """Add cluster i's names to the tables: all of them when new (known_aliases None), else the
        aliases past the first known_aliases. Each table keeps the first cluster in order."""
        cluster = self.clusters[i]
        new = known_aliases is None
        names = [cluster.name, *cluster.aliases] if new else cluster.aliases[known_aliases:]
        for name in names:
            if self._by_form.get(name.lower(), i) >= i:
                self._by_form[name.lower()] = i
        if new:
            if self._by_surname.get(cluster.surname, i) >= i:
                self._by_surname[cluster.surname] = i
            for key in deletions(cluster.surname):  # clusters are added in order: each list stays sorted
                self._near_surname.setdefault(key, []).append(i)

    def _add_organization(self, i: int, known_aliases: int | None) -> None:
        """Add a cluster that is no person's aliases (all, or those past the first known_aliases) to
        organization_by_name's table, which keeps the first cluster in order."""
        for alias in self.clusters[i].aliases[known_aliases or 0 :]:
            if self._organization_by_alias.get(alias.lower(), i) >= i:
                self._organization_by_alias[alias.lower()] = i

    def organization_by_name(self, form: str) -> Cluster | None:
        """The first cluster (in order) that is no person's and has this alias, in any case."""
        self._person_tables()  # brings organization_by_name's table up to date with them
        found = self._organization_by_alias.get(form.lower())
        return None if found is None else self.clusters[found]

    def organization_by_initials(self, form: str) -> Cluster | None:
        """The organization named earlier whose initials an acronym spells: "WHO" after "World Health
        Organization", "CIPS" after "Chartered Institute of Purchasing and Supply"."""
        if not (2 <= len(form) <= 6 and form.isalpha() and form.isupper()):
            return None
        return next(
            (c for c in self.clusters if c.type == "organization" and initials(c.name) == form),
            None,
        )

    def organization_with_word(self, word: str) -> Cluster | None:
        """The organization whose name has these words ("Lycos" in "Lycos Europe"), if only one has them."""
        lowered, placed = f" {word.lower()} ", f" of {word.lower()} "  # "Vietnam": not "Academy of Vietnam"
        found = [
            c
            for c in self.clusters
            if c.type == "organization"
            and any(lowered in (n := f" {a.lower()} ") and placed not in n for a in [c.name, *c.aliases])
        ]
        return found[0] if len(found) == 1 else None

    def last_person_before(self, token: int) -> Cluster | None:
        """The person named last before a token: what "he" or "she" there most likely refers to (of two
        named at the same token, the first cluster in order)."""
        starts = self._person_mention_starts()
        k = bisect_left(starts, (token, -len(self.clusters)))  # starts[:k] begin before the token
        return self.clusters[-starts[k - 1][1]] if k else None

    def _person_mention_starts(self) -> list[tuple[int, int]]:
        """(start, -cluster index) of every person mention, sorted: the last one before a token is the
        latest mention there, and the first cluster of those that share it. Sorted again only when
        clusters, names, types or mentions changed (a scan of every mention for each pronoun was
        quadratic in long texts)."""
        state = (len(self.clusters), _changes, _rewrites, _mentions_added)
        if state != self._starts_of:
            self._person_starts = sorted(
                (m.start, -i) for i, c in enumerate(self.clusters) if c.type == "person" for m in c.mentions
            )
            self._starts_of = state
        return self._person_starts

    def cluster_at(self, token: int) -> Cluster | None:
        """The first cluster (in order) with a mention over the token. The mentions added since the
        last call are read into a table (a scan of every mention per call was quadratic in long texts)."""
        if self._read_at != (len(self.clusters), _mentions_added):
            read = self._mentions_read
            read.extend(0 for _ in range(len(self.clusters) - len(read)))
            for i, cluster in enumerate(self.clusters):
                if len(cluster.mentions) > read[i]:
                    for mention in cluster.mentions[read[i] :]:
                        for covered in range(mention.start, mention.end):
                            if self._cluster_at.get(covered, i) >= i:
                                self._cluster_at[covered] = i
                    read[i] = len(cluster.mentions)
            self._read_at = (len(self.clusters), _mentions_added)
        found = self._cluster_at.get(token)
        return None if found is None else self.clusters[found]

    def new(self, name: str, kind: SpeakerType) -> Cluster:
        cluster = Cluster(id=f"e{len(self.clusters) + 1}", name=name, type=kind)
        self.clusters.append(cluster)
        return cluster


def cluster_entities(doc: Doc) -> EntityIndex:
    """Cluster PERSON and ORG mentions: full names first, so that surnames can find them."""
    index = EntityIndex()
    parts = [surname_of_descriptor(p) for e in doc.ents for p in trimmed_parts(e)]  # "Mogul Wilson": Wilson
    ents = with_church_names(doc, with_web_names(doc, mended(parts)))  # "Suprnova.Org"; church_names
    ents = with_word_first_names(doc, ents)  # "Will Davies" read as a modal and a noun (word_first_names)
    ents = without_work_titles(ents)  # "worked on the … trilogy, Finding Nemo", "drama Wasp" (work_titles)
    ents = [e for e in ents if not is_series_title(e)]  # "the Harry Potter films" (series_titles.py)
    # A name news writes for an organization once ("budget airline Virgin Blue", "The Bat spokeswoman")
    # is one wherever the NER called it a person ("Virgin Blue said").
    firms = {clean_name(e) for e in ents if e.label_ == "PERSON" and (names_organization(e) or sets_a_job(e))}
    people = [e for e in ents if (e.label_ == "PERSON" and clean_name(e) not in firms) or after_title(e)]
    firms |= (shorts := short_firm_names(firms, [clean_name(e) for e in people]))
    for ent in people:
        form = clean_name(ent)
        if len(form.split()) < 2:
            continue
        cluster = index.person_by_name(form) or index.new(form, "person")
        cluster.add(ent, form)
    addressed, titles, alone = addressed_surnames(doc), titled_names(doc), lone_person_words(ents)
    first_words, quoted = _first_words(index), quoted_tokens(doc)  # "Liu" after "… Liu Xiaming"
    for ent in ents:
        form = clean_name(ent)
        if not form or ent.label_ not in NAME_LABELS:
            continue
        titled = len(form.split()) == 1 and form in titles  # "Trump" after "President Trump"
        named = person_by_address(form, addressed) or in_apposition_to_a_person(ent) or titled
        if ent.label_ != "PERSON" and (named or taken_for_organization(ent, alone)):
            cluster = index.person_by_name(form) or index.new(form, "person")
            cluster.add(ent, form)
            continue
        person = index.person_by_name(form) if read_as_surname(ent, form, ents) else None  # firm_surnames
        if person is None and ent.label_ == "PERSON" and ent.start not in quoted:
            person = first_words.get(form)  # not a speaker's "to have Paula in the team"
        if person is not None:
            if ent not in person.mentions:
                person.add(ent, form)
        elif after_address_title(ent, RANKS):  # "Lord Butler", "Butler" tagged ORG: the rank is in the name
            ranked = doc[ent.start - 1 : ent.end]
            form = f"{ranked[0].text} {form}"
            cluster = index.person_by_name(form) or index.new(form, "person")
            cluster.add(ranked, form)
        elif after_address_title(ent):  # "Ms Reyes" with "Reyes" tagged ORG: a person named once by surname
            cluster = index.new(form, "person")
            cluster.add(ent, form)
        elif (ent.label_ == "ORG" or names_organization(ent) or form in firms) and not (
            after_title(ent) or opens_a_title(ent)  # "Public Ombudsman Nadia Cruz": no organization "Public"
        ):
            cluster = (
                index.organization_by_name(form)
                or index.organization_by_initials(form)
                or (index.organization_with_word(form) if form in shorts or institution_head(ent) else None)
                or index.new(form, "organization")
            )
            cluster.add(ent, form)
    add_unlabelled_surnames(doc, index)  # unlabelled_surnames.py
    # "50 Cent, real name Curtis Jackson": one person (real_names.py)
    index = join_real_names(doc, index, clean_name)
    for cluster in index.clusters:
        cluster.mentions.sort(key=lambda m: m.start)
        if cluster.type == "person":
            _settle_spelling(cluster)
    return index


ROYAL_TITLES = frozenset("prince princess king queen pope".split())


def _first_words(index: EntityIndex) -> dict[str, Cluster]:
    """The first word of each person's full name that no other person's name opens with: a one-word
    name the NER calls a person, that is no one's surname, is the person whose name it opens. Chinese
    and Korean names put the family name first ("China's ambassador to Britain Liu Xiaming has said …
    Liu said"); a first name alone is the one person of that first name too ("Venus" after "Venus
    Williams"); never a rank or a royal title ("Prince" is not "Prince Charles")."""
    found: dict[str, Cluster | None] = {}
    for cluster in index.clusters:
        words = cluster.name.split()
        first = words[0] if len(words) >= 2 and words[0].lower() not in RANKS | ROYAL_TITLES else ""
        if cluster.type == "person" and first.istitle() and first.isalpha():
            found[words[0]] = cluster if found.get(words[0], cluster) is cluster else None
    return {word: cluster for word, cluster in found.items() if cluster is not None}


def _settle_spelling(cluster: Cluster) -> None:
    """Name a person by the preferred one of two surname spellings; both stay as aliases."""
    forms = cluster.surname_spellings()
    written = cluster.name.split()[-1]
    for other in forms:
        if written in forms and one_edit_apart(other.lower(), written.lower()):
            preferred = preferred_spelling(forms, written, other)
            cluster.name = " ".join([*cluster.name.split()[:-1], preferred])
            if cluster.name not in cluster.aliases:
                cluster.aliases.append(cluster.name)
            return
