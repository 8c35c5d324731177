"""Speakers before and after merging into persons, and a seeded sample of merges to check by hand.

    .venv/bin/python benchmarks/person_merges.py --db bbc.db [--sample 30] [--seed 16] [--merge]
        [--incremental N]

The store is one ingested with `quotegraph ingest` (--merge recomputes the persons first, as
`quotegraph speakers --merge` does). Printed: distinct speaker names (all, and named people's) against
persons; then ``--sample`` merges drawn with ``--seed`` from every distinct (speaker name, person) pair
joined by a rule other than the same name, each with its rule, confidence, the role the article gave,
the article, a line of the article naming the speaker, and the person's canonical name and main
roles, so that a reader can say whether the two are one person. Last, every person of the surnames
given with --surname (Blair by default): who took which names.

--incremental N times what storing an article costs the persons: N articles (drawn with the seed)
have their speakers unlinked and merged again one at a time, as ingest does, and the links must come
back as they were. It writes to the database: use a scratch copy.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import time

from quotegraph.analyze.person_merge import given_names_before
from quotegraph.store import open_store, persons
from quotegraph.store.dialect import Database

_MAX_ROLES = 3


def counts(db: Database) -> dict[str, int]:
    one = lambda sql: db.execute(sql)[0]["n"]  # noqa: E731
    return {
        "distinct speakers (names, plus groups and anonymous sources per article)": one(
            "SELECT count(*) AS n FROM speakers"
        ),
        "persons": one("SELECT count(*) AS n FROM persons"),
        "distinct names of named people": one(
            "SELECT count(*) AS n FROM speakers WHERE type = 'person' AND key LIKE 'name:%'"
        ),
        "persons they are merged into": one("SELECT count(*) AS n FROM persons WHERE surname IS NOT NULL"),
        "appearances (article speakers) of named people under another name than their person's": one(
            "SELECT count(*) AS n FROM article_speakers WHERE person_rule NOT IN ('same name', 'unmerged')"
        ),
    }


def merges(db: Database) -> list[dict]:
    """Every distinct (speaker, person, rule): a name taken for a person by a rule, with one article."""
    return db.execute(
        "SELECT s.speaker_id, sp.name AS speaker, s.person_id, p.name AS person, s.person_rule AS rule, "
        "max(s.person_confidence) AS confidence, min(s.article_id) AS article_id, "
        "count(DISTINCT s.article_id) AS articles "
        "FROM article_speakers s JOIN speakers sp ON sp.id = s.speaker_id "
        "JOIN persons p ON p.id = s.person_id WHERE s.person_rule NOT IN ('same name', 'unmerged') "
        "GROUP BY s.speaker_id, sp.name, s.person_id, p.name, s.person_rule "
        "ORDER BY s.speaker_id, s.person_id"
    )


def context(db: Database, merge: dict) -> tuple[str, str, str]:
    """The article's source, the speaker's role there, and the first line of the text naming them."""
    article = db.execute("SELECT source_key, text FROM articles WHERE id = ?", (merge["article_id"],))[0]
    role = db.execute(
        "SELECT role FROM article_speakers WHERE article_id = ? AND speaker_id = ?",
        (merge["article_id"], merge["speaker_id"]),
    )[0]["role"]
    surname = merge["speaker"].split()[-1]
    line = next(
        (ln for ln in article["text"].splitlines() if re.search(rf"\b{re.escape(surname)}\b", ln)), ""
    )
    return article["source_key"], role or "", line.strip()[:240]


def person_roles(db: Database, person_id: int) -> str:
    found = db.execute(
        "SELECT role, count(*) AS n FROM article_speakers WHERE person_id = ? AND role IS NOT NULL "
        f"GROUP BY role ORDER BY count(*) DESC, role LIMIT {_MAX_ROLES}",
        (person_id,),
    )
    return "; ".join(f"{row['role']} ({row['n']}×)" for row in found)


def surname_report(db: Database, surname: str) -> None:
    print(f"\npersons of the surname {surname!r}:")
    for person in db.execute(
        "SELECT id, name, article_count FROM persons WHERE surname = ? ORDER BY article_count DESC",
        (surname.lower(),),
    ):
        names = db.execute(
            "SELECT sp.name, s.person_rule AS rule, count(*) AS n FROM article_speakers s "
            "JOIN speakers sp ON sp.id = s.speaker_id WHERE s.person_id = ? "
            "GROUP BY sp.name, s.person_rule ORDER BY count(*) DESC",
            (person["id"],),
        )
        taken = ", ".join(f"{n['name']} [{n['rule']}] ×{n['n']}" for n in names)
        print(f"  {person['name']} ({person['article_count']} articles): {taken}")


def links(db: Database) -> list[tuple]:
    return sorted(
        (row["id"], row["name"], row["rule"], row["confidence"])
        for row in db.execute(
            "SELECT s.id, p.name, s.person_rule AS rule, s.person_confidence AS confidence "
            "FROM article_speakers s JOIN persons p ON p.id = s.person_id"
        )
    )


def incremental(db: Database, count: int, seed: int) -> None:
    """Unlink and re-merge ``count`` articles' speakers one at a time; the time each took."""
    before = links(db)
    given_names_before("", "")  # imports spaCy's stop words, as a running ingest has them already
    articles = [row["id"] for row in db.execute("SELECT id FROM articles ORDER BY id")]
    seconds = []
    for article_id in random.Random(seed).sample(articles, min(count, len(articles))):
        with db.transaction():
            db.execute(
                "UPDATE article_speakers SET person_id = NULL, person_confidence = NULL, person_rule = NULL "
                "WHERE article_id = ?",
                (article_id,),
            )
            started = time.perf_counter()
            persons.update(db)
            seconds.append(time.perf_counter() - started)
    seconds.sort()
    print(
        f"incremental merge of {len(seconds)} articles: median {statistics.median(seconds) * 1000:.1f} ms, "
        f"90th percentile {seconds[int(len(seconds) * 0.9)] * 1000:.1f} ms, max {seconds[-1] * 1000:.1f} ms; "
        f"links as before: {links(db) == before}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", required=True)
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--merge", action="store_true", help="recompute the persons first")
    parser.add_argument("--surname", action="append", default=None)
    parser.add_argument("--incremental", type=int, default=0, metavar="N")
    args = parser.parse_args()
    with open_store(args.db, create=False) as store:
        if args.merge:
            print(f"recomputed: {store.merge_persons().to_dict()}")
        db = store.db
        for label, value in counts(db).items():
            print(f"{value:>7}  {label}")
        found = merges(db)
        picked = sorted(random.Random(args.seed).sample(found, min(args.sample, len(found))), key=str)
        print(f"\n{len(picked)} of {len(found)} distinct merges (seed {args.seed}):")
        for number, merge in enumerate(picked, 1):
            source, role, line = context(db, merge)
            print(
                f"\n{number:>2}. {merge['speaker']!r} → {merge['person']!r}  [{merge['rule']}, "
                f"{merge['confidence']:.2f}, {merge['articles']} article(s)]\n"
                f"    role here: {role or '-'}   article: {source}\n"
                f"    person's roles: {person_roles(db, merge['person_id']) or '-'}\n"
                f"    text: {line}"
            )
        for surname in args.surname or ["Blair"]:
            surname_report(db, surname)
        if args.incremental:
            incremental(db, args.incremental, args.seed)


if __name__ == "__main__":
    main()
