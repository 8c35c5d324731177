"""Fetching a URL for analysis (--allow-fetch) never reaches loopback, private or link-local addresses,
not even through a redirect.

Each forbidden address leads, if it were ever connected to, to a loopback server that records every
request: a test fails on any hit. To reach "the internet" offline, this test process gets a small
simulated network for the duration of a test: the name news.example.com resolves to a public address,
and connections to that address, or to the private and link-local addresses below, are delivered to
local servers. quotegraph's own checks (fetching.fetch_page) run untouched, on the addresses it is given.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from quotegraph.errors import InputError
from quotegraph.read import fetching
from quotegraph.serve import create_app
from tests.support.network import PRIVATE_IPS, PUBLIC_NAME
from tests.support.server import Recorder, running


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    app = create_app(str(tmp_path_factory.mktemp("fetch") / "none.db"), allow_fetch=True)
    with running(app) as base, httpx.Client(base_url=base, timeout=60) as client:
        yield client


def test_a_public_page_is_fetched_and_analyzed(client: httpx.Client, public: Recorder) -> None:
    """The control: through the simulated network a public page is reached, so a refusal below is one."""
    response = client.post("/api/analyze", json={"url": f"http://{PUBLIC_NAME}/story"})
    assert response.status_code == 200, response.text
    assert response.json()["article"]["headline"] == "Harbour reopens after storm"
    assert public.hits == ["/story"]


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "[::1]"])
def test_loopback_is_refused(client: httpx.Client, forbidden: Recorder, public: Recorder, host: str) -> None:
    response = client.post("/api/analyze", json={"url": f"http://{host}:{forbidden.port}/admin"})
    assert response.status_code == 400, response.text
    assert "not a public internet address" in response.json()["detail"]
    assert forbidden.hits == []


@pytest.mark.parametrize("ip", PRIVATE_IPS)
def test_private_and_link_local_addresses_are_refused(
    client: httpx.Client, forbidden: Recorder, public: Recorder, ip: str
) -> None:
    response = client.post("/api/analyze", json={"url": f"http://{ip}/latest/meta-data/"})
    assert response.status_code == 400, response.text
    assert "not a public internet address" in response.json()["detail"]
    assert forbidden.hits == []


@pytest.mark.parametrize("target", ["http://127.0.0.1:{port}/admin", "http://10.20.30.40/admin"])
def test_a_redirect_to_a_forbidden_address_is_refused(
    client: httpx.Client, forbidden: Recorder, public: Recorder, target: str
) -> None:
    public.redirect_to = target.format(port=forbidden.port)
    response = client.post("/api/analyze", json={"url": f"http://{PUBLIC_NAME}/redirect"})
    assert response.status_code == 400, response.text
    assert "not a public internet address" in response.json()["detail"]
    assert public.hits == ["/redirect"]
    assert forbidden.hits == []


def test_only_web_addresses_are_fetched(client: httpx.Client) -> None:
    response = client.post("/api/analyze", json={"url": "file:///etc/passwd"})
    assert response.status_code == 400
    assert "only http and https" in response.json()["detail"]


@pytest.mark.parametrize("part", ["headers", "body"])
def test_a_page_trickling_in_is_cut_off_at_the_deadline(
    client: httpx.Client, public: Recorder, monkeypatch: pytest.MonkeyPatch, part: str
) -> None:
    """The deadline holds for the whole fetch, not only between reads: a server sending a byte every
    0.1 s (for 30 s) is cut off when it runs out, here after 1 s."""
    monkeypatch.setattr(fetching, "MAX_FETCH_SECONDS", 1.0)
    started = time.monotonic()
    response = client.post("/api/analyze", json={"url": f"http://{PUBLIC_NAME}/trickle-{part}"})
    assert response.status_code == 400, response.text
    assert "took over 1 s to arrive" in response.json()["detail"]
    assert time.monotonic() - started < 10
    assert public.hits == [f"/trickle-{part}"]


# Each form of IPv6 address that carries 127.0.0.1 or 10.0.0.1.
EMBEDDING_IPV4 = [
    "64:ff9b::7f00:1",  # NAT64, well-known prefix
    "64:ff9b::a00:1",
    "64:ff9b:1::7f00:1",  # NAT64, local-use prefix
    "2002:7f00:1::1",  # 6to4
    "2002:a00:1::1",
    "::127.0.0.1",  # IPv4-compatible
    "::ffff:10.0.0.1",  # IPv4-mapped
    "2001:0:7f00:1::1",  # Teredo
    "fec0::1",  # site-local
]


@pytest.mark.parametrize("ip", EMBEDDING_IPV4)
def test_ipv6_forms_of_private_addresses_are_refused(
    client: httpx.Client, forbidden: Recorder, ip: str
) -> None:
    response = client.post("/api/analyze", json={"url": f"http://[{ip}]:{forbidden.port}/admin"})
    assert response.status_code == 400, response.text
    assert "not a public internet address" in response.json()["detail"]
    assert forbidden.hits == []


def test_nat64_and_mapped_forms_of_a_public_address_pass() -> None:
    """The control: on an IPv6-only network (DNS64), every IPv4 site is reached through NAT64."""
    for ip in ["64:ff9b::5db8:d822", "::ffff:93.184.216.34", "2606:4700::1111"]:
        fetching.check_public(ip, "news.example.com")
    with pytest.raises(InputError):
        fetching.check_public("2002:5db8:d822::1", "news.example.com")  # 6to4 is refused whatever it carries
