"""The analysis workers under load, against a real uvicorn server on loopback with two worker processes:
two analyses run at once, a full queue is a 429 with Retry-After, a request whose client has gone is
dropped before it runs and stopped when it runs, and an analysis over the time cap is stopped (its
worker killed and started again) with a 503.

To hold an analysis "running" for as long as a test needs, the test stops the worker processes
(SIGSTOP) and lets them go on (SIGCONT): the server sees workers that do not answer, exactly as with
articles that take long, with no timing luck involved. The tests wait for states the server reports in
GET /api/info (busy, waiting, dropped), never for a guessed time.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

import httpx
import pytest

from quotegraph.serve import create_app
from quotegraph.serve.workers import AnalysisPool
from tests.support.server import running

TEXT = '"We will reopen the bridge on Friday," said Mayor Helen Park.\n'


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, AnalysisPool]]:
    app = create_app(str(tmp_path_factory.mktemp("workers") / "none.db"), workers=2, queue=1)
    with running(app) as base:
        yield base, app.state.analysis


@pytest.fixture
def pool(served: tuple[str, AnalysisPool]) -> Iterator[AnalysisPool]:
    """The pool, idle when a test starts, its workers let go on after it whatever happened."""
    _until(served[0], lambda status: status["busy"] == 0 and status["waiting"] == 0)
    yield served[1]
    _signal(served[1], signal.SIGCONT)


@pytest.fixture
def base(served: tuple[str, AnalysisPool]) -> str:
    return served[0]


@pytest.fixture
def sending() -> Iterator[ThreadPoolExecutor]:
    with ThreadPoolExecutor(4) as executor:
        yield executor


def _signal(pool: AnalysisPool, number: signal.Signals) -> None:
    for pid in pool.pids():
        assert pid is not None
        os.kill(pid, number)


def _analysis(base: str) -> dict[str, Any]:
    return httpx.get(f"{base}/api/info").json()["analysis"]


def _until(base: str, condition: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
    """The server's analysis status, once it meets the condition (polled; a test fails after 60 s)."""
    deadline = time.monotonic() + 60
    while not condition(status := _analysis(base)):
        assert time.monotonic() < deadline, f"the server never got there: {status}"
        time.sleep(0.02)
    return status


def _post(sending: ThreadPoolExecutor, base: str) -> Future[httpx.Response]:
    return sending.submit(httpx.post, f"{base}/api/analyze", json={"text": TEXT}, timeout=60)


@contextmanager
def _sent(base: str) -> Iterator[None]:
    """A request sent whole by a client that disconnects when the block ends."""
    body = json.dumps({"text": TEXT})
    with socket.create_connection(("127.0.0.1", int(base.rpartition(":")[2]))) as client:
        client.sendall(
            b"POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + f"Content-Length: {len(body.encode())}\r\n\r\n{body}".encode()
        )
        yield


def test_two_analyses_run_at_once_and_a_full_queue_is_a_429(
    base: str, pool: AnalysisPool, sending: ThreadPoolExecutor
) -> None:
    _signal(pool, signal.SIGSTOP)
    running_now = [_post(sending, base), _post(sending, base)]
    _until(base, lambda status: status["busy"] == 2)  # both workers took one: none waits
    waiting = _post(sending, base)
    _until(base, lambda status: status["waiting"] == 1)  # the queue (of 1) is full
    refused = httpx.post(f"{base}/api/analyze", json={"text": TEXT})
    assert refused.status_code == 429, refused.text
    assert refused.json()["error"] == "QueueFullError" and "busy" in refused.json()["detail"]
    assert int(refused.headers["Retry-After"]) >= 1
    _signal(pool, signal.SIGCONT)
    for answer in [*running_now, waiting]:
        assert answer.result().status_code == 200
        assert answer.result().json()["speakers"][0]["name"] == "Helen Park"


def test_a_request_whose_client_left_is_dropped_before_it_runs(
    base: str, pool: AnalysisPool, sending: ThreadPoolExecutor
) -> None:
    before = _analysis(base)
    _signal(pool, signal.SIGSTOP)
    running_now = [_post(sending, base), _post(sending, base)]
    _until(base, lambda status: status["busy"] == 2)
    with _sent(base):
        _until(base, lambda status: status["waiting"] == 1)
    # Gone: dropped at once, while every worker is still busy, not when one comes free.
    status = _until(base, lambda status: status["dropped"] == before["dropped"] + 1)
    assert status["waiting"] == 0 and status["busy"] == 2
    after_it = _post(sending, base)  # takes the first free worker: nothing left to wait for
    _signal(pool, signal.SIGCONT)
    for answer in [*running_now, after_it]:
        assert answer.result().status_code == 200
    status = _until(base, lambda status: status["busy"] == 0)
    assert status["started"] == before["started"] + 3  # the dropped one never reached a worker


def test_an_analysis_whose_client_left_is_stopped(base: str, pool: AnalysisPool) -> None:
    """Nobody is left to answer: its worker is killed (and started again) rather than left to finish."""
    before, pids = _analysis(base), pool.pids()
    _signal(pool, signal.SIGSTOP)
    with _sent(base):
        _until(base, lambda status: status["busy"] == 1)
    status = _until(base, lambda status: status["abandoned"] == before["abandoned"] + 1)
    status = _until(base, lambda status: status["busy"] == 0)  # started again
    assert len(set(pool.pids()) - set(pids)) == 1
    assert status["started"] == before["started"] + 1 and status["timed_out"] == before["timed_out"]


def test_an_analysis_over_the_time_cap_is_stopped_with_a_503(
    base: str, pool: AnalysisPool, monkeypatch: pytest.MonkeyPatch
) -> None:
    before, pids = _analysis(base), pool.pids()
    monkeypatch.setattr(pool, "timeout", 1.0)  # this server's --timeout, for this test
    _signal(pool, signal.SIGSTOP)
    started = time.monotonic()
    answer = httpx.post(f"{base}/api/analyze", json={"text": TEXT}, timeout=60)
    assert answer.status_code == 503, answer.text
    assert answer.json()["error"] == "AnalysisTimeoutError" and "over 1 s" in answer.json()["detail"]
    assert time.monotonic() - started < 30
    # Its worker was killed and has started again; the other one, stopped, is let go on.
    status = _until(base, lambda status: status["busy"] == 0)
    assert status["timed_out"] == before["timed_out"] + 1
    assert len(set(pool.pids()) - set(pids)) == 1
    _signal(pool, signal.SIGCONT)
    monkeypatch.undo()
    for _ in range(2):  # the pool analyzes again
        assert httpx.post(f"{base}/api/analyze", json={"text": TEXT}, timeout=60).status_code == 200
