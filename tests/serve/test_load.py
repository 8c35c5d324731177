"""A bounded load test on loopback: `quotegraph serve` as its own process, 50 concurrent clients, 2,000
requests mixing POST /api/analyze on short texts with GET /api/quotes. No request may fail, the
latency percentiles are printed, and the server's memory stays flat after a warm-up round.

Analysis runs one article at a time on one core (docs/serve.md), so it is a tenth of the mix: 200
analyses and 1,800 corpus queries; with analyze as half the mix the run would take minutes on 2 cores.
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.support.server import fill_store, free_port, stories

CLIENTS = 50
REQUESTS = 2_000
WARM_UP = 200
ANALYZE_EVERY = 10  # one request in ten is an analysis
MAX_GROWTH_MB = 50

NAMES = ["Helen Park", "Tom Okafor", "Maria Lopez", "Ada Lin", "Omar Haddad"]
TOPICS = ["bridge", "library", "harbour", "bus lanes", "school meals"]
SEARCHES = ["barrier", "park", "delays OR strike", '"the city"', "pump*", "-park river", "night"]


def short_text(number: int) -> str:
    name, topic = NAMES[number % len(NAMES)], TOPICS[number % len(TOPICS)]
    return (
        f"Council debates the {topic}\n\n"
        f'"We will decide on the {topic} soon," {name} said on Tuesday.\n\n'
        "A senior official said the vote could slip by a week.\n"
    )


def request_for(number: int) -> tuple[str, str, dict]:
    """(label, path, arguments) of the number-th request of the mix."""
    if number % ANALYZE_EVERY == 0:
        return "analyze", "/api/analyze", {"json": {"text": short_text(number // ANALYZE_EVERY % 25)}}
    params: dict[str, str | int] = {"limit": 1 + number % 50}
    if number % 3 == 0:
        params["q"] = SEARCHES[number % len(SEARCHES)]
    if number % 4 == 1:
        params["speaker"] = NAMES[number % len(NAMES)].split()[-1].lower()
    if number % 5 == 2:
        params["since"] = "2024-06-01"
    return "quotes", "/api/quotes", {"params": params}


async def run_round(base: str, count: int) -> tuple[dict[str, list[float]], list[str]]:
    """count requests from CLIENTS concurrent clients: latencies (s) by label, and the errors."""
    latencies: dict[str, list[float]] = {"analyze": [], "quotes": []}
    errors: list[str] = []
    numbers = iter(range(count))
    limits = httpx.Limits(max_connections=CLIENTS, max_keepalive_connections=CLIENTS)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client:

        async def one_client() -> None:
            for number in numbers:  # shared: each request is sent by exactly one client
                label, path, arguments = request_for(number)
                started = time.perf_counter()
                try:
                    if label == "analyze":
                        response = await client.post(path, **arguments)
                    else:
                        response = await client.get(path, **arguments)
                except httpx.HTTPError as exc:
                    errors.append(f"{path}: {type(exc).__name__}: {exc}")
                    continue
                latencies[label].append(time.perf_counter() - started)
                if response.status_code != 200:
                    errors.append(f"{path} {arguments}: {response.status_code} {response.text[:200]}")

        await asyncio.gather(*(one_client() for _ in range(CLIENTS)))
    return latencies, errors


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def percentiles(values: list[float]) -> str:
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return f"p50 {cuts[49] * 1000:.0f} ms, p95 {cuts[94] * 1000:.0f} ms, p99 {cuts[98] * 1000:.0f} ms"


@pytest.mark.slow
def test_fifty_clients_two_thousand_requests(tmp_path: Path, nlp) -> None:
    db = tmp_path / "corpus.db"
    fill_store(str(db), nlp, stories())
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "quotegraph", "serve", "--port", str(port), "--db", str(db)]
    with subprocess.Popen(command, stderr=subprocess.PIPE, text=True) as server:
        try:
            _wait_until_up(base, server)
            _, errors = asyncio.run(run_round(base, WARM_UP))
            assert errors == [], errors[:5]
            before = rss_mb(server.pid)
            started = time.perf_counter()
            latencies, errors = asyncio.run(run_round(base, REQUESTS))
            seconds = time.perf_counter() - started
            after = rss_mb(server.pid)
        finally:
            server.terminate()
            server.wait(timeout=30)
    served = sum(map(len, latencies.values()))
    every = [value for values in latencies.values() for value in values]
    print(
        f"\nload: {served} requests ({len(latencies['analyze'])} analyze, {len(latencies['quotes'])} quotes) "
        f"from {CLIENTS} clients in {seconds:.1f} s ({served / seconds:.0f} req/s), {len(errors)} errors\n"
        f"  all      {percentiles(every)}\n"
        f"  analyze  {percentiles(latencies['analyze'])}\n"
        f"  quotes   {percentiles(latencies['quotes'])}\n"
        f"  server RSS {before:.0f} MB after warm-up, {after:.0f} MB after the run ({after - before:+.0f} MB)"
    )
    assert errors == [], errors[:5]
    assert served == REQUESTS
    assert after - before < MAX_GROWTH_MB


def _wait_until_up(base: str, process: subprocess.Popen, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while process.poll() is None and time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/api/info").status_code == 200:
                return
        except httpx.ConnectError:
            time.sleep(0.2)
    raise AssertionError(f"quotegraph serve did not answer (exit code {process.returncode})")
