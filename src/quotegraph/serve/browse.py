"""The browsing routes the web page is built on (store/browse.py): the overview it opens on, quote
search with facets and totals and its download as CSV or JSON, the articles, persons, events and
places browsers, and the charts' series. Lists answer ``{"items", "total", "limit", "offset",
"next_offset"}``.
"""

from __future__ import annotations

import asyncio
import csv
import hashlib
import io
import json
from datetime import date as Date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from quotegraph.serve.analysis import _OPENAPI, _disconnected, _job
from quotegraph.serve.corpus import MAX_ID, Id, Limit, Offset, Search
from quotegraph.serve.services import Corpus
from quotegraph.serve.workers import AnalysisPool
from quotegraph.store import browse, charts, lookups
from quotegraph.store.dialect import Row

# A download holds at most this many quotes: the whole result of any reasonable search, bounded.
MAX_DOWNLOAD = 10_000
DOWNLOAD_COLUMNS = (
    "id", "date", "speaker", "role", "speaker_type", "anonymous", "kind", "attribution", "quote", "cue",
    "tone",
    "headline", "article", "article_id", "speaker_id", "person_id",
)  # fmt: skip
Text = Annotated[str | None, Query(max_length=200)]
When = Annotated[Date | None, Query(description="Article dates, YYYY-MM-DD, inclusive.")]


def quote_search(
    q: Search = None,
    person_id: Annotated[
        int | None, Query(ge=1, le=MAX_ID, description="One person (an /api/persons id).")
    ] = None,
    speaker: Annotated[str | None, Query(max_length=200, description="Part of the speaker's name.")] = None,
    role: Annotated[
        str | None, Query(max_length=200, description="Part of the speaker's role there.")
    ] = None,
    organization: Annotated[
        str | None,
        Query(max_length=200, description="Part of an organization's name: quoted, or in the role."),
    ] = None,
    place: Annotated[str | None, Query(max_length=200, description="A place the article mentions.")] = None,
    kind: Annotated[
        Literal["direct", "indirect", "mixed"] | None, Query(description="The kind of quote.")
    ] = None,
    type: Annotated[
        Literal["person", "organization", "group"] | None, Query(description="The speaker's type.")
    ] = None,
    anonymous: Annotated[bool | None, Query(description="true: anonymous sources; false: named.")] = None,
    attribution: Annotated[
        Literal["speech", "thought", "document", "all"],
        Query(description="The attribution type (docs/quotes.md): speech unless told; all: every type."),
    ] = "speech",
    since: When = None,
    until: When = None,
) -> browse.QuoteSearch:
    return browse.QuoteSearch(
        q=q or None,
        person_id=person_id,
        speaker=speaker or None,
        role=role or None,
        organization=organization or None,
        place=place or None,
        kind=kind,
        type=type,
        anonymous=anonymous,
        attribution=None if attribution == "all" else attribution,
        since=since.isoformat() if since else None,
        until=until.isoformat() if until else None,
    )


Wanted = Annotated[browse.QuoteSearch, Depends(quote_search)]


def paged(found: Row, limit: int, offset: int) -> dict[str, Any]:
    more = offset + limit < found["total"]
    return found | {"limit": limit, "offset": offset, "next_offset": offset + limit if more else None}


