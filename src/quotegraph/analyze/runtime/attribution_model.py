"""A trained attribution model on disk: a token tagger plus what it is and how well it did.

    MODEL_DIR/meta.json     format version, architecture, labels, base pipeline, settings, data, version
    MODEL_DIR/metrics.json  dev scores of the saved epoch, every epoch's figures, time and memory
    MODEL_DIR/pipeline/     architecture "cnn": the spaCy pipeline (tok2vec + entity tagger)
    MODEL_DIR/transformer/  architecture "transformer": encoder config, tokenizer, weights (safetensors)
    MODEL_DIR/onnx/         architecture "onnx": a transformer model exported by train/onnx_export.py

Both taggers read the base pipeline's parse, so the model runs on docs parsed by analyze/parsing.py
and must be used with the base pipeline it was trained on (meta.json names it).
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, Protocol

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

from quotegraph import models
from quotegraph.analyze.quotes import Attribution
from quotegraph.analyze.runtime.features import LABELS, RuleOutput, unlabelled
from quotegraph.analyze.runtime.link import link
from quotegraph.errors import ModelError
from quotegraph.models import CARD_FILE, SUMS_FILE, verify
from quotegraph.records import AttributionScope

FORMAT = 1
META, METRICS, PIPELINE, TRANSFORMER, ONNX = "meta.json", "metrics.json", "pipeline", "transformer", "onnx"
CHECKPOINT = "checkpoint"  # an unfinished transformer run's state (train/checkpoint.py)
TEACHER_CACHE = "teacher"  # a distilled model's cache of its teacher's scores (train/distill.py)
# Not part of what a model computes: its scores, an unfinished run's state, its own teacher's cache.
# A shipped model's card and sums describe it (models/__init__.py).
_NOT_HASHED = {METRICS, CHECKPOINT, TEACHER_CACHE, SUMS_FILE, CARD_FILE}


class Tagger(Protocol):
    """What tags the SOURCE, CUE and CONTENT spans of a parsed doc."""

    def spans(self, doc: Doc, found: RuleOutput | None = None) -> list[TokenSpan]: ...

    def save(self, path: Path) -> None: ...


class SpacyTagger:
    """The CNN architecture: a spaCy pipeline over the features of analyze/runtime/features.py."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def spans(self, doc: Doc, found: RuleOutput | None = None) -> list[TokenSpan]:
        labelled = unlabelled(doc, found)
        for _name, component in self.nlp.pipeline:
            labelled = component(labelled)
        return [TokenSpan(doc, e.start, e.end, label=e.label_) for e in labelled.ents]

    def save(self, path: Path) -> None:
        self.nlp.to_disk(path / PIPELINE)


class AttributionModel:
    """A trained tagger and its meta data, applied to docs the base pipeline parsed."""

    def __init__(
        self,
        tagger: Tagger,
        meta: dict[str, Any],
        scope: AttributionScope = "all",
        name: str = "",
        id: str | None = None,
    ) -> None:
        self.tagger = tagger
        self.meta = meta
        self.scope = scope  # which of its attributions analysis keeps (analyze/learned.py)
        self.name = name  # its directory's name, recorded in each Analysis it joins
        self.id = id  # model_id of its directory (loaded from one), recorded beside the name

    def scoped(self, scope: AttributionScope) -> AttributionModel:
        """The same model (weights shared), keeping `scope` of its attributions in analysis."""
        return AttributionModel(self.tagger, self.meta, scope, self.name, self.id)

    def spans(self, doc: Doc, found: RuleOutput | None = None) -> list[TokenSpan]:
        """The SOURCE, CUE and CONTENT spans the model finds, as spans of `doc` (left unchanged).

        `found` is what the rules found in `doc` (computed when not given), which the model reads.
        """
        return self.tagger.spans(doc, found)

    def attributions(self, doc: Doc, found: RuleOutput | None = None) -> list[Attribution]:
        return link(doc, self.spans(doc, found))

    def save(self, path: Path, metrics: dict[str, Any]) -> None:
        path.mkdir(parents=True, exist_ok=True)
        self.tagger.save(path)
        _write_json(path / META, self.meta)
        self.save_metrics(path, metrics)

    def save_metrics(self, path: Path, metrics: dict[str, Any]) -> None:
        _write_json(path / METRICS, metrics)


