"""People and organizations, clustered per article: "Ivan Stupak", "Stupak" and "Stupak's" are one.

The statistical NER is the starting point, but it mislabels surnames on their own ("Stupak" as ORG,
"Merezhko" as NORP), so a later bare surname joins a person cluster by its spelling whatever its
label. Spelling variants one edit apart (Merezhkko / Merezhko) join the same cluster; the warnings
stage reports them.

It also tags clubs and companies as people ("Manchester United", "Lycos"). In news a name is an
organization, whatever the NER says, when it ends on a word that names a club or a company ("United",
"FC", "plc", "Ltd", "Inc", "Europe"), or, on its own, when it is a word of an organization the article names
("Lycos" after "Lycos Europe"); and a person when it follows a title of address ("Ms Reyes"), as
is the full name whose surname does ("Angie Errigo", tagged an organization, and "Ms Errigo").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Self, SupportsIndex

from spacy.tokens import Doc, Span, Token

from quotegraph.analyze.names import NAME_SUFFIXES, PERSON_TITLES, TITLES, one_edit_apart
from quotegraph.records import Entity, SpeakerType

NAME_LABELS = {"PERSON": "person", "ORG": "organization", "NORP": "group"}
# Last words of a club's or a company's name: "Manchester United", "Celtic FC", "Marks and Spencer plc",
# and the region a company's branch is named for ("Lycos Europe"), which ends no person's name.
ORGANIZATION_ENDINGS = frozenset(
    """
    united city fc f.c. afc rovers athletic albion wanderers hotspur rangers plc ltd ltd. inc inc. corp
    corp. llc co. gmbh ag sa group holdings europe asia africa international worldwide uk analytics oil
    energy mining resources petroleum
    consulting partners associates securities capital airlines airways motors telecom communications
    technologies software networks pharmaceuticals studios records
    """.split()
)
# Titles of address: the one word after one is a person's name, whatever the NER says ("Ms Reyes").
# A rank ("Lord Stevens", "Sir Alex") stays part of the name, and is found with it (speakers.py).
ADDRESS_TITLES = frozenset("mr mr. mrs mrs. ms ms. miss dr dr. prof prof.".split())
RANKS = frozenset("sir dame lord lady".split())


# Changes to any cluster's name, type or aliases so far: EntityIndex's look-up tables are checked
# against the clusters only when this moved (a check of every cluster per look-up was quadratic).
# Rewrites are the changes other than aliases appended (one replaced, removed, a new list): the
# tables cannot tell which, and are built anew.
_changes = 0
_rewrites = 0


def _changed(rewrite: bool = True) -> None:
    global _changes, _rewrites
    _changes += 1
    _rewrites += rewrite


class _Aliases(list[str]):
    """A cluster's aliases, a list that counts its changes (_changes)."""

    def append(self, item: str) -> None:
        super().append(item)
        _changed(rewrite=False)

    def extend(self, items: Iterable[str]) -> None:
        super().extend(items)
        _changed(rewrite=False)

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
    mentions: list[Span] = field(default_factory=list)
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

    def add(self, mention: Span, form: str) -> None:
        self.mentions.append(mention)
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


def clean_name(span: Span) -> str:
    """The name without possessive, leading article or title: "the Kremlin's" → "Kremlin"."""
    tokens = [t for t in span if not t.is_space]
    while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].is_punct):
        tokens = tokens[:-1]
    while tokens and tokens[0].lower_ in {"the", "a", "an"}:
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[0].lower_ in TITLES and tokens[1].is_title:
        tokens = tokens[1:]
    text = "".join(t.text_with_ws for t in tokens).strip()
    return text[:-2] if text.endswith("'s") or text.endswith("’s") else text


