"""The `quotegraph` command: a thin shell over the library, one library call per command.

One module per command group registers its commands on the app of cli/main.py; cli/render/ draws
what the terminal shows. A command's module is imported only when that command runs (main.COMMANDS
names it and keeps the help's order); the query commands' modules import no analysis library
(spaCy, torch...): each command imports what it runs inside its function.
"""

from quotegraph.cli.main import app, config_app

app.add_typer(config_app, name="config")

__all__ = ["app"]