def csv_text(rows: list[Row], columns: tuple[str, ...]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def _warm_search(store: Any) -> None:
    browse.search_quotes(store, browse.QuoteSearch(), 1)


def browse_routes(corpus: Corpus, pool: AnalysisPool, allow_fetch: bool) -> APIRouter:
    router = APIRouter(prefix="/api", tags=["browse"])
    warming: set[asyncio.Future[None]] = set()  # background counts still running

    @router.post("/articles", openapi_extra=_OPENAPI)
    async def add_article(request: Request) -> dict[str, Any]:
        """Analyze an article (sent as to POST /api/analyze) and add it to the corpus, as `quotegraph
        ingest` would: `id` (its /api/articles id) and `outcome`, "added" or "duplicate" (the same
        text, or the same URL, is there already). A 503 when the server has no database."""
        job = await _job(request, allow_fetch)
        analysis = await pool.analyze(job, lambda: _disconnected(request))
        digest = hashlib.sha256(analysis.text.encode("utf-8")).hexdigest()
        url = job.source if job.source and job.source.startswith(("http://", "https://")) else None

        def store_it(store: Any) -> dict[str, Any]:
            outcome = store.add(analysis, f"web:{digest[:16]}", digest, url)
            known = store.find(digest, url)
            return {"id": known.article_id if known else None, "outcome": outcome}

        return await corpus.run(store_it)

    @router.get("/overview")
    async def overview() -> dict[str, Any]:
        """Totals (articles, quotes, named speakers, persons, events, first and last date), quotes per
        month, the most quoted persons and organizations, and the share of anonymous sources."""
        found = await corpus.run(
            lambda store: browse.cached(store.db, ("overview",), lambda: browse.overview(store))
        )
        # The search view's facets count every quote: count them now, while the reader looks at this
        # page (cached: once per change of the corpus), so that opening the search is quick.
        warming.add(asyncio.ensure_future(corpus.run(_warm_search)))
        for task in [t for t in warming if t.done()]:
            warming.discard(task)
            if not task.cancelled():
                task.exception()  # read, so that a failure (the store gone meanwhile) is not logged
        return found

    @router.get("/search", responses={400: {"description": "A search syntax error."}})
    async def search(wanted: Wanted, limit: Limit = 20, offset: Offset = 0) -> dict[str, Any]:
        """Quotes matching every filter given, newest first, with the `total` and `facets`: counts by
        kind, speaker type and named/anonymous, and the most quoted persons, roles and places."""
        found = await corpus.run(lambda store: browse.search_quotes(store, wanted, limit, offset))
        return paged(found, limit, offset)

    @router.get("/search/download", responses={400: {"description": "A search syntax error."}})
    async def download(
        wanted: Wanted,
        format: Annotated[Literal["csv", "json"], Query(description="csv or json.")] = "csv",
        limit: Annotated[int, Query(ge=1, le=MAX_DOWNLOAD)] = MAX_DOWNLOAD,
    ) -> Response:
        """The quotes of a search, newest first (at most `limit`, ≤ 10,000), as a CSV or JSON file."""
        rows = await corpus.run(lambda store: browse.export_quotes(store, wanted, limit))
        disposition = {"Content-Disposition": f'attachment; filename="quotes.{format}"'}
        if format == "json":
            return Response(
                json.dumps(rows, ensure_ascii=False), media_type="application/json", headers=disposition
            )
        return Response(
            csv_text(rows, DOWNLOAD_COLUMNS), media_type="text/csv; charset=utf-8", headers=disposition
        )

    @router.get("/browse/articles", responses={400: {"description": "A search syntax error."}})
    async def articles(
        search: Search = None,
        since: When = None,
        until: When = None,
        place: Text = None,
        person_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
        sort: Literal["date", "quotes", "speakers", "headline"] = "date",
        order: Literal["asc", "desc"] = "desc",
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Articles with their quote and speaker counts, sorted by date, quotes, speakers or headline,
        filtered by full text, dates, a place mentioned or a person quoted."""
        found = await corpus.run(
            lambda store: browse.articles(
                store,
                limit,
                offset,
                search or None,
                since.isoformat() if since else None,
                until.isoformat() if until else None,
                place or None,
                person_id,
                sort,
                order == "desc",
            )
        )
        return paged(found, limit, offset)

    @router.get("/browse/persons")
    async def persons(
        name: Text = None,
        type: Literal["person", "organization", "group"] | None = None,
        sort: Literal["quotes", "articles", "name"] = "quotes",
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Persons and organizations (speakers merged across articles), with aliases, roles over time
        and the names merged into them; filtered by part of a name and by type."""
        found = await corpus.run(lambda store: browse.persons(store, limit, offset, name or None, type, sort))
        return paged(found, limit, offset)

    @router.get("/browse/persons/{person_id}", responses={404: {"description": "No person has that id."}})
    async def person(person_id: Id) -> dict[str, Any]:
        """One person as /api/persons/{id} gives it, with `appearances`, the articles they are in (the
        latest 20, with the role held), and `co_quoted`, the persons quoted in the same articles."""

        def lookup(store: Any) -> Row | None:
            found = lookups.person(store, person_id)
            return None if found is None else found | browse.person_links(store, person_id)

        return await corpus.one(lookup, f"no person {person_id}")

    @router.get("/browse/events", responses={400: {"description": "An unknown action class."}})
    async def events(
        action_class: Text = None,
        name: Text = None,
        place: Text = None,
        since: When = None,
        until: When = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Events (actor, action, class, target, place, date), newest article first, filtered by class,
        part of an actor's or target's name, part of the place's name and dates; `classes` counts each
        class under the other filters."""
        found = await corpus.run(
            lambda store: browse.events(
                store,
                limit,
                offset,
                action_class or None,
                name or None,
                place or None,
                since.isoformat() if since else None,
                until.isoformat() if until else None,
            )
        )
        return paged(found, limit, offset)

    @router.get("/browse/places")
    async def places(name: Text = None, limit: Annotated[int, Query(ge=1, le=2000)] = 500) -> dict[str, Any]:
        """Places with coordinates, most articles first, with how many articles mention each."""
        return await corpus.run(
            lambda store: browse.cached(
                store.db, ("places", limit, name), lambda: browse.places(store, limit, name or None)
            )
        )

    @router.get("/charts/person-months")
    async def person_months(
        person_id: Annotated[list[int] | None, Query(description="Persons (default: the top 5).")] = None,
    ) -> dict[str, Any]:
        """Quotes per month of each person (at most 12): `months` and one `series` per person."""
        wanted = [i for i in person_id or [] if 1 <= i <= MAX_ID][:12]
        return await corpus.run(
            lambda store: browse.cached(
                store.db, ("months", *wanted), lambda: charts.person_months(store, wanted)
            )
        )

    @router.get("/charts/tone")
    async def tone() -> dict[str, Any]:
        """Mean article tone (-1 … 1) per outlet per month: `months` and one `series` per outlet."""
        return await corpus.run(
            lambda store: browse.cached(store.db, ("tone",), lambda: charts.tone_by_outlet(store))
        )

    return router
