"""The state of an unfinished transformer training run, so `quotegraph train --resume` can go on.

After every epoch the run writes MODEL_DIR/checkpoint/: the weights, optimizer and learning-rate
schedule as they are now (not the best epoch's, which MODEL_DIR holds), the random generators, the
settings and the history so far. A run that is interrupted — the machine stops, the session ends —
then continues from its last finished epoch and ends as the uninterrupted run would have. The folder
is removed when the run finishes. Both files are written to a temporary name and renamed, so an
interruption while saving leaves the previous epoch's checkpoint whole.
"""

from __future__ import annotations

import json
import random
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from quotegraph.analyze.runtime.attribution_model import CHECKPOINT as FOLDER
from quotegraph.errors import TrainingError
from quotegraph.train.config import TrainSettings
from quotegraph.train.epochs import TrainResult

STATE, PROGRESS = "state.pt", "progress.json"


@dataclass
class Resumed:
    """Where an interrupted run stands: its last finished epoch and the history up to it."""

    epoch: int
    result: TrainResult


def save_checkpoint(
    out: Path,
    epoch: int,
    result: TrainResult,
    settings: TrainSettings,
    tagger: torch.nn.Module,
    optimizer: torch.optim.Optimizer,
    schedule: torch.optim.lr_scheduler.LRScheduler,
) -> None:
    folder = out / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    state = {
        "tagger": tagger.state_dict(),
        "optimizer": optimizer.state_dict(),
        "schedule": schedule.state_dict(),
        "torch_rng": torch.get_rng_state(),
        "python_rng": random.getstate(),
    }
    _replace(folder / STATE, lambda path: torch.save(state, path))
    progress = {"epoch": epoch, "settings": settings.to_dict(), "result": result.to_dict()}
    _replace(folder / PROGRESS, lambda path: path.write_text(json.dumps(progress), encoding="utf-8"))


def resumable_progress(out: Path, settings: TrainSettings) -> dict[str, Any]:
    """The progress of the unfinished run in `out`; a TrainingError when there is none, it is
    damaged, or it was started with other settings (checked before any article is parsed)."""
    folder = out / FOLDER
    if not (folder / STATE).is_file():
        raise TrainingError(
            f"no unfinished training run in {out} to resume (no {FOLDER}/): start it without --resume"
        )
    try:
        progress = json.loads((folder / PROGRESS).read_text(encoding="utf-8"))
        then = {**TrainSettings.defaults(), **progress["settings"]}  # older runs lack newer settings
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise TrainingError(f"the checkpoint in {folder} cannot be read: {exc}") from exc
    if then != settings.to_dict():
        raise TrainingError(
            f"the run in {out} was started with other settings: {_differences(then, settings)}"
        )
    return progress


def load_checkpoint(
    out: Path,
    settings: TrainSettings,
    tagger: torch.nn.Module,
    optimizer: torch.optim.Optimizer,
    schedule: torch.optim.lr_scheduler.LRScheduler,
) -> Resumed:
    """Restore the run in `out` into the fresh tagger, optimizer and schedule (resumable_progress's
    errors, and a TrainingError for a damaged state file)."""
    progress = resumable_progress(out, settings)
    try:
        state = torch.load(out / FOLDER / STATE, weights_only=True)
        tagger.load_state_dict(state["tagger"])
        optimizer.load_state_dict(state["optimizer"])
        schedule.load_state_dict(state["schedule"])
    except (OSError, ValueError, KeyError, RuntimeError) as exc:
        raise TrainingError(f"the checkpoint in {out / FOLDER} cannot be read: {exc}") from exc
    torch.set_rng_state(state["torch_rng"])
    random.setstate(_as_tuples(state["python_rng"]))
    return Resumed(progress["epoch"], TrainResult.from_dict(progress["result"]))


def remove_checkpoint(out: Path) -> None:
    """Remove the folder, a half-written file from an interrupted save included."""
    shutil.rmtree(out / FOLDER, ignore_errors=True)


def _differences(then: dict[str, Any], settings: TrainSettings) -> str:
    now = settings.to_dict()
    return ", ".join(
        f"{key} {then.get(key)} then, {now[key]} now" for key in now if then.get(key) != now[key]
    )


def _replace(path: Path, write: Callable[[Path], object]) -> None:
    partial = path.with_name(path.name + ".partial")
    write(partial)
    partial.replace(path)


def _as_tuples(value: Any) -> Any:
    """random.setstate wants the tuples it gave, which a round trip may turn into lists."""
    return tuple(_as_tuples(v) for v in value) if isinstance(value, list | tuple) else value
