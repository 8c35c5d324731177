"""The HTTP API over a real uvicorn server on a loopback port, with a SQLite store filled here."""

from __future__ import annotations

import http.client
import json
import re
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from quotegraph.cli import app as cli
from quotegraph.serve import create_app
from quotegraph.serve.limits import MAX_BODY_BYTES
from quotegraph.serve.protocol import TimedH11Protocol
from tests.support.paths import ROOT
from tests.support.server import ARTICLES, first_answer, free_port, running, serving_stories

STATIC = ROOT / "src" / "quotegraph" / "serve" / "static"
PAGE = """<html><head><title>Council votes to close the old bridge</title></head><body><article>
<h1>Council votes to close the old bridge</h1>
<p>The council voted on Tuesday to close the old bridge to cars, its chair said.</p>
<p>"The bridge is simply not safe any more," said Ruth Adler, the council's chair.</p>
</article></body></html>"""


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    """A server for analysis (its store does not exist)."""
    app = create_app(str(tmp_path_factory.mktemp("api") / "none.db"))
    with running(app) as base, httpx.Client(base_url=base, timeout=60) as client:
        yield client


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def corpus(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, nlp
) -> Iterator[httpx.Client]:
    """A server over a store holding the stories, in SQLite and in PostgreSQL."""
    with serving_stories(request, tmp_path_factory, nlp) as client:
        yield client


