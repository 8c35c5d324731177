"""The `quotegraph` command: a thin shell over the library, one library call per command."""

from __future__ import annotations

import inspect
import sys
from collections.abc import Callable
from enum import StrEnum
from functools import partial
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape

from quotegraph import formats
from quotegraph.errors import InputError, QuotegraphError, TrainingError
from quotegraph.records import ATTRIBUTION_TYPES, Analysis, Article, AttributionType, LearnedAttribution
from quotegraph.store import DEFAULT_DB, Store, open_store

if TYPE_CHECKING:
    from quotegraph.train.distill import Distillation

app = typer.Typer(
    help="Who said what in news articles: quotes with their speakers, checked against the text.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)
out = Console()
err = Console(stderr=True)


def _reflow(doc: str) -> str:
    """Prose paragraphs on one line each, for rich to wrap to the terminal; indented examples kept.

    Typer keeps a docstring's line breaks, so text wrapped for the source breaks mid-line in a
    narrower terminal.
    """
    paragraphs = doc.split("\n\n")
    return "\n\n".join(
        p if any(line.startswith(" ") for line in p.splitlines()) else " ".join(p.splitlines())
        for p in paragraphs
    )


def command(function: Callable[..., None]) -> Callable[..., None]:
    """Register a command of the CLI, its docstring as its help."""
    return app.command(help=_reflow(inspect.getdoc(function) or ""))(function)


TypeOption = Annotated[
    str | None,
    typer.Option(
        "--type",
        metavar="TYPES",
        help="List these types of attribution, comma-separated: speech, thought, document (default: speech).",
    ),
]
AllTypesOption = Annotated[bool, typer.Option("--all-types", help="List every type of attribution.")]


ModelOption = Annotated[
    str | None,
    typer.Option("--model", help="spaCy pipeline to use: an installed package name or a path."),
]
# The two learned-attribution options get a panel of their own: rich sizes each panel's columns
# apart, so their long names no longer squeeze every other option's help into a narrow column.
LEARNED_PANEL = "Learned attribution"
AttributionModelOption = Annotated[
    Path | None,
    typer.Option(
        "--attribution-model",
        help="A model directory written by `quotegraph train`: learned attribution joins the rules "
        "(default: QUOTEGRAPH_ATTRIBUTION_MODEL in the environment, else the database's `quotegraph config` "
        "setting, else the model shipped with quotegraph).",
        rich_help_panel=LEARNED_PANEL,
    ),
]


class Scope(StrEnum):
    quotes = "quotes"
    all = "all"
    model = "model"


AttributionScopeOption = Annotated[
    Scope | None,
    typer.Option(
        "--attribution-scope",
        help="With --attribution-model: beside the rules' direct quotes, keep the model's attributions "
        "whose cue reports speech, belief or intention (quotes), or every one it finds, as in its "
        "training data (all; e.g. PolNeAR's 'concerns about'); or the model's alone, direct quotes "
        "included, drawn as its training data draws them (model; to score against that data). "
        "Default: QUOTEGRAPH_ATTRIBUTION_SCOPE in the environment, else the database's setting, else quotes.",
        rich_help_panel=LEARNED_PANEL,
        show_default=False,
    ),
]
RulesOnlyOption = Annotated[
    bool,
    typer.Option(
        "--rules-only",
        help="The rules alone: no attribution model, neither the shipped one nor one from the environment "
        "or the database's setting.",
        rich_help_panel=LEARNED_PANEL,
    ),
]


def _learned(
    path: Path | None,
    scope: Scope | None,
    rules_only: bool,
    stored: Callable[[], LearnedAttribution | None] | None = None,
) -> LearnedAttribution | None:
    """The attribution model the options, the environment or the database's setting choose
    (quotegraph/defaults.py); a note says so when no option named it."""
    from quotegraph.defaults import choose

    if rules_only and path is not None:
        raise typer.BadParameter("--rules-only and --attribution-model exclude each other")
    choice = choose(path, scope.value if scope else None, stored, rules_only)
    if note := choice.note():
        err.print(f"[yellow]note:[/yellow] {escape(note)}", soft_wrap=True)
    return choice.model


def _fail(error: QuotegraphError) -> typer.Exit:
    err.print(f"[red]error:[/red] {escape(str(error))}", soft_wrap=True)
    return typer.Exit(error.exit_code)


def _read_inputs(paths: list[str], date: str | None, sample: bool) -> list[Callable[[], Article]]:
    """One reader per input, called in turn, so that an input that cannot be read fails alone; an
    http(s) URL is fetched as `serve --allow-fetch` fetches it (public addresses only)."""
    from quotegraph.read import read_bytes, read_path
    from quotegraph.read.urls import is_url, read_url

    if sample:
        data = resources.files("quotegraph.data").joinpath("sample.txt").read_bytes()
        return [lambda: read_bytes(data, source="sample.txt", date=date or "2025-03-04")]
    if not paths or paths == ["-"]:
        if sys.stdin.isatty():
            raise typer.BadParameter("give a FILE, '-' for standard input, or --sample")
        return [lambda: read_bytes(sys.stdin.buffer.read(), source="<stdin>", date=date)]
    return [partial(read_url if is_url(path) else read_path, path, date=date) for path in paths]


@command
def analyze(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Article files (.txt or .html) or http(s) URLs; '-' or nothing reads standard input.",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        str, typer.Option("--format", "-f", help="text (readable), json, jsonl (one line per article), csv.")
    ] = "text",
    date: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD, for articles that do not say.")
    ] = None,
    model: ModelOption = None,
    sample: Annotated[
        bool, typer.Option(help="Analyze the small sample article shipped with quotegraph.")
    ] = False,
    attribution_model: AttributionModelOption = None,
    attribution_scope: AttributionScopeOption = None,
    rules_only: RulesOnlyOption = False,
    only: Annotated[
        str | None,
        typer.Option(
            metavar="STAGES",
            help="Run only these stages, comma-separated (and the ones they need): entities, quotes, "
            "places, quantities, dates, warnings, events. spaCy components none of them reads are "
            "switched off.",
        ),
    ] = None,
    attribution_type: TypeOption = None,
    all_types: AllTypesOption = False,
) -> None:
    """Find every quote in an article, with its speaker, role and cue.

    The readable view and the CSV list speech (said, told, wrote, a statement); --type thought or
    --type document, or --all-types, for beliefs and what studies, polls and photos show. JSON keeps all.

    [b]Examples[/b]

      quotegraph analyze article.txt --date 2024-11-18
      quotegraph analyze page.html --format json > analysis.json
      cat article.txt | quotegraph analyze - --format csv
      quotegraph analyze article.txt --attribution-model MODEL_DIR
      quotegraph analyze article.txt --only places,dates --format json
      quotegraph analyze article.txt --all-types
    """
    from quotegraph.analyze.model import load_models
    from quotegraph.analyze.pipeline import analyze as run_pipeline

    if output_format not in formats.FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(formats.FORMATS)}")
    readers = _read_inputs(paths or [], date, sample)
    articles: list[Article] = []
    exit_code = 0
    for reader in readers:  # every input is read before the model loads: a bad path fails fast
        try:
            articles.append(reader())
        except QuotegraphError as error:
            exit_code = exit_code or error.exit_code
            if len(readers) == 1:
                raise _fail(error) from None
            _fail(error)
    if articles:
        try:
            nlp, learned = load_models(model, _learned(attribution_model, attribution_scope, rules_only))
        except QuotegraphError as error:
            raise _fail(error) from None
        stages = [name.strip() for name in only.split(",") if name.strip()] if only else None
        pipeline = partial(run_pipeline, nlp=nlp, only=stages, attribution_model=learned)
        printer = _Printer(output_format, many=len(readers) > 1, types=_types(attribution_type, all_types))
        for article in articles:
            failed = _analyze_one(article, pipeline, printer)  # called first: never short-circuited
            exit_code = exit_code or failed
    if exit_code:
        raise typer.Exit(exit_code)


