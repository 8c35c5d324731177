"""`python -m quotegraph` runs the command line."""

from quotegraph.cli import app

app(prog_name="quotegraph")
