"""Training an attribution model: parse the gold articles, update epoch by epoch, keep the best on dev.

After each epoch the model's attributions (spans linked by analyze/runtime/link.py) are scored on the dev
articles with the PolNeAR scorer; the score that decides is the mean exact-span F1 of source, cue
and content. The best epoch so far is written to the model directory, so an interrupted run still
leaves a working model; training stops after `patience` epochs without a better score.
The epochs themselves, shared with the transformer, are in epochs.py.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch

from quotegraph.analyze.runtime.attribution_model import (
    AttributionModel,
    SpacyTagger,
    dev_figures,
    learn_extra_missing,
    model_id,
    new_meta,
    read_meta,
)
from quotegraph.errors import GoldDataError, TrainingError
from quotegraph.evaluate.brat import GoldDocument, load_all_annotators, load_polnear
from quotegraph.train.config import TrainSettings, build_pipeline
from quotegraph.train.data import parse_documents, to_example
from quotegraph.train.encoders import encoder_layers, encoder_path
from quotegraph.train.epochs import Parsed, Prepared, TrainResult, run_epochs
from quotegraph.train.job import TrainJob
from quotegraph.train.progress import TrainProgress, phase

if TYPE_CHECKING:
    from quotegraph.train.distill import Distillation, Distilled, Teacher

# Without --dev, this share of the training articles (every n-th one) is held out for early stopping.
HOLD_OUT_EVERY = 10


def split_data(data: Path, dev: Path | None) -> tuple[list[GoldDocument], list[GoldDocument]]:
    """Training and dev articles: the dev folder when given, else every tenth training article."""
    documents = load_polnear(data)
    if dev is not None:
        return documents, load_polnear(dev)
    if len(documents) < 2:
        raise GoldDataError(f"{data} has {len(documents)} article: give --dev or more articles")
    held = documents[::HOLD_OUT_EVERY]
    return [d for d in documents if d not in held], held


def extra_readings(data: Path, train_docs: list[GoldDocument]) -> list[GoldDocument]:
    """Every other annotator's reading of the training articles several annotated (load_polnear
    keeps one reading per article, the first annotator's): more data, disagreements included."""
    chosen = {document.id: document.annotator for document in train_docs}
    return [
        reading
        for readings in load_all_annotators(data)
        for reading in readings
        if reading.id in chosen and reading.annotator != chosen[reading.id]
    ]


def train(base: Language, job: TrainJob) -> TrainResult:
    """Train on the brat articles of the job's `data`, early-stop on its `dev`, write the best model to
    its `out` (train/job.py says what else a job may ask for).

    With `resume`, go on with the unfinished run in `out` (transformer only: train/checkpoint.py).
    With `distillation`, the student learns from a teacher's scores too (train/distill.py); the
    settings then record the teacher's id. With `init_from`, a trained transformer model of the same
    encoder, training starts from its weights, all its layers or --student-layers of them (settings
    and meta record which). `progress` is told how the run goes (train/progress.py).
    """
    started = time.perf_counter()
    settings = job.settings
    trainer = _trainer(settings.architecture)  # a missing dependency fails now, not after parsing
    _check_transformer_options(settings, job.distillation)
    start_meta: dict[str, Any] = {}
    if job.init_from is not None:
        start_meta = check_starting_model(job.init_from, settings)
        # Without --student-layers the run keeps all the model's layers, and the settings say how many.
        layers = settings.student_layers or start_meta["student_layers"]
        settings = replace(settings, init_from=start_meta["id"], student_layers=layers)
    teacher = None
    if job.distillation is not None:  # a bad source or teacher fails now too
        teacher = _load_teacher(base, job.distillation, settings.precision)
        settings = replace(settings, teacher=teacher.id)
    job = replace(job, settings=settings)  # what the model's meta.json records
    if job.resume:
        _check_resumable(job.out, settings)  # refuse now, not after parsing
    train_docs, dev_docs = split_data(job.data, job.dev)
    extra = extra_readings(job.data, train_docs) if settings.all_annotators else []
    train_parsed, dev_parsed = _parse(base, train_docs + extra, dev_docs, job.progress, started)
    meta_data = _data_meta(job.data, job.dev, train_docs, dev_docs)
    if settings.all_annotators:
        meta_data["all_annotators"] = _readings_meta(extra)
    if job.init_from is not None:
        meta_data["init_from"] = start_meta
    distilled = None
    if teacher is not None and job.distillation is not None:
        distilled = _distilled(base, teacher, job, train_parsed, dev_docs)
        teacher = None  # its scores are all the student needs: free the teacher's memory
        meta_data.update(distilled.meta)
    return trainer(base, job, Prepared(train_parsed, dev_parsed, meta_data, distilled), started)


def _check_transformer_options(settings: TrainSettings, distillation: Distillation | None) -> None:
    """Refuse what only the transformer can do before anything is parsed; check the encoder is there."""
    if settings.architecture != "transformer":
        if distillation is not None or settings.student_layers:
            raise TrainingError(
                "distillation (--distill-from) and --student-layers are for the transformer architecture"
            )
        return
    encoder_path(settings.encoder)  # a missing encoder fails now (and mpnet is unpacked once, here)
    if settings.student_layers:
        total = encoder_layers(settings.encoder)
        if not 0 < settings.student_layers <= total:
            raise TrainingError(
                f"--student-layers {settings.student_layers}: the {settings.encoder} encoder has {total}"
            )