# A long report is 2,000 words; past this one article takes a minute or more to analyze.
_LONG_ARTICLE_WORDS = 20_000


def _analyze_one(article: Article, pipeline: Callable[[Article], Analysis], printer: _Printer) -> int:
    """Analyze and print one article; a failure is reported on stderr and the next article goes on.

    Returns the exit code the failure asks for (0 when none). An unexpected exception is a bug, but
    in a batch of articles it must not lose the others' output: it is reported in one line too.
    """
    name = article.meta.source or article.meta.headline or "article"
    if (words := len(article.text.split())) > _LONG_ARTICLE_WORDS:  # minutes of silence otherwise
        err.print(
            f"[dim]analyzing {escape(name)}: {words:,} words, this takes a while…[/dim]", soft_wrap=True
        )
    try:
        printer.write(pipeline(article))
    except QuotegraphError as error:
        err.print(f"[red]error:[/red] {escape(name)}: {escape(str(error))}", soft_wrap=True)
        return error.exit_code
    except Exception as error:  # caught at the edge: one line per article, the others go on
        message = f"{name}: internal error ({error.__class__.__name__}: {error}); please report it"
        err.print(f"[red]error:[/red] {escape(message)}", soft_wrap=True)
        return 1
    return 0


class _Printer:
    """Writes each analysis as soon as it is done, so a later failure keeps the earlier output.

    json is indented for one input and one line per article (as jsonl) for several; csv has one
    header for all.
    """

    def __init__(self, output_format: str, many: bool, types: tuple[AttributionType, ...]) -> None:
        self.format = "jsonl" if output_format == "json" and many else output_format
        self.types = types
        self.header = True

    def write(self, analysis: Analysis) -> None:
        if self.format == "json":
            payload = formats.to_json(analysis) + "\n"
        elif self.format == "jsonl":
            payload = formats.to_jsonl([analysis])
        elif self.format == "csv":
            payload, self.header = formats.to_csv([analysis], self.types, header=self.header), False
        else:
            view = formats.readable(analysis, self.types)  # built whole before anything is printed
            for note in analysis.notes:
                err.print(f"[yellow]note:[/yellow] {escape(note)}", soft_wrap=True)
            out.print(view)
            return
        sys.stdout.write(payload)
        sys.stdout.flush()


