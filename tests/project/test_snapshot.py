"""Behaviour unchanged: the analysis JSON of the seed article and 20 BBC articles, by the rules alone and
with the shipped model, hashes as tests/snapshots/analysis.json records (tests/support/snapshot.py makes it;
`python -m tests.support.snapshot --update` rewrites it when a change is meant to alter the analysis)."""

from __future__ import annotations

import json

import pytest

from tests.support.snapshot import (
    KERNEL_KEY,
    RULES,
    SHARED,
    SNAPSHOT,
    articles,
    compared,
    digests,
    int8_kernel,
)


def test_the_analysis_is_unchanged() -> None:
    if not (SHARED / "corpora" / "bbc-news").is_dir() or not (SHARED / "examples").is_dir():
        pytest.skip(f"{SHARED} (the seed article and the BBC corpus) not available")
    kept = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    assert len(articles()) == 21
    found = {**dict(digests()), KERNEL_KEY: int8_kernel()}
    moved = compared(found, kept)
    assert not moved, f"the analysis changed for {moved}: if meant, python -m tests.support.snapshot --update"


def test_shipped_digests_of_another_int8_kernel_are_not_compared_and_the_rules_always_are() -> None:
    kept = {KERNEL_KEY: "vnni", f"{RULES}:a.txt": "1", "shipped:a.txt": "2"}
    other_cpu = {KERNEL_KEY: "pmaddubsw", f"{RULES}:a.txt": "1", "shipped:a.txt": "3"}
    assert compared(other_cpu, kept) == []
    assert compared({**other_cpu, f"{RULES}:a.txt": "9"}, kept) == [f"{RULES}:a.txt"]
    assert compared({**other_cpu, KERNEL_KEY: "vnni"}, kept) == ["shipped:a.txt"]


def test_the_int8_kernel_is_read_from_the_cpu_flags(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("platform.machine", lambda: "x86_64")
    cpuinfo = tmp_path / "cpuinfo"
    cpuinfo.write_text("flags\t\t: fpu sse2 avx2 avx512bw\n")
    assert int8_kernel(cpuinfo) == "pmaddubsw"
    cpuinfo.write_text("flags\t\t: fpu sse2 avx2 avx512bw avx512_vnni\n")
    assert int8_kernel(cpuinfo) == "vnni"
