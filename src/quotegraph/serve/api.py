"""The app: the web page at /, its assets at /static, the JSON API under /api, OpenAPI docs at /docs."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.metadata import version
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline

from quotegraph.records import LearnedAttribution
from quotegraph.serve import geo
from quotegraph.serve.analysis import analysis_routes
from quotegraph.serve.corpus import corpus_routes
from quotegraph.serve.errors import install_error_handlers
from quotegraph.serve.limits import MAX_BODY_BYTES, BodyLimit
from quotegraph.serve.services import Analyzer, Corpus
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
) -> FastAPI:
    """The app over the store at ``db`` (opened on first use). The spaCy model, and the attribution
    model directory when one is given, load here, once: a ModelError comes out now, before the server
    listens."""
    analyzer = Analyzer(model, attribution_model)
    corpus = Corpus(db)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        analyzer.warm_up()
        yield
        analyzer.close()
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
    install_error_handlers(app)
    app.add_middleware(BodyLimit, max_bytes=MAX_BODY_BYTES)
    app.include_router(analysis_routes(analyzer, allow_fetch))
    app.include_router(corpus_routes(corpus))
    app.include_router(geo.router)

    @app.get("/api/info", tags=["page"])
    def info() -> dict[str, Any]:
        """What the page needs to know: whether URLs can be fetched, the body limit, the models."""
        meta = analyzer.nlp.meta
        model_name = f"{meta['lang']}_{meta['name']} {meta['version']}"
        model = analyzer.attribution_model  # its name and scope are what each analysis records
        learned = None
        if model is not None:
            architecture = model.meta.get("architecture", "cnn")
            learned = {"name": model.name, "architecture": architecture, "scope": model.scope}
        return {
            "allow_fetch": allow_fetch,
            "max_body_bytes": MAX_BODY_BYTES,
            "model": model_name,
            "attribution_model": learned,
        }

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", headers=PAGE_HEADERS)

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