def _deletions(word: str) -> set[str]:
    """The word and the word with each one letter deleted. Two words one edit apart share one of
    these (a deletion: the shorter word; a changed letter: both without it), so the words one edit
    from a surname are found by look-up among these keys, then checked with one_edit_apart."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def preferred_spelling(forms: dict[str, list[tuple[int, int]]], first: str, second: str) -> str:
    """The more frequent spelling; on a tie the later one (a correction is usually the later form)."""
    return max((first, second), key=lambda f: (len(forms[f]), max(start for start, _ in forms[f])))


class EntityIndex:
    """The clusters of one article, with lookup by name form."""

    def __init__(self) -> None:
        self.clusters: list[Cluster] = []
        # person_by_name's lookup tables, and the state of the clusters they were built from: clusters
        # gain aliases and change names as the stages go, and the tables are built again when they do.
        self._built_from: tuple[tuple[str, str, int], ...] = ()  # (name, type, alias count) each
        self._checked_at: tuple[int, int, int] = (-1, -1, -1)  # (clusters, _changes, _rewrites) then
        self._by_form: dict[str, int] = {}
        self._by_surname: dict[str, int] = {}
        self._near_surname: dict[str, list[int]] = {}

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
        # Else the first person cluster (in order) whose surname is one letter off the form's last word.
        nearby = sorted({i for key in _deletions(parts[-1]) for i in near_surname.get(key, ())})
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
        state = [(c.name, c.type, len(c.aliases)) for c in self.clusters]
        built = self._built_from
        if (
            self._checked_at[2] != _rewrites
            or len(state) < len(built)
            or any(old[:2] != new[:2] or old[2] > new[2] for old, new in zip(built, state, strict=False))
        ):
            self._by_form, self._by_surname, self._near_surname = {}, {}, {}
            built = ()
        for i in range(len(state)):
            old = built[i] if i < len(built) else None
            if old != state[i] and self.clusters[i].type == "person":
                self._add_person(i, old[2] if old is not None else None)
        self._built_from = tuple(state)
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
            for key in _deletions(cluster.surname):  # clusters are added in order: each list stays sorted
                self._near_surname.setdefault(key, []).append(i)

    def organization_by_name(self, form: str) -> Cluster | None:
        lowered = form.lower()
        return next(
            (c for c in self.clusters if c.type != "person" and lowered in {a.lower() for a in c.aliases}),
            None,
        )

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
        """The organization whose name has this word ("Lycos" in "Lycos Europe"), if exactly one has."""
        lowered = word.lower()
        found = [
            c
            for c in self.clusters
            if c.type == "organization" and any(lowered in a.lower().split() for a in [c.name, *c.aliases])
        ]
        return found[0] if len(found) == 1 else None

    def last_person_before(self, token: int) -> Cluster | None:
        """The person named last before a token: what "he" or "she" there most likely refers to."""
        named = [c for c in self.clusters if c.type == "person" and any(m.start < token for m in c.mentions)]
        if not named:
            return None
        return max(named, key=lambda c: max(m.start for m in c.mentions if m.start < token))

    def new(self, name: str, kind: SpeakerType) -> Cluster:
        cluster = Cluster(id=f"e{len(self.clusters) + 1}", name=name, type=kind)
        self.clusters.append(cluster)
        return cluster


def cluster_entities(doc: Doc) -> EntityIndex:
    """Cluster PERSON and ORG mentions: full names first, so that surnames can find them."""
    index = EntityIndex()
    people = [e for e in doc.ents if (e.label_ == "PERSON" and not names_organization(e)) or _after_title(e)]
    for ent in people:
        form = clean_name(ent)
        if len(form.split()) < 2:
            continue
        cluster = index.person_by_name(form) or index.new(form, "person")
        cluster.add(ent, form)
    addressed = _addressed_surnames(doc)
    for ent in doc.ents:
        form = clean_name(ent)
        if not form or ent.label_ not in NAME_LABELS:
            continue
        if ent.label_ != "PERSON" and (
            _person_by_address(form, addressed) or _in_apposition_to_a_person(ent)
        ):
            cluster = index.person_by_name(form) or index.new(form, "person")
            cluster.add(ent, form)
            continue
        person = index.person_by_name(form) if len(form.split()) == 1 else None
        if person is not None:
            if ent not in person.mentions:
                person.add(ent, form)
        elif _addressed(ent, RANKS):  # "Lord Butler" with "Butler" tagged ORG: the rank is part of the name
            ranked = doc[ent.start - 1 : ent.end]
            form = f"{ranked[0].text} {form}"
            cluster = index.person_by_name(form) or index.new(form, "person")
            cluster.add(ranked, form)
        elif _addressed(ent):  # "Ms Reyes" with "Reyes" tagged ORG: a person named once by surname
            cluster = index.new(form, "person")
            cluster.add(ent, form)
        elif (ent.label_ == "ORG" or names_organization(ent)) and not _after_title(ent):
            cluster = (
                index.organization_by_name(form)
                or index.organization_by_initials(form)
                or index.new(form, "organization")
            )
            cluster.add(ent, form)
    _add_unlabelled_surnames(doc, index)
    for cluster in index.clusters:
        cluster.mentions.sort(key=lambda m: m.start)
        if cluster.type == "person":
            _settle_spelling(cluster)
    return index


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


def _after_title(ent: Span) -> bool:
    return (
        ent.start > 0
        and len(ent) >= 2
        and ent.label_ in {"GPE", "ORG", "FAC", "LOC", "NORP"}
        and ent.doc[ent.start - 1].lower_ in PERSON_TITLES
        and all(t.is_title for t in ent)
    )


def _addressed_surnames(doc: Doc) -> set[str]:
    """The words written after a title of address anywhere in the article ("Errigo" of "Ms Errigo")."""
    return {t.text for t in doc[1:] if t.is_title and t.nbor(-1).lower_ in ADDRESS_TITLES}


def _in_apposition_to_a_person(ent: Span) -> bool:
    """ "The woman's lawyer, Dolores M Troiani, said": a name set beside a person's title is a person's,
    whatever the NER labelled it."""
    words = [t for t in ent if not t.is_punct and t.tag_ != "POS"]
    return (
        2 <= len(words) <= 4
        and all(t.is_title or (len(t.text) <= 2 and t.text[:1].isupper()) for t in words)
        and words[-1].lower_ not in ORGANIZATION_ENDINGS
        and ent.root.dep_ == "appos"
        and ent.root.head.lower_ in PERSON_TITLES
    )


def _person_by_address(form: str, addressed: set[str]) -> bool:
    """ "Empire's Angie Errigo", tagged an organization, is a person when the article writes "Ms Errigo"."""
    words = form.split()
    return (
        2 <= len(words) <= 3
        and words[-1] in addressed
        and all(w[:1].isupper() for w in words)
        and words[-1].lower() not in ORGANIZATION_ENDINGS
    )


def names_organization(ent: Span) -> bool:
    """A name the NER calls a person that ends on a club's or a company's word ("Manchester United"),
    or on a plural ("the Lib Dems": a party, not a person)."""
    words = [t for t in ent if not t.is_punct and t.tag_ != "POS"]
    return len(words) >= 2 and (words[-1].lower_ in ORGANIZATION_ENDINGS or words[-1].tag_ == "NNPS")


def initials(name: str) -> str:
    """ "World Health Organization" → "WHO": the first letters of its capitalised words."""
    return "".join(w[0] for w in name.split() if w[:1].isupper() and w.isalpha())


def in_organization_name(token: Token) -> bool:
    """A word of a name the NER calls a person that names_organization says is not one ("United" in
    "Manchester United striker Ole Gunnar Solskjaer")."""
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return ent is not None and ent.label_ == "PERSON" and names_organization(ent)


def _addressed(ent: Span, titles: frozenset[str] = ADDRESS_TITLES) -> bool:
    """One capitalised word right after a title of address ("Ms Reyes"), whatever the NER labelled it."""
    words = [t for t in ent if not t.is_punct and t.tag_ != "POS"]
    return (
        len(words) == 1
        and words[0].is_title
        and ent.start > 0
        and ent.doc[ent.start - 1].lower_ in titles
        and ent.label_ in NAME_LABELS
    )


def _add_unlabelled_surnames(doc: Doc, index: EntityIndex) -> None:
    """Proper nouns the NER missed or mislabelled that spell a known person's surname."""
    labelled = {t.i for c in index.clusters for m in c.mentions for t in m}
    for token in doc:
        if token.i in labelled or token.pos_ != "PROPN" or not token.is_title:
            continue
        cluster = index.person_by_name(token.text)
        if cluster is not None and token.text.lower() not in {"president"}:
            cluster.add(doc[token.i : token.i + 1], token.text)
