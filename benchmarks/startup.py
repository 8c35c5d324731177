"""Start-up time of the CLI: `--help`, a query command and a one-article `analyze`, against a bare
`python -c pass`, each in a fresh process.

    .venv/bin/python benchmarks/startup.py [--article FILE] [--repeat K] [--no-analyze]

A query command runs `quotes --speaker Park --json` over an empty store made in a temporary folder;
`analyze` reads FILE (default: the shipped sample article). Each command runs K times (default 5),
the commands alternating; the medians are printed in seconds and as ratios to `python -c pass`
measured in the same run (the machine's load moves all of them alike). The targets of issue 28:
`--help` and the query commands under 0.5 s, one-article `analyze` under 3 s wall.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from quotegraph.store import open_store

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "quotegraph" / "data" / "sample.txt"
CLI = [sys.executable, "-m", "quotegraph"]


def wall(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--article", type=Path, default=SAMPLE)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-analyze", action="store_true", help="Time the start-up commands only.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "empty.db"
        with open_store(db):
            pass
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "quotegraph --help": [*CLI, "--help"],
            "quotegraph quotes": [*CLI, "quotes", "--speaker", "Park", "--json", "--db", str(db)],
        }
        if not args.no_analyze:
            commands["quotegraph analyze (1 article)"] = [*CLI, "analyze", str(args.article)]
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.repeat):
            for name, command in commands.items():
                times[name].append(wall(command))
    base = statistics.median(times["python -c pass"])
    print(f"{'command':32} {'median s':>9} {'x python':>9}")
    for name, measured in times.items():
        median = statistics.median(measured)
        print(f"{name:32} {median:9.2f} {median / base:9.1f}")


if __name__ == "__main__":
    main()
