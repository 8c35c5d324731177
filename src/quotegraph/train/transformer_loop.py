"""Fine-tuning the transformer tagger (analyze/runtime/transformer.py) on parsed gold articles.

AdamW with a small learning rate for the pretrained encoder and a larger one for the new layers,
warm-up then linear decay, windows shuffled across articles. After each epoch the model's
attributions are scored on dev like the CNN's (train/loop.py) and the best epoch is saved.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy
import torch
from spacy.language import Language
from transformers import AutoModel, AutoTokenizer

from quotegraph.analyze.runtime.attribution_model import TRANSFORMER, AttributionModel, new_meta
from quotegraph.analyze.runtime.tagging import TRAINING_CONTEXT, Window, gold_tags
from quotegraph.analyze.runtime.transformer import (
    IGNORE,
    TAGS,
    TaggerNetwork,
    TransformerTagger,
    batch_tensors,
    load_transformer_tagger,
    parse_labels,
    quiet_transformers,
)
from quotegraph.errors import TrainingError
from quotegraph.train.checkpoint import load_checkpoint, remove_checkpoint, save_checkpoint
from quotegraph.train.config import TrainSettings
from quotegraph.train.data import entity_spans, gold_fragments
from quotegraph.train.encoders import encoder_path
from quotegraph.train.epochs import Parsed, Prepared, TrainResult, run_epochs
from quotegraph.train.job import TrainJob

if TYPE_CHECKING:
    from quotegraph.train.distill import Distilled


@dataclass
class Item:
    """A window to learn from, with its doc's features, gold tags and the teacher's scores."""

    window: Window
    features: numpy.ndarray
    tags: list[int] | None  # None for an unlabelled doc (distillation)
    teacher: numpy.ndarray | None = None  # the teacher's log-probabilities of the doc's words


def new_transformer_tagger(base: Language, encoder: str, layers: int = 0) -> TransformerTagger:
    """The pretrained `encoder` (train/encoders.py) with untrained feature and tag layers; with
    `layers`, only that many of the encoder's layers are kept (keep_layers)."""
    path = encoder_path(encoder)
    quiet_transformers()
    tokenizer = AutoTokenizer.from_pretrained(path)
    tags, deps = parse_labels(base)
    model = AutoModel.from_pretrained(path)
    if layers:
        keep_layers(model, layers)
    return TransformerTagger(TaggerNetwork(model, len(tags), len(deps)), tokenizer, tags, deps)


def trained_tagger(base: Language, path: Path, layers: int = 0) -> TransformerTagger:
    """The tagger of the transformer model in `path`, to go on training (a warm start); with `layers`
    fewer than it has, only that many of its fine-tuned layers are kept (keep_layers). A
    TrainingError when it read another pipeline's tags, so its feature rows would mean other things."""
    tagger = load_transformer_tagger(path / TRANSFORMER)
    if 0 < layers < len(tagger.tagger.encoder.encoder.layer):
        keep_layers(tagger.tagger.encoder, layers)
    tags, deps = parse_labels(base)
    if list(tagger.tag_ids) != tags or list(tagger.dep_ids) != deps:
        raise TrainingError(
            f"--init-from {path}: it was trained on the parse of another spaCy pipeline; "
            "give the --model it names in meta.json"
        )
    return tagger


