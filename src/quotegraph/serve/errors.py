"""Which HTTP status each quotegraph error gets, in one place, and the JSON every error response has.

Bad input of any kind is a 4xx with a one-line message: a traceback never reaches the client.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from quotegraph.errors import InputError, ModelError, QueryError, QuotegraphError, StoreError


class NotFoundError(QuotegraphError):
    """No article or speaker has that id."""


class TooLargeError(InputError):
    """The request body is over the limit (serve/limits.py)."""


class FetchDisabledError(InputError):
    """A URL to fetch was given, but the server was not started with --allow-fetch."""


class UnsupportedMediaError(InputError):
    """The request body is neither JSON nor a multipart upload."""


class BadHostError(InputError):
    """The Host header names a host this server does not answer for (DNS rebinding)."""


class CrossSiteError(QuotegraphError):
    """A state-changing request sent by a page of another site (a browser form or script elsewhere)."""


class SlowRequestError(QuotegraphError):
    """The request body did not arrive within the server's deadline."""


class QueueFullError(QuotegraphError):
    """Every analysis worker is busy and the queue of waiting articles is full: retry after a while."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class AnalysisTimeoutError(QuotegraphError):
    """One article's analysis ran over the server's time limit and was stopped."""


class ClientGoneError(QuotegraphError):
    """The client disconnected before its article was analyzed: nobody is left to answer."""


# A class gets the code of its nearest ancestor listed here (so subclasses come first in its MRO).
STATUS: dict[type[QuotegraphError], int] = {
    NotFoundError: 404,
    TooLargeError: 413,
    FetchDisabledError: 403,
    UnsupportedMediaError: 415,
    CrossSiteError: 403,
    SlowRequestError: 408,
    QueueFullError: 429,
    AnalysisTimeoutError: 503,
    ClientGoneError: 499,  # nginx's "client closed request": written to no one, seen in the log only
    InputError: 400,
    QueryError: 400,  # a full-text search syntax error, a bad date
    StoreError: 503,  # no database yet, or the database server is down
    ModelError: 503,
}


def status_of(error: QuotegraphError) -> int:
    return next((STATUS[cls] for cls in type(error).__mro__ if cls in STATUS), 500)


def error_response(error: QuotegraphError) -> JSONResponse:
    headers = {}
    if isinstance(error, QueueFullError):
        headers["Retry-After"] = str(error.retry_after)
    if isinstance(error, SlowRequestError):
        headers["Connection"] = "close"  # the rest of the body is not waited for
    return JSONResponse(
        {"detail": str(error), "error": type(error).__name__}, status_code=status_of(error), headers=headers
    )


async def _quotegraph_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, QuotegraphError)
    return error_response(error)


async def _unexpected_error(request: Request, error: Exception) -> JSONResponse:
    # The traceback goes to the server log (uvicorn logs the re-raised exception), never to the client.
    return JSONResponse({"detail": "internal error (see the server log)", "error": "InternalError"}, 500)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(QuotegraphError, _quotegraph_error)
    app.add_exception_handler(Exception, _unexpected_error)
