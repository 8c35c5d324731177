"""Processes a test started and must see gone: descendants read from /proc (Linux)."""

from __future__ import annotations

import time
from pathlib import Path


def descendants(pid: int) -> list[int]:
    """The process's children, grandchildren...: the forkserver and the analysis workers (Linux)."""
    found: list[int] = []
    for children in Path(f"/proc/{pid}/task").glob("*/children"):
        for child in map(int, children.read_text().split()):
            found += [child, *descendants(child)]
    return found


def wait_until_gone(pids: list[int], timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while (alive := [pid for pid in pids if _running(pid)]) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not alive, f"processes {alive} outlived the killed ingest"


def _running(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status  # a zombie has exited; only its parent has not reaped it
