"""How fast the web page's views answer on a large corpus: the median time of each view's API call, and
the time the page takes to open on the overview in headless Chromium.

    .venv/bin/python benchmarks/web_api.py --db SAMPLE.db --copies 100 [--repeat 7] [--out big.db]

SAMPLE.db is a store made by `quotegraph ingest` (e.g. a few hundred BBC articles). The benchmark
copies it into a new SQLite database ``--copies`` times, each copy under other keys (content hash,
source key, URL) and dated another year, row for row as the ingest of the same articles again under
other names would store them (speakers and persons are shared across copies, as merging would link
them; each speaker's and person's counts are recounted), so that 100 copies of 100 articles are
10,000 articles without analyzing them again. ``--out`` keeps that database (else a temporary one);
``--big DB`` skips the copying and measures DB as it is.

Each call is timed once cold (its aggregates not yet cached: facets, totals, overview and chart series
are kept per query until the corpus changes, store/browse.py) and then ``--repeat`` times, over a real
uvicorn server on loopback, in the order listed (the overview starts counting the search's facets
in the background, as when the page opens); the target of issue 32 is a median under 300 ms for
every call and a page load under 1 s.
"""

from __future__ import annotations

import argparse
import shutil
import socket
import sqlite3
import statistics
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import uvicorn

from quotegraph.serve import create_app
from quotegraph.serve.protocol import uvicorn_options
from quotegraph.store import open_store

# Tables holding one article's rows, copied with each article (their ids are new; article_id moves).
ARTICLE_TABLES = (
    "article_speakers",
    "quotes",
    "entities",
    "places",
    "quantities",
    "dates",
    "warnings",
    "events",
)
CHROMIUM = Path("/usr/bin/chromium")


def columns(db: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]


def copy_corpus(sample: Path, out: Path, copies: int) -> int:
    """``out``: the sample's articles ``copies`` times (the first copy the sample itself); how many."""
    shutil.copyfile(sample, out)
    with open_store(str(out)):  # brings the copy's schema up to date (the browse indexes)
        pass
    db = sqlite3.connect(out, isolation_level=None)
    step = db.execute("SELECT max(id) FROM articles").fetchone()[0] + 1
    article_columns = columns(db, "articles")
    changed = {
        "id": "id + :shift",
        "content_hash": "content_hash || :tag",
        "url": "CASE WHEN url IS NULL THEN NULL ELSE url || '#' || :tag END",
        "source_key": "source_key || '#' || :tag",
        # Another year for each copy, so that the timeline spans many months.
        "date": "CASE WHEN date IS NULL THEN NULL ELSE printf('%04d', 1900 + :copy) || substr(date, 5) END",
    }
    select = ", ".join(changed.get(c, c) for c in article_columns)
    db.execute("BEGIN")
    for copy in range(1, copies):
        params = {"shift": copy * step, "tag": f":{copy}", "copy": copy}
        db.execute(
            f"INSERT INTO articles ({', '.join(article_columns)}) "
            f"SELECT {select} FROM articles WHERE id < :step",
            params | {"step": step},
        )
        for table in ARTICLE_TABLES:
            kept = [c for c in columns(db, table) if c != "id"]
            moved = ", ".join("article_id + :shift" if c == "article_id" else c for c in kept)
            db.execute(
                f"INSERT INTO {table} ({', '.join(kept)}) "
                f"SELECT {moved} FROM {table} WHERE article_id < :step",
                {"shift": copy * step, "step": step},
            )
    for table in ("speakers", "persons"):
        key = "speaker_id" if table == "speakers" else "person_id"
        db.execute(
            f"UPDATE {table} SET article_count = (SELECT count(DISTINCT s.article_id) "
            f"FROM article_speakers s WHERE s.{key} = {table}.id), quote_count = (SELECT count(*) "
            "FROM quotes q JOIN article_speakers s "
            f"ON s.article_id = q.article_id AND s.speaker_id = q.speaker_id WHERE s.{key} = {table}.id)"
        )
    db.execute("COMMIT")
    db.execute("ANALYZE")
    count = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    db.close()
    return count


