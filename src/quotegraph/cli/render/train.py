"""Training's progress drawn with Rich: a bar per phase and a line per epoch that stays, also in a
log where no bar is drawn (train/progress.py says what training reports)."""

from __future__ import annotations

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn


class TrainDisplay:
    """A train/progress.TrainProgress on `console`: each phase's bars in one display, stopped as it ends."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self._bar: Progress | None = None
        self._task: TaskID | None = None

    def begin(self, description: str, total: int) -> None:
        if self._bar is None:
            self._bar = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TextColumn("{task.fields[status]}"),
                console=self.console,
            )
            self._bar.start()
        self._task = self._bar.add_task(description, total=total, status="")

    def advance(self, count: int) -> None:
        if self._bar is not None and self._task is not None:
            self._bar.advance(self._task, count)

    def update(
        self, description: str | None = None, status: str | None = None, restart: bool = False
    ) -> None:
        if self._bar is None or self._task is None:
            return
        fields = {"status": status} if status is not None else {}
        self._bar.update(self._task, description=description, completed=0 if restart else None, **fields)

    def line(self, text: str) -> None:
        self.console.print(text, highlight=False)

    def end(self) -> None:
        if self._bar is not None:
            self._bar.stop()
        self._bar, self._task = None, None
