"""The `quotegraph` Typer app: its consoles, and the one error wrapper every command runs under.

The rule: a command module registers its commands with `command` (or `config_command`, for the
`quotegraph config` group); a project error (errors.py) that leaves a command ends it here, as one
line on stderr and that error's exit code. No command catches one to print it.

A command's module is imported only when that command runs or shows its own help (COMMANDS names
it), so that `quotegraph --help` and a query start without the analysis, formats and web modules.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable, Iterator, Mapping
from functools import wraps
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from typer.core import TyperCommand, TyperGroup

from quotegraph.errors import QuotegraphError

if TYPE_CHECKING:  # Typer's own copy of click (typer 0.29): the `click` package is not imported
    from typer._click import Command, Context, HelpFormatter

CONFIG_HELP = "The database's settings: what every command using it does alike (see `config set --help`)."

# Each command, in the order `quotegraph --help` lists them: the module under quotegraph/cli/ that
# registers it, and the line the list shows (the first paragraph of its help), kept here so that the
# list imports no command's module; tests/cli/test_lazy_commands.py checks each against the command.
COMMANDS: dict[str, tuple[str, str]] = {
    "analyze": ("analyze", "Find every quote in an article, with its speaker, role and cue."),
    "evaluate": (
        "evaluate",
        "Score quotegraph's attributions against gold annotations (precision, recall, F1).",
    ),
    "train": (
        "train",
        "Train an attribution model (source, cue, content spans) from brat annotations, on the CPU.",
    ),
    "export-model": (
        "model",
        "Export a transformer attribution model to ONNX, to analyze faster without torch.",
    ),
    "ingest": (
        "ingest",
        "Analyze a corpus into the store, in parallel; again the same command adds nothing.",
    ),
    "quotes": (
        "query",
        "Who said what: quotes from the store, with speaker, role and article (speech unless --type).",
    ),
    "events": ("query", "Who did what to whom: events from the store, with place, date and article."),
    "speakers": (
        "query",
        "The most quoted speakers across articles: quotes, articles, roles over time, other names.",
    ),
    "articles": ("query", "Articles in the store, with how many quotes and speakers each has."),
    "stats": (
        "query",
        "Corpus figures: quotes per article, anonymous-source share, top speakers and places.",
    ),
    "export": ("export", "Write a whole table of the store as JSONL, CSV or Parquet (lists as JSON)."),
    "serve": ("serve", "Serve the web page and the HTTP API: analyze articles, search the store."),
    "config": ("settings", CONFIG_HELP),
}


class _Commands(Mapping[str, "Command"]):
    """The top-level commands by name, each built (its module imported) when first looked up."""

    def __init__(self, group: TyperGroup) -> None:
        self._group = group
        self._built: dict[str, Command] = {}

    def __getitem__(self, name: str) -> Command:
        if name not in self._built:
            if name not in COMMANDS:
                raise KeyError(name)
            self._built[name] = _build(name, self._group)
        return self._built[name]

    def __setitem__(self, name: str, command: Command) -> None:  # click's add_command
        self._built[name] = command

    def __contains__(self, name: object) -> bool:  # without building it
        return name in COMMANDS or name in self._built

    def __iter__(self) -> Iterator[str]:
        yield from COMMANDS
        yield from (name for name in self._built if name not in COMMANDS)

    def __len__(self) -> int:
        return len(COMMANDS) + sum(name not in COMMANDS for name in self._built)


class LazyGroup(TyperGroup):
    """The `quotegraph` group: its commands' modules load on demand; its help lists them from COMMANDS."""

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)  # the commands Typer built at start (an empty `config`) give way
        self.commands = _Commands(self)  # type: ignore[assignment]
        self._listing = False

    def get_command(self, ctx: Context, cmd_name: str) -> Command | None:
        if self._listing and cmd_name in COMMANDS:
            return TyperCommand(name=cmd_name, help=COMMANDS[cmd_name][1])
        return self.commands.get(cmd_name)

    def list_commands(self, ctx: Context) -> list[str]:
        return list(self.commands)  # Typer's reads each command (`.items()`): it would import them all

    def format_help(self, ctx: Context, formatter: HelpFormatter) -> None:
        self._listing = True
        try:
            super().format_help(ctx, formatter)
        finally:
            self._listing = False


app = typer.Typer(
    cls=LazyGroup,
    help="Who said what in news articles: quotes with their speakers, checked against the text.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)
config_app = typer.Typer(help=CONFIG_HELP, no_args_is_help=True, rich_markup_mode="rich")
out = Console()
err = Console(stderr=True)

P = ParamSpec("P")
R = TypeVar("R")


def report(error: QuotegraphError) -> int:
    """Print `error` as one line on stderr; return the exit code its type asks for."""
    err.print(f"[red]error:[/red] {escape(str(error))}", soft_wrap=True)
    return error.exit_code


def one_line_errors(function: Callable[P, R]) -> Callable[P, R]:
    """`function`, with a project error turned into its one-line message and exit code.

    functools.wraps keeps the signature and annotations Typer reads the options from.
    """

    @wraps(function)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return function(*args, **kwargs)
        except QuotegraphError as error:
            raise typer.Exit(report(error)) from None

    return run


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


def _help(function: Callable[..., None]) -> str:
    return _reflow(inspect.getdoc(function) or "")


def command(function: Callable[..., None]) -> Callable[..., None]:
    """Register a command of the CLI, its docstring as its help."""
    return app.command(help=_help(function))(one_line_errors(function))


def config_command(name: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Register a `quotegraph config` subcommand, its docstring as its help."""
    return lambda function: config_app.command(name, help=_help(function))(one_line_errors(function))


def _build(name: str, group: TyperGroup) -> Command:
    """The click command `name`, as Typer builds it, once its module has registered it on `app`."""
    importlib.import_module(f"quotegraph.cli.{COMMANDS[name][0]}")
    options = {
        "pretty_exceptions_short": app.pretty_exceptions_short,
        "rich_markup_mode": group.rich_markup_mode,
    }
    for info in app.registered_groups:
        if info.name == name:
            return typer.main.get_group_from_info(info, suggest_commands=group.suggest_commands, **options)
    for command_info in app.registered_commands:
        if (command_info.name or typer.main.get_command_name(command_info.callback.__name__)) == name:
            return typer.main.get_command_from_info(command_info, **options)
    raise KeyError(name)
