"""POST /api/analyze: an article in (JSON text, HTML or URL, or a file upload), its analysis out."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from quotegraph import formats
from quotegraph.errors import InputError
from quotegraph.read.fetching import fetch_page
from quotegraph.serve.errors import FetchDisabledError, UnsupportedMediaError
from quotegraph.serve.workers import AnalysisPool, Job


class AnalyzeRequest(BaseModel):
    """One of ``text``, ``html`` or ``url``."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, description="The article as plain text.")
    html: str | None = Field(None, description="The article's web page.")
    url: str | None = Field(
        None,
        description="With html: the page's address, recorded. Alone: the page to download and analyze "
        "(only when the server runs with --allow-fetch; public addresses only).",
    )
    date: str | None = Field(
        None,
        description="Publication date YYYY-MM-DD, for articles that do not say.",
        examples=["2024-11-18"],
    )

    @model_validator(mode="after")
    def _one_article(self) -> AnalyzeRequest:
        if self.text is not None and (self.html is not None or self.url is not None):
            raise ValueError("give text, html (with its url, if known) or url: one article")
        if self.text is None and self.html is None and self.url is None:
            raise ValueError("give text, html or url")
        return self


_UPLOAD_SCHEMA = {
    "type": "object",
    "properties": {
        "file": {"type": "string", "format": "binary", "description": "A .txt or .html article file."},
        "date": {"type": "string", "description": "Publication date YYYY-MM-DD."},
    },
    "required": ["file"],
}
_OPENAPI: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": AnalyzeRequest.model_json_schema()},
            "multipart/form-data": {"schema": _UPLOAD_SCHEMA},
        },
    },
    "responses": {
        "200": {"description": "The analysis: the JSON of `quotegraph analyze --format json`."},
        "400": {"description": "Not an article: empty, binary, undecodable, a bad date, a refused URL."},
        "403": {"description": "A URL to fetch, but the server runs without --allow-fetch."},
        "413": {"description": "The request body is over the limit (GET /api/info says how much)."},
        "415": {"description": "The body is neither JSON nor multipart/form-data."},
        "429": {"description": "All analysis workers busy, the queue full: retry after Retry-After s."},
        "503": {"description": "The analysis ran over the server's time limit (GET /api/info: timeout_s)."},
    },
}


def analysis_routes(pool: AnalysisPool, allow_fetch: bool) -> APIRouter:
    router = APIRouter(prefix="/api", tags=["analysis"])

    @router.post("/analyze", openapi_extra=_OPENAPI)
    async def analyze(request: Request) -> Response:
        """Find the quotes, speakers, places, figures, dates and copy-desk warnings of one article.

        Send JSON (`{"text": …}`, `{"html": …, "url": …}` or, with --allow-fetch, `{"url": …}`, each
        with an optional `date`) or a multipart upload with a `file` field (and `date`).
        """
        job = await _job(request, allow_fetch)
        analysis = await pool.analyze(job, lambda: _disconnected(request))
        return Response(formats.to_json(analysis, indent=None), media_type="application/json")

    return router


async def _disconnected(request: Request) -> None:
    """Returns when the client disconnects (its body read, the next message can only say so)."""
    while (await request.receive())["type"] != "http.disconnect":
        pass


async def _job(request: Request, allow_fetch: bool) -> Job:
    """The article the request carries, as bytes to read (reading runs in the analysis worker)."""
    media_type = request.headers.get("content-type", "").partition(";")[0].strip().lower()
    if media_type == "application/json":
        return await _json_job(request, allow_fetch)
    if media_type == "multipart/form-data":
        return await _upload_job(request)
    raise UnsupportedMediaError(
        f"send application/json or multipart/form-data, not {media_type or 'a body without a type'}"
    )


async def _json_job(request: Request, allow_fetch: bool) -> Job:
    try:
        body = AnalyzeRequest.model_validate_json(await request.body())
    except ValidationError as exc:
        # Without the input: it can be the whole body, up to the size limit.
        errors = exc.errors(include_url=False, include_context=False, include_input=False)
        raise RequestValidationError(errors) from None
    date = body.date
    if body.text is not None:
        return Job(body.text.encode("utf-8"), date=date, kind="text")
    if body.html is not None:
        return Job(body.html.encode("utf-8"), source=body.url, date=date, kind="html")
    if not allow_fetch:
        raise FetchDisabledError("fetching URLs is off on this server (start it with --allow-fetch)")
    url = body.url
    assert url is not None  # AnalyzeRequest asks for one of text, html and url
    # Network waits go to the shared threadpool, not to the analysis workers.
    page, content_type = await run_in_threadpool(fetch_page, url)
    return Job(page, source=url, date=date, kind="text" if content_type == "text/plain" else "html")


async def _upload_job(request: Request) -> Job:
    async with request.form(max_files=1, max_fields=2) as form:  # closes the spooled file
        upload, date = form.get("file"), form.get("date")
        if not isinstance(upload, UploadFile):
            raise InputError("the upload has no file field named 'file'")
        if date is not None and not isinstance(date, str):
            raise InputError("the date field must be text, YYYY-MM-DD")
        data = await upload.read()
        name = upload.filename or "upload"
    kind = "html" if name.lower().endswith((".html", ".htm")) else None  # else told by the content
    return Job(data, source=name, date=date or None, kind=kind)
