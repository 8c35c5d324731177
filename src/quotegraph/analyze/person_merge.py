"""The rules that merge named people across articles into persons, with a confidence per merge.

An article's speaker is already one cluster of that article ("Dmitry Peskov", "Peskov", "Mr Peskov").
Across articles the same person is written "Dmitry Peskov", "Dmitri Peskov", "Dmitry S. Peskov",
"D. Peskov", "Kremlin spokesperson Dmitry Peskov" or only "Peskov". Candidates are blocked by surname
(a surname and its spellings one letter apart, analyze/names.py), then:

- Full names join the person of a full name that agrees on every given name both have: the same
  name, a middle name more or fewer ("George W Bush" / "George Bush"), a spelling variant of a first
  name or surname (Dmitry / Dmitri, Merezhkko / Merezhko), or an initial ("T. Blair"). Never when a
  given name disagrees (Tony / Cherie Blair; George H W / George W Bush), nor when both have roles and
  no role word is shared. A name that fits several persons equally (J Smith: John or Jane) joins none.
- A bare surname ("Blair", "Mr Blair") is decided per article, among the full names spelled with that
  very surname (one letter off is too often another name: Goldman / Goodman): the one whose roles share
  a word with the article's role for the speaker; without that evidence the only one, or the dominant
  one (three times the articles of the next and three quarters of them all) with a low confidence.
  Otherwise, or when its role conflicts with every candidate, it joins the other bare forms of the
  surname, or stays a person of its own. "Sir Howard" is a first name and is never merged.

Organizations, groups and anonymous sources never reach these rules (store/persons.py, which stores
what they decide). Language work, not storage: no database here, and no spaCy.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from quotegraph.analyze.names import PERSON_TITLES, english_stop_words, one_edit_apart

_NOT_WORD = re.compile(r"[\W_]+")


def normalize_name(name: str) -> str:
    """Case, accents and punctuation aside: "José  Álvarez-Ruiz" and "jose alvarez ruiz" are one name."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_WORD.sub(" ", bare.casefold()).strip()


# Confidence of each rule: how sure the merge is that two ways of writing are one person.
CONFIDENCE = {
    "same name": 1.0,
    "middle name": 0.95,
    "spelling variant": 0.85,
    "initial": 0.8,
    "surname, first name in article": 0.8,
    "surname, role agrees": 0.75,
    "surname, only candidate": 0.7,
    "surname, role picks": 0.6,
    "surname, dominant": 0.5,
    "same surname": 0.6,  # bare surnames with no full name of that surname to join
}
# A surname matched only through a spelling one letter off is less sure than one spelled the same.
VARIANT_SURNAME_PENALTY = 0.1
# Given-name agreement, best first (see _given_match).
_MATCH_RANK = {"same name": 0, "middle name": 1, "spelling variant": 2, "initial": 3}
DOMINANT_RATIO = 3
DOMINANT_SHARE = 0.75

# Peers and clergy are "Lord Goldsmith", "Archbishop Tutu": the title, then the surname.
_RANKS = frozenset("lord lady baroness baron archbishop bishop cardinal".split())
_TITLE_WORDS = frozenset(normalize_name(title) for title in PERSON_TITLES) | _RANKS
# "Sir Howard" and "Dame Judi" name a knight by the first name: that one word is not a surname.
_FIRST_NAME_TITLES = frozenset({"sir", "dame"})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_PARTICLES = frozenset({"de", "da", "di", "del", "van", "von", "der", "den", "le", "la", "du", "bin", "al"})
_HONORIFICS = frozenset("mr mrs ms miss dr sir dame prof rev".split()) | _RANKS
# "wife of the prime minister" is a wife, not a prime minister: only the head of such a role counts.
_RELATIONS = frozenset(
    "wife husband son daughter mother father brother sister widow partner friend aide adviser".split()
)
_ROLE_STOPWORDS = frozenset(
    "the a an of for and in at to on s its his her their who with by from former ex then now also "
    "new said told".split()
)
# Role words compared by their first letters: "spokesman" and "spokesperson", "minister" and "ministry".
_STEM = 5


@dataclass(frozen=True)
class PersonName:
    """A person's name as the merge compares it: normalized given names (initials as one letter), the
    surname, what was written before the name ("Kremlin spokesperson") and a peer's or cleric's rank
    ("lord" in "Lord Goldsmith")."""

    given: tuple[str, ...]
    surname: str
    prefix: str = ""
    rank: str = ""