def _types(attribution_type: str | None, all_types: bool) -> tuple[AttributionType, ...]:
    """The attribution types to list: --all-types, those given with --type, else speech."""
    if all_types:
        return ATTRIBUTION_TYPES
    if not attribution_type:
        return ("speech",)
    wanted = [t.strip() for t in attribution_type.split(",") if t.strip()]
    unknown = [t for t in wanted if t not in ATTRIBUTION_TYPES]
    if unknown or not wanted:
        raise typer.BadParameter(f"--type takes {', '.join(ATTRIBUTION_TYPES)}; not {', '.join(unknown)}")
    return tuple(t for t in ATTRIBUTION_TYPES if t in wanted)


@command
def evaluate(
    gold: Annotated[
        Path,
        typer.Argument(
            help="A PolNeAR split folder (text/ and attributions/), a brat folder (.txt and .ann side by "
            "side), or a *.gold.json file."
        ),
    ],
    text: Annotated[
        Path | None, typer.Option(help="For a gold JSON file: the article it annotates (default: beside it).")
    ] = None,
    limit: Annotated[int | None, typer.Option(help="Score only the first N documents.")] = None,
    articles: Annotated[
        Path, typer.Option(help="For an events gold file: the folder its article paths start from.")
    ] = Path("../shared"),
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    model: ModelOption = None,
    attribution_model: AttributionModelOption = None,
    attribution_scope: AttributionScopeOption = None,
    rules_only: RulesOnlyOption = False,
) -> None:
    """Score quotegraph's attributions against gold annotations (precision, recall, F1).

    A PolNeAR split is scored per source, cue, content and whole attribution, exactly and by overlap,
    then per fragment of each part (the span-level measure published PolNeAR taggers report). An events
    gold file ("kind": "events") scores the events stage: who did what to whom. See
    docs/evaluation.md for the metric definitions.

    [b]Examples[/b]

      quotegraph evaluate ../shared/eval/polnear/dev
      quotegraph evaluate ../shared/examples/atacms-kursk.gold.json --json
      quotegraph evaluate tests/fixtures/events-gold.json --articles ../shared
    """
    from quotegraph.evaluate import report as reports
    from quotegraph.evaluate import run
    from quotegraph.evaluate.events import evaluate_events, is_events_gold

    try:
        analyze_text = _text_analyzer(model, _learned(attribution_model, attribution_scope, rules_only))
        if gold.suffix == ".json" and is_events_gold(gold):
            result = evaluate_events(gold, articles, analyze_text)
        elif gold.suffix == ".json":
            result = run.evaluate_gold_json(gold, text or _article_beside(gold), analyze_text)
        else:
            result = run.evaluate_polnear(gold, analyze_text, limit=limit, progress=not as_json)
    except QuotegraphError as error:
        raise _fail(error) from None
    if as_json:
        import json

        sys.stdout.write(json.dumps(result.to_dict(), indent=2) + "\n")
    else:
        for table in reports.render(result):
            out.print(table)


