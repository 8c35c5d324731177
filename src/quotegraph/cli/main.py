"""The `quotegraph` Typer app: its consoles, and the one error wrapper every command runs under.

The rule: a command module registers its commands with `command` (or `config_command`, for the
`quotegraph config` group); a project error (errors.py) that leaves a command ends it here, as one
line on stderr and that error's exit code. No command catches one to print it.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from quotegraph.errors import QuotegraphError

app = typer.Typer(
    help="Who said what in news articles: quotes with their speakers, checked against the text.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)
config_app = typer.Typer(
    help="The database's settings: what every command using it does alike (see `config set --help`).",
    no_args_is_help=True,
    rich_markup_mode="rich",
)
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
