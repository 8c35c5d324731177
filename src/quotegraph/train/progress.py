"""How a training run reports its progress: plain calls that the caller draws (the CLI:
cli/render/train.py). Training never draws anything itself.

A phase (parsing, teacher scores, the epochs) opens one or more bars with `begin`, advances them,
may say a status and leave lines that stay (also in a log, where no bar is drawn), and `end`s; with
no reporter, `phase` hands out a silent one.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol


class TrainProgress(Protocol):
    def begin(self, description: str, total: int) -> None:
        """A new bar, of `total` steps; the later calls move it."""

    def advance(self, count: int) -> None:
        """`count` more steps of the bar done."""

    def update(
        self, description: str | None = None, status: str | None = None, restart: bool = False
    ) -> None:
        """Rename the bar, set its status text, or (`restart`) set it back to no step done."""

    def line(self, text: str) -> None:
        """A line that stays, also in a log."""

    def end(self) -> None:
        """The phase is over: its bars stay as they ended."""


class _Silent:
    def begin(self, description: str, total: int) -> None:
        pass

    def advance(self, count: int) -> None:
        pass

    def update(
        self, description: str | None = None, status: str | None = None, restart: bool = False
    ) -> None:
        pass

    def line(self, text: str) -> None:
        pass

    def end(self) -> None:
        pass


@contextmanager
def phase(progress: TrainProgress | None) -> Iterator[TrainProgress]:
    """`progress` (a silent one when None) for one phase; the phase ends with the block, failed or not."""
    shown: TrainProgress = progress if progress is not None else _Silent()
    try:
        yield shown
    finally:
        shown.end()
