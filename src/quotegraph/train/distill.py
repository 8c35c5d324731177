"""Distillation: a fast student tagger learns from a slow, accurate teacher's scores (issue 15).

The teacher is a trained attribution model directory whose tagger gives per-word log-probabilities
(`log_probs`: the transformer's, and the ONNX export's). It scores every training article and every
unlabelled article once; the scores are cached in OUT/teacher/<sha256 of teacher id, base pipeline
and text>.npy (float16), so an interrupted or repeated run reads them instead of running the teacher again.

The student (train/transformer_loop.py) then learns from the windows of both, word by word:

    loss(word) = alpha * T² * KL(softmax(teacher / T) ‖ softmax(student / T))
               + (1 - alpha) * CE(gold tag, softmax(student))     (gold articles only)

averaged over the batch's words. Softening with a temperature T > 1 shows the student how the
teacher ranks the tags it did not choose; T² keeps the soft term's gradients as large as at T = 1
(Hinton et al., 2015). Defaults (TrainSettings): T = 2, alpha = 0.5, so gold and teacher weigh
alike where both exist.
"""

from __future__ import annotations

import glob
import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy
import torch
from spacy.language import Language
from spacy.tokens import Doc

from quotegraph.analyze.runtime.attribution_model import (
    TEACHER_CACHE,
    AttributionModel,
    dev_figures,
    load_attribution_model,
    model_id,
)
from quotegraph.analyze.runtime.tagging import TRAINING_CONTEXT
from quotegraph.analyze.runtime.transformer import TransformerTagger
from quotegraph.errors import InputError, ModelError
from quotegraph.read import iter_items
from quotegraph.records import Article
from quotegraph.train.data import parse_articles
from quotegraph.train.progress import TrainProgress, phase

SCORE_GROUP = 16  # articles whose windows the teacher scores in one go (analyze/runtime/tagging.py)


@dataclass
class Distillation:
    """What a distillation run reads besides the gold: the teacher's directory and unlabelled sources
    (files, folders or globs, read as `quotegraph ingest` reads them)."""

    teacher: Path
    unlabelled: list[str] = field(default_factory=list)


@dataclass
class Teacher:
    """A loaded teacher model and the id that names its scores (a hash of its files)."""

    model: AttributionModel
    path: Path
    id: str
    base: str = ""  # the spaCy pipeline (name and version) whose parse the teacher reads
    precision: str = "fp32"  # its arithmetic while scoring (bf16: a torch teacher under autocast)

    @property
    def scores_key(self) -> str:
        """What names the teacher's scores besides the text: the teacher, the parse it read, and
        bf16 when it scored so (other arithmetic, other scores: not the float32 run's cache)."""
        key = f"{self.id}\0{self.base}"
        return f"{key}\0bf16" if self.precision == "bf16" else key


@dataclass
class Distilled:
    """The teacher's scores for the student: one array per training doc (aligned with the parsed
    training articles), and the unlabelled docs with theirs."""

    gold_scores: list[numpy.ndarray]
    unlabelled: list[tuple[Doc, numpy.ndarray]]
    meta: dict[str, Any]


def load_teacher(path: Path, base: Language, precision: str = "fp32") -> Teacher:
    """The teacher in `path` (ModelError when it is no model directory or gives no probabilities).

    With `precision` "bf16" a torch teacher scores under bfloat16 autocast: on 6 PolNeAR dev articles
    an mpnet teacher scored 2.1x faster with the same best tag for every word and log-probabilities
    within 0.08 of float32's. (An ONNX teacher runs as it was exported.)
    """
    # Past load_attribution_model's cache (when it has one): the teacher's memory is freed once it
    # has scored.
    load = getattr(load_attribution_model, "__wrapped__", load_attribution_model)
    model = load(Path(path), base)
    if not callable(getattr(model.tagger, "log_probs", None)):
        architecture = model.meta.get("architecture")
        raise ModelError(
            f"{path} holds a {architecture} model, which gives no per-word probabilities: "
            "a teacher must be a transformer model"
        )
    parser = f"{base.meta.get('name')} {base.meta.get('version')}"
    if isinstance(model.tagger, TransformerTagger):
        model.tagger.precision = precision
    else:
        precision = "fp32"  # an ONNX teacher runs as it was exported
    return Teacher(model, Path(path), model_id(Path(path)), parser, precision)


