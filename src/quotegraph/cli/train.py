"""`quotegraph train`: an attribution model trained from brat annotations (train/ does the work).

The options are checked by the library (train/loop.py), but for the two that only the CLI tells
apart from their default (--encoder and --precision given to the cnn).
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, get_args

import typer
from rich.markup import escape

from quotegraph.cli.main import command, err
from quotegraph.cli.options import ModelOption
from quotegraph.errors import TrainingError
from quotegraph.records import EncoderName

if TYPE_CHECKING:
    from quotegraph.train.distill import Distillation


class Architecture(StrEnum):
    transformer = "transformer"
    cnn = "cnn"


Encoder = StrEnum("Encoder", {name: name for name in get_args(EncoderName)})
DEFAULT_ENCODER = Encoder(get_args(EncoderName)[0])  # as train/encoders.py (not imported: it needs spaCy)


class Precision(StrEnum):
    fp32 = "fp32"
    bf16 = "bf16"


# As LEARNED_PANEL: train's two choice options, whose choices make a wide column, apart from the rest.
ARCHITECTURE_PANEL = "Architecture"
DISTILL_PANEL = "Distillation and more data"


@command
def train(
    data: Annotated[
        Path,
        typer.Option(
            help="Training articles in brat standoff: DIR/text/*.txt and DIR/attributions/*.ann (PolNeAR's "
            "layout), or DIR/*.txt and DIR/*.ann side by side (brat's)."
        ),
    ],
    out: Annotated[Path, typer.Option(help="The model directory to write (created; files in it replaced).")],
    dev: Annotated[
        Path | None,
        typer.Option(help="Dev articles (same layout) for early stopping; default: every 10th of --data."),
    ] = None,
    architecture: Annotated[
        Architecture,
        typer.Option(
            help="transformer: fine-tunes a pretrained encoder, see --encoder (needs the 'learn' extra; "
            "most accurate, slower). "
            "cnn: a small spaCy CNN (no extra dependencies; fast).",
            rich_help_panel=ARCHITECTURE_PANEL,
        ),
    ] = Architecture.transformer,
    encoder: Annotated[
        Encoder,
        typer.Option(
            help="The transformer's pretrained encoder. minilm: 6 layers (fast). mpnet: all-mpnet-base-v2, "
            "12 layers, about 6x slower to train and run; needs requirements-encoder-mpnet.txt installed.",
            rich_help_panel=ARCHITECTURE_PANEL,
        ),
    ] = DEFAULT_ENCODER,
    max_epochs: Annotated[
        int | None,
        typer.Option(
            min=1, metavar="N", help="Stop after N epochs at most (default: transformer 3, cnn 20)."
        ),
    ] = None,
    patience: Annotated[
        int, typer.Option(min=1, metavar="N", help="Stop after N epochs without a better dev score.")
    ] = 3,
    seed: Annotated[int, typer.Option(help="Random seed of the initial weights and the shuffling.")] = 0,
    precision: Annotated[
        Precision,
        typer.Option(
            help="The transformer's arithmetic while training, and a distillation teacher's while it "
            "scores. bf16: about 2x faster on a CPU with AVX-512 BF16 or AMX (slower elsewhere); the "
            "weights stay float32.",
            rich_help_panel=ARCHITECTURE_PANEL,
        ),
    ] = Precision.fp32,
    resume: Annotated[
        bool,
        typer.Option(
            help="Go on with the interrupted transformer run in OUT from its last finished epoch "
            "(give the same options as when it started)."
        ),
    ] = False,
    distill_from: Annotated[
        Path | None,
        typer.Option(
            metavar="TEACHER_DIR",
            help="Distil: also learn from this trained transformer model's per-word probabilities "
            "(scored once, cached in OUT/teacher/), on the training articles and on --unlabelled ones.",
            rich_help_panel=DISTILL_PANEL,
        ),
    ] = None,
    unlabelled: Annotated[
        list[str] | None,
        typer.Option(
            metavar="PATH",
            help="With --distill-from: unlabelled articles the student learns from the teacher alone; "
            "files, folders (recursive) or globs, read as `ingest` reads them. Repeatable.",
            rich_help_panel=DISTILL_PANEL,
            show_default=False,
        ),
    ] = None,
    temperature: Annotated[
        float,
        typer.Option(
            min=0.1,
            help="With --distill-from: softens the teacher's distribution.",
            rich_help_panel=DISTILL_PANEL,
        ),
    ] = 2.0,  # as TrainSettings (not imported here: it needs spaCy, which --help does not)
    alpha: Annotated[
        float,
        typer.Option(
            min=0.0,
            max=1.0,
            help="With --distill-from: the teacher's weight; the gold tags weigh 1 - alpha.",
            rich_help_panel=DISTILL_PANEL,
        ),
    ] = 0.5,
    student_layers: Annotated[
        int | None,
        typer.Option(
            min=1,
            metavar="N",
            help="Keep N of the encoder's layers, spread evenly (minilm has 6, mpnet 12): a smaller, "
            "faster model.",
            rich_help_panel=DISTILL_PANEL,
        ),
    ] = None,
    init_from: Annotated[
        Path | None,
        typer.Option(
            metavar="MODEL_DIR",
            help="Start from this trained transformer model's weights instead of the pretrained "
            "encoder's: more epochs for a finished run, or a PolNeAR model fine-tuned on your own "
            "annotations. Give the --encoder it was trained with; --student-layers N keeps N of its layers.",
            rich_help_panel=ARCHITECTURE_PANEL,
        ),
    ] = None,
    all_annotators: Annotated[
        bool,
        typer.Option(
            "--all-annotators",
            help="Every annotator's reading of an article several annotated is a training article "
            "(dev keeps the first annotator's).",
            rich_help_panel=DISTILL_PANEL,
        ),
    ] = False,
    model: ModelOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")] = False,
) -> None:
    """Train an attribution model (source, cue, content spans) from brat annotations, on the CPU.

    After each epoch the model is scored on the dev articles as `quotegraph evaluate` scores (mean
    exact-span F1 of source, cue and content); the best epoch is kept in OUT with meta.json and
    metrics.json. Use it with `quotegraph analyze --attribution-model OUT`. See docs/training.md.

    A transformer run also keeps a checkpoint of its last epoch in OUT/checkpoint until it ends, so
    an interrupted run goes on with --resume.

    [b]Examples[/b]

      quotegraph train --data polnear/train --dev polnear/dev --out MODEL_DIR
      quotegraph train --data polnear/train --dev polnear/dev --out MODEL_DIR \\
          --encoder mpnet --max-epochs 2 --precision bf16
      quotegraph train ... --resume
      quotegraph train --data mine/ --dev mine-dev/ --out MINE --init-from MODEL_DIR
      quotegraph train --data polnear/train --dev polnear/dev --out STUDENT_DIR \\
          --distill-from MPNET_DIR --unlabelled bbc-news/

    On PolNeAR's 840 training articles and 2 CPU cores, an epoch takes 17-26 min with minilm
    (3 epochs by default) and about 90 min with mpnet, half that with --precision bf16 on a CPU with
    BF16; --architecture cnn takes about 20 min in all.
    """
    from quotegraph.analyze.parsing import load_model
    from quotegraph.analyze.runtime.attribution_model import CHECKPOINT
    from quotegraph.cli.render.train import TrainDisplay
    from quotegraph.train.config import TrainSettings
    from quotegraph.train.job import TrainJob
    from quotegraph.train.loop import train as run_training

    if architecture is Architecture.cnn and encoder is not DEFAULT_ENCODER:
        raise TrainingError("--encoder is for the transformer architecture; the cnn has none")
    if architecture is Architecture.cnn and precision is not Precision.fp32:
        raise TrainingError("--precision is for the transformer architecture; the cnn trains in fp32")
    distillation = _distillation(distill_from, unlabelled or [])
    options = {"temperature": temperature, "alpha": alpha} if distillation else {}
    settings = TrainSettings.for_architecture(
        architecture.value,
        max_epochs=max_epochs,
        encoder=encoder.value,
        patience=patience,
        seed=seed,
        precision=precision.value,
        student_layers=student_layers or 0,
        all_annotators=all_annotators,
        **options,
    )
    if architecture is Architecture.transformer and not resume and (out / CHECKPOINT).is_dir():
        err.print(
            f"note: {escape(str(out))} holds the checkpoint of an unfinished run; this run starts afresh "
            "and replaces it (--resume goes on with it instead)"
        )
    job = TrainJob(
        data,
        out,
        dev,
        settings,
        progress=None if quiet else TrainDisplay(err),
        resume=resume,
        distillation=distillation,
        init_from=init_from,
    )
    result = run_training(load_model(model), job)
    err.print(f"{escape(str(out))}: {result.summary()}")


def _distillation(teacher: Path | None, unlabelled: list[str]) -> Distillation | None:
    """What --distill-from and --unlabelled ask for (train/loop.py refuses it for the cnn)."""
    if teacher is None:
        if unlabelled:
            raise TrainingError("--unlabelled needs --distill-from: the teacher labels those articles")
        return None
    from quotegraph.analyze.runtime.attribution_model import learn_extra_missing

    try:
        from quotegraph.train.distill import Distillation  # torch: only a transformer run needs it
    except ImportError as exc:
        raise learn_extra_missing(exc) from exc
    return Distillation(teacher, unlabelled)
