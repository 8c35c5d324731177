"""Fine-tuning the transformer tagger (train/transformer.py) on parsed gold articles.

AdamW with a small learning rate for the pretrained encoder and a larger one for the new layers,
warm-up then linear decay, windows shuffled across articles. After each epoch the model's
attributions are scored on dev like the CNN's (train/loop.py) and the best epoch is saved.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy
import torch
from rich.console import Console
from spacy.language import Language
from transformers import AutoModel, AutoTokenizer

from quotegraph.train.checkpoint import load_checkpoint, remove_checkpoint, save_checkpoint
from quotegraph.train.config import TrainSettings
from quotegraph.train.data import entity_spans, gold_fragments
from quotegraph.train.encoders import encoder_path
from quotegraph.train.loop import Parsed, TrainResult, run_epochs
from quotegraph.train.model import AttributionModel, new_meta
from quotegraph.train.tagging import Window, gold_tags
from quotegraph.train.transformer import (
    IGNORE,
    Tagger,
    TransformerTagger,
    batch_tensors,
    parse_labels,
    quiet_transformers,
)

Item = tuple[Window, numpy.ndarray, list[int]]  # a window, its doc's features, its doc's gold tags


def new_transformer_tagger(base: Language, encoder: str) -> TransformerTagger:
    """The pretrained `encoder` (train/encoders.py) with untrained feature and tag layers."""
    path = encoder_path(encoder)
    quiet_transformers()
    tokenizer = AutoTokenizer.from_pretrained(path)
    tags, deps = parse_labels(base)
    return TransformerTagger(
        Tagger(AutoModel.from_pretrained(path), len(tags), len(deps)), tokenizer, tags, deps
    )


def training_items(tagger: TransformerTagger, parsed: Parsed) -> list[Item]:
    items = []
    for doc, gold in parsed:
        features = tagger.features(doc)
        tags = gold_tags(doc, entity_spans(doc, gold_fragments(gold)))
        items.extend((window, features, tags) for window in tagger.windows(doc))
    return items


def train_transformer(
    base: Language,
    train_parsed: Parsed,
    dev_parsed: Parsed,
    out: Path,
    meta_data: dict[str, Any],
    settings: TrainSettings,
    console: Console | None = None,
    started: float | None = None,
    resume: bool = False,
) -> TrainResult:
    """Fine-tune on articles parsed by `base`, saving the best epoch on dev to `out`; with `resume`,
    go on from the checkpoint of an interrupted run in `out` (train/checkpoint.py)."""
    started = time.perf_counter() if started is None else started
    random.seed(settings.seed)
    torch.manual_seed(settings.seed)
    tagger = new_transformer_tagger(base, settings.encoder)
    items = training_items(tagger, train_parsed)
    batches_per_epoch = -(-len(items) // settings.batch_size)
    optimizer = _optimizer(tagger.tagger, settings)
    total = batches_per_epoch * settings.max_epochs
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: warmup_then_linear(step, total // 10, total)
    )
    model = AttributionModel(tagger, new_meta(base, settings.to_dict(), meta_data, "transformer"))
    resumed = None
    if resume:
        checkpoint = load_checkpoint(out, settings, tagger.tagger, optimizer, schedule)
        resumed = (checkpoint.epoch, checkpoint.result)
        started -= checkpoint.result.seconds  # the run's time counts the epochs before the interruption

    def epoch(advance: Callable[[int], None]) -> dict[str, float]:
        return {"tagger": _epoch(tagger, items, settings, optimizer, schedule, advance)}

    def after_epoch(number: int, result: TrainResult) -> None:
        save_checkpoint(out, number, result, settings, tagger.tagger, optimizer, schedule)

    result = run_epochs(
        model,
        settings,
        len(items),
        epoch,
        dev_parsed,
        out,
        console,
        started,
        resumed=resumed,
        after_epoch=after_epoch,
    )
    remove_checkpoint(out)
    return result


def _optimizer(tagger: Tagger, settings: TrainSettings) -> torch.optim.Optimizer:
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
) -> float:
    shuffled = list(items)
    random.shuffle(shuffled)
    tagger.tagger.train()
    total = 0.0
    for i in range(0, len(shuffled), settings.batch_size):
        batch = shuffled[i : i + settings.batch_size]
        windows = [window for window, _, _ in batch]
        scores = tagger.tagger(*batch_tensors(windows, [features for _, features, _ in batch]))
        loss = _loss(scores, _targets(batch, scores.shape[1]))
        optimizer.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(tagger.tagger.parameters(), 1.0)
        optimizer.step()
        schedule.step()
        total += loss.item()
        advance(len(batch))
    return round(total, 2)


def _targets(batch: list[Item], width: int) -> torch.Tensor:
    targets = torch.full((len(batch), width), IGNORE, dtype=torch.long)
    for row, (window, _, tags) in enumerate(batch):
        targets[row, : len(window.words)] = torch.tensor([tags[w] for w in window.words])
    return targets


def _loss(scores: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
    return torch.nn.functional.cross_entropy(scores.reshape(-1, scores.shape[-1]), targets.reshape(-1))


def warmup_then_linear(step: int, warmup: int, total: int) -> float:
    """The learning-rate factor: rising over `warmup` steps, then falling to zero at `total`."""
    if step < warmup:
        return (step + 1) / warmup
    return max(0.0, (total - step) / max(1, total - warmup))
