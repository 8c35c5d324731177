"""The `quotegraph` command. cli/train.py holds all of it for one commit, so that its history
follows the move; the next commit splits it into one module per command group."""

from quotegraph.cli.train import app

__all__ = ["app"]
