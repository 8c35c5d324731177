"""Requests the server refuses before any route sees them: another host's name, another site's page.

- DNS rebinding: a page of evil.example whose name comes to resolve to 127.0.0.1 reaches the server
  with ``Host: evil.example``. Only the names the server answers for pass (HostCheck): loopback's, the
  --host it listens on and the --allowed-host names; on a wildcard address (0.0.0.0, ::) also any IP
  address, which no rebinding can forge (the browser would send the attacker's name, not an address).
- Cross-site requests: a form or script of another site posting to the API (the browser sends the
  user's network position with it). A request that changes or costs something (any method but GET,
  HEAD and OPTIONS) is refused when the browser says it comes from another origin: ``Sec-Fetch-Site``
  other than same-origin or none, else an ``Origin`` whose host and port differ from ``Host``. Clients
  that are not browsers send neither, and pass.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from quotegraph.serve.errors import BadHostError, CrossSiteError, error_response

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
WILDCARDS = ("0.0.0.0", "::", "")
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


def allowed_hosts(host: str, extra: Iterable[str] = ()) -> set[str]:
    """The Host names a server listening on ``host`` answers for ("*" in extra: any)."""
    return {_bare(name) for name in (*LOOPBACK_NAMES, host, *extra) if name not in WILDCARDS} | (
        {"*ip"} if host in WILDCARDS else set()
    )


def _bare(host: str) -> str:
    """The host name without port, brackets, trailing dot or case: '[::1]:8000' → '::1'."""
    host = host.strip().lower()
    if host.startswith("["):
        host = host[1:].partition("]")[0]
    elif host.count(":") == 1:
        host = host.partition(":")[0]
    return host.rstrip(".")


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


class HostCheck:
    """ASGI middleware: a 400 for a Host header that names a host not allowed (see allowed_hosts)."""

    def __init__(self, app: ASGIApp, hosts: set[str]) -> None:
        self.app, self.hosts = app, hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and "*" not in self.hosts:
            host = Headers(scope=scope).get("host")
            if host is not None and not self._allowed(_bare(host)):
                error = BadHostError(f"this server does not answer for the host {host!r} (--allowed-host)")
                await error_response(error)(scope, receive, send)
                return
        await self.app(scope, receive, send)

    def _allowed(self, host: str) -> bool:
        return host in self.hosts or ("*ip" in self.hosts and _is_ip(host))


class CrossSiteCheck:
    """ASGI middleware: a 403 for a state-changing request that a browser sent from another origin."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] not in SAFE_METHODS:
            origin = _foreign_origin(Headers(scope=scope))
            if origin is not None:
                error = CrossSiteError(f"refused: a {scope['method']} request from another site ({origin})")
                await error_response(error)(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _foreign_origin(headers: Headers) -> str | None:
    """Where a cross-origin browser request comes from; None for a same-origin or non-browser one."""
    site = headers.get("sec-fetch-site")
    if site is not None and site not in ("same-origin", "none"):
        return f"Sec-Fetch-Site: {site}"
    origin = headers.get("origin")
    if origin is None:
        return None
    if origin == "null" or urlsplit(origin).netloc.lower() != headers.get("host", "").lower():
        return f"Origin: {origin}"
    return None
