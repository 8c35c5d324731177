"""Fetching a web page: one fetch for `analyze URL`, `ingest URL`, feed links and the server's
--allow-fetch. It refuses loopback, private, link-local and other non-public addresses and limits size
and time, so that no source can point quotegraph at the machine's own network.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from typing import Any

from quotegraph.errors import InputError
from quotegraph.read.limits import MAX_ARTICLE_BYTES

MAX_PAGE_BYTES = MAX_ARTICLE_BYTES  # read/limits.py: the one cap for every reader
TIMEOUT_SECONDS = 10.0  # per connect or read
MAX_FETCH_SECONDS = 30.0  # for the whole page, against servers that trickle bytes
_USER_AGENT = "quotegraph (+https://github.com/quotegraph)"
_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def fetch_page(url: str, allow_private: bool = False) -> tuple[bytes, str]:
    """The bytes and content type of a web page over HTTP(S): InputError when it is refused (a
    non-public address, not a page, too big, too slow) or cannot be fetched.

    MAX_FETCH_SECONDS bounds the whole fetch, connections, redirects and every read: when it runs out,
    the sockets are shut down under whatever read is waiting (a server trickling bytes cannot hold it).
    """
    if not url.lower().startswith(("http://", "https://")):
        raise InputError(f"{url}: refused: only http and https links are fetched")
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
    deadline = _Deadline(MAX_FETCH_SECONDS)
    try:
        with deadline, _opener(allow_private, deadline).open(request, timeout=TIMEOUT_SECONDS) as response:
            content_type = response.headers.get_content_type()
            if content_type not in _PAGE_TYPES:
                raise InputError(f"{url}: not a web page ({content_type})")
            return _read_capped(response, url, deadline), content_type
    except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
        if deadline.expired:
            raise InputError(f"{url}: refused: the page took over {deadline.seconds:g} s to arrive") from None
        if isinstance(exc, urllib.error.HTTPError):
            raise InputError(f"{url}: HTTP error {exc.code} ({exc.reason})") from None
        if isinstance(exc, urllib.error.URLError):
            raise InputError(f"{url}: cannot fetch it ({exc.reason})") from None
        raise InputError(f"{url}: cannot fetch it ({exc})") from None


def _read_capped(response: Any, url: str, deadline: _Deadline) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read1(64 * 1024):
        size += len(chunk)
        if size > MAX_PAGE_BYTES:
            raise InputError(f"{url}: refused: the page is larger than {MAX_PAGE_BYTES // 2**20} MB")
        chunks.append(chunk)
    if deadline.expired:  # the shutdown ended the page early: what came is not all of it
        raise TimeoutError
    return b"".join(chunks)


class _Deadline:
    """One fetch's time limit: the sockets it opens are shut down when it runs out."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._ends = time.monotonic() + seconds
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._ends = time.monotonic() + self.seconds
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()
        with self._lock:
            for sock in self._sockets:
                sock.close()
            self._sockets.clear()

    def watch(self, connect: Callable[..., socket.socket]) -> Callable[..., socket.socket]:
        """``connect`` (as socket.create_connection), its sockets shut down at the deadline."""

        def watched(address: tuple[str, int], timeout: Any = TIMEOUT_SECONDS, *args: Any) -> socket.socket:
            left = self._ends - time.monotonic()  # a connection under way is not shut down: bound it
            sock = connect(address, max(min(timeout or left, left), 0.001), *args)
            with self._lock:
                if self.expired:
                    sock.close()
                    raise TimeoutError
                # A duplicate: it outlives the connection's own socket (TLS wraps that one), so the
                # shutdown can never reach a socket number reused meanwhile.
                self._sockets.append(sock.dup())
            return sock

        return watched

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


def _opener(allow_private: bool, deadline: _Deadline) -> urllib.request.OpenerDirector:
    """HTTP(S) and redirects only: no proxies from the environment, no ftp:, file: or data: URLs."""
    connect = deadline.watch(socket.create_connection if allow_private else connect_public)
    opener = urllib.request.OpenerDirector()
    for handler in [
        _HTTPHandler(connect),
        _HTTPSHandler(connect),
        urllib.request.HTTPRedirectHandler(),  # redirects go through the same handlers, so get checked
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
    ]:
        opener.add_handler(handler)
    return opener


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, connect: Callable[..., socket.socket]) -> None:
        super().__init__()
        self._connect = connect

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_connecting(http.client.HTTPConnection, self._connect), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, connect: Callable[..., socket.socket]) -> None:
        super().__init__()
        self._connect = connect

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        connection = _connecting(http.client.HTTPSConnection, self._connect)
        return self.do_open(connection, req, context=self._context)  # type: ignore[attr-defined]


def _connecting(
    connection_class: type[http.client.HTTPConnection], connect: Callable[..., socket.socket]
) -> Callable[..., http.client.HTTPConnection]:
    def connection(host: str, **kwargs: Any) -> http.client.HTTPConnection:
        conn = connection_class(host, **kwargs)
        # http.client opens its sockets through this hook: the check sits right where the address is used.
        conn._create_connection = connect  # type: ignore[attr-defined]
        return conn

    return connection


def connect_public(
    address: tuple[str, int], timeout: float | None = TIMEOUT_SECONDS, source_address: Any = None
) -> socket.socket:
    """socket.create_connection that refuses non-public addresses. It connects to the very address it
    checked, so a DNS answer that changes between check and connect cannot slip a private one in.
    """
    host, port = address
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    for info in infos:
        check_public(info[4][0], host)
    return socket.create_connection((infos[0][4][0], port), timeout, source_address)


# NAT64's well-known prefix (RFC 6052): 64:ff9b::a.b.c.d is the IPv4 address a.b.c.d, reached through
# the network's translator.
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def check_public(ip: str, host: str) -> None:
    """InputError unless ip is a public unicast address (not loopback, private, link-local, reserved...).

    An IPv6 address that stands for an IPv4 one is judged as that one: IPv4-mapped ::ffff:a.b.c.d and
    NAT64 64:ff9b::a.b.c.d. The other forms that carry an IPv4 address are refused whatever it is: 6to4
    (2002::/16), Teredo (2001::/32), IPv4-compatible ::a.b.c.d and local NAT64 (64:ff9b:1::/48, both
    reserved), as is the old site-local range fec0::/10.
    """
    address = ipaddress.ip_address(ip.split("%")[0])  # drop an IPv6 zone ("fe80::1%eth0")
    if not _public(address):
        raise InputError(f"refused to fetch from {host} ({address}): not a public internet address")


def _public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return _public(address.ipv4_mapped)
        if address in _NAT64:
            return _public(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
        if address.sixtofour or address.teredo or address.is_site_local or address.is_reserved:
            return False
    return address.is_global and not address.is_multicast