def kept_layers(total: int, keep: int) -> list[int]:
    """Which of `total` layers a student of `keep` layers keeps: spread evenly from the first, so
    each kept layer stands for the ones after it (MiniLM's 6 → 0, 2, 4 for 3)."""
    if not 0 < keep <= total:
        raise TrainingError(f"--student-layers {keep}: the encoder has {total} layers")
    return [i * total // keep for i in range(keep)]


def keep_layers(encoder: Any, keep: int) -> None:
    """Cut a BERT-like encoder (MiniLM, MPNet) down to `keep` of its transformer layers, in place;
    its config records the count, so a saved model is rebuilt with as many (load_transformer_tagger)."""
    layers = encoder.encoder.layer
    encoder.encoder.layer = torch.nn.ModuleList(layers[i] for i in kept_layers(len(layers), keep))
    encoder.config.num_hidden_layers = keep


def training_items(
    tagger: TransformerTagger, parsed: Parsed, distilled: Distilled | None = None
) -> list[Item]:
    """The windows of the gold docs (with the teacher's scores when distilling), then of the
    unlabelled docs; a doc read by several annotators is cut and featurized once."""
    items = []
    features: dict[int, numpy.ndarray] = {}
    for number, (doc, gold) in enumerate(parsed):
        doc_features = features.setdefault(id(doc), tagger.features(doc))
        tags = gold_tags(doc, entity_spans(doc, gold_fragments(gold)))
        teacher = distilled.gold_scores[number] if distilled else None
        windows = tagger.windows(doc, TRAINING_CONTEXT)
        items.extend(Item(window, doc_features, tags, teacher) for window in windows)
    for doc, teacher in distilled.unlabelled if distilled else []:
        doc_features = tagger.features(doc)
        windows = tagger.windows(doc, TRAINING_CONTEXT)
        items.extend(Item(window, doc_features, None, teacher) for window in windows)
    return items


def train_transformer(
    base: Language, job: TrainJob, prepared: Prepared, started: float | None = None
) -> TrainResult:
    """Fine-tune on the articles `prepared` (parsed by `base`), saving the best epoch on dev to the
    job's `out`; with its `resume`, go on from the checkpoint of an interrupted run there
    (train/checkpoint.py); with the teacher's scores `prepared` holds, learn from them too
    (train/distill.py); with its `init_from`, start from that trained model's weights rather than the
    pretrained encoder's."""
    settings, out = job.settings, job.out
    started = time.perf_counter() if started is None else started
    random.seed(settings.seed)
    torch.manual_seed(settings.seed)
    if job.init_from is None:
        tagger = new_transformer_tagger(base, settings.encoder, settings.student_layers)
    else:
        tagger = trained_tagger(base, job.init_from, settings.student_layers)
    items = training_items(tagger, prepared.train, prepared.distilled)
    batches_per_epoch = -(-len(items) // settings.batch_size)
    optimizer = _optimizer(tagger.tagger, settings)
    total = batches_per_epoch * settings.max_epochs
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: warmup_then_linear(step, total // 10, total)
    )
    model = AttributionModel(tagger, new_meta(base, settings.to_dict(), prepared.meta, "transformer"))
    resumed = None
    if job.resume:
        checkpoint = load_checkpoint(out, settings, tagger.tagger, optimizer, schedule)
        resumed = (checkpoint.epoch, checkpoint.result)
        started -= checkpoint.result.seconds  # the run's time counts the epochs before the interruption

    def epoch(advance: Callable[[int], None]) -> dict[str, float]:
        return _epoch(tagger, items, settings, optimizer, schedule, advance)

    def after_epoch(number: int, result: TrainResult) -> None:
        save_checkpoint(out, number, result, settings, tagger.tagger, optimizer, schedule)

    result = run_epochs(
        model, job, len(items), epoch, prepared.dev, started, resumed=resumed, after_epoch=after_epoch
    )
    remove_checkpoint(out)
    return result


def _optimizer(tagger: TaggerNetwork, settings: TrainSettings) -> torch.optim.Optimizer:
    encoder = list(tagger.encoder.parameters())
    encoder_ids = {id(p) for p in encoder}
    head = [p for p in tagger.parameters() if id(p) not in encoder_ids]
    return torch.optim.AdamW(
        [
            {"params": encoder, "lr": settings.encoder_learn_rate},
            {"params": head, "lr": settings.learn_rate},
        ],
        weight_decay=0.01,
    )


def _epoch(
    tagger: TransformerTagger,
    items: list[Item],
    settings: TrainSettings,
    optimizer: torch.optim.Optimizer,
    schedule: torch.optim.lr_scheduler.LRScheduler,
    advance: Callable[[int], None],
) -> dict[str, float]:
    """One pass over the shuffled windows; the summed losses ("tagger"; when distilling, also its
    two terms, the teacher's "kl" and the gold's "cross_entropy")."""
    shuffled = list(items)
    random.shuffle(shuffled)
    tagger.tagger.train()
    totals = {"tagger": 0.0, "kl": 0.0, "cross_entropy": 0.0} if settings.teacher else {"tagger": 0.0}
    for i in range(0, len(shuffled), settings.batch_size):
        batch = shuffled[i : i + settings.batch_size]
        windows = [item.window for item in batch]
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=settings.precision == "bf16"):
            scores = tagger.tagger(*batch_tensors(windows, [item.features for item in batch]))
            losses = _losses(scores.float(), batch, settings)
        optimizer.zero_grad()
        losses[0].backward()
        torch.nn.utils.clip_grad_norm_(tagger.tagger.parameters(), 1.0)
        optimizer.step()
        schedule.step()
        for name, value in zip(totals, losses, strict=False):
            totals[name] += value.item()
        advance(len(batch))
    return {name: round(value, 2) for name, value in totals.items()}


def _losses(scores: torch.Tensor, batch: list[Item], settings: TrainSettings) -> tuple[torch.Tensor, ...]:
    """The batch's loss (then, when distilling, its KL and cross-entropy terms)."""
    targets = _targets(batch, scores.shape[1])
    if not settings.teacher:
        return (_loss(scores, targets),)
    from quotegraph.train.distill import distill_loss

    teacher, mask = _teacher_targets(batch, scores.shape[1])
    return distill_loss(scores, targets, teacher, mask, settings.temperature, settings.alpha)


def _targets(batch: list[Item], width: int) -> torch.Tensor:
    targets = torch.full((len(batch), width), IGNORE, dtype=torch.long)
    for row, item in enumerate(batch):
        if item.tags is not None:
            targets[row, : len(item.window.words)] = torch.tensor([item.tags[w] for w in item.window.words])
    return targets


def _teacher_targets(batch: list[Item], width: int) -> tuple[torch.Tensor, torch.Tensor]:
    """The teacher's log-probabilities of each window's words (batch × words × tags), and which
    positions are words rather than padding."""
    teacher = torch.zeros((len(batch), width, len(TAGS)), dtype=torch.float32)
    mask = torch.zeros((len(batch), width), dtype=torch.float32)
    for row, item in enumerate(batch):
        if item.teacher is None:
            raise TrainingError("a window without the teacher's scores in a distillation run")
        words = len(item.window.words)
        teacher[row, :words] = torch.from_numpy(item.teacher[item.window.words].astype(numpy.float32))
        mask[row, :words] = 1.0
    return teacher, mask


def _loss(scores: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
    return torch.nn.functional.cross_entropy(scores.reshape(-1, scores.shape[-1]), targets.reshape(-1))


def warmup_then_linear(step: int, warmup: int, total: int) -> float:
    """The learning-rate factor: rising over `warmup` steps, then falling to zero at `total`."""
    if step < warmup:
        return (step + 1) / warmup
    return max(0.0, (total - step) / max(1, total - warmup))
