"""The attribution model's architecture and training settings.

A fresh CNN tok2vec reads the base pipeline's annotations (part-of-speech tags and dependency labels
next to the word's form, prefix, suffix and shape, plus the features of analyze/runtime/features.py) and feeds
a transition-based entity tagger with one label per part: SOURCE, CUE, CONTENT. spaCy's own
components, built from a config, so the saved model is a spaCy pipeline directory (whose embedding
layer is registered by importing quotegraph.train.data, which reads the features).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from spacy.language import Language
from spacy.util import load_model_from_config
from spacy.vocab import Vocab
from thinc.api import Config

from quotegraph.analyze.runtime.features import LABELS
from quotegraph.train.encoders import DEFAULT_ENCODER, ENCODER_LEARN_RATES

COMPONENT = "attribution"

_CONFIG = """
[nlp]
lang = "en"
pipeline = ["tok2vec", "{component}"]

[components]

[components.tok2vec]
factory = "tok2vec"

[components.tok2vec.model]
@architectures = "spacy.Tok2Vec.v2"

[components.tok2vec.model.embed]
@architectures = "quotegraph.AttributionEmbed.v1"
width = {width}
attrs = ["NORM", "PREFIX", "SUFFIX", "SHAPE", "TAG", "DEP"]
rows = [5000, 1000, 2500, 2500, 200, 200]

[components.tok2vec.model.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = {width}
depth = {depth}
window_size = 1
maxout_pieces = 3

[components.{component}]
factory = "ner"

[components.{component}.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = {hidden_width}
maxout_pieces = 2
use_upper = true

[components.{component}.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = {width}
upstream = "tok2vec"
"""


# Fine-tuning settings of the transformer (a batch is 8 windows of 256 word pieces, not 8 articles).
# The encoder's own learning rate comes from train/encoders.py.
TRANSFORMER_DEFAULTS: dict[str, float | int] = {"max_epochs": 3, "learn_rate": 1e-3}


@dataclass
class TrainSettings:
    """What a training run may vary; saved with the model."""

    max_epochs: int = 20
    patience: int = 3  # epochs without a better dev score before stopping
    batch_size: int = 8  # documents per update
    dropout: float = 0.1
    learn_rate: float = 0.001
    width: int = 96
    depth: int = 4
    hidden_width: int = 64
    seed: int = 0
    architecture: str = "cnn"  # or "transformer" (analyze/runtime/transformer.py)
    encoder_learn_rate: float = 5e-5  # the transformer's pretrained encoder
    encoder: str = DEFAULT_ENCODER  # which pretrained encoder (train/encoders.py)
    # "bf16": the transformer's forward and backward passes under bfloat16 autocast, the weights and
    # optimizer kept in float32. On a CPU with AVX-512 BF16 or AMX a step of mpnet takes half the
    # time (3.5 s against 7.5 s for 8 windows of 256 pieces, measured here); elsewhere it is slower.
    precision: str = "fp32"
    student_layers: int = 0  # the transformer keeps this many of its encoder's layers (0: all)
    all_annotators: bool = False  # every annotator's reading of an article is a training doc
    # Distillation (train/distill.py): the teacher's id (a hash of its files; "" without a teacher),
    # the temperature that softens its distribution and the weight of the term that follows it.
    teacher: str = ""
    temperature: float = 2.0
    alpha: float = 0.5
    # Warm start (--init-from): the id of the trained transformer model whose weights the run starts
    # from instead of the pretrained encoder's ("" for none).
    init_from: str = ""

    @classmethod
    def for_architecture(
        cls,
        architecture: str,
        max_epochs: int | None = None,
        encoder: str = DEFAULT_ENCODER,
        **settings: float | int | str | bool,
    ) -> TrainSettings:
        """Settings with the architecture's own defaults (the transformer needs far fewer epochs)."""
        defaults: dict[str, float | int | str] = {}
        if architecture == "transformer":
            encoder_settings = {"encoder": encoder, "encoder_learn_rate": ENCODER_LEARN_RATES[encoder]}
            defaults = {**TRANSFORMER_DEFAULTS, **encoder_settings}
        chosen = {**defaults, **settings, "architecture": architecture}
        if max_epochs is not None:
            chosen["max_epochs"] = max_epochs
        return cls(**chosen)

    def to_dict(self) -> dict[str, float | int | str | bool]:
        return asdict(self)

    @classmethod
    def defaults(cls) -> dict[str, float | int | str | bool]:
        """Every setting's default: a checkpoint written before a setting existed ran with it."""
        return cls().to_dict()


def build_pipeline(settings: TrainSettings, vocab: Vocab) -> Language:
    """An untrained attribution pipeline sharing the base pipeline's vocabulary (its norms and strings)."""
    text = _CONFIG.format(
        component=COMPONENT, width=settings.width, depth=settings.depth, hidden_width=settings.hidden_width
    )
    nlp = load_model_from_config(Config().from_str(text), vocab=vocab, auto_fill=True, validate=True)
    for label in LABELS:
        nlp.get_pipe(COMPONENT).add_label(label)
    return nlp
