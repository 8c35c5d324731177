"""The request body's limits: its size and how long it may take to arrive.

A body over the size limit gets a JSON 413, before a byte of it is read when Content-Length declares
the size, and as soon as it goes over while streaming in otherwise. (FastAPI's own max_body_size
answers the declared case in plain text, not JSON.) A body still incomplete ``seconds`` after its
request's headers gets a JSON 408 and the connection is closed: a client trickling bytes cannot hold
a connection (the headers' own deadline is serve/protocol.py's).
"""

from __future__ import annotations

import asyncio
import time

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from quotegraph.serve.errors import SlowRequestError, TooLargeError, error_response

MAX_BODY_BYTES = 2 * 1024 * 1024
BODY_SECONDS = 30.0


class BodyLimit:
    """ASGI middleware limiting request bodies to max_bytes."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = Headers(scope=scope).get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            await error_response(self._too_large())(scope, receive, send)
            return
        received = 0

        async def capped_receive() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_bytes:
                # Raised where the app reads the body, so its QuotegraphError handler answers 413.
                raise self._too_large()
            return message

        await self.app(scope, capped_receive, send)

    def _too_large(self) -> TooLargeError:
        return TooLargeError(f"the request body is over the limit of {self.max_bytes // 1024} KB")


class BodyDeadline:
    """ASGI middleware: the request body must have arrived ``seconds`` after the request's headers."""

    def __init__(self, app: ASGIApp, seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        deadline = time.monotonic() + self.seconds
        complete = False

        async def timed_receive() -> Message:
            nonlocal complete
            if complete:  # what comes after the body (a disconnect) is waited for as long as it takes
                return await receive()
            try:
                async with asyncio.timeout(max(deadline - time.monotonic(), 0)):
                    message = await receive()
            except TimeoutError:
                # Raised where the app reads the body, so its QuotegraphError handler answers 408.
                raise SlowRequestError(f"the request body did not arrive within {self.seconds:g} s") from None
            complete = message["type"] != "http.request" or not message.get("more_body", False)
            return message

        await self.app(scope, timed_receive, send)
