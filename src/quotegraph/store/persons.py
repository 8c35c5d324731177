"""Persons in the store: every article's speaker linked to one person across the corpus.

Named people are merged by analyze/person_merge.py's rules, one surname block at a time: storing an article
re-merges only the blocks of the surnames it brings (``update``), ``recompute`` re-merges them all.
Organizations are one person per name; groups and anonymous sources one per article, never merged.
A person keeps its id through a re-merge when most of its speakers stay together, so that links to it
(the web page's) outlive new articles.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from time import perf_counter

from quotegraph.analyze.names import one_edit_apart
from quotegraph.analyze.person_merge import (
    CONFIDENCE,
    Appearance,
    PersonName,
    given_names_before,
    merge,
    names_organization,
    normalize_name,
    parse_name,
    surname_of,
    written_as_first_name,
)
from quotegraph.store.dialect import Database, Row
from quotegraph.store.person_quotes import person_quote_count
from quotegraph.store.queries import limit_clause, speaker_details, with_bool
from quotegraph.store.rows import LINKED

# Rows per IN (...) list: well under every backend's limit on parameters.
_CHUNK = 500
_APPEARANCES = (
    "SELECT s.id, s.speaker_id, s.name, s.role, s.article_id, s.person_id, sp.key, sp.type "
    "FROM article_speakers s JOIN speakers sp ON sp.id = s.speaker_id"
)


@dataclass(frozen=True)
class MergeSummary:
    """What a recompute did: named people's distinct names before, the persons they became after."""

    names: int
    persons: int
    merged: int  # appearances linked to a person under another name than their own
    seconds: float

    def to_dict(self) -> Row:
        return {"names": self.names, "persons": self.persons, "merged": self.merged, "seconds": self.seconds}


def update(db: Database, stale: Iterable[int] = ()) -> None:
    """Link the speakers no person has yet; ``stale`` persons (of a re-analyzed article) are recounted."""
    new = db.execute(_APPEARANCES + " WHERE s.person_id IS NULL ORDER BY s.id")
    named = [row for row in new if _named(row)]
    touched = _link_unmerged(db, [row for row in new if not _named(row)])
    if named:
        block = _block(db, {surname_of(row["name"]) for row in named})
        linked = _in(
            db, _APPEARANCES + " JOIN persons p ON p.id = s.person_id WHERE p.surname IN ({})", block
        )
        touched |= _relink(db, [*linked, *named])
    _refresh(db, touched | set(stale))


def recompute(db: Database) -> MergeSummary:
    """Merge every named person again (after a change of the rules, or for a store from before them)."""
    started = perf_counter()
    with db.transaction():
        unlinked = db.execute(_APPEARANCES + " WHERE s.person_id IS NULL")
        touched = _link_unmerged(db, [row for row in unlinked if not _named(row)])
        named = [row for row in db.execute(_APPEARANCES + " ORDER BY s.id") if _named(row)]
        people = _relink(db, named)
        _refresh(db, touched | people)
    merged = sum(1 for row in db.execute("SELECT person_rule FROM article_speakers") if _is_merge(row))
    return MergeSummary(
        names=len({row["speaker_id"] for row in named}),
        persons=len(people),
        merged=merged,
        seconds=round(perf_counter() - started, 2),
    )


def unmerged(db: Database) -> int:
    """How many article speakers no person links yet (all of them in a store from before persons)."""
    return db.execute("SELECT count(*) AS n FROM article_speakers WHERE person_id IS NULL")[0]["n"]


def linked_persons(db: Database, article_id: int) -> list[int]:
    """The persons an article's speakers link to (to recount once the article's rows are replaced)."""
    found = db.execute(
        "SELECT DISTINCT person_id FROM article_speakers WHERE article_id = ? AND person_id IS NOT NULL",
        (article_id,),
    )
    return [row["person_id"] for row in found]


def persons(db: Database, top: int | None = 20) -> list[Row]:
    """The most quoted persons: canonical name, roles over time, aliases, and the names merged into them."""
    found = db.execute(
        "SELECT id, name, type, anonymous, quote_count AS quotes, article_count AS articles FROM persons "
        f"ORDER BY quote_count DESC, article_count DESC, name, id{limit_clause(top)}"
    )
    return detailed(db, found)


def detailed(db: Database, found: list[Row]) -> list[Row]:
    """Person rows with ``roles`` and ``aliases`` (as speakers have them) and ``names``: each speaker
    merged in, by which rule and with what confidence, in how many articles."""
    ids = [row["id"] for row in found]
    details = speaker_details(db, ids, by="person_id")
    names: dict[int, list[Row]] = {i: [] for i in ids}
    for row in _in(
        db,
        "SELECT s.person_id, s.speaker_id, sp.name, s.person_rule AS rule, "
        "max(s.person_confidence) AS confidence, count(DISTINCT s.article_id) AS articles "
        "FROM article_speakers s JOIN speakers sp ON sp.id = s.speaker_id WHERE s.person_id IN ({}) "
        "GROUP BY s.person_id, s.speaker_id, sp.name, s.person_rule "
        "ORDER BY max(s.person_confidence) DESC, count(DISTINCT s.article_id) DESC, sp.name",
        ids,
    ):
        names[row.pop("person_id")].append(row)
    result = []
    for row in found:
        entry = details[row["id"]]
        entry["aliases"] += [n["name"] for n in names[row["id"]] if n["name"] not in entry["aliases"]]
        result.append(with_bool(row, "anonymous") | entry | {"names": names[row["id"]]})
    return result


