"""The series the web page's charts draw: quotes per person per month, and the tone of each outlet per
month, each over every month from the first to the last with data (none left out, so the lines are
continuous). Functions of a Store, as store/browse.py's.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import urlsplit

from quotegraph.store import Store, guarded
from quotegraph.store.browse import APPEARANCE as _APPEARANCE
from quotegraph.store.dialect import Row

# How many persons a chart draws by default (the most quoted).
CHART_PERSONS = 5


@guarded
def person_months(store: Store, person_ids: list[int] | None = None) -> Row:
    """Quotes per month of each person in ``person_ids`` (default: the most quoted few): ``months``,
    every month from the first to the last of any, and ``series``, one per person, with a count for
    each month (0 where none)."""
    db = store.db
    if not person_ids:
        person_ids = [
            row["id"]
            for row in db.execute(
                "SELECT id FROM persons WHERE type = 'person' AND NOT anonymous "
                "ORDER BY quote_count DESC, article_count DESC, name, id LIMIT ?",
                (CHART_PERSONS,),
            )
        ]
    names = (
        {
            row["id"]: row["name"]
            for row in db.execute(
                f"SELECT id, name FROM persons WHERE id IN ({', '.join('?' * len(person_ids))})", person_ids
            )
        }
        if person_ids
        else {}
    )
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    if names:
        for row in db.execute(
            "SELECT s.person_id, substr(a.date, 1, 7) AS month, count(DISTINCT q.id) AS quotes "
            f"FROM article_speakers s JOIN quotes q ON {_APPEARANCE} "
            "JOIN articles a ON a.id = s.article_id "
            f"WHERE s.person_id IN ({', '.join('?' * len(names))}) AND a.date IS NOT NULL "
            "GROUP BY s.person_id, substr(a.date, 1, 7)",
            list(names),
        ):
            counts[row["person_id"]][row["month"]] = row["quotes"]
    months = _month_range([m for per in counts.values() for m in per])
    series = [
        {"id": i, "name": names[i], "counts": [counts[i].get(m, 0) for m in months]}
        for i in person_ids
        if i in names
    ]
    return {"months": months, "series": series}


@guarded
def tone_by_outlet(store: Store) -> Row:
    """The mean article tone (-1 … 1) of each outlet per month: ``months`` and ``series``, one per
    outlet with ``tone`` (None where it has no scored article that month) and ``articles`` per month.
    The outlet is a URL's host, else the folder a file was read from (a corpus's section)."""
    sums: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for row in store.db.execute(
        "SELECT url, source, substr(date, 1, 7) AS month, tone FROM articles "
        "WHERE tone IS NOT NULL AND date IS NOT NULL"
    ):
        sums[outlet(row["url"], row["source"])][row["month"]].append(row["tone"])
    months = _month_range([m for per in sums.values() for m in per])
    series = []
    for name in sorted(sums, key=lambda o: (-sum(len(v) for v in sums[o].values()), o)):
        per = sums[name]
        series.append(
            {
                "name": name,
                "tone": [round(sum(per[m]) / len(per[m]), 4) if per.get(m) else None for m in months],
                "articles": [len(per.get(m, [])) for m in months],
            }
        )
    return {"months": months, "series": series}


def outlet(url: str | None, source: str | None) -> str:
    """Who published an article: a URL's host (without www.), else the folder its file was in."""
    for address in (url, source):
        if address and address.startswith(("http://", "https://")):
            return (urlsplit(address).hostname or "unknown").removeprefix("www.")
    if not source:
        return "unknown"
    path = PureWindowsPath(source) if "\\" in source else PurePosixPath(source)
    return path.parent.name or "unknown"


def _month_range(months: list[str]) -> list[str]:
    if not months:
        return []
    first, last = min(months), max(months)
    found = []
    year, month = int(first[:4]), int(first[5:7])
    while f"{year:04d}-{month:02d}" <= last:
        found.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found