def error_of(response: httpx.Response, status: int) -> str:
    """The error message of a JSON error response with this status."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    detail = response.json()["detail"]
    assert "Traceback" not in response.text
    return detail if isinstance(detail, str) else json.dumps(detail)


# --- POST /api/analyze ------------------------------------------------------------------------------


def test_analyze_text_gives_what_the_cli_gives(client: httpx.Client) -> None:
    text = ARTICLES[2][1]
    response = client.post("/api/analyze", json={"text": text, "date": "2024-09-20"})
    assert response.status_code == 200, response.text
    result = CliRunner().invoke(cli, ["analyze", "-", "--format", "json", "--date", "2024-09-20"], input=text)
    expected = json.loads(result.stdout)
    expected["article"]["source"] = None  # the CLI names standard input "<stdin>"
    assert response.json() == expected
    speakers = {s["name"] for s in response.json()["speakers"]}
    assert "Maria Lopez" in speakers


def test_analyze_html_records_its_url(client: httpx.Client) -> None:
    response = client.post("/api/analyze", json={"html": PAGE, "url": "https://news.example.org/bridge"})
    assert response.status_code == 200, response.text
    analysis = response.json()
    assert analysis["article"]["headline"] == "Council votes to close the old bridge"
    assert analysis["article"]["url"] == "https://news.example.org/bridge"
    assert "Ruth Adler" in {s["name"] for s in analysis["speakers"]}


@pytest.mark.parametrize(
    ("name", "data"),
    [("bridge.html", PAGE.encode()), ("port.txt", ARTICLES[2][1].encode())],
)
def test_analyze_an_uploaded_file(client: httpx.Client, name: str, data: bytes) -> None:
    response = client.post("/api/analyze", files={"file": (name, data)}, data={"date": "2024-09-20"})
    assert response.status_code == 200, response.text
    analysis = response.json()
    assert analysis["article"]["source"] == name
    assert analysis["article"]["date"] == "2024-09-20"
    assert analysis["quotes"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"text": ""}, "empty"),
        ({"text": " \n\t "}, "whitespace"),
        ({"text": "\x00\x01\x02 binary \x00" * 50}, "binary"),
        ({"text": "The mayor said it would rain.", "date": "2024-02-30"}, "invalid date"),
        ({"html": "<html><head><title>x</title></head><body></body></html>"}, "no article text"),
    ],
)
def test_what_is_not_an_article_is_a_400(client: httpx.Client, body: dict, message: str) -> None:
    assert message in error_of(client.post("/api/analyze", json=body), 400)


def test_a_binary_upload_is_a_400(client: httpx.Client) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
    assert "binary" in error_of(client.post("/api/analyze", files={"file": ("photo.txt", png)}), 400)


@pytest.mark.parametrize(
    "body",
    [b"{}", b'{"text": "a", "html": "<p>b</p>"}', b'{"text": 5}', b'{"body": "a"}', b"{not json", b"[]"],
)
def test_a_malformed_request_is_a_422(client: httpx.Client, body: bytes) -> None:
    response = client.post("/api/analyze", content=body, headers={"Content-Type": "application/json"})
    error_of(response, 422)


def test_a_body_that_is_neither_json_nor_an_upload_is_a_415(client: httpx.Client) -> None:
    response = client.post(
        "/api/analyze", content=b"The mayor said so.", headers={"Content-Type": "text/plain"}
    )
    assert "multipart/form-data" in error_of(response, 415)


def test_urls_are_not_fetched_unless_allowed(client: httpx.Client) -> None:
    assert "--allow-fetch" in error_of(client.post("/api/analyze", json={"url": "https://example.org/"}), 403)


def test_a_declared_oversized_body_is_refused_before_it_is_sent(client: httpx.Client) -> None:
    """Only the headers go out: the answer comes without the server waiting for the body."""
    host, port = client.base_url.host, client.base_url.port
    with socket.create_connection((host, port), timeout=10) as conn:
        conn.sendall(
            b"POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + f"Content-Length: {MAX_BODY_BYTES + 1}\r\n\r\n".encode()
        )
        answer = http.client.HTTPResponse(conn)
        answer.begin()
        assert answer.status == 413
        assert json.loads(answer.read())["error"] == "TooLargeError"


def test_a_streamed_oversized_body_is_refused(client: httpx.Client) -> None:
    def chunks() -> Iterator[bytes]:  # no Content-Length: sent chunked
        yield b'{"text": "'
        for _ in range(MAX_BODY_BYTES // 65536 + 2):
            yield b"a" * 65536

    response = client.post("/api/analyze", content=chunks(), headers={"Content-Type": "application/json"})
    assert "limit" in error_of(response, 413)


# --- the corpus ---------------------------------------------------------------------------------------


def test_articles_come_a_page_at_a_time(corpus: httpx.Client) -> None:
    first = corpus.get("/api/articles", params={"limit": 2}).json()
    assert [a["date"] for a in first["items"]] == ["2024-09-20", "2024-06-10"]
    assert first["next_offset"] == 2
    rest = corpus.get("/api/articles", params={"limit": 2, "offset": 2}).json()
    assert [a["date"] for a in rest["items"]] == ["2024-03-05"] and rest["next_offset"] is None
    found = corpus.get("/api/articles", params={"search": "docks"}).json()["items"]
    assert [a["headline"] for a in found] == ["Riverton opens a riverside park on the old docks"]


def test_an_article_comes_back_with_its_whole_analysis(corpus: httpx.Client) -> None:
    date, text = ARTICLES[0]
    stored = {a["date"]: a["id"] for a in corpus.get("/api/articles").json()["items"]}
    article = corpus.get(f"/api/articles/{stored[date]}").json()
    expected = corpus.post("/api/analyze", json={"text": text, "date": date}).json()
    expected["article"]["source"] = "story-0.txt"
    assert article["analysis"] == expected
    speakers = {s["id"]: s["name"] for s in corpus.get("/api/speakers").json()["items"]}
    names = {s["id"]: s["name"] for s in expected["speakers"]}
    assert {local: speakers[corpus_id] for local, corpus_id in article["speaker_ids"].items()} == names


def test_quotes_filtered_every_way(corpus: httpx.Client) -> None:
    def quotes(**params: object) -> list[dict]:
        response = corpus.get("/api/quotes", params=params)
        assert response.status_code == 200, response.text
        return response.json()["items"]

    assert {q["speaker"] for q in quotes(q="strike")} == {"Maria Lopez"}
    park = quotes(speaker="helen PARK")
    assert len(park) == 3 and {q["role"] for q in park} == {"Mayor", "mayor"}
    assert {q["speaker_id"] for q in park} == {park[0]["speaker_id"]}
    assert quotes(speaker_id=park[0]["speaker_id"]) == park
    assert {q["date"] for q in quotes(since="2024-06-01", until="2024-06-30")} == {"2024-06-10"}
    assert {q["anonymous"] for q in quotes(anonymous="true")} == {True}
    assert {q["anonymous"] for q in quotes(anonymous="false")} == {False}
    every = quotes(limit=200)
    assert quotes(limit=2, offset=1) == every[1:3]
    assert all(q["id"] and q["article_id"] for q in every)


def test_quote_rows_carry_the_tone_of_the_analysis(corpus: httpx.Client) -> None:
    date, text = ARTICLES[0]
    analyzed = corpus.post("/api/analyze", json={"text": text, "date": date}).json()
    tones = {q["content"][0][0]: q["tone"] for q in analyzed["quotes"]}
    assert -1 <= analyzed["tone"]["score"] <= 1 and all(isinstance(t, float) for t in tones.values())
    listed = corpus.get("/api/quotes", params={"since": date, "until": date}).json()["items"]
    assert sorted(q["tone"] for q in listed) == sorted(tones.values())
    pumps = next(q for q in listed if "pumps had failed" in q["quote"])
    assert pumps["tone"] < 0


@pytest.mark.parametrize("route", ["/api/quotes?q=", "/api/articles?search="])
@pytest.mark.parametrize("search", ['"unclosed phrase', "OR pumps", "-only"])
def test_a_search_syntax_error_is_a_400(corpus: httpx.Client, route: str, search: str) -> None:
    message = error_of(corpus.get(route + search), 400)
    assert message.startswith("search ")


@pytest.mark.parametrize(
    "path",
    [
        "/api/quotes?since=2024-13-01",
        "/api/quotes?until=yesterday",
        "/api/quotes?anonymous=perhaps",
        "/api/quotes?limit=0",
        "/api/speakers?limit=201",
        "/api/articles?offset=-1",
        "/api/articles/first",
        "/api/speakers/0",
    ],
)
def test_bad_query_values_are_a_422(corpus: httpx.Client, path: str) -> None:
    error_of(corpus.get(path), 422)


@pytest.mark.parametrize("path", ["/api/articles/999", "/api/speakers/999"])
def test_unknown_ids_are_a_404(corpus: httpx.Client, path: str) -> None:
    assert "no " in error_of(corpus.get(path), 404)


def test_a_speaker_with_roles_and_quotes_over_time(corpus: httpx.Client) -> None:
    ranking = corpus.get("/api/speakers", params={"limit": 3}).json()
    assert len(ranking["items"]) == 3 and ranking["next_offset"] == 3
    park = next(s for s in corpus.get("/api/speakers").json()["items"] if s["name"] == "Helen Park")
    speaker = corpus.get(f"/api/speakers/{park['id']}").json()
    assert (speaker["quotes"], speaker["articles"]) == (3, 2)
    assert [(r["role"], r["first"]) for r in speaker["roles"]] == [
        ("Mayor", "2024-03-05"),
        ("mayor", "2024-06-10"),
    ]
    assert speaker["timeline"] == [{"month": "2024-03", "quotes": 2}, {"month": "2024-06", "quotes": 1}]


def test_events_listed_by_class_name_and_article(corpus: httpx.Client) -> None:
    def events(**params: object) -> list[dict]:
        response = corpus.get("/api/events", params=params)
        assert response.status_code == 200, response.text
        return response.json()["items"]

    every = events()
    assert [(e["action"], e["action_class"]) for e in every] == [("warn", "threaten"), ("mediate", "consult")]
    mediate = every[1]
    assert (mediate["actor_name"], mediate["article_date"]) == ("the government", "2024-09-20")
    text = next(a for d, a in ARTICLES if d == "2024-09-20")
    start, end = mediate["action_span"]
    assert text[start:end] == "mediate"  # spans index the article's text
    assert events(action_class="consult") == [mediate] and events(name="GOVERNMENT") == [mediate]
    assert events(article_id=mediate["article_id"]) == every and events(limit=1, offset=1) == [mediate]
    assert "unknown action class" in error_of(corpus.get("/api/events?action_class=gossip"), 400)


def test_stats(corpus: httpx.Client) -> None:
    stats = corpus.get("/api/stats").json()
    assert stats["articles"] == 3
    assert stats["quotes"] == sum(a["quotes"] for a in corpus.get("/api/articles").json()["items"])
    assert stats["top_speakers"][0]["name"] == "Helen Park"


def test_a_missing_database_is_a_503_and_stays_missing(tmp_path: Path) -> None:
    target = tmp_path / "none.db"
    with running(create_app(str(target))) as base:
        response = httpx.get(f"{base}/api/stats")
    assert "no such database" in error_of(response, 503)
    assert not target.exists()


# --- the page, its assets and the docs --------------------------------------------------------------


def test_the_page_and_its_assets(client: httpx.Client) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "default-src 'self'" in page.headers["content-security-policy"]
    for asset in re.findall(r'(?:href|src)="(/static/[^"]+)"', page.text):
        assert client.get(asset).status_code == 200
    assert client.get("/static/render.js").headers["content-type"].startswith("text/javascript")


def test_the_page_loads_nothing_from_elsewhere() -> None:
    for asset in (path for path in STATIC.rglob("*") if path.is_file()):  # the vendored outline too
        # The SVG namespace is a name, not an address anything is loaded from.
        text = asset.read_text().replace("http://www.w3.org/2000/svg", "")
        assert not re.search(r"https?://|//[a-z0-9.-]+\.[a-z]{2,}/", text, re.IGNORECASE), asset.name


def test_map_background_and_info(client: httpx.Client) -> None:
    cells = client.get("/api/map/towns").json()["cells"]
    assert len(cells) > 3000 and [-1, 51] in cells  # London's cell
    info = client.get("/api/info").json()
    expected = {"allow_fetch": False, "max_body_bytes": MAX_BODY_BYTES, "model": info["model"]}
    assert info == {**expected, "attribution_model": None, "analysis": info["analysis"]}
    assert info["analysis"]["workers"] == 0 and info["analysis"]["timeout_s"] > 0


def test_openapi_documents_every_route(client: httpx.Client) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {
        "/api/analyze",
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/quotes",
        "/api/speakers",
        "/api/speakers/{speaker_id}",
        "/api/events",
        "/api/stats",
    } <= set(paths)
    assert set(paths["/api/analyze"]["post"]["requestBody"]["content"]) == {
        "application/json",
        "multipart/form-data",
    }
    assert client.get("/docs").status_code == 200


# --- the command ---------------------------------------------------------------------------------------


def test_the_serve_command_listens_on_loopback_by_default(tmp_path: Path) -> None:
    port = free_port()
    db = str(tmp_path / "corpus.db")
    command = [sys.executable, "-m", "quotegraph", "serve", "--port", str(port), "--db", db]
    with subprocess.Popen(command, stderr=subprocess.PIPE, text=True) as process:
        try:
            # Its analysis workers load before it listens: minutes on a loaded machine.
            info = first_answer(f"http://127.0.0.1:{port}/api/info", process, seconds=300)
        finally:
            process.terminate()
        assert f"http://127.0.0.1:{port}/" in process.stderr.read()
    assert info["allow_fetch"] is False and info["analysis"]["workers"] >= 1


def test_the_serve_command_fails_cleanly_without_its_model() -> None:
    """As its own process, as a user runs it. (It once ended in OSError(9, 'Bad file descriptor'): the
    pool closed workers whose failing starts were closing their own pipes; it now waits for them.)"""
    command = [sys.executable, "-m", "quotegraph", "serve", "--model", "no_such_pipeline", "--port", "0"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert result.returncode == 3, result.stderr
    assert "cannot load spaCy pipeline" in result.stderr and "Traceback" not in result.stderr


def test_the_serve_command_passes_on_its_limits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    served: dict = {}
    monkeypatch.setattr("uvicorn.run", lambda app, **options: served.update(app=app, **options))
    options = ["--workers", "0", "--queue", "3", "--timeout", "5", "--allowed-host", "news.internal"]
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.db"), *options])
    assert result.exit_code == 0, result.output
    assert issubclass(served["http"], TimedH11Protocol)  # with its header deadline
    with running(served["app"]) as base:
        info = httpx.get(f"{base}/api/info", headers={"Host": "news.internal"}).json()
        assert httpx.get(f"{base}/api/info", headers={"Host": "other.internal"}).status_code == 400
    limits = info["analysis"]
    assert (limits["workers"], limits["queue"], limits["timeout_s"]) == (0, 3, 5)