def _article_beside(gold: Path) -> Path:
    return gold.with_name(gold.name.removesuffix(".gold.json") + ".txt")


def _text_analyzer(model: str | None, learned_choice: LearnedAttribution | None = None):
    from quotegraph.analyze.model import load_models
    from quotegraph.analyze.pipeline import analyze as run_pipeline
    from quotegraph.read import parse_text

    nlp, learned = load_models(model, learned_choice)

    def analyze_text(text: str, date: str | None = None) -> Analysis:
        return run_pipeline(parse_text(text, date=date), nlp, attribution_model=learned)

    return analyze_text


class Architecture(StrEnum):
    transformer = "transformer"
    cnn = "cnn"


class Encoder(StrEnum):
    minilm = "minilm"
    mpnet = "mpnet"


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
    ] = Encoder.minilm,
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
    from quotegraph.analyze.model import load_model
    from quotegraph.analyze.runtime.model import CHECKPOINT
    from quotegraph.train.config import TrainSettings
    from quotegraph.train.loop import train as run_training

    if architecture is Architecture.cnn and encoder is not Encoder.minilm:
        raise _fail(TrainingError("--encoder is for the transformer architecture; the cnn has none"))
    if architecture is Architecture.cnn and precision is not Precision.fp32:
        raise _fail(TrainingError("--precision is for the transformer architecture; the cnn trains in fp32"))
    distillation = _distillation(architecture, distill_from, unlabelled or [], student_layers)
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
    try:
        result = run_training(
            load_model(model),
            data,
            out,
            dev,
            settings,
            console=None if quiet else err,
            resume=resume,
            distillation=distillation,
            init_from=init_from,
        )
    except QuotegraphError as error:
        raise _fail(error) from None
    err.print(f"{escape(str(out))}: {result.summary()}")


def _distillation(
    architecture: Architecture, teacher: Path | None, unlabelled: list[str], student_layers: int | None
) -> Distillation | None:
    """What --distill-from and --unlabelled ask for; a one-line error for what cannot be."""
    if architecture is Architecture.cnn and (teacher is not None or student_layers):
        raise _fail(TrainingError("--distill-from and --student-layers are for the transformer architecture"))
    if teacher is None:
        if unlabelled:
            raise _fail(TrainingError("--unlabelled needs --distill-from: the teacher labels those articles"))
        return None
    from quotegraph.train.distill import Distillation  # torch: only a transformer run needs it

    return Distillation(teacher, unlabelled)


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
    try:
        meta = export_onnx(model_dir, out, quantize.value)
    except QuotegraphError as error:
        raise _fail(error) from None
    quantization = meta["onnx"]["quantization"]
    err.print(f"{escape(str(out))}: ONNX model ({quantization}) exported from {escape(str(model_dir))}")


