"""The corpus routes: articles, quotes, speakers, persons, events and statistics from the store, a page
at a time."""

from __future__ import annotations

from datetime import date as Date
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from quotegraph.analyze.event_classes import CLASSES
from quotegraph.records import AttributionType
from quotegraph.serve.services import Corpus
from quotegraph.store import QuoteFilter, lookups
from quotegraph.store.dialect import Row

MAX_LIMIT = 200
# Speakers and articles pages are cut from the store's top-N lists, so deep pages cost their depth.
MAX_OFFSET = 10_000

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"At most this many items (≤ {MAX_LIMIT}).")]
Offset = Annotated[
    int, Query(ge=0, le=MAX_OFFSET, description="Items to skip (the `next_offset` of a page).")
]
# Ids are 64-bit integers in both stores: a larger number is a 422, not a database overflow (a 500).
MAX_ID = 2**63 - 1
Id = Annotated[int, Path(ge=1, le=MAX_ID)]
Search = Annotated[
    str | None,
    Query(description='Full-text search: words (stemmed), "a phrase", prefix*, a OR b, -excluded.'),
]


def page(found: list[Row], limit: int, offset: int) -> dict[str, Any]:
    """Up to limit items of ``found`` (rows from ``offset`` on; one more than limit means more follow)."""
    return {
        "items": found[:limit],
        "limit": limit,
        "offset": offset,
        "next_offset": offset + limit if len(found) > limit else None,
    }


def corpus_routes(corpus: Corpus) -> APIRouter:
    router = APIRouter(prefix="/api", tags=["corpus"])

    @router.get("/articles")
    async def articles(search: Search = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        """Articles, newest first, with how many quotes and speakers each has."""
        found = await corpus.run(lambda store: store.articles(search or None, offset + limit + 1))
        return page(found[offset:], limit, offset)

    @router.get("/articles/{article_id}", responses={404: {"description": "No article has that id."}})
    async def article(article_id: Id) -> dict[str, Any]:
        """One article: its whole `analysis` (as POST /api/analyze gives it) and `speaker_ids`, each
        speaker id of the analysis → its id in /api/speakers."""
        return await corpus.one(lambda store: lookups.article(store, article_id), f"no article {article_id}")

    @router.get("/quotes", responses={400: {"description": "A search syntax error."}})
    async def quotes(
        q: Search = None,
        speaker: Annotated[str | None, Query(description="Part of the speaker's name, any case.")] = None,
        speaker_id: Annotated[
            int | None, Query(ge=1, le=MAX_ID, description="One speaker's quotes (an /api/speakers id).")
        ] = None,
        person_id: Annotated[
            int | None, Query(ge=1, le=MAX_ID, description="One person's quotes (an /api/persons id).")
        ] = None,
        since: Annotated[Date | None, Query(description="Articles dated on or after YYYY-MM-DD.")] = None,
        until: Annotated[Date | None, Query(description="Articles dated on or before YYYY-MM-DD.")] = None,
        anonymous: Annotated[bool | None, Query(description="true: anonymous sources; false: named.")] = None,
        type: Annotated[
            list[AttributionType] | None,
            Query(description="Attribution types to list: speech (the default), thought, document."),
        ] = None,
        all_types: Annotated[bool, Query(description="true: every type of attribution.")] = False,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Who said what, newest first, with the speaker's role in that article; speech unless asked."""
        wanted = QuoteFilter(
            types=None if all_types else tuple(type or ("speech",)),
            speaker=speaker or None,
            search=q or None,
            since=since.isoformat() if since else None,
            until=until.isoformat() if until else None,
            anonymous=anonymous,
            limit=limit + 1,
        )
        found = await corpus.run(
            lambda store: lookups.quotes_page(store, wanted, offset, speaker_id, person_id)
        )
        return page(found, limit, offset)

    @router.get("/speakers")
    async def speakers(limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        """The most quoted speakers, with their roles over time and the names they went by."""
        found = await corpus.run(lambda store: store.speakers(offset + limit + 1))
        return page(found[offset:], limit, offset)

    @router.get("/speakers/{speaker_id}", responses={404: {"description": "No speaker has that id."}})
    async def speaker(speaker_id: Id) -> dict[str, Any]:
        """One speaker: roles (first and last article date), aliases, `timeline`, quotes per month, and
        `persons`, the /api/persons it is merged into. Their quotes: /api/quotes?speaker_id=…"""
        return await corpus.one(lambda store: lookups.speaker(store, speaker_id), f"no speaker {speaker_id}")

    @router.get("/persons")
    async def persons(limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        """The most quoted persons: speakers merged across articles by name variants, titles and roles,
        with the canonical name, roles over time, aliases and `names`, each merged name's rule and
        confidence."""
        found = await corpus.run(lambda store: store.persons(offset + limit + 1))
        return page(found[offset:], limit, offset)

    @router.get("/persons/{person_id}", responses={404: {"description": "No person has that id."}})
    async def person(person_id: Id) -> dict[str, Any]:
        """One person: as in /api/persons, with `timeline`, quotes per month. Their quotes:
        /api/quotes?person_id=…"""
        return await corpus.one(lambda store: lookups.person(store, person_id), f"no person {person_id}")

    @router.get("/events")
    async def events(
        action_class: Annotated[
            str | None, Query(description=f"One class of action: {', '.join(CLASSES)}.")
        ] = None,
        name: Annotated[
            str | None, Query(description="Part of the actor's or target's name, any case.")
        ] = None,
        article_id: Annotated[int | None, Query(ge=1, le=MAX_ID, description="One article's events.")] = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Who did what to whom, newest article first: each event's action (lemma and class), actor,
        target, place and date with their spans, and its article."""
        found = await corpus.run(
            lambda store: lookups.events_page(
                store, limit + 1, offset, action_class, name or None, article_id
            )
        )
        return page(found, limit, offset)

    @router.get("/stats")
    async def stats() -> dict[str, Any]:
        """Corpus figures: articles, quotes, named speakers, failures, quotes per article, the share of
        anonymous sources, top places, and `top_speakers`: the most quoted persons, counted as
        /api/persons counts them."""
        return await corpus.run(lambda store: store.stats())

    return router
