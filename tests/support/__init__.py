"""Helpers the tests share: paths to fixtures and ../shared, a real uvicorn server, a real PostgreSQL."""