@dataclass(frozen=True)
class Appearance:
    """A named person speaking in one article: an ``article_speakers`` row as the merge reads it."""

    id: int
    speaker_id: int  # the corpus speaker: one per normalized name
    name: str
    role: str | None
    article_id: int
    # For a bare surname: the first names the article writes right before it ("Norman" of "DJ Norman
    # Cook"), where the article's own clustering did not join them (given_names_before).
    context: frozenset[str] = frozenset()
    # For a bare surname: the article also writes it otherwise, as an organization's name ("Foster's
    # Group") or as a first name ("Sharon Osbourne"), so the speaker may be no person of that surname.
    ambiguous: bool = False


@dataclass
class Merged:
    """One person: the canonical name and each appearance with the rule and confidence that put it here."""

    name: str
    surname: str
    members: list[tuple[int, str, float]] = field(default_factory=list)  # appearance id, rule, confidence


@lru_cache(maxsize=1 << 16)  # a surname block is re-merged with every article naming it: 75 calls an article
def parse_name(name: str) -> PersonName | None:
    """The name part of a speaker's name: "Kremlin spokesperson Dmitry Peskov" → (dmitry,), peskov.

    The name is the run of capitalised words at the end (particles like "von der" inside it), back to a
    title or a lower-case word; None when there is no such run.
    """
    words = [w.removesuffix("'s").removesuffix("’s").strip(",") for w in name.split()]
    while words and normalize_name(words[-1]) in _SUFFIXES:
        words.pop()
    start = len(words)
    while start > 0:
        word, key = words[start - 1], normalize_name(words[start - 1])
        inner_particle = key in _PARTICLES and start < len(words) and start > 1
        if not key or key in _TITLE_WORDS or not (word[:1].isupper() or inner_particle):
            break
        start -= 1
    parts = [normalize_name(w) for w in words[start:] if normalize_name(w) not in _PARTICLES]
    knight = start > 0 and normalize_name(words[start - 1]) in _FIRST_NAME_TITLES
    if not parts or (knight and len(parts) == 1):
        return None
    given = tuple(token for part in parts[:-1] for token in part.split())
    prefix = " ".join(w for w in words[:start] if normalize_name(w) not in _HONORIFICS)
    rank = next((normalize_name(w) for w in words[:start] if normalize_name(w) in _RANKS), "")
    return PersonName(given, parts[-1].replace(" ", ""), prefix, rank)


def given_names_before(text: str, name: str) -> frozenset[str]:
    """The capitalised words written right before the surname of ``name`` in ``text``, as given names:
    "Norman" in "DJ Norman Cook", "Antonio" in 'Antonio "LA" Reid'. Not a title ("Mr Cook"), a particle
    ("De Vido"), a possessive ("Liverpool's Gerrard"), a word ending a sentence or a common English word
    ("But Cook said")."""
    words = name.split()
    if not words:
        return frozenset()
    surname = words[-1].removesuffix("'s").removesuffix("’s").strip(",.")
    found = set()
    nickname = r"(?: [\"“][^\"”\n]{1,20}[\"”])?"
    for match in re.finditer(rf"(?<![\w'’])([A-Z][\w'’-]*\.?){nickname} {re.escape(surname)}\b", text):
        word = match.group(1)
        key = normalize_name(word)
        sentence_end = word.endswith(".") and len(word) > 2  # "J." is an initial
        possessive = word.endswith(("'s", "’s"))
        title = key in _TITLE_WORDS or key in _HONORIFICS or key in _PARTICLES or key in english_stop_words()
        if key and not (title or sentence_end or possessive):
            found.add(key.replace(" ", ""))  # "O'" of "O' Neill" too: no first name, so no Neill
    return frozenset(found)


def written_as_first_name(text: str, name: str) -> bool:
    """True when ``text`` writes the bare name of ``name`` before another name: "Sharon" in "Sharon
    Osbourne" is a first name, and a speaker "Sharon" there no Ariel Sharon."""
    word = name.split()[-1].removesuffix("'s").removesuffix("’s").strip(",.") if name.split() else ""
    after = (m.group(1) for m in re.finditer(rf"\b{re.escape(word)} ([A-Z][\w'’-]+)", text)) if word else ()
    return any(
        normalize_name(w) not in english_stop_words() and normalize_name(w) not in _TITLE_WORDS for w in after
    )


def names_organization(organizations: Iterable[str], name: str) -> bool:
    """True when one of the article's organizations is named by the surname of ``name``."""
    surname = surname_of(name)
    return any(surname in normalize_name(organization).split() for organization in organizations)


def surname_of(name: str) -> str:
    """The blocking key of a speaker's name: its parsed surname, or the whole name when none parses."""
    parsed = parse_name(name)
    return parsed.surname if parsed else normalize_name(name)


def role_words(roles: Iterable[str | None]) -> frozenset[str]:
    """The words of roles that say who someone is, by their stem ("Kremlin spokesperson" → kreml, spoke)."""
    words = (w for role in roles if role for part in role.split(";") for w in _role_head(part))
    return frozenset(w[:_STEM] for w in words if w not in _ROLE_STOPWORDS and len(w) > 1)


