"""A real PostgreSQL server for the tests, started on first use and stopped when the session ends.

The server runs from a temporary data directory on a free loopback port. PostgreSQL refuses to run
as root, so when the tests do, it runs as the ``postgres`` user (``runuser``). Each test gets a new
empty database. Tests skip, saying why, only when no PostgreSQL server binaries can be found.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

_SEARCH = [*sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True), "/usr/local/pgsql/bin"]


def server_binaries() -> Path | None:
    """The folder holding initdb and pg_ctl: the newest Debian install, or on PATH."""
    on_path = shutil.which("pg_ctl")
    for folder in [*map(Path, _SEARCH), *([Path(on_path).parent] if on_path else [])]:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


class Server:
    """One throwaway cluster: initdb, start, databases on demand, stop and delete."""

    def __init__(self, binaries: Path) -> None:
        self.binaries = binaries
        self.root = Path(tempfile.mkdtemp(prefix="quotegraph-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self._names = itertools.count(1)
        self._as_postgres = os.geteuid() == 0
        if self._as_postgres:
            shutil.chown(self.root, "postgres")

    def start(self) -> None:
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync")
        # Durability settings off: a test server's data is thrown away anyway.
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
        log = str(self.root / "server.log")
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", log, "-w", "-t", "30", "start")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        import psycopg

        name = f"test_{next(self._names)}"
        with psycopg.connect(self.url(), autocommit=True) as connection:
            connection.execute(f"CREATE DATABASE {name}")
        return self.url(name)

    def _run(self, program: str, *args: str) -> None:
        command = [str(self.binaries / program), *args]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, cwd=self.root, check=False)
        if done.returncode != 0:
            log = self.root / "server.log"
            detail = log.read_text() if log.exists() else ""
            raise RuntimeError(f"{program} failed: {done.stderr or done.stdout}\n{detail}")


_server: Server | None = None


def database_url(request: pytest.FixtureRequest) -> str:
    """A new empty database on the session's server (started on first use, stopped at session end)."""
    global _server
    if _server is None:
        binaries = server_binaries()
        if binaries is None:
            pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) not found: install postgresql")
        server = Server(binaries)
        server.start()
        request.session.addfinalizer(_stop)
        _server = server
    return _server.new_database()


def _stop() -> None:
    global _server
    if _server is not None:
        _server.stop()
        _server = None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
