"""The `quotegraph` command: a thin shell over the library, one library call per command.

One module per command group registers its commands on the app of cli/main.py; cli/render/ draws
what the terminal shows. The query commands' modules import no analysis library (spaCy, torch...):
each command imports what it runs inside its function.
"""

from quotegraph.cli.main import app, config_app

# The help lists the commands in the order they register, that is, the order of these imports.
# isort: off
from quotegraph.cli import analyze, evaluate, train, model, ingest, query, export, serve  # noqa: F401
from quotegraph.cli import settings  # noqa: F401
# isort: on

app.add_typer(config_app, name="config")

__all__ = ["app"]
