"""Reading the store: who said what, who is quoted most, which articles, and corpus statistics."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date as Date
from typing import Any

from quotegraph.analyze.person_merge import normalize_name
from quotegraph.errors import QueryError
from quotegraph.store.dialect import Database, Row
from quotegraph.store.person_quotes import PERSON_OF_QUOTE, is_person_quote
from quotegraph.store.search import parse_search

# The role a speaker had in the quote's article (a speaker appears once per article, as a rule).
ROLE_IN_ARTICLE = (
    "(SELECT s.role FROM article_speakers s WHERE s.article_id = q.article_id "
    "AND s.speaker_id = q.speaker_id ORDER BY s.id LIMIT 1)"
)


@dataclass
class QuoteFilter:
    """Which quotes to list; every given condition must hold."""

    speaker: str | None = None  # whole words of the speaker's name, any case or accents
    search: str | None = None  # full-text search over the quote text (store/search.py syntax)
    since: str | None = None  # article dates, YYYY-MM-DD, inclusive
    until: str | None = None
    anonymous: bool | None = None  # True: anonymous sources only; False: named only
    limit: int | None = 50
    exact: bool = False  # speaker: the whole name, not words of it
    person_id: int | None = None  # the quotes of one merged person (store/persons.py)
    # Attribution types (records.ATTRIBUTION_TYPES); a reporter's quote list is speech. None: all.
    types: tuple[str, ...] | None = ("speech",)


@dataclass
class Where:
    """A WHERE clause built from conditions and their parameters."""

    conditions: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, condition: str, *params: Any) -> None:
        self.conditions.append(condition)
        self.params.extend(params)

    def sql(self) -> str:
        return " WHERE " + " AND ".join(self.conditions) if self.conditions else ""


def quotes(db: Database, wanted: QuoteFilter) -> list[Row]:
    """The quotes ``wanted``, newest article first, each with its article (id, URL), speaker (id, name,
    role in that article) and the person the speaker is merged into there (id, canonical name)."""
    where = quote_conditions(db, wanted)
    found = db.execute(
        "SELECT q.article_id, a.date, a.headline, coalesce(a.url, a.source) AS article, a.url, "
        f"q.speaker_id, sp.name AS speaker, {ROLE_IN_ARTICLE} AS role, sp.anonymous, "
        f"{PERSON_OF_QUOTE} AS person_id, "
        f"(SELECT p.name FROM persons p WHERE p.id = {PERSON_OF_QUOTE}) AS person, "
        "q.kind, q.type, q.text AS quote, q.cue, q.tone "
        "FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers sp ON sp.id = q.speaker_id"
        f"{where.sql()} ORDER BY a.date DESC NULLS LAST, a.id, q.seq{limit_clause(wanted.limit)}",
        where.params,
    )
    return [with_bool(row, "anonymous") for row in found]


def quote_conditions(db: Database, wanted: QuoteFilter) -> Where:
    """The WHERE of a quotes query over ``quotes q``, ``articles a`` and ``speakers sp`` (dates checked)."""
    where = Where()
    if wanted.speaker and wanted.exact:
        where.add("sp.norm = ?", normalize_name(wanted.speaker))
    elif wanted.speaker:
        # Whole words: "park" finds Helen Park, not Parkinson. A normalized name is words and single
        # spaces, so the words sought, space-bounded, are a substring of the name space-bounded.
        words = _escape_like(normalize_name(wanted.speaker))
        where.add("(' ' || sp.norm || ' ') LIKE ? ESCAPE '\\'", f"% {words} %")
    if wanted.person_id is not None:
        where.add(is_person_quote("?"), wanted.person_id)
    if wanted.search:
        condition, params = db.search("quotes", "q", parse_search(wanted.search))
        where.add(condition, *params)
    if wanted.since:
        where.add("a.date >= ?", iso_date(wanted.since, "--since"))
    if wanted.until:
        where.add("a.date <= ?", iso_date(wanted.until, "--until"))
    if wanted.anonymous is not None:
        where.add("sp.anonymous = ?", wanted.anonymous)
    if wanted.types is not None:
        where.add(f"q.type IN ({', '.join('?' * len(wanted.types))})", *wanted.types)
    return where


def undated_left_out(db: Database, wanted: QuoteFilter) -> tuple[int, int]:
    """The undated articles, and their quotes, that ``wanted``'s dates leave out though they meet
    every other condition: (0, 0) without --since or --until. A date range can only keep dated
    articles; this says how much it dropped, so that a corpus without dates is not a silent "0 quotes"."""
    if not (wanted.since or wanted.until):
        return 0, 0
    undated = QuoteFilter(**{**vars(wanted), "since": None, "until": None})
    where = quote_conditions(db, undated)
    where.add("a.date IS NULL")
    row = db.execute(
        "SELECT count(DISTINCT a.id) AS articles, count(*) AS quotes FROM quotes q "
        "JOIN articles a ON a.id = q.article_id LEFT JOIN speakers sp ON sp.id = q.speaker_id"
        f"{where.sql()}",
        where.params,
    )[0]
    return row["articles"], row["quotes"]


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def speakers(db: Database, top: int | None = 20) -> list[Row]:
    """The most quoted speakers, with their roles over time and the names they went by."""
    found = db.execute(
        "SELECT id, name, type, anonymous, quote_count AS quotes, article_count AS articles FROM speakers "
        f"ORDER BY quote_count DESC, article_count DESC, name, id{limit_clause(top)}"
    )
    details = speaker_details(db, [row["id"] for row in found])
    return [with_bool(row, "anonymous") | details[row["id"]] for row in found]


def speaker_details(db: Database, ids: Sequence[int], by: str = "speaker_id") -> dict[int, Row]:
    """For each speaker: ``roles`` (role, first and last article date, articles) and ``aliases``.

    ``by="person_id"``: the same for persons (store/persons.py), over every speaker merged into them.
    """
    details: dict[int, Row] = {i: {"roles": {}, "aliases": []} for i in ids}
    if not ids:
        return details
    # ``by`` is one of two column names of this package, never input.
    appearances = db.execute(
        f"SELECT s.{by} AS owner, s.role, s.aliases, a.date FROM article_speakers s "
        f"JOIN articles a ON a.id = s.article_id WHERE s.{by} IN ({', '.join('?' * len(ids))}) "
        "ORDER BY a.date NULLS LAST, a.id, s.id",
        list(ids),
    )
    for row in appearances:
        entry = details[row["owner"]]
        # A speaker's role reads "Mayor; former civil engineer": each part is a role of its own.
        for role in filter(None, (part.strip() for part in (row["role"] or "").split(";"))):
            held = entry["roles"].setdefault(
                role, {"role": role, "first": row["date"], "last": row["date"], "articles": 0}
            )
            held["last"] = row["date"] or held["last"]
            held["articles"] += 1
        entry["aliases"] += [a for a in json.loads(row["aliases"]) if a not in entry["aliases"]]
    for entry in details.values():
        entry["roles"] = list(entry["roles"].values())
    return details


def anonymous_share(db: Database) -> float | None:
    """The share of attributed quotes whose source is anonymous (None before any quote)."""
    row = db.execute(
        "SELECT count(*) AS attributed, sum(CASE WHEN sp.anonymous THEN 1 ELSE 0 END) AS anonymous "
        "FROM quotes q JOIN speakers sp ON sp.id = q.speaker_id"
    )[0]
    return float(row["anonymous"]) / row["attributed"] if row["attributed"] else None


def articles(db: Database, search: str | None = None, limit: int | None = 50) -> list[Row]:
    where = Where()
    if search:
        condition, params = db.search("articles", "a", parse_search(search))
        where.add(condition, *params)
    return db.execute(
        "SELECT a.id, a.date, a.headline, coalesce(a.url, a.source) AS article, "
        "(SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes, "
        "(SELECT count(DISTINCT s.speaker_id) FROM article_speakers s WHERE s.article_id = a.id) AS speakers "
        f"FROM articles a{where.sql()} ORDER BY a.date DESC NULLS LAST, a.id{limit_clause(limit)}",
        where.params,
    )


def failures(db: Database, limit: int | None = 50) -> list[Row]:
    return db.execute(f"SELECT source_key, stage, error FROM failures ORDER BY id{limit_clause(limit)}")


def iso_date(value: str, option: str) -> str:
    try:
        return Date.fromisoformat(value).isoformat()
    except ValueError:
        raise QueryError(f"{option} {value!r}: expected a date YYYY-MM-DD") from None


def limit_clause(limit: int | None) -> str:
    # An int from the caller, never text: safe to write into the SQL.
    return f" LIMIT {int(limit)}" if limit is not None else ""


def with_bool(row: Row, column: str) -> Row:
    # SQLite keeps booleans as 0/1.
    if row[column] is not None:
        row[column] = bool(row[column])
    return row
