"""What the window taggers share whatever runs their network: reading a doc, batching, decoding.

The transformer attribution model reads an article as overlapping windows of word pieces and gives
each word log-probabilities of the BIO tags; the tag sequence is then decoded with constraints
(Viterbi). Torch runs the network while training and in analyze/runtime/transformer.py; ONNX Runtime runs
an exported copy in analyze/runtime/onnx_tagger.py. Everything here needs only numpy and spaCy, so both use
one reading of the doc and one decoding, and the ONNX tagger never imports torch.
"""

from __future__ import annotations

import bisect
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy
from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

from quotegraph.analyze.runtime.features import FEATURE_ROWS, LABELS, RuleOutput, rule_output, token_features

TAGS = ("O", *(f"{prefix}-{label}" for label in LABELS for prefix in "BI"))
PARAGRAPH, SPACE = "[unused1]", "[unused2]"
MAX_PIECES_PER_WORD = 8
WINDOW = 254  # word pieces per window, besides [CLS] and [SEP]
# Pieces at each side of a window that only give context (except at the article's ends). Training
# reads wide margins; scoring narrower ones, so each word is encoded fewer times: on PolNeAR dev a
# 6-layer student's network ran 14 % faster with 32 than with 48 and scored within 0.5 point
# (docs/training.md, Distillation).
TRAINING_CONTEXT = 48
SCORING_CONTEXT = 32
LABELS_FILE = "labels.json"

# piece_ids, mask, word_starts (batch × pieces, batch × pieces, batch × words), features (… × columns)
BatchArrays = tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray, numpy.ndarray]


@dataclass
class Window:
    """One encoder input: word pieces, the first piece of each word in it, and the words it predicts."""

    piece_ids: list[int]
    word_starts: list[int]  # position in piece_ids of each word's first piece
    words: list[int]  # doc token index of each of those words
    owned: list[bool]  # whether this window's prediction of the word is the one kept


@dataclass(frozen=True)
class SpecialPieces:
    """The ids of the pieces the windows add: the encoder's own markers and quotegraph's two words."""

    cls: int
    sep: int
    unknown: int
    paragraph: int
    space: int


class WindowTagger(ABC):
    """Reads a parsed doc as windows and decodes the tags; subclasses tokenize and run the network."""

    batch_size = 8  # windows per call of the network

    def __init__(self, special: SpecialPieces, tag_labels: Sequence[str], dep_labels: Sequence[str]) -> None:
        self.special = special
        self.tag_ids = {label: i + 1 for i, label in enumerate(tag_labels)}
        self.dep_ids = {label: i + 1 for i, label in enumerate(dep_labels)}

    @abstractmethod
    def word_pieces(self, words: list[str]) -> list[list[int]]:
        """Each word's piece ids as the encoder's tokenizer cuts it alone (no special pieces)."""

    @abstractmethod
    def run(self, arrays: BatchArrays) -> numpy.ndarray:
        """The network's tag log-probabilities for a batch (batch × words × tags, float32)."""

    # Reading a doc

    def windows(self, doc: Doc, context: int = SCORING_CONTEXT) -> list[Window]:
        """The doc's word pieces cut into overlapping windows, `context` pieces at each side only
        read; each word owned by exactly one."""
        pieces: list[int] = []
        first_piece: list[int] = []
        for word_pieces in self.pieces(doc):
            first_piece.append(len(pieces))
            pieces.extend(word_pieces)
        windows = []
        for start, end, own_from, own_to in window_bounds(len(pieces), context):
            # first_piece rises strictly (every word has a piece), so the words in a window are a range
            words = list(range(bisect.bisect_left(first_piece, start), bisect.bisect_left(first_piece, end)))
            windows.append(
                Window(
                    piece_ids=[self.special.cls, *pieces[start:end], self.special.sep],
                    word_starts=[first_piece[i] - start + 1 for i in words],
                    words=words,
                    owned=[own_from <= first_piece[i] < own_to for i in words],
                )
            )
        return windows

    def pieces(self, doc: Doc) -> list[list[int]]:
        """Each token's word pieces; a whitespace token is one piece, a paragraph break or a space."""
        per_word = [p[:MAX_PIECES_PER_WORD] for p in self.word_pieces([token.text for token in doc])]
        for token in doc:
            if token.is_space:
                per_word[token.i] = [self.special.paragraph if "\n" in token.text else self.special.space]
        return [p or [self.special.unknown] for p in per_word]

    def features(self, doc: Doc, found: RuleOutput | None = None) -> numpy.ndarray:
        """Per token: tag id, dependency id, then the columns of analyze/runtime/features.py."""
        columns = token_features(doc, rule_output(doc) if found is None else found).astype("int64")
        parse = numpy.array(
            [[self.tag_ids.get(t.tag_, 0), self.dep_ids.get(t.dep_, 0)] for t in doc], dtype="int64"
        ).reshape(len(doc), 2)
        return numpy.hstack([parse, numpy.minimum(columns, FEATURE_ROWS - 1)])

    # Predicting

    def log_probs(self, doc: Doc, found: RuleOutput | None = None) -> numpy.ndarray:
        """Each word's tag log-probabilities (len(doc) × len(TAGS), float32) from the window owning it."""
        return self.log_probs_many([doc], None if found is None else [found])[0]

    def log_probs_many(
        self,
        docs: Sequence[Doc],
        found: Sequence[RuleOutput] | None = None,
        context: int = SCORING_CONTEXT,
    ) -> list[numpy.ndarray]:
        """log_probs of each doc, the windows of all of them batched together.

        Windows of like length share a batch, so the short last window of each article is padded to
        another short one rather than to a full window, and short articles fill a batch together.
        """
        scores = [numpy.zeros((len(doc), len(TAGS)), dtype="float32") for doc in docs]
        pending: list[tuple[int, Window, numpy.ndarray]] = []
        for i, doc in enumerate(docs):
            if len(doc):
                features = self.features(doc, None if found is None else found[i])
                pending.extend((i, window, features) for window in self.windows(doc, context))
        pending.sort(key=lambda item: len(item[1].piece_ids))
        for start in range(0, len(pending), self.batch_size):
            batch = pending[start : start + self.batch_size]
            windows = [window for _, window, _ in batch]
            log_probs = self.run(batch_arrays(windows, [features for _, _, features in batch]))
            for row, (i, window, _) in enumerate(batch):
                scatter_owned(scores[i], window, log_probs[row])
        return scores

    def spans(self, doc: Doc, found: RuleOutput | None = None) -> list[TokenSpan]:
        """The SOURCE, CUE and CONTENT spans of `doc` the model tags."""
        return decode(doc, self.log_probs(doc, found)) if len(doc) else []


