"""What runs in an analysis worker process: the models loaded once, then one article per task.

spaCy is imported only where the analysis runs: the main process of a parallel ingest never needs it
(the forkserver imports it once, before forking the workers; see pool.py).
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING

from quotegraph.errors import ModelError, QuotegraphError
from quotegraph.records import Analysis, Article, LearnedAttribution

if TYPE_CHECKING:
    from spacy.language import Language

    from quotegraph.analyze.runtime.attribution_model import AttributionModel

# Imported by the forkserver before it forks workers.
PRELOAD = ["quotegraph.analyze.pipeline"]

# Outcome of one task: the analysis, or why the article could not be analyzed.
Result = tuple[Analysis | None, str | None]

_nlp: Language | None = None
_learned_model: AttributionModel | None = None
_load_error: ModelError | None = None


def init_worker(
    model: str | None, attribution_model: LearnedAttribution | None, lifeline: Connection
) -> None:
    """Pool initializer: load the models for every task this worker will run.

    lifeline: the read end of a pipe whose only write end the main process holds.
    """
    global _nlp, _learned_model, _load_error
    # Ctrl-C is the main process's to handle: it stops the pool and reports what was stored.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_when_closed, args=(lifeline,), name="lifeline", daemon=True).start()
    one_thread_per_worker()
    from quotegraph.analyze.loading import load_models

    try:
        _nlp, _learned_model = load_models(model, attribution_model)
    except ModelError as exc:
        _load_error = exc  # raised by the first task (pool.py's check), so that the main process reports it


def one_thread_per_worker() -> None:
    """An ONNX attribution model runs one thread (unless the user set QUOTEGRAPH_ONNX_THREADS): workers
    run one per core, so a second thread in each would only contend for the cores."""
    os.environ.setdefault("QUOTEGRAPH_ONNX_THREADS", "1")


def check_loaded() -> None:
    """A task that fails, as every task would, when this worker could not load its models."""
    _models()


def run_task(article: Article) -> Result:
    return analyze_article(article, *_models())


def _models() -> tuple[Language, AttributionModel | None]:
    if _nlp is None:
        raise _load_error or ModelError("the analysis worker has no model")
    return _nlp, _learned_model


def analyze_article(article: Article, nlp: Language, learned_model: AttributionModel | None = None) -> Result:
    """Analyze one article; a failure becomes the article's error, never the batch's."""
    from quotegraph.analyze.pipeline import analyze

    try:
        return analyze(article, nlp, attribution_model=learned_model), None
    except QuotegraphError as exc:
        return None, str(exc)
    except Exception as exc:  # a bug on one odd article must not stop a corpus run
        return None, f"{type(exc).__name__}: {exc}"


def _exit_when_closed(lifeline: Connection) -> None:
    # A worker waiting for work never notices a main process killed with SIGKILL: it would wait
    # forever. The pipe's end of file tells it, however the main process ended.
    with contextlib.suppress(EOFError):
        lifeline.recv()
    os._exit(1)