def _role_head(role: str) -> list[str]:
    """The words of a role that describe the person: "the prime minister's wife" → wife, as does
    "wife of the prime minister"."""
    words = normalize_name(role).split()  # a possessive's s is a word of its own
    if "s" in words and words[-1] != "s":
        words = words[len(words) - words[::-1].index("s") :]
    if words and words[0] in _RELATIONS and "of" in words:
        words = words[: words.index("of")]
    return words


def roles_conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two people described by roles that share no word are not taken for one."""
    return bool(a) and bool(b) and not a & b


def surname_match(a: str, b: str) -> str | None:
    if a == b:
        return "same"
    return "variant" if one_edit_apart(a, b) else None


def surname_blocks(surnames: Iterable[str]) -> list[set[str]]:
    """Surnames grouped with their spellings one letter apart (and theirs), as candidate blocks.

    Two spellings one edit apart share a string with one letter deleted, so only names sharing such a
    string are compared: linear in the surnames, not quadratic.
    """
    parent = {s: s for s in surnames}

    def root(s: str) -> str:
        while parent[s] != s:
            parent[s] = parent[parent[s]]
            s = parent[s]
        return s

    by_deletion: dict[str, list[str]] = {}
    for s in parent:
        for key in {s} | {s[:i] + s[i + 1 :] for i in range(len(s))}:
            by_deletion.setdefault(key, []).append(s)
    for group in by_deletion.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if one_edit_apart(a, b):
                    parent[root(a)] = root(b)
    blocks: dict[str, set[str]] = {}
    for s in parent:
        blocks.setdefault(root(s), set()).add(s)
    return list(blocks.values())


def _given_match(a: tuple[str, ...], b: tuple[str, ...]) -> str | None:
    """How two given-name lists agree, compared as far as both go; None when one disagrees."""
    worst = "same name"
    for x, y in zip(a, b, strict=False):
        if x == y:
            continue
        if (len(x) == 1 or len(y) == 1) and x[0] == y[0]:
            match = "initial"
        elif one_edit_apart(x, y):
            match = "spelling variant"
        else:
            return None
        worst = max(worst, match, key=_MATCH_RANK.__getitem__)
    if len(a) != len(b) and worst == "same name":
        return "middle name"
    return worst


@dataclass
class _Person:
    """A person being built: its anchor name (the most used full name), roles and members."""

    anchor: PersonName
    display: str
    roles: set[str]
    articles: set[int]
    members: list[tuple[int, str, float]] = field(default_factory=list)
    ranks: set[str] = field(default_factory=set)  # "Archbishop Desmond Tutu": "archbishop"


@dataclass
class _Name:
    """One full name (a corpus speaker) in a block, over all its appearances."""

    parsed: PersonName
    display: str
    appearances: list[Appearance]

    @property
    def articles(self) -> set[int]:
        return {a.article_id for a in self.appearances}

    @property
    def roles(self) -> frozenset[str]:
        return role_words([self.parsed.prefix, *(a.role for a in self.appearances)])


def merge(appearances: Iterable[Appearance]) -> list[Merged]:
    """Named people's appearances merged into persons (every appearance in exactly one)."""
    parsed = [(a, parse_name(a.name)) for a in appearances]
    by_surname: dict[str, list[tuple[Appearance, PersonName]]] = {}
    for appearance, name in parsed:
        surname = surname_of(appearance.name)
        by_surname.setdefault(surname, []).append((appearance, name or PersonName((), surname)))
    merged: list[Merged] = []
    for block in surname_blocks(by_surname):
        merged += _merge_block([item for surname in sorted(block) for item in by_surname[surname]])
    return merged


def _merge_block(items: list[tuple[Appearance, PersonName]]) -> list[Merged]:
    names: dict[int, _Name] = {}
    bare: list[tuple[Appearance, PersonName]] = []
    for appearance, name in items:
        if name.given:
            entry = names.setdefault(appearance.speaker_id, _Name(name, appearance.name, []))
            entry.appearances.append(appearance)
        else:
            bare.append((appearance, name))
    people = _cluster_full_names(list(names.values()))
    alone: list[_Person] = []
    for appearance, name in bare:
        person, rule, confidence = _resolve_surname(appearance, name, people)
        if person is None:
            person, rule, confidence = _join_surname(appearance, name, alone)
        person.members.append((appearance.id, rule, confidence))
        person.articles.add(appearance.article_id)
    return [Merged(p.display, p.anchor.surname, p.members) for p in [*people, *alone]]