def teacher_meta(teacher: Teacher) -> dict[str, Any]:
    """What meta.json records of the teacher: its folder, id, encoder and its own dev figures."""
    settings = teacher.model.meta.get("settings", {})
    meta: dict[str, Any] = {
        "dir": teacher.path.resolve().name,
        "id": teacher.id,
        "architecture": teacher.model.meta.get("architecture"),
        "encoder": settings.get("encoder"),
    }
    return meta | dev_figures(teacher.path)


# Unlabelled articles


def check_sources(specs: list[str]) -> None:
    """Refuse, before anything is parsed, a source that names no file (InputError, exit code 2)."""
    for spec in specs:
        if not Path(spec).exists() and not glob.glob(spec, recursive=True):
            raise InputError(f"--unlabelled {spec}: no such file or folder, and no file matches it")


def read_unlabelled(specs: list[str]) -> tuple[list[Article], int]:
    """The articles the sources hold, and how many items could not be read (skipped: one bad file
    among thousands should not stop a run that takes hours)."""
    articles, unreadable = [], 0
    for item in iter_items(specs):
        if item.article is None or not item.article.text.strip():
            unreadable += 1
        else:
            articles.append(item.article)
    if not articles:
        raise InputError(f"--unlabelled {' '.join(specs)}: holds no readable article")
    return articles, unreadable


def text_key(text: str) -> str:
    """The same article read by brat's loader and by quotegraph's readers, whitespace aside."""
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()


def new_articles(articles: list[Article], known: Iterable[str]) -> list[Article]:
    """The articles not already known (a gold training or dev article) nor read twice: a training
    text is already learned from as a gold doc, and dev must stay unseen for honest early stopping."""
    seen = set(known)
    kept = []
    for article in articles:
        key = text_key(article.text)
        if key not in seen:
            seen.add(key)
            kept.append(article)
    return kept


def word_count(docs: Iterable[Doc]) -> int:
    """Whitespace-separated words, as the benchmarks count them."""
    return sum(len(doc.text.split()) for doc in docs)


# The teacher's scores


def cache_path(out: Path, key: str, doc: Doc) -> Path:
    """Where a teacher's scores of `doc` are kept (`key`: Teacher.scores_key)."""
    digest = hashlib.sha256(f"{key}\0{doc.text}".encode()).hexdigest()
    return out / TEACHER_CACHE / f"{digest}.npy"


def score_docs(teacher: Teacher, docs: list[Doc]) -> list[numpy.ndarray]:
    """The teacher's per-word log-probabilities of each doc (the one place the teacher runs), their
    windows batched across the docs. Scoring is done once, so the teacher reads the training windows'
    wider context, not the faster scoring one."""
    return teacher.model.tagger.log_probs_many(docs, context=TRAINING_CONTEXT)  # type: ignore[attr-defined]


def teacher_scores(
    teacher: Teacher, docs: list[Doc], out: Path, advance: Callable[[int], None] | None = None
) -> list[numpy.ndarray]:
    """Each doc's scores: read from the cache, else computed a group of docs at a time and written
    there at once (so an interrupted run keeps what it scored). A doc that occurs twice is scored once."""
    scores: dict[Path, numpy.ndarray] = {}
    paths = [cache_path(out, teacher.scores_key, doc) for doc in docs]
    missing: dict[Path, Doc] = {}
    for doc, path in zip(docs, paths, strict=True):
        if path in scores or path in missing:
            continue
        cached = _read_cached(path, len(doc))
        if cached is None:
            missing[path] = doc
        else:
            scores[path] = cached
    if advance is not None:
        advance(len(docs) - len(missing))
    pending = list(missing.items())
    for start in range(0, len(pending), SCORE_GROUP):
        group = pending[start : start + SCORE_GROUP]
        for (path, _), array in zip(group, score_docs(teacher, [doc for _, doc in group]), strict=True):
            scores[path] = array.astype(numpy.float16)
            _write_cached(path, scores[path])
        if advance is not None:
            advance(len(group))
    return [scores[path] for path in paths]