@contextmanager
def serving(target: str) -> Iterator[str]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    app = create_app(target)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", **uvicorn_options(app)))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def calls(client: httpx.Client) -> dict[str, str]:
    """Each view's API call, with ids and names taken from the corpus."""
    person = client.get("/api/browse/persons", params={"limit": 1}).json()["items"][0]["id"]
    place = client.get("/api/browse/places", params={"limit": 1}).json()["items"][0]["name"]
    article = client.get("/api/browse/articles", params={"limit": 1}).json()["items"][0]["id"]
    return {
        "overview": "/api/overview",
        "search (all)": "/api/search",
        "search words": "/api/search?q=said",
        "search person": f"/api/search?person_id={person}",
        "search place": f"/api/search?place={place}",
        "search anonymous, kind": "/api/search?anonymous=true&kind=direct",
        "search page 50": "/api/search?offset=1000",
        "download csv (1,000)": "/api/search/download?format=csv&limit=1000",
        "articles by date": "/api/browse/articles",
        "articles by quotes": "/api/browse/articles?sort=quotes",
        "articles at a place": f"/api/browse/articles?place={place}",
        "persons": "/api/browse/persons",
        "person page": f"/api/browse/persons/{person}",
        "person's quotes": f"/api/quotes?person_id={person}&limit=20",
        "events": "/api/browse/events",
        "places": "/api/browse/places",
        "chart: person months": "/api/charts/person-months",
        "chart: tone": "/api/charts/tone",
        "article page": f"/api/articles/{article}",
    }


def timings_ms(client: httpx.Client, path: str, repeat: int) -> tuple[float, float]:
    """The first call's time (nothing cached for it yet) and the median of ``repeat`` more."""
    times = []
    for _ in range(repeat + 1):
        start = time.perf_counter()
        response = client.get(path)
        times.append(time.perf_counter() - start)
        assert response.status_code == 200, (path, response.text)
    return times[0] * 1000, statistics.median(times[1:]) * 1000


def page_load_ms(base: str, repeat: int) -> float | None:
    """From navigation to the overview's totals on screen, in a fresh tab each time."""
    if not CHROMIUM.exists():
        return None
    from playwright.sync_api import sync_playwright

    times = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"]
        )
        for _ in range(repeat + 1):
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            start = time.perf_counter()
            page.goto(base + "/")
            page.locator("#totals .figure").first.wait_for()
            times.append(time.perf_counter() - start)
            page.close()
        browser.close()
    return statistics.median(times[1:]) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, help="a sample store to copy")
    parser.add_argument("--copies", type=int, default=100)
    parser.add_argument("--out", type=Path, help="keep the copied database here")
    parser.add_argument("--big", type=Path, help="measure this database as it is (no copying)")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        target = args.big
        if target is None:
            if args.db is None:
                parser.error("give --db SAMPLE (to copy) or --big DB")
            target = args.out or Path(tmp) / "big.db"
            start = time.perf_counter()
            count = copy_corpus(args.db, target, args.copies)
            print(f"copied {args.db} x{args.copies}: {count} articles in {time.perf_counter() - start:.0f} s")
        with serving(str(target)) as base, httpx.Client(base_url=base, timeout=120) as client:
            overview = client.get("/api/overview").json()
            print(
                f"{overview['articles']} articles, {overview['quotes']} quotes, {overview['events']} events"
            )
            print(f"{'call':<26} {'first ms':>10} {'median ms':>10}")
            slowest = (0.0, 0.0)
            for name, path in calls(client).items():
                first, median = timings_ms(client, path, args.repeat)
                slowest = (max(slowest[0], first), max(slowest[1], median))
                print(f"{name:<26} {first:>10.1f} {median:>10.1f}")
            print(f"slowest: first call {slowest[0]:.1f} ms, median {slowest[1]:.1f} ms (target < 300)")
            load = page_load_ms(base, max(3, args.repeat // 2))
            print(
                "page load: no chromium"
                if load is None
                else f"page load to the totals: {load:.0f} ms (target < 1000)"
            )


if __name__ == "__main__":
    main()