def _join_surname(
    appearance: Appearance, name: PersonName, alone: list[_Person]
) -> tuple[_Person, str, float]:
    """A bare surname no full name takes: with the other bare forms of that surname and rank ("Mr Howard",
    "Howard"; "Lord Falconer", "Chancellor Lord Falconer") unless their roles conflict, else on its own."""
    roles = role_words([name.prefix, appearance.role])
    for person in alone:
        same_rank = person.anchor.rank == name.rank
        if (
            person.anchor.surname == name.surname
            and same_rank
            and not roles_conflict(roles, frozenset(person.roles))
        ):
            person.roles |= roles
            same = person.display == appearance.name
            rule = "same name" if same else "same surname"
            return person, rule, CONFIDENCE[rule]
    person = _Person(name, appearance.name, set(roles), set())
    alone.append(person)
    return person, "same name", CONFIDENCE["same name"]


def _cluster_full_names(names: list[_Name]) -> list[_Person]:
    """Full names into persons, the most used names first so that they anchor the persons."""
    names.sort(key=lambda n: (len(n.parsed.given[0]) == 1, -len(n.articles), -len(n.parsed.given), n.display))
    people: list[_Person] = []
    for name in names:
        found = _best_person(name, people)
        if found is None:
            person = _Person(name.parsed, name.display, set(name.roles), set())
            people.append(person)
            rule, confidence = "same name", CONFIDENCE["same name"]
        else:
            person, rule, confidence = found
            person.roles |= name.roles
        person.articles |= name.articles
        person.members += [(a.id, rule, confidence) for a in name.appearances]
        person.ranks |= {name.parsed.rank} - {""}
    return people


def _best_person(name: _Name, people: list[_Person]) -> tuple[_Person, str, float] | None:
    """The one person this full name agrees with best; None when none, or several equally."""
    scored = []
    for person in people:
        surname = surname_match(person.anchor.surname, name.parsed.surname)
        given = _given_match(person.anchor.given, name.parsed.given)
        if surname is None or given is None or roles_conflict(frozenset(person.roles), name.roles):
            continue
        if surname == "variant" and given == "same name":
            given = "spelling variant"
        confidence = CONFIDENCE[given]
        if surname == "variant" and given != "spelling variant":
            confidence -= VARIANT_SURNAME_PENALTY
        scored.append((round(confidence, 2), person, given))
    scored.sort(key=lambda s: -s[0])
    if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0]):
        return None
    confidence, person, rule = scored[0]
    return person, rule, confidence


def _resolve_surname(
    appearance: Appearance, name: PersonName, people: list[_Person]
) -> tuple[_Person | None, str, float]:
    """The person a bare surname in one article is, by its role there and by how often each is quoted."""
    # Spelled the same: a bare surname one letter off is too often another name (Goldman / Goodman).
    # "Lord Roberts" is no Julia Roberts: a rank only meets the full names written with that rank.
    candidates = [
        p for p in people if p.anchor.surname == name.surname and (not name.rank or name.rank in p.ranks)
    ]
    if appearance.ambiguous and not appearance.context:
        return None, "same name", CONFIDENCE["same name"]  # "Foster" of "Foster's Group": who knows
    if appearance.context:
        # The article names a first name with the surname: only persons of that first name qualify.
        candidates = [
            p for p in candidates if any(_given_match((g,), p.anchor.given) for g in appearance.context)
        ]
        if len(candidates) == 1:
            return (
                candidates[0],
                "surname, first name in article",
                CONFIDENCE["surname, first name in article"],
            )
    roles = role_words([name.prefix, appearance.role])
    viable = [p for p in candidates if not roles_conflict(roles, frozenset(p.roles))]
    overlap = [len(roles & p.roles) for p in viable]
    best = [p for p, shared in zip(viable, overlap, strict=True) if shared and shared == max(overlap)]
    several = len(candidates) > 1
    if len(best) == 1:
        rule = "surname, role picks" if several else "surname, role agrees"
        return best[0], rule, CONFIDENCE[rule]
    if len(best) > 1:
        viable = best  # the role narrows the candidates down to these; their article counts decide
    elif len(viable) == 1:
        # The only one of that surname, or the only one whose roles do not contradict the article's.
        rule = "surname, role picks" if several else "surname, only candidate"
        return viable[0], rule, CONFIDENCE[rule]
    if len(viable) > 1:
        ranked = sorted(viable, key=lambda p: -len(p.articles))
        top, second = len(ranked[0].articles), len(ranked[1].articles)
        total = sum(len(p.articles) for p in viable)
        if top >= DOMINANT_RATIO * second and top >= DOMINANT_SHARE * total:
            return ranked[0], "surname, dominant", CONFIDENCE["surname, dominant"]
    return None, "same name", CONFIDENCE["same name"]
