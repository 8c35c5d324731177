"""Export a transformer attribution model to ONNX, optionally int8, for ONNX Runtime (runtime/onnx_tagger).

    OUT/meta.json     the source's meta, architecture "onnx", and an "onnx" entry saying how it was made
    OUT/metrics.json  the source's, copied (the scores of the model it was exported from)
    OUT/onnx/         model.onnx, the tokenizer files, labels.json, special_pieces.json

The graph takes the four padded int64 arrays of analyze/runtime/tagging.py's `batch_arrays` and gives the
log-probabilities of the tags, so the runtime applies no softmax of its own. Exporting needs torch
(the `learn` extra); running the exported model needs only onnxruntime and tokenizers.
"""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
import warnings
from pathlib import Path
from typing import Any, Literal

from quotegraph.analyze.runtime.attribution_model import (
    META,
    METRICS,
    TRANSFORMER,
    learn_extra_missing,
    read_meta,
)
from quotegraph.analyze.runtime.onnx_tagger import INPUTS, ONNX_DIR, ONNX_FILE, SPECIAL_FILE
from quotegraph.analyze.runtime.tagging import LABELS_FILE, SpecialPieces
from quotegraph.errors import ModelError

OUTPUT = "log_probs"
OPSET = 17  # the first with LayerNormalization as one op; ONNX Runtime 1.17 and later run it
# Tables of at least this many values are stored in float16 by an int8 export (minilm's word pieces:
# 11.7 M; its positions, 0.2 M, stay float32).
EMBEDDING_MINIMUM = 1_000_000
Quantization = Literal["int8", "none"]


def export_onnx(source: Path, out: Path, quantization: Quantization = "int8") -> dict[str, Any]:
    """Write the ONNX model directory `out` from the transformer model directory `source`; its meta.

    The files go to a scratch directory beside `out`, renamed into place at the end, so a failure
    never leaves half a model; an earlier export in `out` is replaced, anything else there refused.
    """
    meta = _transformer_meta(source)
    _check_target(out)
    try:  # torch only here: running the exported model does not need it
        from quotegraph.analyze.runtime.transformer import load_transformer_tagger
    except ImportError as exc:
        raise learn_extra_missing(exc) from exc
    tagger = load_transformer_tagger(source / TRANSFORMER)
    out.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        folder = scratch / ONNX_DIR
        folder.mkdir()
        fp32 = scratch / "fp32.onnx"
        export_graph(tagger.tagger, fp32)
        if quantization == "int8":
            quantize_int8(fp32, folder / ONNX_FILE)
            fp32.unlink()
            embeddings_fp16(folder / ONNX_FILE)
        else:
            fp32.rename(folder / ONNX_FILE)
        _check_graph(folder / ONNX_FILE)
        _write_reading_files(tagger, source / TRANSFORMER, folder)
        meta = _onnx_meta(meta, source, quantization)
        (scratch / META).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
        if (source / METRICS).is_file():
            shutil.copyfile(source / METRICS, scratch / METRICS)
        _replace(scratch, out)
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    return meta


def _transformer_meta(source: Path) -> dict[str, Any]:
    meta = read_meta(source)
    architecture = meta.get("architecture", "cnn")
    if architecture == "cnn":
        raise ModelError(f"{source} holds a cnn attribution model: only a transformer model is exported")
    if architecture != "transformer":
        raise ModelError(
            f"{source} holds an attribution model of architecture {architecture!r}, not transformer"
        )
    return meta


def _check_target(out: Path) -> None:
    """Refuse to replace anything but an earlier export (a trained model, a folder of other files)."""
    if not out.exists():
        return
    if out.is_dir() and not any(out.iterdir()):
        return
    try:
        earlier = json.loads((out / META).read_text(encoding="utf-8")).get("architecture")
    except (OSError, ValueError, AttributeError):
        earlier = None
    if earlier != "onnx":
        raise ModelError(f"{out} exists and is not an exported ONNX model: give a new --out")


