"""`quotegraph export-model`: a trained transformer attribution model exported to ONNX."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from quotegraph.cli.main import command, err


class Quantization(StrEnum):
    int8 = "int8"
    none = "none"


@command
def export_model(
    model_dir: Annotated[
        Path, typer.Argument(help="A transformer model directory `quotegraph train` wrote.")
    ],
    out: Annotated[
        Path, typer.Option(help="The ONNX model directory to write (an earlier export is replaced).")
    ],
    onnx: Annotated[
        bool, typer.Option("--onnx", help="Export to ONNX (the one format there is, for now).")
    ] = False,
    quantize: Annotated[
        Quantization,
        typer.Option(
            help="int8: dynamic int8 weights, float16 embedding tables (smaller, faster); "
            "none: float32, as trained."
        ),
    ] = Quantization.int8,
) -> None:
    """Export a transformer attribution model to ONNX, to analyze faster without torch.

    OUT is a model directory like any other: give it to --attribution-model, or make it a
    database's default with `quotegraph config set attribution-model OUT`. Running it needs only
    onnxruntime (installed with quotegraph); exporting needs torch (the 'learn' extra). int8 keeps
    content F1 within a point of the float model and runs faster: see docs/training.md.

    [b]Examples[/b]

      quotegraph export-model MODEL_DIR --onnx --out MODEL_DIR-onnx
      quotegraph analyze article.txt --attribution-model MODEL_DIR-onnx
      quotegraph export-model MODEL_DIR --onnx --out MODEL_DIR-fp32 --quantize none
    """
    from quotegraph.train.onnx_export import export_onnx

    if not onnx:
        raise typer.BadParameter("give --onnx: ONNX is the format a model is exported to")
    meta = export_onnx(model_dir, out, quantize.value)
    quantization = meta["onnx"]["quantization"]
    err.print(f"{escape(str(out))}: ONNX model ({quantization}) exported from {escape(str(model_dir))}")
