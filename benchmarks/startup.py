"""Start-up time of the CLI: `--help`, a query command and a one-article `analyze`, against a bare
`python -c pass`, each in a fresh process.

    .venv/bin/python benchmarks/startup.py [--article FILE] [--repeat K] [--no-analyze] [--base SRC]

A query command runs `quotes --speaker Park --json` over an empty store made in a temporary folder;
`analyze` reads FILE (default: the shipped sample article). Each command runs K times (default 5),
the commands alternating; the medians are printed in seconds and as ratios to `python -c pass`
measured in the same run (the machine's load moves all of them alike). The targets of issue 28:
`--help` and the query commands under 0.5 s, one-article `analyze` under 3 s wall. The median CPU
time of each command (user and system, the child's own) is printed beside it: on a shared machine
the other jobs' load stretches the wall clock, hardly the CPU time a process is given.

--base SRC also runs each command with the quotegraph of another source tree (a `src` folder, e.g.
from `git archive OLD src | tar -x -C /tmp/base`) in the same loop, and prints new / base per
command. The first analysis fills the cache (quotegraph/cache.py: the gazetteer, pint's definitions),
one per source tree in a temporary folder; the medians are of the runs after it.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from quotegraph.cache import CACHE_VARIABLE
from quotegraph.store import open_store

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "quotegraph" / "data" / "sample.txt"
CLI = [sys.executable, "-m", "quotegraph"]


def wall(command: list[str], source: Path | None = None, cache: Path | None = None) -> tuple[float, float]:
    """Seconds the command takes, wall and CPU (user and system), run with the quotegraph of `source`
    (a src folder) and the derived files' cache folder `cache` when given."""
    environment = dict(os.environ)
    if source is not None:
        environment["PYTHONPATH"] = str(source)
    if cache is not None:
        environment[CACHE_VARIABLE] = str(cache)
    before, start = _children_cpu(), time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=environment)
    return time.perf_counter() - start, _children_cpu() - before


def _children_cpu() -> float:
    """CPU seconds (user and system) of the child processes that ended so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _commands(db: Path, args: argparse.Namespace) -> dict[str, list[str]]:
    """The commands timed, the query one over the empty store `db`."""
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "quotegraph --help": [*CLI, "--help"],
        "quotegraph quotes": [*CLI, "quotes", "--speaker", "Park", "--json", "--db", str(db)],
    }
    if not args.no_analyze:
        commands["quotegraph analyze (1 article)"] = [*CLI, "analyze", str(args.article)]
    return commands


def _make_store(db: Path, source: Path) -> None:
    """An empty store made by the quotegraph of `source`, at its own schema version."""
    make = f"from quotegraph.store import open_store\nwith open_store({str(db)!r}): pass"
    subprocess.run([sys.executable, "-c", make], check=True, env=dict(os.environ, PYTHONPATH=str(source)))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--article", type=Path, default=SAMPLE)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-analyze", action="store_true", help="Time the start-up commands only.")
    parser.add_argument("--base", type=Path, help="A src folder to time the same commands with.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "empty.db"
        with open_store(db):
            pass
        commands = _commands(db, args)
        if args.base is not None:  # its own store: a newer schema is one the base refuses to open
            base_db = Path(folder) / "empty-base.db"
            _make_store(base_db, args.base.resolve())
            base_commands = _commands(base_db, args)
        # Each source tree keeps its own cache: a cache file is keyed on the code that derived it, and
        # a tree that finds another's drops it (the gazetteer keeps one build), so sharing one would
        # rebuild it in every run. Filled first, so that no median includes the filling.
        caches = {"new": Path(folder) / "cache-new", "base": Path(folder) / "cache-base"}
        if not args.no_analyze:
            wall(commands["quotegraph analyze (1 article)"], cache=caches["new"])
            if args.base is not None:
                wall(commands["quotegraph analyze (1 article)"], args.base.resolve(), caches["base"])
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        base_times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for _ in range(args.repeat):
            for name, command in commands.items():
                times[name].append(wall(command, cache=caches["new"]))
                if args.base is not None:
                    base_times[name].append(wall(base_commands[name], args.base.resolve(), caches["base"]))
    python = statistics.median(w for w, _ in times["python -c pass"])
    header = f"{'command':32} {'median s':>9} {'x python':>9} {'cpu s':>7}"
    print(header + (f" {'base s':>9} {'new/base':>9} {'base cpu':>9} {'cpu n/b':>8}" if args.base else ""))
    for name, measured in times.items():
        median, cpu = (statistics.median(column) for column in zip(*measured, strict=True))
        line = f"{name:32} {median:9.2f} {median / python:9.1f} {cpu:7.2f}"
        if args.base is not None:
            base, base_cpu = (statistics.median(column) for column in zip(*base_times[name], strict=True))
            line += f" {base:9.2f} {median / base:9.2f} {base_cpu:9.2f} {cpu / base_cpu:8.2f}"
        print(line)


if __name__ == "__main__":
    main()
