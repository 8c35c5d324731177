"""The app: the web page at /, its assets at /static, the JSON API under /api, OpenAPI docs at /docs."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from importlib.metadata import version
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline

import quotegraph.serve.geo as geo
from quotegraph.records import LearnedAttribution
from quotegraph.serve.analysis import analysis_routes
from quotegraph.serve.browse import browse_routes
from quotegraph.serve.corpus import corpus_routes
from quotegraph.serve.errors import install_error_handlers
from quotegraph.serve.guards import CrossSiteCheck, HostCheck, allowed_hosts
from quotegraph.serve.limits import BODY_SECONDS, MAX_BODY_BYTES, BodyDeadline, BodyLimit
from quotegraph.serve.protocol import HEADER_SECONDS
from quotegraph.serve.services import Corpus
from quotegraph.serve.workers import DEFAULT_QUEUE, DEFAULT_TIMEOUT, AnalysisPool
from quotegraph.store import DEFAULT_DB

STATIC = Path(__file__).with_name("static")
# The page loads nothing from elsewhere and runs no inline script: even a rendering bug could not
# make article text execute.
PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def create_app(
    db: str = DEFAULT_DB,
    allow_fetch: bool = False,
    model: str | None = None,
    attribution_model: LearnedAttribution | None = None,
    workers: int = 0,
    queue: int = DEFAULT_QUEUE,
    timeout: float = DEFAULT_TIMEOUT,
    hosts: Iterable[str] = allowed_hosts("127.0.0.1"),
    body_seconds: float = BODY_SECONDS,
    header_seconds: float = HEADER_SECONDS,
) -> FastAPI:
    """The app over the store at ``db`` (opened on first use). The spaCy model, and the attribution
    model directory when one is given, load here, once in each of ``workers`` processes (0: in this
    one): a ModelError comes out now, before the server listens. ``queue``, ``timeout``: see
    serve/workers.py; ``hosts``: the Host names answered (serve/guards.py); ``body_seconds``,
    ``header_seconds``: how long a request may take to arrive (serve/limits.py, serve/protocol.py:
    serve it with protocol.uvicorn_options)."""
    pool = AnalysisPool(workers, queue, timeout, model, attribution_model)
    corpus = Corpus(db)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        pool.warm_up()
        yield
        pool.close()
        corpus.close()

    # FastAPIOffline serves Swagger UI's script, style and icon from its own package (under
    # /static-offline-docs) instead of a CDN, so /docs works with no internet, like the page.
    app = FastAPIOffline(
        title="quotegraph",
        version=version("quotegraph"),
        description="Who said what in news articles. The web page is at /.",
        lifespan=lifespan,
        redoc_url=None,
    )
    app.state.analysis = pool
    app.state.header_seconds = header_seconds
    install_error_handlers(app)
    # The last added runs first: the Host, then the origin, then the body's size and time.
    app.add_middleware(BodyDeadline, seconds=body_seconds)
    app.add_middleware(BodyLimit, max_bytes=MAX_BODY_BYTES)
    app.add_middleware(CrossSiteCheck)
    app.add_middleware(HostCheck, hosts=set(hosts))
    app.include_router(analysis_routes(pool, allow_fetch))
    app.include_router(corpus_routes(corpus))
    app.include_router(browse_routes(corpus, pool, allow_fetch))
    app.include_router(geo.router)

    @app.get("/api/info", tags=["page"])
    def info() -> dict[str, Any]:
        """What the page needs to know: whether URLs can be fetched, the body limit, the models; and
        `analysis`, the workers, queue and time limit, how many are busy and waiting, and counts of the
        requests started, refused (queue full), dropped (client gone) and timed out."""
        return {
            "allow_fetch": allow_fetch,
            "max_body_bytes": MAX_BODY_BYTES,
            **pool.info,
            "analysis": pool.status(),
        }

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", headers=PAGE_HEADERS)

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
