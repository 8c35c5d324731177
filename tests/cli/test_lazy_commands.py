"""The lazy command list (cli/main.py COMMANDS): `quotegraph --help` lists every command from the table
without importing the commands' modules; each line must be the one the command's own help gives, and
every registered command must be in the table."""

from __future__ import annotations

import importlib
import inspect
import json
import os
import subprocess
import sys

import typer

from quotegraph.cli import app
from quotegraph.cli.main import COMMANDS

COMMAND_MODULES = sorted({f"quotegraph.cli.{module}" for module, _ in COMMANDS.values()})


def _first_paragraph(help_text: str) -> str:
    """What Typer's command list shows of a command's help (rich_utils._make_command_help)."""
    return inspect.cleandoc(help_text).split("\n\n")[0].strip()


def test_each_listed_line_is_the_first_paragraph_of_the_commands_help() -> None:
    group = typer.main.get_command(app)
    listed = {name: line for name, (_, line) in COMMANDS.items()}
    assert {name: _first_paragraph(group.commands[name].help or "") for name in COMMANDS} == listed


def test_every_registered_command_is_in_the_table() -> None:
    for module in COMMAND_MODULES:
        importlib.import_module(module)
    registered = {
        info.name or typer.main.get_command_name(info.callback.__name__) for info in app.registered_commands
    } | {info.name for info in app.registered_groups}
    assert registered == set(COMMANDS)


_PROBE = """
import json, sys
from quotegraph.cli import app
try:
    app(sys.argv[1:], prog_name="quotegraph")
except SystemExit:
    pass
print(json.dumps(sorted(m for m in sys.modules if m in MODULES)))
""".replace("MODULES", repr(COMMAND_MODULES))


def _modules_loaded_by(*args: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, timeout=300, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_help_lists_every_command_without_importing_one() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "quotegraph", "--help"],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
        env=dict(os.environ, COLUMNS="200"),
    )
    assert [name for name in COMMANDS if f" {name} " not in done.stdout] == []
    assert _modules_loaded_by("--help") == []


def test_a_command_imports_its_own_module_only() -> None:
    assert _modules_loaded_by("speakers", "--help") == ["quotegraph.cli.query"]
    assert _modules_loaded_by("config", "show", "--help") == ["quotegraph.cli.settings"]