def check_starting_model(path: Path, settings: TrainSettings) -> dict[str, Any]:
    """What meta.json records of a warm start's model (its folder, id, layers, dev figures); a
    TrainingError unless it is a transformer model of the run's encoder with at least as many layers."""
    if settings.architecture != "transformer":
        raise TrainingError("--init-from is for the transformer architecture")
    meta = read_meta(path)
    if meta.get("architecture") != "transformer":
        raise TrainingError(
            f"--init-from {path}: a {meta.get('architecture', 'cnn')} model; training starts only from a "
            "transformer model's weights (not an ONNX export)"
        )
    trained = meta.get("settings", {})
    encoder = trained.get("encoder")
    if encoder != settings.encoder:
        raise TrainingError(f"--init-from {path}: it was trained with --encoder {encoder}; give the same")
    layers = trained.get("student_layers", 0)
    if settings.student_layers > (layers or encoder_layers(encoder)):
        raise TrainingError(f"--init-from {path}: it has fewer layers than --student-layers asks for")
    return {"dir": path.resolve().name, "id": model_id(path), "student_layers": layers} | dev_figures(path)


def _load_teacher(base: Language, distillation: Distillation, precision: str) -> Teacher:
    from quotegraph.train.distill import check_sources, load_teacher

    check_sources(distillation.unlabelled)
    return load_teacher(distillation.teacher, base, precision)


def _distilled(
    base: Language, teacher: Teacher, job: TrainJob, train_parsed: Parsed, dev_docs: list[GoldDocument]
) -> Distilled:
    from quotegraph.train.distill import prepare, text_key

    assert job.distillation is not None  # the caller's check: only a distilled run has a teacher
    known = [text_key(gold.text) for _, gold in train_parsed] + [text_key(gold.text) for gold in dev_docs]
    docs = [doc for doc, _ in train_parsed]
    return prepare(base, teacher, docs, known, job.distillation.unlabelled, job.out, job.progress)


def _parse(
    base: Language,
    train_docs: list[GoldDocument],
    dev_docs: list[GoldDocument],
    progress: TrainProgress | None,
    started: float,
) -> tuple[Parsed, Parsed]:
    """Parse the training and dev articles; an article's other readings share its parse."""
    distinct = list({document.id: document for document in train_docs}.values())
    with phase(progress) as shown:
        count = len(distinct) + len(dev_docs)
        shown.begin("parsing articles", count)
        by_id = dict(
            zip([d.id for d in distinct], parse_documents(base, distinct, shown.advance), strict=True)
        )
        dev_parsed = list(zip(parse_documents(base, dev_docs, shown.advance), dev_docs, strict=True))
        minutes = (time.perf_counter() - started) / 60
        shown.line(f"parsed {count} articles: {minutes:.1f} min")  # as the epochs do, a line in a log
    return [(by_id[document.id], document) for document in train_docs], dev_parsed


def _readings_meta(extra: list[GoldDocument]) -> dict[str, int]:
    return {
        "readings_added": len(extra),
        "articles": len({document.id for document in extra}),
        "attributions_added": sum(len(document.attributions) for document in extra),
    }


def _check_resumable(out: Path, settings: TrainSettings) -> None:
    if settings.architecture != "transformer":
        raise TrainingError(
            "--resume is for the transformer; the cnn architecture trains in minutes, start it again"
        )
    from quotegraph.train.checkpoint import resumable_progress  # torch: the transformer's extra

    resumable_progress(out, settings)


# A trainer: the cnn's (train_parsed_docs) or the transformer's (transformer_loop.train_transformer).
Trainer = Callable[[Language, TrainJob, Prepared, float], TrainResult]


def _trainer(architecture: str) -> Trainer:
    if architecture != "transformer":
        return train_parsed_docs
    try:  # torch only when asked for
        from quotegraph.train.transformer_loop import train_transformer
    except ImportError as exc:
        raise learn_extra_missing(exc) from exc
    return train_transformer


def train_parsed_docs(
    base: Language, job: TrainJob, prepared: Prepared, started: float | None = None
) -> TrainResult:
    """Train on the articles `prepared` (parsed by `base`, each doc with its gold), saving the best
    epoch to the job's `out`."""
    settings = job.settings
    started = time.perf_counter() if started is None else started
    fix_random_seed(settings.seed)
    examples = [to_example(doc, gold) for doc, gold in prepared.train]
    nlp = build_pipeline(settings, base.vocab)
    optimizer = nlp.initialize(lambda: examples)
    optimizer.learn_rate = settings.learn_rate
    model = AttributionModel(SpacyTagger(nlp), new_meta(base, settings.to_dict(), prepared.meta, "cnn"))

    def epoch(advance: Callable[[int], None]) -> dict[str, float]:
        return _epoch(nlp, examples, settings, optimizer, advance)

    # Scored and saved with the weights averaged over the updates, steadier than the last ones.
    averaged = partial(nlp.use_params, optimizer.averages)
    return run_epochs(model, job, len(examples), epoch, prepared.dev, started, scoring=averaged)


def _data_meta(
    data: Path, dev: Path | None, train_docs: list[GoldDocument], dev_docs: list[GoldDocument]
) -> dict[str, Any]:
    return {
        "train": str(data),
        "dev": str(dev) if dev is not None else f"every {HOLD_OUT_EVERY}th article of train",
        "train_articles": len(train_docs),
        "dev_articles": len(dev_docs),
        "train_attributions": sum(len(d.attributions) for d in train_docs),
    }


def _epoch(
    nlp: Language,
    examples: list[Example],
    settings: TrainSettings,
    optimizer: Any,
    advance: Callable[[int], None],
) -> dict[str, float]:
    losses: dict[str, float] = {}
    for batch in _batches(examples, settings):
        nlp.update(batch, drop=settings.dropout, sgd=optimizer, losses=losses)
        advance(len(batch))
    return losses


def _batches(examples: list[Example], settings: TrainSettings) -> Iterator[list[Example]]:
    shuffled = list(examples)
    random.shuffle(shuffled)
    return minibatch(shuffled, size=settings.batch_size)