def decode(doc: Doc, log_probs: numpy.ndarray) -> list[TokenSpan]:
    """The spans of the most probable valid tag sequence, given each word's tag log-probabilities."""
    return tags_to_spans(doc, [TAGS[t] for t in best_tags(log_probs)])


def window_bounds(length: int, context: int) -> Iterator[tuple[int, int, int, int]]:
    """(start, end, own_from, own_to) of each window over `length` pieces, with `context` pieces
    at each side that another window owns."""
    step = WINDOW - 2 * context
    start = 0
    while True:
        end = min(start + WINDOW, length)
        own_from = 0 if start == 0 else start + context
        own_to = length if end == length else end - context
        yield start, end, own_from, own_to
        if end == length:
            return
        start += step


def batch_arrays(windows: list[Window], features: numpy.ndarray | list[numpy.ndarray]) -> BatchArrays:
    """Padded int64 arrays for a batch; `features` is one doc's array or one array per window."""
    pieces = max(len(w.piece_ids) for w in windows)
    words = max(len(w.words) for w in windows)
    piece_ids = numpy.zeros((len(windows), pieces), dtype="int64")
    mask = numpy.zeros((len(windows), pieces), dtype="int64")
    starts = numpy.zeros((len(windows), words), dtype="int64")
    columns = features.shape[1] if isinstance(features, numpy.ndarray) else features[0].shape[1]
    values = numpy.zeros((len(windows), words, columns), dtype="int64")
    for row, window in enumerate(windows):
        doc_features = features if isinstance(features, numpy.ndarray) else features[row]
        piece_ids[row, : len(window.piece_ids)] = window.piece_ids
        mask[row, : len(window.piece_ids)] = 1
        starts[row, : len(window.words)] = window.word_starts
        values[row, : len(window.words)] = doc_features[window.words]
    return piece_ids, mask, starts, values


def scatter_owned(scores: numpy.ndarray, window: Window, log_probs: numpy.ndarray) -> None:
    """Copy into `scores` (doc words × tags) the rows of the words `window` owns, from its
    `log_probs` (window words, padding after, × tags)."""
    owned = numpy.flatnonzero(window.owned)
    scores[numpy.asarray(window.words)[owned]] = log_probs[owned]


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
