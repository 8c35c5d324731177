"""The held-out sample's frame (benchmarks/quote_sample.py): an article whose text is a held-out article's,
under another name, is no tuning article; a gzipped page is compared by what it holds, not its bytes."""

from __future__ import annotations

import gzip
import importlib.util
from pathlib import Path

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "quote_sample.py"


def _held_out_twins():
    spec = importlib.util.spec_from_file_location("quote_sample", BENCHMARK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.held_out_twins


def test_a_story_filed_twice_is_held_out_under_both_names(tmp_path):
    held_out_twins = _held_out_twins()
    held, twin, other = tmp_path / "318.txt", tmp_path / "062.txt", tmp_path / "063.txt"
    held.write_text("A search firm buys a blog reader\n\nThe search firm said …")
    twin.write_text("A search firm buys a blog reader\n\nThe search firm said …")
    other.write_text("Another story\n\nA minister said …")
    assert held_out_twins([held], [twin, other]) == {twin}


def test_pages_are_twins_by_what_they_hold_not_their_gzip_bytes(tmp_path):
    held_out_twins = _held_out_twins()
    page = b"<html><body><p>A spokesman said the talks would go on.</p></body></html>"
    held, twin = tmp_path / "a.html.gz", tmp_path / "b.html.gz"
    held.write_bytes(gzip.compress(page, mtime=1))
    twin.write_bytes(gzip.compress(page, mtime=2))  # another header, the same page
    assert held.read_bytes() != twin.read_bytes()
    assert held_out_twins([held], [twin]) == {twin}
