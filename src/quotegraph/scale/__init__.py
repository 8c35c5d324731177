"""Corpus scale: ingesting many sources in parallel into the store (see ingest.py)."""
