"""The transformer attribution model exported by train/onnx_export.py, run by ONNX Runtime.

It reads docs and decodes tags exactly as the torch tagger does (analyze/runtime/tagging.py); only the network
runs elsewhere. Neither torch nor transformers is imported: the word pieces come from the `tokenizers`
package reading the exported tokenizer.json, which cuts words into the same piece ids as the
transformers tokenizer that trained the model (tests/analyze/test_onnx.py checks).

Threads: ONNX Runtime's intra-op threads are QUOTEGRAPH_ONNX_THREADS (default DEFAULT_THREADS, 1).
An ingest's analysis workers run one per core, so each keeps one thread (scale/worker.py).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import numpy

from quotegraph.analyze.runtime.tagging import LABELS_FILE, BatchArrays, SpecialPieces, WindowTagger
from quotegraph.errors import ModelError

ONNX_DIR, ONNX_FILE, SPECIAL_FILE, TOKENIZER_FILE = (
    "onnx",
    "model.onnx",
    "special_pieces.json",
    "tokenizer.json",
)
INPUTS = ("piece_ids", "mask", "word_starts", "features")
THREADS_VARIABLE = "QUOTEGRAPH_ONNX_THREADS"
# Measured on 30 PolNeAR dev texts with other jobs on the 2 cores (docs/training.md): int8 minilm
# analysis at 1,003 words/s with 1 thread, 753 with 2 (a second thread waits for a busy core).
DEFAULT_THREADS = 1
BATCH_SIZE = 8  # windows per run


class OnnxTagger(WindowTagger):
    """The exported tagger in an ONNX Runtime session, with its tokenizer and label vocabularies."""

    batch_size = BATCH_SIZE

    def __init__(self, session: Any, tokenizer: Any, folder: Path) -> None:
        labels = json.loads((folder / LABELS_FILE).read_text(encoding="utf-8"))
        special = SpecialPieces(**json.loads((folder / SPECIAL_FILE).read_text(encoding="utf-8")))
        super().__init__(special, labels["tags"], labels["deps"])
        self.session = session
        self.tokenizer = tokenizer
        self.folder = folder

    def word_pieces(self, words: list[str]) -> list[list[int]]:
        """Each word's pieces, from one call of the tokenizer over the whole article."""
        encoded = self.tokenizer.encode(words, is_pretokenized=True, add_special_tokens=False)
        per_word: list[list[int]] = [[] for _ in words]
        for piece, word in zip(encoded.ids, encoded.word_ids, strict=True):
            if word is not None:
                per_word[word].append(piece)
        return per_word

    def run(self, arrays: BatchArrays) -> numpy.ndarray:
        return self.session.run(None, dict(zip(INPUTS, arrays, strict=True)))[0]

    def save(self, path: Path) -> None:
        """Copy the exported files to `path`/onnx (a model directory needs its meta.json beside)."""
        shutil.copytree(self.folder, path / ONNX_DIR, dirs_exist_ok=True)


def onnx_threads() -> int:
    """ONNX Runtime's intra-op threads: QUOTEGRAPH_ONNX_THREADS, else DEFAULT_THREADS."""
    value = os.environ.get(THREADS_VARIABLE, "")
    if not value:
        return DEFAULT_THREADS
    if not value.isdigit() or int(value) < 1:
        raise ModelError(f"{THREADS_VARIABLE} must be a whole number of threads, 1 or more, not {value!r}")
    return int(value)


def load_onnx_tagger(folder: Path) -> OnnxTagger:
    """The tagger in `folder` (MODEL_DIR/onnx), in a session of onnx_threads() threads."""
    try:
        import onnxruntime
        from tokenizers import Tokenizer
    except ImportError as exc:
        raise ModelError(
            f"the ONNX attribution model needs onnxruntime and tokenizers (missing: {exc.name or exc}): "
            "pip install -e ."
        ) from exc
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = onnx_threads()
    options.inter_op_num_threads = 1
    options.log_severity_level = 3  # errors only: quotegraph reports its own
    # The int8 matrices give the same scores on every x86 CPU: without AVX-512 VNNI, ONNX Runtime's
    # u8s8 kernels saturate 16-bit sums, so a quote's edges moved between machines (the shipped
    # figures and tests were made on a VNNI CPU); this option widens those sums to 32 bits.
    options.add_session_config_entry("session.x64quantprecision", "1")
    try:
        tokenizer = Tokenizer.from_file(str(folder / TOKENIZER_FILE))
        # The saved file may carry the encoder's truncation (e.g. 128 pieces) or padding; an article is
        # tokenized whole and cut into windows here.
        tokenizer.no_truncation()
        tokenizer.no_padding()
        session = onnxruntime.InferenceSession(
            str(folder / ONNX_FILE), options, providers=["CPUExecutionProvider"]
        )
        return OnnxTagger(session, tokenizer, folder)
    except Exception as exc:  # tokenizers and onnxruntime raise their own types, not OSError
        raise ModelError(f"cannot load the ONNX attribution model in {folder.parent}: {exc}") from exc
