"""One training run as one object: what it reads, where it writes, how it trains and reports.

A `TrainJob` is made once (by `quotegraph train`, a test or a benchmark) and handed down unchanged from
train/loop.py to the trainer (the cnn's in loop.py, transformer_loop.py) and to epochs.py, as
scale/ingest.py's IngestOptions is to its runners. The settings it holds are the model's
(train/config.py's TrainSettings, saved with it); the job adds what a run needs beside them and the
model does not keep: the folders, the progress reporter, and whether it resumes, distils or starts
from another model. The articles once parsed travel as a `Prepared` (train/epochs.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from quotegraph.train.config import TrainSettings
from quotegraph.train.progress import TrainProgress

if TYPE_CHECKING:
    from quotegraph.train.distill import Distillation  # torch: only a transformer run needs it


@dataclass(frozen=True)
class TrainJob:
    """A training run.

    data: the training articles in brat standoff; dev: the dev articles for early stopping (None:
    every tenth training article, train/loop.py). out: the model directory written.
    settings: the model's settings (train/config.py), saved in its meta.json.
    progress: told how the run goes (train/progress.py); None reports nothing.
    resume: go on with the unfinished run in `out` (transformer only: train/checkpoint.py).
    distillation: the teacher and unlabelled articles of a distilled run (train/distill.py).
    init_from: a trained transformer model of the same encoder whose weights training starts from.
    """

    data: Path
    out: Path
    dev: Path | None = None
    settings: TrainSettings = field(default_factory=TrainSettings)
    progress: TrainProgress | None = None
    resume: bool = False
    distillation: Distillation | None = None
    init_from: Path | None = None
