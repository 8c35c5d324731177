"""The epochs of a training run, whatever trains: update, score on dev with the PolNeAR scorer, keep the
best; shared by the cnn (loop.py) and the transformer (transformer_loop.py), with the run's record
(TrainResult) that checkpoints save and the parsed articles a trainer is handed (Prepared). loop.py
orchestrates a run and imports this; nothing here imports an orchestrator, so the trainers and the
checkpoint depend on it and not on each other. What the run is (its folders, settings, progress)
comes as one TrainJob (train/job.py).
"""

from __future__ import annotations

import resource
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc

from quotegraph.analyze.runtime.attribution_model import AttributionModel
from quotegraph.evaluate.brat import GoldDocument
from quotegraph.evaluate.scoring import PARTS, SpanReport, score_polnear
from quotegraph.records import Analysis, ArticleMeta
from quotegraph.train.job import TrainJob
from quotegraph.train.progress import phase

if TYPE_CHECKING:
    from quotegraph.train.distill import Distilled


@dataclass
class TrainResult:
    """What a run produced: the per-epoch history and the figures of the epoch that was saved."""

    best_epoch: int = 0
    best_score: float = -1.0
    best_scores: dict[str, Any] = field(default_factory=dict)
    history: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0
    peak_memory_mb: float = 0.0

    def summary(self) -> str:
        """One line: the epoch kept, its dev figures, the run's time and memory."""
        scores = self.history[self.best_epoch - 1]["exact_f1"] if self.best_epoch else {}
        figures = ", ".join(f"{part} {value:.1%}" for part, value in scores.items())
        return (
            f"epoch {self.best_epoch} of {len(self.history)} kept, dev exact F1 {figures}; "
            f"{self.seconds / 60:.1f} min, peak memory {self.peak_memory_mb:.0f} MB"
        )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrainResult:
        """The inverse of to_dict (a checkpoint keeps the history this way)."""
        return cls(
            best_epoch=data["best_epoch"],
            best_score=data["dev_score"],
            best_scores=data["dev"],
            history=data["history"],
            seconds=data["train_seconds"],
            peak_memory_mb=data["peak_memory_mb"],
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "best_epoch": self.best_epoch,
            "dev_score": self.best_score,
            "dev": self.best_scores,
            "history": self.history,
            "train_seconds": round(self.seconds, 1),
            "peak_memory_mb": round(self.peak_memory_mb, 1),
        }


# Parsed articles, each doc with its gold.
Parsed = list[tuple[Doc, GoldDocument]]


@dataclass(frozen=True)
class Prepared:
    """A run's articles once parsed (train/loop.py), what a trainer is handed with its TrainJob: the
    training and dev docs with their gold, what meta.json records of the data, and the teacher's
    scores when the run distils (train/distill.py)."""

    train: Parsed
    dev: Parsed
    meta: dict[str, Any]
    distilled: Distilled | None = None


def run_epochs(
    model: AttributionModel,
    job: TrainJob,
    items: int,
    epoch_updates: Callable[[Callable[[int], None]], dict[str, float]],
    dev_parsed: Parsed,
    started: float,
    *,
    scoring: Callable[[], AbstractContextManager[Any]] = nullcontext,
    resumed: tuple[int, TrainResult] | None = None,
    after_epoch: Callable[[int, TrainResult], None] | None = None,
) -> TrainResult:
    """Epochs of `epoch_updates` (given a progress callback, returns the losses), each scored on dev
    inside `scoring`, the best saved to the job's `out` at once; stops early after `patience` epochs.

    `resumed` is the last finished epoch and the history of an interrupted run to go on from;
    `after_epoch` is called after each epoch is recorded (the transformer saves its checkpoint)."""
    settings, out = job.settings, job.out
    done, result = resumed or (0, TrainResult())
    with phase(job.progress) as shown:
        shown.begin("training", items)
        for epoch in range(done + 1, settings.max_epochs + 1):
            if epoch - result.best_epoch > settings.patience:  # resumed after its last epoch
                break
            shown.update(description=f"epoch {epoch}", restart=True)
            losses = epoch_updates(shown.advance)
            with scoring():
                record_epoch(result, epoch, losses, score_model(model, dev_parsed), started)
                if result.best_epoch == epoch:
                    model.save(out, result.to_dict())
            shown.update(status=status_line(result))
            shown.line(epoch_line(result, settings.max_epochs))  # stays, also in a log where no bar is drawn
            if after_epoch is not None:
                after_epoch(epoch, result)
            if epoch - result.best_epoch >= settings.patience:
                break
    write_final(model, out, result, started)
    return result


def score_model(model: AttributionModel, dev: Parsed) -> SpanReport:
    """The model's attributions on the dev articles, scored as `quotegraph evaluate` scores them."""
    return score_polnear(
        (gold, Analysis(gold.text, ArticleMeta(), quotes=[a.to_quote() for a in model.attributions(doc)]))
        for doc, gold in dev
    )


def record_epoch(
    result: TrainResult, epoch: int, losses: dict[str, float], report: SpanReport, started: float
) -> None:
    f1 = {part: report.scores[part]["exact"].f1 for part in (*PARTS, "attribution")}
    score = sum(f1[part] for part in PARTS) / len(PARTS)
    result.history.append(
        {
            "epoch": epoch,
            "loss": {name: round(float(value), 2) for name, value in losses.items()},
            "exact_f1": {part: round(value, 4) for part, value in f1.items()},
            "score": round(score, 4),
            "seconds": round(time.perf_counter() - started, 1),
        }
    )
    if score > result.best_score:
        result.best_epoch, result.best_score = epoch, score
        result.best_scores = report.to_dict()
    result.seconds = time.perf_counter() - started
    result.peak_memory_mb = max(result.peak_memory_mb, _peak_memory_mb())


def status_line(result: TrainResult) -> str:
    last = result.history[-1]
    f1 = " ".join(f"{part} {value:.3f}" for part, value in last["exact_f1"].items() if part in PARTS)
    return f"dev exact F1 {f1} (best: epoch {result.best_epoch})"


def epoch_line(result: TrainResult, max_epochs: int) -> str:
    """What a finished epoch leaves in the output: its loss, dev figures and the time so far."""
    last = result.history[-1]
    loss = ", ".join(f"{name} {value:g}" for name, value in last["loss"].items())
    minutes = last["seconds"] / 60
    return f"epoch {last['epoch']} of {max_epochs}: loss {loss}; {status_line(result)}; {minutes:.1f} min"


def _peak_memory_mb() -> float:
    """The process's peak resident memory (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def write_final(model: AttributionModel, out: Path, result: TrainResult, started: float) -> None:
    """Rewrite the metrics with the whole run's time, memory and history (the weights stay the best)."""
    result.seconds = time.perf_counter() - started
    result.peak_memory_mb = max(result.peak_memory_mb, _peak_memory_mb())
    if result.best_epoch:
        model.save_metrics(out, result.to_dict())