def export_graph(tagger: Any, path: Path) -> None:
    """Trace the torch TaggerNetwork, with a log-softmax on top, into an ONNX graph with dynamic sizes."""
    import torch

    class LogProbs(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.tagger = tagger

        def forward(self, *arrays: torch.Tensor) -> torch.Tensor:
            return torch.log_softmax(self.tagger(*arrays), -1)

    tagger.eval()
    # Eager attention adds the padding mask as a bias; the default (sdpa) traces into Where and IsNaN
    # over every attention score, which took a sixth of ONNX Runtime's time. On 30 PolNeAR dev texts,
    # the 6-layer student int8: 11.4 s of network with sdpa, 8.9 s eager (docs/training.md).
    tagger.encoder.set_attn_implementation("eager")
    example = _example_inputs(tagger)
    axes = {"piece_ids": {0: "batch", 1: "pieces"}, "mask": {0: "batch", 1: "pieces"}}
    axes |= {name: {0: "batch", 1: "words"} for name in ("word_starts", "features", OUTPUT)}
    with torch.inference_mode(), warnings.catch_warnings():
        # The tracer's warnings are about shapes the trace fixes: the attention mask is as long as the
        # pieces, and it is always given; tests/analyze/test_onnx.py checks the graph against torch.
        warnings.simplefilter("ignore")
        # The TorchScript exporter (dynamo=False) traces the encoder whole; it needs no onnxscript.
        torch.onnx.export(
            LogProbs(),
            example,
            str(path),
            input_names=list(INPUTS),
            output_names=[OUTPUT],
            dynamic_axes=axes,
            opset_version=OPSET,
            dynamo=False,
        )


def _example_inputs(tagger: Any) -> tuple[Any, ...]:
    """Two windows, the second padded, so the trace keeps the attention mask's padding path."""
    import torch

    from quotegraph.analyze.runtime.features import COLUMNS

    piece_ids = torch.randint(1000, 2000, (2, 12))
    mask = torch.ones(2, 12, dtype=torch.long)
    mask[1, 8:] = 0
    word_starts = torch.tensor([[1, 3, 5, 9], [1, 2, 4, 0]])
    features = torch.zeros(2, 4, 2 + COLUMNS, dtype=torch.long)
    return piece_ids, mask, word_starts, features


def quantize_int8(fp32: Path, int8: Path) -> None:
    """Dynamic int8 quantization of the weights of every matrix product, one scale per output channel.

    Measured against the float export with a minilm model trained on a quarter of PolNeAR train
    (1 epoch), on 10 PolNeAR dev texts: the share of words whose decoded tag is the float one's / the
    mean absolute change of a tag's probability. MatMul per-tensor 0.959 / 0.011; per-channel
    0.984 / 0.004 (kept); MatMul and the embedding tables (Gather) 0.961 / 0.011 (22 MB instead of
    56); uint8 weights 0.969 / 0.008; reduce_range 0.931 / 0.021; the tag layer kept float changed
    nothing. The fixture model gave the same order. On all of PolNeAR dev the kept variant scores
    as the float model within 0.3 points exact F1 (docs/training.md).
    """
    from onnxruntime.quantization import QuantType, quantize_dynamic

    logging.disable(logging.WARNING)  # its advice to pre-process the graph, on the root logger
    try:
        quantize_dynamic(
            fp32, int8, op_types_to_quantize=["MatMul"], per_channel=True, weight_type=QuantType.QInt8
        )
    finally:
        logging.disable(logging.NOTSET)


def embeddings_fp16(path: Path, minimum: int = EMBEDDING_MINIMUM) -> list[str]:
    """Store the large embedding tables in 16 bits: each float table of at least `minimum` values that
    only a Gather reads becomes float16, and a Cast after that Gather gives float32 rows again.

    The int8 export keeps the tables in float32 (quantize_int8 leaves Gather alone: int8 tables cost
    accuracy, its docstring), 47 MB of minilm's word pieces: too big to ship (issue 29, at most 40 MB
    in all). float16 keeps 11 bits of each value, where the rows are read at a few hundredths; only
    the rows a batch reads are cast, so the run costs next to nothing. The names of the tables changed.
    """
    import numpy
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    model = onnx.load(str(path))
    graph = model.graph
    tables = {t.name: t for t in graph.initializer if t.data_type == TensorProto.FLOAT}
    readers: dict[str, int] = {}
    for node in graph.node:
        for name in node.input:
            readers[name] = readers.get(name, 0) + 1
    nodes, converted = [], []
    for node in graph.node:
        nodes.append(node)
        table = tables.get(node.input[0]) if node.op_type == "Gather" and node.input else None
        if table is None or readers[table.name] != 1 or numpy.prod(table.dims) < minimum:
            continue
        half = numpy_helper.to_array(table).astype(numpy.float16)
        table.CopyFrom(numpy_helper.from_array(half, table.name))
        rows = node.output[0]
        node.output[0] = f"{rows}_float16"
        nodes.append(helper.make_node("Cast", [node.output[0]], [rows], to=TensorProto.FLOAT))
        converted.append(table.name)
    del graph.node[:]
    graph.node.extend(nodes)
    onnx.save(model, str(path))
    return converted


def _check_graph(path: Path) -> None:
    import onnx

    try:
        onnx.checker.check_model(str(path), full_check=True)
    except onnx.checker.ValidationError as exc:
        raise ModelError(f"the exported ONNX graph does not check: {exc}") from exc


def _write_reading_files(tagger: Any, source: Path, folder: Path) -> None:
    """The tokenizer, the label vocabularies and the ids of the pieces the windows add."""
    tagger.tokenizer.save_pretrained(folder)
    shutil.copyfile(source / LABELS_FILE, folder / LABELS_FILE)
    special: SpecialPieces = tagger.special
    (folder / SPECIAL_FILE).write_text(json.dumps(special.__dict__), encoding="utf-8")


def _onnx_meta(meta: dict[str, Any], source: Path, quantization: Quantization) -> dict[str, Any]:
    import onnxruntime

    entry = {
        "exported_from": source.resolve().name,
        "quantization": quantization,
        "embeddings": "float16" if quantization == "int8" else "float32",
        "opset": OPSET,
        "onnxruntime": onnxruntime.__version__,
    }
    return {**meta, "architecture": "onnx", "onnx": entry}


def _replace(scratch: Path, out: Path) -> None:
    """Put the finished `scratch` at `out`; an earlier export there goes only once the new one is in."""
    if out.exists():
        old = out.with_name(f".{out.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        out.rename(old)
        scratch.rename(out)
        shutil.rmtree(old)
    else:
        scratch.rename(out)