def _named(row: Row) -> bool:
    # Only people with a proper name are merged; anonymous sources and groups have article keys.
    return row["type"] == "person" and row["key"].startswith(LINKED)


def _is_merge(row: Row) -> bool:
    return row["person_rule"] not in (None, "same name", "unmerged")


def _appearances(db: Database, rows: list[Row]) -> list[Appearance]:
    """The rows as the merge reads them; a bare surname with the first names its article puts before it
    and whether the article also writes it as an organization's name or a first name."""
    bare = [row for row in rows if not (parse_name(row["name"]) or PersonName((), "")).given]
    articles = sorted({row["article_id"] for row in bare})
    texts = {a["id"]: a["text"] for a in _in(db, "SELECT id, text FROM articles WHERE id IN ({})", articles)}
    organizations: dict[int, list[str]] = {}
    for entity in _in(
        db,
        "SELECT article_id, name FROM entities WHERE type = 'organization' AND article_id IN ({})",
        articles,
    ):
        organizations.setdefault(entity["article_id"], []).append(entity["name"])
    context = {row["id"]: given_names_before(texts[row["article_id"]], row["name"]) for row in bare}
    ambiguous = {
        row["id"]: names_organization(organizations.get(row["article_id"], []), row["name"])
        or written_as_first_name(texts[row["article_id"]], row["name"])
        for row in bare
    }
    return [
        Appearance(
            row["id"],
            row["speaker_id"],
            row["name"],
            row["role"],
            row["article_id"],
            context.get(row["id"], frozenset()),
            ambiguous.get(row["id"], False),
        )
        for row in rows
    ]


def _block(db: Database, surnames: set[str]) -> list[str]:
    """These surnames and every stored person's surname reached from them by one-letter spellings."""
    by_length: dict[int, list[str]] = {}
    for row in db.execute("SELECT DISTINCT surname FROM persons WHERE surname IS NOT NULL"):
        by_length.setdefault(len(row["surname"]), []).append(row["surname"])
    block, frontier = set(surnames), list(surnames)
    while frontier:
        name = frontier.pop()
        for length in (len(name) - 1, len(name), len(name) + 1):
            near = [s for s in by_length.get(length, []) if s not in block and one_edit_apart(s, name)]
            block.update(near)
            frontier += near
    return sorted(block)


def _relink(db: Database, rows: list[Row]) -> set[int]:
    """Merge these appearances (all of the persons they link to) and write persons and links."""
    before = {row["id"]: row["person_id"] for row in rows}
    reused: set[int] = set()
    links = []
    for person in merge(_appearances(db, rows)):
        votes = Counter(before[member] for member, _, _ in person.members if before[member])
        person_id = next((pid for pid, _ in votes.most_common() if pid not in reused), None)
        values = (person.name, normalize_name(person.name), person.surname, "person", False)
        if person_id is None:
            person_id = db.execute(
                "INSERT INTO persons (name, norm, surname, type, anonymous) "
                "VALUES (?, ?, ?, ?, ?) RETURNING id",
                values,
            )[0]["id"]
        else:
            db.execute(
                "UPDATE persons SET name = ?, norm = ?, surname = ?, type = ?, anonymous = ? WHERE id = ?",
                (*values, person_id),
            )
        reused.add(person_id)
        links += [(person_id, confidence, rule, member) for member, rule, confidence in person.members]
    _set_links(db, links)
    gone = {pid for pid in before.values() if pid} - reused
    _in(db, "DELETE FROM persons WHERE id IN ({})", sorted(gone))
    return reused


def _link_unmerged(db: Database, rows: list[Row]) -> set[int]:
    """Organizations: the person of their name; groups and anonymous sources: a person of their own."""
    touched: set[int] = set()
    for row in rows:
        known = db.execute(
            "SELECT person_id FROM article_speakers WHERE speaker_id = ? AND person_id IS NOT NULL LIMIT 1",
            (row["speaker_id"],),
        )
        if known:
            person_id = known[0]["person_id"]
        else:
            person_id = db.execute(
                "INSERT INTO persons (name, norm, type, anonymous) "
                "SELECT name, norm, type, anonymous FROM speakers WHERE id = ? RETURNING id",
                (row["speaker_id"],),
            )[0]["id"]
        rule = "same name" if row["key"].startswith(LINKED) else "unmerged"
        _set_links(db, [(person_id, CONFIDENCE["same name"], rule, row["id"])])
        touched.add(person_id)
    return touched


def _set_links(db: Database, links: list[tuple[int, float, str, int]]) -> None:
    if links:
        db.execute_many(
            "UPDATE article_speakers SET person_id = ?, person_confidence = ?, person_rule = ? WHERE id = ?",
            links,
        )


def _refresh(db: Database, person_ids: set[int]) -> None:
    """Recount the articles and quotes of these persons; drop the ones no article links to any more."""
    ids = sorted(person_ids)
    _in(
        db,
        "UPDATE persons SET "
        "article_count = (SELECT count(DISTINCT s.article_id) FROM article_speakers s "
        "WHERE s.person_id = persons.id), "
        f"quote_count = {person_quote_count('persons.id')} "
        "WHERE id IN ({})",
        ids,
    )
    _in(db, "DELETE FROM persons WHERE article_count = 0 AND id IN ({})", ids)


def _in(db: Database, sql: str, values: Sequence[object]) -> list[Row]:
    """Run ``sql`` with its ``IN ({})`` filled a chunk of values at a time; the rows of every chunk."""
    found: list[Row] = []
    for start in range(0, len(values), _CHUNK):
        chunk = values[start : start + _CHUNK]
        found += db.execute(sql.format(", ".join("?" * len(chunk))), list(chunk))
    return found
