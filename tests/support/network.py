"""Servers on loopback that stand in for the web: a small news site (RSS tests), and a simulated
public network where one name resolves to a public address served locally, while private addresses
lead to a server that must never be reached (fetch and SSRF tests). Fixtures, registered as a plugin."""

from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from tests.support.server import Recorder, recorder

PAGE = (
    b"<html><head><title>Sea wall approved</title></head><body><article><h1>Sea wall approved</h1>"
    b"<p>The town council approved a new sea wall on Monday after months of debate in the chamber.</p>"
    b"<p>\xe2\x80\x9cWe cannot wait for the next storm,\xe2\x80\x9d said Mayor Ellen Brandt.</p>"
    b"</article></body></html>"
)


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", f"http://localhost:{self.server.server_address[1]}/story")
            self.end_headers()
            return
        body, content_type = (
            (PAGE, "text/html; charset=utf-8") if self.path == "/story" else (b"\x89PNG", "image/png")
        )
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:  # keep the test output quiet
        pass


@pytest.fixture
def local_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


PUBLIC_NAME = "news.example.com"


PUBLIC_IP = "93.184.216.34"


PRIVATE_IPS = ["10.20.30.40", "192.168.1.10", "169.254.169.254"]


@pytest.fixture
def forbidden() -> Iterator[Recorder]:
    """The server that must never be reached."""
    with recorder() as server:
        yield server


@pytest.fixture
def public(forbidden: Recorder, monkeypatch: pytest.MonkeyPatch) -> Iterator[Recorder]:
    """The public web site PUBLIC_NAME (a local server behind the simulated network)."""
    with recorder() as site:
        routes = {PUBLIC_NAME: site.port, PUBLIC_IP: site.port, **dict.fromkeys(PRIVATE_IPS, forbidden.port)}
        real_getaddrinfo, real_connect = socket.getaddrinfo, socket.create_connection

        def getaddrinfo(host: str, port: Any, *args: Any, **kwargs: Any) -> list:
            if host == PUBLIC_NAME:
                return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (PUBLIC_IP, port))]
            return real_getaddrinfo(host, port, *args, **kwargs)

        def create_connection(address: tuple[str, int], *args: Any, **kwargs: Any) -> socket.socket:
            host, port = address
            if host in routes and port == 80:
                return real_connect(("127.0.0.1", routes[host]), *args, **kwargs)
            return real_connect(address, *args, **kwargs)

        monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
        monkeypatch.setattr(socket, "create_connection", create_connection)
        yield site