def _cached_count(out: Path) -> int:
    return sum(1 for _ in (out / TEACHER_CACHE).glob("*.npy"))


def _read_cached(path: Path, words: int) -> numpy.ndarray | None:
    """The cached array, or None when there is none or it does not fit the doc (another tokenization)."""
    try:
        array = numpy.load(path, allow_pickle=False)
    except (OSError, ValueError, EOFError):
        return None
    return array if array.ndim == 2 and array.shape[0] == words else None


def _write_cached(path: Path, array: numpy.ndarray) -> None:
    """Written under a temporary name, then renamed: an interruption never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    with partial.open("wb") as handle:
        numpy.save(handle, array, allow_pickle=False)
    partial.replace(path)


def prepare(
    base: Language,
    teacher: Teacher,
    train_docs: list[Doc],
    known_texts: Iterable[str],
    specs: list[str],
    out: Path,
    progress: TrainProgress | None = None,
) -> Distilled:
    """Read and parse the unlabelled articles, then have the teacher score them and the training docs."""
    articles, unreadable = read_unlabelled(specs) if specs else ([], 0)
    kept = new_articles(articles, known_texts)
    with phase(progress) as shown:
        shown.begin("parsing unlabelled articles", len(kept))
        docs = parse_articles(base, kept, shown.advance)
        before, started = _cached_count(out), time.perf_counter()
        shown.begin("teacher scores", len(train_docs) + len(docs))
        scores = teacher_scores(teacher, train_docs + docs, out, shown.advance)
        # A line that stays in a log, as the parse and the epochs leave.
        scored, minutes = _cached_count(out) - before, (time.perf_counter() - started) / 60
        shown.line(
            f"teacher scores of {len(train_docs)} training and {len(docs)} unlabelled articles: "
            f"{scored} scored, the rest from {out / TEACHER_CACHE}; {minutes:.1f} min"
        )
    meta = {
        "teacher": teacher_meta(teacher),
        "unlabelled": {
            "sources": list(specs),
            "articles": len(docs),
            "words": word_count(docs),
            "known_or_repeated_skipped": len(articles) - len(kept),
            "unreadable_skipped": unreadable,
        },
    }
    unlabelled = list(zip(docs, scores[len(train_docs) :], strict=True))
    return Distilled(scores[: len(train_docs)], unlabelled, meta)


# The student's loss


def distill_loss(
    scores: torch.Tensor,
    targets: torch.Tensor,
    teacher: torch.Tensor,
    mask: torch.Tensor,
    temperature: float,
    alpha: float,
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """The batch's loss (module docstring) and its two terms, each a mean over the batch's words.

    scores: the student's tag scores (batch × words × tags); targets: gold tag ids, IGNORE where a word
    has none (unlabelled docs, padding); teacher: the teacher's log-probabilities; mask: real words.
    """
    words = mask.sum().clamp(min=1)
    student = torch.log_softmax(scores / temperature, -1)
    soft = torch.log_softmax(teacher / temperature, -1)
    kl = ((soft.exp() * (soft - student)).sum(-1) * mask).sum() / words
    flat = torch.nn.functional.cross_entropy(
        scores.reshape(-1, scores.shape[-1]), targets.reshape(-1), reduction="none"
    )
    cross_entropy = flat.sum() / words  # ignored targets count 0
    loss = alpha * temperature**2 * kl + (1 - alpha) * cross_entropy
    return loss, kl.detach(), cross_entropy.detach()
