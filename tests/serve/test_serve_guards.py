"""Abuse of the connection and of the browser, against a real uvicorn server on loopback: slow or idle
connections are closed at their deadlines (1 s here), a Host header the server does not answer for is
a 400 (DNS rebinding), and a state-changing request from another site's page is a 403.
"""

from __future__ import annotations

import http.client
import json
import socket
import time
from collections.abc import Iterator

import httpx
import pytest

from quotegraph.serve import create_app
from quotegraph.serve.guards import allowed_hosts
from tests.support.server import running

TEXT = '"We will reopen the bridge on Friday," said Mayor Helen Park.\n'


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    app = create_app(
        str(tmp_path_factory.mktemp("guards") / "none.db"),
        hosts=allowed_hosts("127.0.0.1", ["news.internal"]),
        body_seconds=1,
        header_seconds=1,
    )
    with running(app) as base:
        yield base


def _connect(base: str) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", int(base.rpartition(":")[2])))
    sock.settimeout(20)  # far beyond the 1 s deadlines: a server that waits longer fails the test
    return sock


def _started(base: str) -> int:
    return httpx.get(f"{base}/api/info").json()["analysis"]["started"]


# --- slow and idle connections --------------------------------------------------------------------------


def test_a_body_that_does_not_arrive_in_time_is_a_408_and_the_connection_closes(base: str) -> None:
    with _connect(base) as sock:
        sock.sendall(
            b"POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b'Content-Length: 1000\r\n\r\n{"text": "'
        )
        started = time.monotonic()
        answer = http.client.HTTPResponse(sock)
        answer.begin()
        assert answer.status == 408
        assert json.loads(answer.read())["error"] == "SlowRequestError"
        assert time.monotonic() - started < 15
        assert sock.recv(1) == b""  # closed: the rest of the body is not waited for


def test_many_slow_bodies_are_all_let_go(base: str) -> None:
    """Fifty connections sending a body they never finish: each is answered and closed at the deadline."""
    socks = [_connect(base) for _ in range(50)]
    try:
        for sock in socks:
            sock.sendall(
                b"POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                b'Content-Length: 1000\r\n\r\n{"te'
            )
        started = time.monotonic()
        for sock in socks:
            assert sock.recv(12) == b"HTTP/1.1 408"
        assert time.monotonic() - started < 15
    finally:
        for sock in socks:
            sock.close()
    assert httpx.get(f"{base}/api/info").status_code == 200


@pytest.mark.parametrize("sent", [b"", b"POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\n"])
def test_headers_that_do_not_arrive_in_time_close_the_connection(base: str, sent: bytes) -> None:
    """An idle connection, and one whose headers stop half-way, are closed at the header deadline."""
    with _connect(base) as sock:
        sock.sendall(sent)
        started = time.monotonic()
        assert sock.recv(1) == b""
        assert time.monotonic() - started < 15


def test_a_kept_alive_connection_serves_requests_within_the_deadlines(base: str) -> None:
    """The control: a client that sends its requests promptly is served, twice on one connection."""
    with httpx.Client(base_url=base) as client:
        for _ in range(2):
            assert client.post("/api/analyze", json={"text": TEXT}).status_code == 200


# --- DNS rebinding: the Host header ---------------------------------------------------------------------


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "127.0.0.1.evil.example", "10.0.0.1"])
def test_a_host_the_server_does_not_answer_for_is_a_400(base: str, host: str) -> None:
    before = _started(base)
    for method, path in [("GET", "/api/info"), ("POST", "/api/analyze"), ("GET", "/")]:
        response = httpx.request(method, f"{base}{path}", headers={"Host": host}, json={"text": TEXT})
        assert response.status_code == 400, response.text
        assert response.json()["error"] == "BadHostError"
    assert _started(base) == before


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "LOCALHOST.", "[::1]", "news.internal"])
def test_loopback_names_and_allowed_hosts_are_answered(base: str, host: str) -> None:
    port = base.rpartition(":")[2]
    response = httpx.get(f"{base}/api/info", headers={"Host": f"{host}:{port}"})
    assert response.status_code == 200, response.text


def test_a_wildcard_address_answers_for_its_ip_addresses_only() -> None:
    hosts = allowed_hosts("0.0.0.0", ["news.example.com"])
    assert {"localhost", "127.0.0.1", "::1", "news.example.com", "*ip"} == hosts
    assert "0.0.0.0" not in hosts


# --- cross-site requests --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://evil.example", "Sec-Fetch-Site": "cross-site"},
        {"Origin": "http://localhost:3000", "Sec-Fetch-Site": "same-site"},
        {"Origin": "http://evil.example"},  # a browser without Fetch Metadata
        {"Origin": "null"},  # a sandboxed page, a file: page
    ],
)
def test_a_cross_site_upload_is_refused(base: str, headers: dict[str, str]) -> None:
    """A form on another site posting an article to the API: refused before anything is read."""
    before = _started(base)
    files = {"file": ("story.txt", TEXT.encode(), "text/plain")}
    response = httpx.post(f"{base}/api/analyze", files=files, headers=headers)
    assert response.status_code == 403, response.text
    assert response.json()["error"] == "CrossSiteError"
    assert _started(base) == before


@pytest.mark.parametrize(
    "headers",
    [
        {},  # not a browser: curl, scripts
        {"Sec-Fetch-Site": "same-origin", "Origin": "{base}"},  # the web page itself
        {"Sec-Fetch-Site": "none"},  # typed by the user
    ],
)
def test_same_origin_and_non_browser_uploads_pass(base: str, headers: dict[str, str]) -> None:
    files = {"file": ("story.txt", TEXT.encode(), "text/plain")}
    headers = {name: value.format(base=base) for name, value in headers.items()}
    response = httpx.post(f"{base}/api/analyze", files=files, headers=headers)
    assert response.status_code == 200, response.text


def test_a_cross_site_read_is_not_refused(base: str) -> None:
    """GETs change nothing: another site's page may read (the browser keeps the answer from it, no CORS)."""
    response = httpx.get(f"{base}/api/info", headers={"Origin": "http://evil.example"})
    assert response.status_code == 200
