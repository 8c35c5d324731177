"""The analysis snapshot: SHA-256 of the analysis JSON of the seed article and 20 BBC articles.

A change meant to leave behaviour alone (a move, a rename, a new check) must leave every hash as it
was; tests/project/test_snapshot.py compares them with tests/snapshots/analysis.json. Each article is analyzed
twice: by the rules alone (as with QUOTEGRAPH_NO_SHIPPED_MODEL=1) and with the shipped attribution
model, both over one parse. A change meant to alter the analysis rewrites the file, and the diff says
which articles it moved:

    PYTHONPATH=src python -m tests.support.snapshot --update

The shipped model is int8, and ONNX Runtime's int8 matrix product is not the same sum on every x86 CPU:
without VNNI (AVX2, AVX-512 BW) it adds pairs of products in 16 bits, which saturate; with VNNI or AMX it
does not. The shipped digests therefore hold on CPUs of the kernel they were made with, which the file
records (KERNEL_KEY); on a CPU of the other kernel only the rules' digests are compared.
Since 91f64bc the tagger asks for 32-bit sums there too (session.x64quantprecision), so no sum saturates;
the float parts still differ in their last bits by kernel, so the split stays.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import platform
from collections.abc import Iterator
from pathlib import Path

from tests.support.paths import ROOT, SHARED

SNAPSHOT = ROOT / "tests" / "snapshots" / "analysis.json"
SEED = ("examples/atacms-kursk.txt", "2024-11-18")
BBC = "corpora/bbc-news"
BBC_COUNT, BBC_STEP = 20, 100  # sorted paths, every 100th: all five BBC sections are in the sample
RULES, SHIPPED = "rules", "shipped"
KERNEL_KEY = "int8 kernel of the shipped digests"
EXACT_INT8_FLAGS = frozenset({"avx512_vnni", "avx_vnni", "amx_int8"})  # no 16-bit pair sums


def int8_kernel(cpuinfo: Path = Path("/proc/cpuinfo")) -> str:
    """Which int8 matrix product ONNX Runtime runs here: "vnni" (exact sums), "pmaddubsw" (an x86 CPU
    without VNNI: pair sums saturate at 16 bits), or the machine's architecture elsewhere."""
    machine = platform.machine().lower()
    if machine not in {"x86_64", "amd64"} or not cpuinfo.is_file():
        return machine
    lines = cpuinfo.read_text().splitlines()
    flags = {flag for line in lines if line.startswith("flags") for flag in line.split()}
    return "vnni" if flags & EXACT_INT8_FLAGS else "pmaddubsw"


def compared(found: dict[str, str], kept: dict[str, str]) -> list[str]:
    """The keys whose digest moved: every key, or the rules' alone where the shipped digests were made
    on another int8 kernel than this CPU's."""
    same_kernel = kept.get(KERNEL_KEY) == found.get(KERNEL_KEY)
    keys = (found.keys() | kept.keys()) - {KERNEL_KEY}
    if not same_kernel:
        keys = {key for key in keys if key.startswith(f"{RULES}:")}
    return sorted(key for key in keys if found.get(key) != kept.get(key))


def articles(shared: Path = SHARED) -> list[tuple[str, str | None]]:
    """The articles, as paths relative to ../shared (a machine's path never enters the snapshot), with
    the date each is analyzed with."""
    corpus = shared / BBC
    paths = sorted(p.relative_to(shared).as_posix() for p in corpus.rglob("*.txt"))
    return [SEED, *((path, None) for path in paths[::BBC_STEP][:BBC_COUNT])]


def digests(shared: Path = SHARED) -> Iterator[tuple[str, str]]:
    """("rules:PATH" or "shipped:PATH", the SHA-256 of its analysis JSON) for every article."""
    from quotegraph.analyze.loading import load_models
    from quotegraph.analyze.parsing import load_model, parse
    from quotegraph.analyze.pipeline import State, resolve_stages, run_stages
    from quotegraph.formats import to_json
    from quotegraph.models import SHIPPED_DIR, SHIPPED_SCOPE
    from quotegraph.read import read_bytes
    from quotegraph.records import Analysis, LearnedAttribution

    nlp = load_model()
    _, shipped = load_models(None, LearnedAttribution(SHIPPED_DIR, SHIPPED_SCOPE))
    stages = resolve_stages(None)
    for path, date in articles(shared):
        article = read_bytes((shared / path).read_bytes(), source=path, date=date)
        doc = parse(nlp, article)  # once: the stages read the parse, none changes it
        for label, model in ((RULES, None), (SHIPPED, shipped)):
            analysis = Analysis(text=article.text, article=article.meta, notes=list(article.notes))
            state = State(article, doc, analysis, learned_model=model)
            run_stages(state, stages)
            yield f"{label}:{path}", hashlib.sha256(to_json(state.analysis).encode()).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--update", action="store_true", help=f"rewrite {SNAPSHOT.name}")
    found = {**dict(digests()), KERNEL_KEY: int8_kernel()}
    if parser.parse_args().update:
        SNAPSHOT.parent.mkdir(exist_ok=True)
        SNAPSHOT.write_text(json.dumps(found, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {len(found)} digests to {SNAPSHOT}")
        return
    kept = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    moved = compared(found, kept)
    print("\n".join(moved) or "unchanged")


if __name__ == "__main__":
    main()
