"""A kept-alive connection stays open between requests for the server's whole idle deadline
(HEADER_SECONDS, 10 s), not uvicorn's own 5 s keep-alive. httpx, the client most Python callers use,
drops an idle connection after 5 s (its keepalive_expiry); a server closing at that same 5 s races it,
and a request sent on a connection the server is closing fails with a ReadError (the load test's rare
failure). With the server's deadline at twice the client's, a reused connection is always answered.
"""

from __future__ import annotations

import http.client
import time
from pathlib import Path

from quotegraph.serve import create_app
from quotegraph.serve.protocol import HEADER_SECONDS
from tests.support.server import running

HTTPX_KEEPALIVE_EXPIRY = 5.0  # httpx.Limits' default


def test_a_connection_idle_past_the_usual_client_expiry_is_still_answered(tmp_path: Path) -> None:
    assert HEADER_SECONDS >= 2 * HTTPX_KEEPALIVE_EXPIRY
    with running(create_app(str(tmp_path / "none.db"))) as base:
        connection = http.client.HTTPConnection("127.0.0.1", int(base.rpartition(":")[2]), timeout=20)
        try:
            connection.request("GET", "/api/info")
            assert connection.getresponse().read() and connection.sock is not None
            kept = connection.sock
            time.sleep(HTTPX_KEEPALIVE_EXPIRY + 1.5)  # past uvicorn's 5 s, well before the 10 s deadline
            connection.request("GET", "/api/info")
            answer = connection.getresponse()
            assert answer.status == 200
            assert connection.sock is kept  # the same connection, not a silent reconnect
        finally:
            connection.close()
