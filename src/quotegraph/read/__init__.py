"""The read stage: sources (files, bytes, plain text, HTML) become an Article with recognised metadata."""

from quotegraph.read.collect import count_items, iter_items
from quotegraph.read.html import parse_html
from quotegraph.read.items import SourceItem
from quotegraph.read.sources import read_bytes, read_path
from quotegraph.read.text import parse_text

__all__ = ["SourceItem", "count_items", "iter_items", "parse_html", "parse_text", "read_bytes", "read_path"]
