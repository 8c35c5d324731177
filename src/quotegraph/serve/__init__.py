"""The HTTP API and the web page: `quotegraph serve`, one FastAPI app (see docs/serve.md)."""

from quotegraph.serve.api import create_app

__all__ = ["create_app"]
