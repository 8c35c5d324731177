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


# A class gets the code of its nearest ancestor listed here (so subclasses come first in its MRO).
STATUS: dict[type[QuotegraphError], int] = {
    NotFoundError: 404,
    TooLargeError: 413,
    FetchDisabledError: 403,
    UnsupportedMediaError: 415,
    InputError: 400,
    QueryError: 400,  # a full-text search syntax error, a bad date
    StoreError: 503,  # no database yet, or the database server is down
    ModelError: 503,
}


def status_of(error: QuotegraphError) -> int:
    return next((STATUS[cls] for cls in type(error).__mro__ if cls in STATUS), 500)


def error_response(error: QuotegraphError) -> JSONResponse:
    return JSONResponse({"detail": str(error), "error": type(error).__name__}, status_code=status_of(error))


async def _quotegraph_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, QuotegraphError)
    return error_response(error)


async def _unexpected_error(request: Request, error: Exception) -> JSONResponse:
    # The traceback goes to the server log (uvicorn logs the re-raised exception), never to the client.
    return JSONResponse({"detail": "internal error (see the server log)", "error": "InternalError"}, 500)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(QuotegraphError, _quotegraph_error)
    app.add_exception_handler(Exception, _unexpected_error)