def new_meta(
    base: Language, settings: dict[str, Any], data: dict[str, Any], architecture: str
) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "architecture": architecture,
        "labels": list(LABELS),
        "base_model": {"name": base.meta.get("name"), "version": base.meta.get("version")},
        "settings": settings,
        "data": data,
        "quotegraph": _quotegraph_version(),
    }


def _quotegraph_version() -> str:
    try:
        return version("quotegraph")
    except PackageNotFoundError:
        return "unknown"


def _write_json(path: Path, value: dict[str, Any]) -> None:
    path.write_text(json.dumps(value, indent=2) + "\n", encoding="utf-8")


def read_meta(path: Path) -> dict[str, Any]:
    """A model directory's meta.json; a ModelError when `path` is not a model directory."""
    try:
        return json.loads((path / META).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(
            f"{path} is not an attribution model directory (quotegraph train writes one): {exc}"
        ) from exc


@lru_cache(maxsize=4)
def load_attribution_model(path: Path, base: Language) -> AttributionModel:
    """Load a model directory written by `quotegraph train`, for docs parsed by `base`."""
    path = Path(path)
    if (path / SUMS_FILE).exists() or path.resolve() == models.SHIPPED_DIR:
        verify(path)  # a shipped or packaged model: a damaged file must never analyze quietly
    meta = read_meta(path)
    if meta.get("format") != FORMAT:
        raise ModelError(f"{path} holds an attribution model of format {meta.get('format')}, not {FORMAT}")
    trained_on = meta.get("base_model", {}).get("name")
    if trained_on != base.meta.get("name"):
        raise ModelError(
            f"{path} was trained on spaCy pipeline {trained_on!r}, not {base.meta.get('name')!r}"
        )
    tagger = _load_tagger(path, meta.get("architecture", "cnn"), base)
    # "." names its folder too; the id tells an analysis by this model from one by a retrained one
    return AttributionModel(tagger, meta, name=path.resolve().name, id=model_id(path))


def learn_extra_missing(exc: ImportError) -> ModelError:
    """The error for a transformer model when its optional dependencies are not installed."""
    return ModelError(
        f"the transformer attribution model needs the 'learn' extra (missing: {exc.name or exc}): "
        "pip install -e '.[learn]' and requirements-model.txt (make venv installs both), "
        "or use --architecture cnn"
    )


def _load_tagger(path: Path, architecture: str, base: Language) -> Tagger:
    if architecture == "onnx":  # exported by train/onnx_export.py; needs neither torch nor transformers
        from quotegraph.analyze.runtime.onnx_tagger import load_onnx_tagger

        return load_onnx_tagger(path / ONNX)
    if architecture == "transformer":
        try:  # torch only when asked for
            from quotegraph.analyze.runtime.transformer import load_transformer_tagger
        except ImportError as exc:
            raise learn_extra_missing(exc) from exc

        return load_transformer_tagger(path / TRANSFORMER)
    if architecture != "cnn":
        raise ModelError(f"{path} holds an attribution model of unknown architecture {architecture!r}")
    try:
        return SpacyTagger(spacy.load(path / PIPELINE, vocab=base.vocab))
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot load the attribution pipeline in {path}: {exc}") from exc


def model_id(path: Path) -> str:
    """A hash of the files that make a model's predictions (weights, tokenizer, config, meta), so a
    retrained or other model never reuses another's cache or resumes another's run."""
    digest = hashlib.sha256()
    for file in sorted(p for p in path.rglob("*") if p.is_file()):
        relative = file.relative_to(path)
        if relative.parts[0] in _NOT_HASHED:
            continue
        digest.update(str(relative).encode() + b"\0")
        with file.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()[:16]


def dev_figures(path: Path) -> dict[str, Any]:
    """A model's dev score and the exact F1 of each part at its saved epoch, from its metrics.json;
    empty when it has none (a model saved without metrics is still a model)."""
    try:
        metrics = json.loads((path / METRICS).read_text(encoding="utf-8"))
        best = metrics["history"][metrics["best_epoch"] - 1]
        return {"dev_score": metrics["dev_score"], "dev_exact_f1": best["exact_f1"]}
    except (OSError, ValueError, KeyError, IndexError, TypeError):
        return {}