DbOption = Annotated[
    str,
    typer.Option(
        "--db", envvar="QUOTEGRAPH_DB", help="The store: a SQLite file, or a postgresql://user@host/db URL."
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")]


def _print_json(value: object) -> None:
    import json

    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def _query_store(db: str) -> Store:
    """The store to query: it must exist already (a query never creates an empty one)."""
    return open_store(db, create=False)


@command
def ingest(
    sources: Annotated[
        list[str],
        typer.Argument(
            help="Files, folders (recursive), globs, '-' for standard input: .txt, .html, JSON/JSONL of "
            "articles, RSS/Atom feeds, WARC (gzipped too).",
            show_default=False,
        ),
    ],
    db: DbOption = DEFAULT_DB,
    workers: Annotated[
        int | None,
        typer.Option(
            min=0, metavar="N", help="Analysis processes (default: one per core; 0 analyzes in this process)."
        ),
    ] = None,
    reanalyze: Annotated[
        bool,
        typer.Option(
            help="Analyze again the articles stored by an older quotegraph analysis, or analyzed by another "
            "attribution model than this run's (the rules alone included)."
        ),
    ] = False,
    fetch: Annotated[
        bool, typer.Option(help="For feed entries, download the linked page instead of the entry's text.")
    ] = False,
    model: ModelOption = None,
    attribution_model: AttributionModelOption = None,
    attribution_scope: AttributionScopeOption = None,
    rules_only: RulesOnlyOption = False,
    dask: Annotated[
        str | None,
        typer.Option(
            metavar="SCHEDULER",
            help="Analyze on a Dask cluster instead of --workers: a scheduler address "
            "(tcp://host:8786), or local / local:N for N worker processes on this machine.",
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            metavar="YYYY-MM-DD",
            help="Publication date of the articles that give none (their relative dates resolve); "
            "those stored undated already are analyzed again with it.",
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the closing summary as JSON.")] = False,
) -> None:
    """Analyze a corpus into the store, in parallel; again the same command adds nothing.

    Each article is stored whole or not at all, so a run that was stopped (even killed) resumes
    where it stopped when run again. Sources that cannot be read or analyzed are recorded and skipped.

    Without --attribution-model, the model of $QUOTEGRAPH_ATTRIBUTION_MODEL or else the database's
    own (`quotegraph config set attribution-model DIR`) analyzes, and a note says so; --rules-only
    ignores both.

    [b]Examples[/b]

      quotegraph ingest corpus/ --db news.db
      quotegraph ingest 'feeds/*.xml' archive.warc.gz --workers 4
      quotegraph ingest articles.jsonl --db postgresql://localhost/news
      quotegraph ingest corpus/ --db postgresql://dbhost/news --dask tcp://scheduler:8786
      quotegraph ingest corpus/ --attribution-model MODEL_DIR
    """
    from quotegraph.scale.ingest import ingest as run_ingest
    from quotegraph.scale.progress import IngestProgress, summary_view
    from quotegraph.store.settings import stored_attribution

    options: dict = {"reanalyze": reanalyze, "fetch": fetch, "model": model}
    if date is not None:
        options["date"] = date
    if dask is None:
        options["workers"] = workers
    else:
        from quotegraph.scale.dask import ingest_on_dask

        run_ingest = partial(ingest_on_dask, scheduler=dask)
    try:
        with open_store(db) as store:
            stored = partial(stored_attribution, store)
            options["attribution_model"] = _learned(attribution_model, attribution_scope, rules_only, stored)
            if quiet:
                summary = run_ingest(sources, store, **options)
            else:
                with IngestProgress(err) as progress:
                    summary = run_ingest(sources, store, progress=progress, **options)
    except QuotegraphError as error:
        raise _fail(error) from None
    except KeyboardInterrupt:
        err.print("[yellow]interrupted:[/yellow] every article stored is complete; the same command resumes")
        raise typer.Exit(130) from None
    if as_json:
        _print_json(summary.to_dict())
    else:
        err.print(summary_view(summary, db))
    if summary.failed == summary.seen:
        # Nothing could be read at all (a missing path, say): a failure, not a run with a few bad items.
        why = "the sources hold no articles" if summary.seen == 0 else "no source could be read"
        err.print(f"[red]error:[/red] nothing ingested: {why}")
        raise typer.Exit(InputError.exit_code)


@command
def quotes(
    speaker: Annotated[
        str | None,
        typer.Option(
            help="Whole words of the speaker's name, any case: 'park' finds Helen Park, not Parkinson."
        ),
    ] = None,
    exact: Annotated[
        bool,
        typer.Option("--exact", help="--speaker is the speaker's whole name (any case), not words of it."),
    ] = False,
    person: Annotated[
        int | None,
        typer.Option(
            "--person",
            min=1,
            metavar="ID",
            help="The quotes of one merged person (an id of `speakers --json`).",
        ),
    ] = None,
    search: Annotated[
        str | None,
        typer.Option(
            help='Full-text search in the quotes: words (stemmed), "a phrase", prefix*, a OR b, -excluded.'
        ),
    ] = None,
    since: Annotated[str | None, typer.Option(help="Articles dated on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Articles dated on or before YYYY-MM-DD.")] = None,
    anonymous: Annotated[
        bool | None, typer.Option("--anonymous/--named", help="Only anonymous sources, or only named ones.")
    ] = None,
    limit: Annotated[int, typer.Option(min=0, help="At most N quotes, newest first (0: all).")] = 50,
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
    attribution_type: TypeOption = None,
    all_types: AllTypesOption = False,
) -> None:
    """Who said what: quotes from the store, with speaker, role and article (speech unless --type).

    [b]Examples[/b]

      quotegraph quotes --speaker peskov --since 2024-11-01
      quotegraph quotes --speaker 'Dmitry Peskov' --exact
      quotegraph quotes --person 12 --json
      quotegraph quotes --search '"long-range missiles" OR atacms' --json
      quotegraph quotes --anonymous --limit 20
    """
    from quotegraph.store import QuoteFilter
    from quotegraph.store.views import quotes_table

    types = None if all_types else _types(attribution_type, False)
    wanted = QuoteFilter(speaker, search, since, until, anonymous, limit or None, exact, person, types=types)
    try:
        with _query_store(db) as store:
            rows = store.quotes(wanted)
            left_out, left_out_quotes = store.undated_left_out(wanted)
    except QuotegraphError as error:
        raise _fail(error) from None
    if left_out:
        err.print(
            f"note: {left_out_quotes} quotes of {left_out} undated articles left out: --since/--until keep "
            "dated articles only (to date them: quotegraph ingest SOURCES --date YYYY-MM-DD)",
            soft_wrap=True,
        )
    if as_json:
        _print_json(rows)
    else:
        out.print(quotes_table(rows))


@command
def events(
    action_class: Annotated[
        str | None, typer.Option("--class", help="One class of action (see docs/events.md).")
    ] = None,
    name: Annotated[str | None, typer.Option(help="Part of the actor's or target's name, any case.")] = None,
    since: Annotated[str | None, typer.Option(help="Articles dated on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Articles dated on or before YYYY-MM-DD.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="At most N events, newest article first.")] = 50,
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """Who did what to whom: events from the store, with place, date and article.

    [b]Examples[/b]

      quotegraph events --class authorize --since 2024-11-01
      quotegraph events --name council --json
    """
    from quotegraph.store.lookups import events_page
    from quotegraph.store.views import events_table

    try:
        with _query_store(db) as store:
            rows = events_page(store, limit, action_class=action_class, name=name, since=since, until=until)
    except QuotegraphError as error:
        raise _fail(error) from None
    if as_json:
        _print_json(rows)
    else:
        out.print(events_table(rows))


@command
def speakers(
    top: Annotated[int, typer.Option(min=0, help="The N most quoted speakers (0: all).")] = 20,
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
    merge: Annotated[
        bool,
        typer.Option(
            "--merge", help="Merge every speaker into persons again first (ingest keeps it current)."
        ),
    ] = False,
    by_name: Annotated[
        bool, typer.Option("--by-name", help="One row per distinct name, not merged into persons.")
    ] = False,
) -> None:
    """The most quoted speakers across articles: quotes, articles, roles over time, other names.

    Speakers are merged into persons across articles ("Peskov", "Mr Peskov" and "Dmitry Peskov" are
    one), each merged name with its confidence; groups and anonymous sources count per article.
    """
    from quotegraph.store.views import speakers_table

    try:
        with _query_store(db) as store:
            # A store from before persons has speakers no person links yet: merge them rather than list none.
            summary = store.merge_persons() if merge or store.unmerged_speakers() else None
            rows = store.speakers(top or None) if by_name else store.persons(top or None)
            share = store.anonymous_share()
    except QuotegraphError as error:
        raise _fail(error) from None
    if summary and not as_json:
        err.print(
            f"merged {summary.names} names of people into {summary.persons} persons "
            f"({summary.merged} appearances under another name) in {summary.seconds:.1f} s"
        )
    if as_json:
        _print_json(
            {"speakers": rows, "anonymous_share": share} | ({"merge": summary.to_dict()} if summary else {})
        )
    else:
        out.print(speakers_table(rows, share))


@command
def articles(
    search: Annotated[
        str | None, typer.Option(help="Full-text search in headline and text (syntax of quotes --search).")
    ] = None,
    limit: Annotated[int, typer.Option(min=0, help="At most N articles, newest first (0: all).")] = 50,
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """Articles in the store, with how many quotes and speakers each has."""
    from quotegraph.store.views import articles_table

    try:
        with _query_store(db) as store:
            rows = store.articles(search, limit or None)
    except QuotegraphError as error:
        raise _fail(error) from None
    if as_json:
        _print_json(rows)
    else:
        out.print(articles_table(rows))


@command
def stats(db: DbOption = DEFAULT_DB, as_json: JsonOption = False) -> None:
    """Corpus figures: quotes per article, anonymous-source share, top speakers and places."""
    from quotegraph.store.views import stats_view

    try:
        with _query_store(db) as store:
            figures = store.stats()
    except QuotegraphError as error:
        raise _fail(error) from None
    if as_json:
        _print_json(figures)
    else:
        out.print(stats_view(figures))


@command
def export(
    output_format: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv or parquet.")] = "jsonl",
    table: Annotated[
        str, typer.Option(help="quotes, speakers, persons (speakers merged), articles, failures or events.")
    ] = "quotes",
    out_path: Annotated[
        Path | None, typer.Option("--out", "-o", help="File to write (default: standard output).")
    ] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Write a whole table of the store as JSONL, CSV or Parquet (lists as JSON).

    [b]Examples[/b]

      quotegraph export --format parquet --out quotes.parquet
      quotegraph export --table speakers --format csv > speakers.csv
      quotegraph export --table persons --format parquet --out persons.parquet
    """
    try:
        with _query_store(db) as store:
            if table == "persons" and store.unmerged_speakers():
                store.merge_persons()  # as `speakers` does: a store from before persons has none yet
            count = store.export(table, output_format, out_path or sys.stdout)
    except QuotegraphError as error:
        raise _fail(error) from None
    if out_path is not None:
        err.print(f"{count} rows written to {escape(str(out_path))}")


config_app = typer.Typer(
    help="The database's settings: what every command using it does alike (see `config set --help`).",
    no_args_is_help=True,
    rich_markup_mode="rich",
)
app.add_typer(config_app, name="config")


def config_command(name: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Register a `quotegraph config` subcommand, its docstring as its help."""
    return lambda function: config_app.command(name, help=_reflow(inspect.getdoc(function) or ""))(function)


class Setting(StrEnum):
    attribution_model = "attribution-model"
    attribution_scope = "attribution-scope"


SettingArgument = Annotated[
    Setting, typer.Argument(metavar="KEY", help="attribution-model or attribution-scope.", show_default=False)
]


@config_command("set")
def config_set(
    key: SettingArgument,
    value: Annotated[
        str, typer.Argument(metavar="VALUE", help="A model directory, or a scope (quotes, all, model).")
    ],
    scope: Annotated[
        Scope | None,
        typer.Option(
            help="With attribution-model: its --attribution-scope (default quotes).", show_default=False
        ),
    ] = None,
    model: ModelOption = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Set a setting of the database (created when missing).

    attribution-model DIR: the model `ingest --db DB` and `serve --db DB` analyze with when no
    --attribution-model is given, so every article of the corpus is analyzed alike. The directory
    must load as a `quotegraph train` model (with --model, the spaCy pipeline it is used with) and is
    kept as an absolute path. attribution-scope SCOPE: that model's scope.

    [b]Examples[/b]

      quotegraph config set attribution-model MODEL_DIR --db news.db
      quotegraph config set attribution-model MODEL_DIR --scope model --db news.db
      quotegraph config set attribution-scope all --db news.db
    """
    from quotegraph.store import settings

    if scope is not None and key is not Setting.attribution_model:
        raise typer.BadParameter("--scope goes with attribution-model")
    try:
        with open_store(db) as store:
            if key is Setting.attribution_model:
                chosen = LearnedAttribution(Path(value), (scope or Scope.quotes).value)
                settings.set_attribution_model(store, chosen, model)
            else:
                settings.set_attribution_scope(store, _scope_argument(value).value)
            now, where = settings.settings(store), store.target  # never a URL's password
    except QuotegraphError as error:
        raise _fail(error) from None
    err.print(f"{escape(where)}: " + ", ".join(f"{k} = {escape(v)}" for k, v in now.items()), soft_wrap=True)


def _scope_argument(value: str) -> Scope:
    try:
        return Scope(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a scope: one of {', '.join(Scope)}") from None


@config_command("get")
def config_get(key: SettingArgument, db: DbOption = DEFAULT_DB) -> None:
    """Print a setting of the database; exit code 1 when it is not set."""
    from quotegraph.store import settings

    try:
        with _query_store(db) as store:
            found, where = settings.value(store, key.value), store.target
    except QuotegraphError as error:
        raise _fail(error) from None
    if found is None:
        err.print(f"{key.value} is not set in {escape(where)}", soft_wrap=True)
        raise typer.Exit(1)
    sys.stdout.write(found + "\n")


@config_command("unset")
def config_unset(key: SettingArgument, db: DbOption = DEFAULT_DB) -> None:
    """Remove a setting of the database (attribution-model takes its scope with it): `ingest` and `serve`
    then analyze with the rules alone unless told otherwise."""
    from quotegraph.store import settings

    try:
        with _query_store(db) as store:
            was_set, where = settings.unset(store, key.value), store.target
    except QuotegraphError as error:
        raise _fail(error) from None
    err.print(f"{key.value} {'unset' if was_set else 'was not set'} in {escape(where)}", soft_wrap=True)


@config_command("show")
def config_show(db: DbOption = DEFAULT_DB, as_json: JsonOption = False) -> None:
    """Print every setting of the database, one `key = value` a line."""
    from quotegraph.store import settings

    try:
        with _query_store(db) as store:
            found, where = settings.settings(store), store.target
    except QuotegraphError as error:
        raise _fail(error) from None
    if as_json:
        _print_json(found)
        return
    if not found:
        err.print(f"no settings in {escape(where)}", soft_wrap=True)
    for key, text in found.items():
        sys.stdout.write(f"{key} = {text}\n")


@command
def serve(
    host: Annotated[
        str, typer.Option(help="Address to listen on (127.0.0.1: reachable from this machine only).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8000,
    db: DbOption = DEFAULT_DB,
    allow_fetch: Annotated[
        bool,
        typer.Option(
            "--allow-fetch", help="Let POST /api/analyze download a page by URL (public addresses only)."
        ),
    ] = False,
    model: ModelOption = None,
    attribution_model: AttributionModelOption = None,
    attribution_scope: AttributionScopeOption = None,
    rules_only: RulesOnlyOption = False,
    workers: Annotated[
        int | None,
        typer.Option(
            min=0,
            metavar="N",
            help="Analysis processes, each loading the models (default: one per core, at most 4; "
            "0 analyzes in the server's process).",
        ),
    ] = None,
    queue: Annotated[
        int,
        typer.Option(min=0, metavar="N", help="Articles that may wait for a busy worker; more get HTTP 429."),
    ] = 16,
    timeout: Annotated[
        float,
        typer.Option(
            min=1,
            metavar="SECONDS",
            help="Time limit of one analysis: its worker is stopped, the client gets 503.",
        ),
    ] = 60.0,
    allowed_host: Annotated[
        list[str] | None,
        typer.Option(
            metavar="NAME",
            help="Also answer requests for this host name (Host header), besides loopback's and --host; "
            "'*' for any. Repeatable.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Serve the web page and the HTTP API: analyze articles, search the store.

    The page is at http://HOST:PORT/, the API docs at /docs. See docs/serve.md. Without
    --attribution-model, the model of $QUOTEGRAPH_ATTRIBUTION_MODEL or else the database's own
    (`quotegraph config set attribution-model DIR`) analyzes; --rules-only ignores both. Requests for
    another host name are refused (DNS rebinding), as are uploads from another site's page.

    [b]Examples[/b]

      quotegraph serve --db news.db
      quotegraph serve --port 8080 --allow-fetch
      quotegraph serve --attribution-model MODEL_DIR
      quotegraph serve --host 0.0.0.0 --allowed-host news.example.org --workers 8
    """
    import uvicorn

    from quotegraph.serve import create_app
    from quotegraph.serve.guards import allowed_hosts
    from quotegraph.serve.protocol import uvicorn_options
    from quotegraph.serve.workers import default_workers
    from quotegraph.store.settings import stored_attribution_at

    try:
        learned = _learned(
            attribution_model, attribution_scope, rules_only, partial(stored_attribution_at, db)
        )
        application = create_app(
            db,
            allow_fetch=allow_fetch,
            model=model,
            attribution_model=learned,
            workers=default_workers() if workers is None else workers,
            queue=queue,
            timeout=timeout,
            hosts=allowed_hosts(host, allowed_host or ()),
        )
    except QuotegraphError as error:
        raise _fail(error) from None
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"[yellow]note:[/yellow] no login: anyone who can reach {escape(host)} can use the API")
    err.print(f"quotegraph: http://{escape(host)}:{port}/ (API docs at /docs); Ctrl-C stops")
    uvicorn.run(application, host=host, port=port, log_level="warning", **uvicorn_options(application))
