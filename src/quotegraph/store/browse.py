"""Browsing a corpus the way the web page does: totals, quote search with facets and a total count,
and lists of articles, persons, events and places, each with its total (the charts' series are in
store/charts.py).

Every list comes a page at a time with the count of all rows that match, so that the page can say
"1–20 of 1,234". The filters are the same portable SQL on SQLite and PostgreSQL; migration m0012 adds
the indexes that keep them fast on 10,000 articles. Functions of a Store, as store/lookups.py's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, TypeVar
from uuid import uuid4

from quotegraph.analyze.event_classes import CLASSES
from quotegraph.analyze.person_merge import normalize_name
from quotegraph.errors import QueryError
from quotegraph.records import ATTRIBUTION_TYPES
from quotegraph.store import Store, guarded
from quotegraph.store.dialect import Database, Row
from quotegraph.store.export import EVENT_COLUMNS, decoded
from quotegraph.store.person_quotes import PERSON_OF_QUOTE
from quotegraph.store.persons import detailed
from quotegraph.store.queries import ROLE_IN_ARTICLE, Where, iso_date, with_bool
from quotegraph.store.search import parse_search

T = TypeVar("T")
QUOTE_KINDS = ("direct", "indirect", "mixed")
SPEAKER_TYPES = ("person", "organization", "group")
# How many values a facet lists (the most frequent).
FACET_TOP = 10

# Aggregates (facet counts, totals, the overview, chart series) kept per query until the corpus
# changes: paging through a search, or coming back to the overview, does not count everything again.
_CACHE: dict[tuple[object, ...], tuple[tuple[object, ...], object]] = {}
_CACHE_SIZE = 256

# The speaker of a quote as it appears in the quote's article (its role, its person there).
APPEARANCE = "s.article_id = q.article_id AND s.speaker_id = q.speaker_id"


@dataclass
class QuoteSearch:
    """Which quotes to find: every condition given must hold."""

    q: str | None = None  # full-text over the quote (store/search.py syntax)
    person_id: int | None = None  # the merged person (store/persons.py)
    speaker: str | None = None  # part of the speaker's name
    role: str | None = None  # part of the speaker's role in that article
    organization: str | None = None  # part of the name of an organization quoted, or named in the role
    place: str | None = None  # a place the article mentions (its gazetteer name, exact)
    kind: str | None = None  # direct | indirect | mixed
    type: str | None = None  # the speaker's type: person | organization | group
    # The attribution type (records.ATTRIBUTION_TYPES): a reporter's quote list is speech; None: all.
    attribution: str | None = "speech"
    anonymous: bool | None = None
    since: str | None = None  # article dates, YYYY-MM-DD, inclusive
    until: str | None = None


def quote_where(db: Database, wanted: QuoteSearch) -> Where:
    """The WHERE over ``quotes q``, ``articles a`` and ``speakers sp``; a QueryError for a bad value."""
    where = Where()
    if wanted.q:
        condition, params = db.search("quotes", "q", parse_search(wanted.q))
        where.add(condition, *params)
    if wanted.person_id is not None:
        where.add(
            # Driven from the person's appearances (indexed), not checked quote by quote.
            "q.id IN (SELECT q2.id FROM article_speakers s JOIN quotes q2 ON q2.article_id = s.article_id "
            "AND q2.speaker_id = s.speaker_id WHERE s.person_id = ?)",
            wanted.person_id,
        )
    if wanted.speaker:
        where.add("sp.norm LIKE ?", f"%{normalize_name(wanted.speaker)}%")
    if wanted.role:
        where.add(
            f"EXISTS (SELECT 1 FROM article_speakers s WHERE {APPEARANCE} AND lower(s.role) LIKE ?)",
            f"%{wanted.role.lower()}%",
        )
    if wanted.organization:
        pattern = f"%{wanted.organization.lower()}%"
        where.add(
            "((sp.type = 'organization' AND lower(sp.name) LIKE ?) "
            "OR EXISTS (SELECT 1 FROM article_speakers s "
            f"WHERE {APPEARANCE} AND lower(s.role) LIKE ?))",
            pattern,
            pattern,
        )
    if wanted.place:
        where.add(
            "q.article_id IN (SELECT pl.article_id FROM places pl WHERE pl.name = ?)",
            wanted.place,
        )
    if wanted.kind:
        where.add("q.kind = ?", _one_of(wanted.kind, QUOTE_KINDS, "quote kind"))
    if wanted.type:
        where.add("sp.type = ?", _one_of(wanted.type, SPEAKER_TYPES, "speaker type"))
    if wanted.attribution:
        where.add("q.type = ?", _one_of(wanted.attribution, ATTRIBUTION_TYPES, "attribution type"))
    if wanted.anonymous is not None:
        where.add("sp.anonymous = ?", wanted.anonymous)
    if wanted.since:
        where.add("a.date >= ?", iso_date(wanted.since, "since"))
    if wanted.until:
        where.add("a.date <= ?", iso_date(wanted.until, "until"))
    return where


_QUOTES_FROM = (
    "FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers sp ON sp.id = q.speaker_id"
)
QUOTE_COLUMNS = (
    f"q.id, q.article_id, q.speaker_id, {PERSON_OF_QUOTE} AS person_id, a.date, a.headline, "
    f"coalesce(a.url, a.source) AS article, sp.name AS speaker, sp.type AS speaker_type, "
    f"{ROLE_IN_ARTICLE} AS role, sp.anonymous, q.kind, q.type AS attribution, q.text AS quote, q.cue, q.tone"
)


@guarded
def search_quotes(store: Store, wanted: QuoteSearch, limit: int, offset: int = 0, facets: bool = True) -> Row:
    """``items`` (newest first, from ``offset``, at most ``limit``), ``total`` matching, and with
    ``facets`` the counts of the matching quotes by kind, speaker type, named/anonymous, and the most
    quoted persons, roles and places among them."""
    db = store.db
    where = quote_where(db, wanted)
    items = db.execute(
        f"SELECT {QUOTE_COLUMNS} {_QUOTES_FROM}{where.sql()} "
        "ORDER BY a.date DESC NULLS LAST, a.id, q.seq LIMIT ? OFFSET ?",
        [*where.params, limit, offset],
    )
    # One pass gives the total and the kind, type and named/anonymous counts together.
    key = (where.sql(), tuple(where.params))
    groups = cached(
        db,
        ("groups", *key),
        lambda: db.execute(
            f"SELECT q.kind, q.type AS attribution, sp.type, sp.anonymous, count(*) AS n "
            f"{_QUOTES_FROM}{where.sql()} GROUP BY q.kind, q.type, sp.type, sp.anonymous",
            where.params,
        ),
    )
    found: Row = {
        "items": [with_bool(row, "anonymous") for row in items],
        "total": sum(g["n"] for g in groups),
    }
    if facets:
        found["facets"] = _counted(groups) | cached(db, ("facets", *key), lambda: quote_facets(db, where))
    return found


def _counted(groups: list[Row]) -> Row:
    facets: dict[str, Counter[object]] = {
        "attribution": Counter(), "kind": Counter(), "type": Counter(), "anonymous": Counter()
    }  # fmt: skip
    for group in groups:
        anonymous = None if group["anonymous"] is None else bool(group["anonymous"])
        facets["attribution"][group["attribution"]] += group["n"]
        facets["kind"][group["kind"]] += group["n"]
        facets["type"][group["type"]] += group["n"]
        facets["anonymous"][anonymous] += group["n"]
    return {
        name: [{"value": value, "count": n} for value, n in counts.most_common()]
        for name, counts in facets.items()
    }


def quote_facets(db: Database, where: Where) -> Row:
    """The persons, roles and places most quoted among the quotes ``where`` keeps."""
    persons = db.execute(
        f"SELECT s.person_id AS value, count(*) AS count {_QUOTES_FROM} "
        f"JOIN article_speakers s ON {APPEARANCE}"
        f"{where.sql() or ' WHERE 1 = 1'} AND s.person_id IS NOT NULL GROUP BY s.person_id "
        f"ORDER BY count(*) DESC, s.person_id LIMIT {FACET_TOP}",
        where.params,
    )
    names = _names(db, [row["value"] for row in persons])
    roles = db.execute(
        f"SELECT s.role AS value, count(*) AS count {_QUOTES_FROM} JOIN article_speakers s ON {APPEARANCE}"
        f"{where.sql() or ' WHERE 1 = 1'} AND s.role IS NOT NULL GROUP BY s.role "
        f"ORDER BY count(*) DESC, s.role LIMIT {FACET_TOP}",
        where.params,
    )
    # Quotes per article first, then the places of those articles: far fewer rows than quotes x places.
    places = db.execute(
        f"SELECT pl.name AS value, sum(m.n) AS count FROM (SELECT q.article_id, count(*) AS n {_QUOTES_FROM}"
        f"{where.sql()} GROUP BY q.article_id) m JOIN places pl ON pl.article_id = m.article_id "
        f"GROUP BY pl.name ORDER BY sum(m.n) DESC, pl.name LIMIT {FACET_TOP}",
        where.params,
    )
    return {
        "person": [row | {"label": names.get(row["value"], "")} for row in persons],
        "role": roles,
        "place": places,
    }


def corpus_version(db: Database) -> tuple[object, ...]:
    """What changes whenever an article is added, replaced or removed (a replaced one is re-ingested)."""
    row = db.execute("SELECT count(*) AS n, max(id) AS last, max(ingested_at) AS at FROM articles")[0]
    return (row["n"], row["last"], row["at"])


def cached(db: Database, key: tuple[object, ...], compute: Callable[[], T]) -> T:
    """``compute()``, or what it gave for ``key`` on this database while the corpus was as it is now."""
    version = corpus_version(db)
    # A token of this connection (an id() could be reused by the next one, for another database).
    token = db.__dict__.setdefault("browse_cache_token", uuid4().hex)
    full_key = (token, *key)
    hit = _CACHE.get(full_key)
    if hit is not None and hit[0] == version:
        return hit[1]  # type: ignore[return-value]
    value = compute()
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.pop(next(iter(_CACHE)))
    _CACHE[full_key] = (version, value)
    return value


def _names(db: Database, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    found = db.execute(f"SELECT id, name FROM persons WHERE id IN ({', '.join('?' * len(ids))})", ids)
    return {row["id"]: row["name"] for row in found}


@guarded
def export_quotes(store: Store, wanted: QuoteSearch, limit: int) -> list[Row]:
    """The first ``limit`` quotes of a search, as search_quotes lists them (for a download)."""
    db = store.db
    where = quote_where(db, wanted)
    found = db.execute(
        f"SELECT {QUOTE_COLUMNS} {_QUOTES_FROM}{where.sql()} "
        "ORDER BY a.date DESC NULLS LAST, a.id, q.seq LIMIT ?",
        [*where.params, limit],
    )
    return [with_bool(row, "anonymous") for row in found]


@guarded
def overview(store: Store, top: int = 10) -> Row:
    """What the page opens on: totals (articles, quotes, named speakers, persons, the date range),
    quotes per month, the most quoted persons and organizations, and the anonymous share."""
    db = store.db
    totals = db.execute(
        "SELECT (SELECT count(*) FROM articles) AS articles, "
        # quotes: a reporter's quote list (speech), as the search lists by default; attributions: all types.
        "(SELECT count(*) FROM quotes WHERE type = 'speech') AS quotes, "
        "(SELECT count(*) FROM quotes) AS attributions, "
        "(SELECT count(*) FROM speakers WHERE NOT anonymous) AS speakers, "
        "(SELECT count(*) FROM persons WHERE type = 'person' AND NOT anonymous) AS persons, "
        "(SELECT count(*) FROM events) AS events, "
        "(SELECT min(date) FROM articles) AS first_date, (SELECT max(date) FROM articles) AS last_date"
    )[0]
    shares = db.execute(
        "SELECT count(q.speaker_id) AS attributed, "
        "sum(CASE WHEN sp.anonymous THEN 1 ELSE 0 END) AS anonymous "
        "FROM quotes q LEFT JOIN speakers sp ON sp.id = q.speaker_id"
    )[0]
    months = db.execute(
        "SELECT substr(a.date, 1, 7) AS month, count(*) AS quotes FROM quotes q "
        "JOIN articles a ON a.id = q.article_id WHERE a.date IS NOT NULL AND q.type = 'speech' "
        "GROUP BY substr(a.date, 1, 7) ORDER BY month"
    )

    def most_quoted(kind: str) -> list[Row]:
        found = db.execute(
            "SELECT id, name, quote_count AS quotes, article_count AS articles FROM persons "
            "WHERE type = ? AND NOT anonymous "
            "ORDER BY quote_count DESC, article_count DESC, name, id LIMIT ?",
            (kind, top),
        )
        return found

    attributed = shares["attributed"]
    return totals | {
        "attributed": attributed,
        "anonymous_share": float(shares["anonymous"] or 0) / attributed if attributed else None,
        "months": months,
        "top_persons": most_quoted("person"),
        "top_organizations": most_quoted("organization"),
    }


ArticleSort = Literal["date", "quotes", "speakers", "headline"]
_ARTICLE_ORDER = {
    "date": "a.date {} NULLS LAST, a.id",
    "quotes": "quotes {}, a.id",
    "speakers": "speakers {}, a.id",
    "headline": "lower(a.headline) {} NULLS LAST, a.id",
}


@guarded
def articles(
    store: Store,
    limit: int,
    offset: int = 0,
    search: str | None = None,
    since: str | None = None,
    until: str | None = None,
    place: str | None = None,
    person_id: int | None = None,
    sort: ArticleSort = "date",
    descending: bool = True,
) -> Row:
    """Articles with their quote and speaker counts, sorted and filtered (full text, dates, a place
    mentioned, a person quoted), with the ``total`` that match."""
    db = store.db
    where = Where()
    if search:
        condition, params = db.search("articles", "a", parse_search(search))
        where.add(condition, *params)
    if since:
        where.add("a.date >= ?", iso_date(since, "since"))
    if until:
        where.add("a.date <= ?", iso_date(until, "until"))
    if place:
        where.add("a.id IN (SELECT pl.article_id FROM places pl WHERE pl.name = ?)", place)
    if person_id is not None:
        where.add(
            "a.id IN (SELECT s.article_id FROM article_speakers s WHERE s.person_id = ?)",
            person_id,
        )
    if sort not in _ARTICLE_ORDER:
        raise QueryError(f"unknown sort {sort!r}: expected one of {', '.join(_ARTICLE_ORDER)}")
    order = _ARTICLE_ORDER[sort].format("DESC" if descending else "ASC")
    items = db.execute(
        "SELECT a.id, a.date, a.headline, coalesce(a.url, a.source) AS article, a.tone, "
        "(SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes, "
        "(SELECT count(DISTINCT s.speaker_id) FROM article_speakers s WHERE s.article_id = a.id) AS speakers "
        f"FROM articles a{where.sql()} ORDER BY {order} LIMIT ? OFFSET ?",
        [*where.params, limit, offset],
    )
    total = db.execute(f"SELECT count(*) AS n FROM articles a{where.sql()}", where.params)[0]["n"]
    return {"items": items, "total": total}


PersonSort = Literal["quotes", "articles", "name"]
_PERSON_ORDER = {
    "quotes": "quote_count DESC, article_count DESC, name, id",
    "articles": "article_count DESC, quote_count DESC, name, id",
    "name": "lower(name), id",
}


@guarded
def persons(
    store: Store,
    limit: int,
    offset: int = 0,
    name: str | None = None,
    type: str | None = None,
    sort: PersonSort = "quotes",
) -> Row:
    """Persons (anonymous sources left out: each is one article's), with roles over time, aliases and
    the names merged into them, sorted and filtered by part of a name and by type; with ``total``."""
    db = store.db
    where = Where()
    where.add("NOT anonymous")
    if name:
        where.add("norm LIKE ?", f"%{normalize_name(name)}%")
    if type:
        where.add("type = ?", _one_of(type, SPEAKER_TYPES, "type"))
    if sort not in _PERSON_ORDER:
        raise QueryError(f"unknown sort {sort!r}: expected one of {', '.join(_PERSON_ORDER)}")
    found = db.execute(
        "SELECT id, name, type, anonymous, quote_count AS quotes, article_count AS articles FROM persons"
        f"{where.sql()} ORDER BY {_PERSON_ORDER[sort]} LIMIT ? OFFSET ?",
        [*where.params, limit, offset],
    )
    total = db.execute(f"SELECT count(*) AS n FROM persons{where.sql()}", where.params)[0]["n"]
    return {"items": detailed(db, found), "total": total}


@guarded
def person_links(store: Store, person_id: int, top: int = 20) -> Row:
    """A person's ``appearances``: articles, newest first, the ``top`` latest, with the role held in each; and
    ``co_quoted``: the persons quoted in the same articles, most shared articles first."""
    db = store.db
    found = db.execute(
        "SELECT a.id, a.date, a.headline, coalesce(a.url, a.source) AS article, min(s.role) AS role "
        "FROM article_speakers s JOIN articles a ON a.id = s.article_id WHERE s.person_id = ? "
        "GROUP BY a.id, a.date, a.headline, a.url, a.source ORDER BY a.date DESC NULLS LAST, a.id LIMIT ?",
        (person_id, top),
    )
    co_quoted = db.execute(
        "SELECT p.id, p.name, p.type, count(DISTINCT o.article_id) AS articles FROM article_speakers s "
        "JOIN article_speakers o ON o.article_id = s.article_id AND o.person_id <> s.person_id "
        "JOIN persons p ON p.id = o.person_id WHERE s.person_id = ? AND NOT p.anonymous "
        "AND EXISTS (SELECT 1 FROM quotes q "
        "WHERE q.article_id = o.article_id AND q.speaker_id = o.speaker_id) "
        "GROUP BY p.id, p.name, p.type ORDER BY count(DISTINCT o.article_id) DESC, p.name LIMIT ?",
        (person_id, top),
    )
    return {"appearances": found, "co_quoted": co_quoted}


@guarded
def events(
    store: Store,
    limit: int,
    offset: int = 0,
    action_class: str | None = None,
    name: str | None = None,
    place: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> Row:
    """Events as /api/events lists them, filtered by class, part of the actor's or target's name, part
    of the place's name and article dates; with ``total`` and ``classes``: the count of each class
    among the events the other filters keep."""
    db = store.db
    where = Where()
    if name:
        pattern = f"%{name.lower()}%"
        where.add("(lower(e.actor_name) LIKE ? OR lower(e.target_name) LIKE ?)", pattern, pattern)
    if place:
        where.add("lower(e.place_name) LIKE ?", f"%{place.lower()}%")
    if since:
        where.add("a.date >= ?", iso_date(since, "since"))
    if until:
        where.add("a.date <= ?", iso_date(until, "until"))
    classes = cached(
        db,
        ("event classes", where.sql(), tuple(where.params)),
        lambda: db.execute(
            "SELECT e.action_class AS value, count(*) AS count "
            f"FROM events e JOIN articles a ON a.id = e.article_id"
            f"{where.sql()} GROUP BY e.action_class ORDER BY count(*) DESC, e.action_class",
            where.params,
        ),
    )
    if action_class:
        where.add("e.action_class = ?", _one_of(action_class, tuple(CLASSES), "action class"))
    found = db.execute(
        f"SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id{where.sql()} "
        "ORDER BY a.date DESC NULLS LAST, e.article_id, e.seq LIMIT ? OFFSET ?",
        [*where.params, limit, offset],
    )
    # The classes' counts add up to the total when no class is chosen.
    total = (
        next((c["count"] for c in classes if c["value"] == action_class), 0)
        if action_class
        else sum(c["count"] for c in classes)
    )
    return {"items": [decoded("events", row) for row in found], "total": total, "classes": classes}


@guarded
def places(store: Store, limit: int, name: str | None = None) -> Row:
    """Places with coordinates, most articles first: name, country, kind, latitude, longitude, and how
    many articles mention them and how many quotes those articles hold; ``total`` distinct places."""
    db = store.db
    where = Where()
    where.add("pl.latitude IS NOT NULL")
    if name:
        where.add("lower(pl.name) LIKE ?", f"%{name.lower()}%")
    found = db.execute(
        "SELECT pl.name, pl.country, min(pl.kind) AS kind, avg(pl.latitude) AS latitude, "
        "avg(pl.longitude) AS longitude, count(DISTINCT pl.article_id) AS articles "
        f"FROM places pl{where.sql()} GROUP BY pl.name, pl.country "
        "ORDER BY count(DISTINCT pl.article_id) DESC, pl.name LIMIT ?",
        [*where.params, limit],
    )
    total = db.execute(
        f"SELECT count(*) AS n FROM (SELECT 1 AS one FROM places pl{where.sql()} "
        "GROUP BY pl.name, pl.country) t",
        where.params,
    )[0]["n"]
    return {"items": found, "total": total}


def _one_of(value: str, allowed: tuple[str, ...], what: str) -> str:
    if value not in allowed:
        raise QueryError(f"unknown {what} {value!r}: expected one of {', '.join(allowed)}")
    return value
