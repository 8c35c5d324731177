"""How uvicorn serves the app: its h11 protocol, with a deadline for each request's headers.

uvicorn has no timeout for a request on its way in: its keep-alive timer runs only between requests and
stops at the first byte, so a client that opens a connection and sends nothing, or its headers a byte
at a time, holds the connection for ever. Here a request's headers must be complete ``header_seconds``
after the connection opened or the previous response ended, or the connection is closed. (The body has
its own deadline, limits.BodyDeadline, answered with a 408.)

That deadline is also the only idle limit between requests: uvicorn's own keep-alive timeout (5 s by
default) is set past it. A server that closes an idle connection at the very moment a client reuses it
fails that request (RFC 9112 section 9.3.1); httpx drops idle connections after 5 s, so a server closing
at 5 s too races it, where one closing at 10 s never does.
"""

from __future__ import annotations

import asyncio
from typing import Any

import h11
from fastapi import FastAPI
from uvicorn.protocols.http.h11_impl import H11Protocol

HEADER_SECONDS = 10.0


class TimedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, closing a connection whose request headers do not come in time."""

    header_seconds = HEADER_SECONDS
    _header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._disarm()
        if not self.transport.is_closing():
            self._header_timer = self.loop.call_later(self.header_seconds, self._headers_too_slow)

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_too_slow(self) -> None:
        # Once a request's headers are in, its body is BodyDeadline's and its answer the app's.
        between_requests = self.cycle is None or self.cycle.response_complete
        if between_requests and self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self.transport.close()


def uvicorn_options(app: FastAPI) -> dict[str, Any]:
    """The options of uvicorn.run / uvicorn.Config that serve the app made by create_app: its protocol,
    with the app's header deadline."""
    protocol = type("TimedH11Protocol", (TimedH11Protocol,), {"header_seconds": app.state.header_seconds})
    # Twice the header deadline: uvicorn's keep-alive timer never fires first, the header deadline does.
    return {"http": protocol, "timeout_keep_alive": 2 * app.state.header_seconds}
