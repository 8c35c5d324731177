"""Helpers for the API and browser tests: a real uvicorn server on a free loopback port (in a thread of
the test process, so it shares the loaded spaCy model), a store filled with articles written here, and
a small HTTP server that records every request it gets.
"""

from __future__ import annotations

import hashlib
import http.server
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import httpx
import pytest
import uvicorn
from fastapi import FastAPI
from spacy.language import Language

from quotegraph.analyze.pipeline import analyze
from quotegraph.read import read_bytes
from quotegraph.records import Article
from quotegraph.serve import create_app
from quotegraph.serve.protocol import uvicorn_options
from quotegraph.store import open_store
from tests.support import postgres

# (date, text): two stories quote the same mayor; anonymous sources in both; a third from elsewhere.
ARTICLES = [
    (
        "2024-03-05",
        """Flood barrier holds as the River Alde peaks in Riverton
The new defences were tested twice this winter, and both times they held.
RIVERTON -- The River Alde peaked at 4.2 metres on Sunday, and the new barrier held, city officials said.
"We built it for exactly this kind of night," Mayor Helen Park told reporters on Monday.
Park said the city would review its evacuation plan before the next winter.
A senior official said two pumps had failed overnight.
"Nobody was hurt, and that is what matters," said Tom Okafor, the city's emergency manager.
""",
    ),
    (
        "2024-06-10",
        """Riverton opens a riverside park on the old docks
The park cost 12 million dollars and took three years to build.
RIVERTON -- Riverton opened a park on its old docks on Saturday.
"This is the best thing the city has done in a generation," said Helen Park, the mayor.
Two city officials, who spoke on condition of anonymity, said the project had run a year late.
""",
    ),
    (
        "2024-09-20",
        """Port authority warns of long shipping delays
Strikes at two terminals have left ships waiting for days.
HARBORTOWN -- Ships waited up to nine days to unload this week, the port authority said on Friday.
"We expect the delays to last until the strike ends," said Maria Lopez, the port's director of operations.
Lopez said the authority had asked the government to mediate.
""",
    ),
]


def fill_store(target: str, nlp: Language, articles: list[Article]) -> None:
    """Analyze the articles and store them, as `quotegraph ingest` does for each one."""
    with open_store(target) as store:
        for number, article in enumerate(articles):
            digest = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
            store.add(analyze(article, nlp), f"article-{number}", digest, article.meta.url)


@contextmanager
def serving_stories(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, nlp: Language
) -> Iterator[httpx.Client]:
    """A client of a server over a store holding the stories: SQLite, or PostgreSQL when the fixture's
    param says "postgresql" (skipped where no PostgreSQL server can be started)."""
    if request.param == "sqlite":
        target = str(tmp_path_factory.mktemp("corpus") / "corpus.db")
    else:
        target = postgres.database_url(request)
    fill_store(target, nlp, stories())
    with running(create_app(target)) as base, httpx.Client(base_url=base, timeout=60) as client:
        yield client


def stories() -> list[Article]:
    """ARTICLES read as `quotegraph ingest` reads files."""
    return [
        read_bytes(text.encode(), source=f"story-{number}.txt", date=date)
        for number, (date, text) in enumerate(ARTICLES)
    ]


@contextmanager
def running(app: FastAPI) -> Iterator[str]:
    """Serve the app on a free loopback port until the block ends; its base URL."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", **uvicorn_options(app)))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    _wait(lambda: server.started, thread)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def _wait(ready: Callable[[], bool], thread: threading.Thread, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not ready():
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)


def first_answer(url: str, process: subprocess.Popen, seconds: float = 60) -> dict:
    """The JSON of the first answer to GET url from a server starting in `process`."""
    deadline = time.monotonic() + seconds
    while process.poll() is None and time.monotonic() < deadline:
        try:
            return httpx.get(url).json()
        except httpx.ConnectError:
            time.sleep(0.1)
    raise AssertionError(f"quotegraph serve did not answer (exit code {process.returncode})")


def free_port() -> int:
    """A loopback port nothing listens on (for a server in another process to take)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Recorder(http.server.ThreadingHTTPServer):
    """A loopback HTTP server that records the paths it is asked for: a fetch that reaches it, where it
    must not, shows in ``hits``. /redirect answers with a redirect to ``redirect_to``; /trickle-headers
    and /trickle-body send their headers or their body a byte every 0.1 s (for 30 s at most, until the
    client goes); anything else answers with a small article page.
    """

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _RecorderHandler)
        self.hits: list[str] = []
        self.redirect_to = ""

    @property
    def port(self) -> int:
        return self.server_address[1]


class _RecorderHandler(http.server.BaseHTTPRequestHandler):
    server: Recorder

    def do_GET(self) -> None:
        self.server.hits.append(self.path)
        if self.path.startswith("/trickle-"):
            self._trickle(self.path == "/trickle-headers")
            return
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", self.server.redirect_to)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = ARTICLE_PAGE.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _trickle(self, headers: bool) -> None:
        body = ARTICLE_PAGE.encode("utf-8")
        head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(body)}\r\n\r\n".encode()
        page, start = head + body, 0 if headers else len(head)
        self.wfile.write(page[:start])
        self.wfile.flush()
        for offset in range(start, min(len(page), start + 300)):  # 30 s at most
            time.sleep(0.1)
            try:
                self.wfile.write(page[offset : offset + 1])
                self.wfile.flush()
            except OSError:  # the client has gone
                return
        self.close_connection = True

    def log_message(self, *args: object) -> None:  # quiet test output
        pass


ARTICLE_PAGE = """<html><head><title>Harbour reopens after storm</title></head><body><article>
<h1>Harbour reopens after storm</h1>
<p>The harbour reopened on Tuesday after three days of storms, the port authority said.</p>
<p>"The quays are safe again," said Maria Lopez, the port's director of operations.</p>
</article></body></html>"""


@contextmanager
def recorder() -> Iterator[Recorder]:
    server = Recorder()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
