"""The corpus at a glance (`quotegraph stats`): counts, places and the most quoted persons, over the
quote queries and the persons merged across articles (above both: neither imports the other for it).
"""

from __future__ import annotations

from quotegraph.store.dialect import Database, Row
from quotegraph.store.persons import persons
from quotegraph.store.queries import anonymous_share, limit_clause
from quotegraph.store.rows import LINKED


def stats(db: Database, top: int = 10) -> Row:
    counts = db.execute(
        "SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM quotes) AS quotes, "
        "(SELECT count(*) FROM speakers WHERE key LIKE ?) AS named_speakers, "
        "(SELECT count(*) FROM failures) AS failures",
        (f"{LINKED}%",),
    )[0]
    places = db.execute(
        "SELECT name, country, count(DISTINCT article_id) AS articles FROM places "
        f"GROUP BY name, country ORDER BY count(DISTINCT article_id) DESC, name{limit_clause(top)}"
    )
    # The most quoted are persons (speakers merged across articles), counted as `speakers` and the
    # person page count them: one definition of a person's quotes (store/persons.py).
    top_speakers = [
        {k: row[k] for k in ("id", "name", "type", "quotes", "articles")} for row in persons(db, top)
    ]
    return counts | {
        "quotes_per_article": counts["quotes"] / counts["articles"] if counts["articles"] else None,
        "anonymous_share": anonymous_share(db),
        "top_places": places,
        "top_speakers": top_speakers,
    }
