"""Package a trained transformer model as the model shipped inside quotegraph (models/attribution/).

    python -m quotegraph.train.package MODEL_DIR [--measure] [--into DIR]   (`make model-package`)

exports MODEL_DIR int8 (train/onnx_export.py: int8 matrices, float16 embedding tables), replaces the
folder's files with the export, and writes its model card MODEL.md and SHA256SUMS (models/__init__.py
checks them at load). The card says what the model was trained on (meta.json's data, the PolNeAR
commit of ../shared/eval/polnear/ABOUT.md), the command, the date, the size and hash of each file
and the licence. With --measure it also runs `quotegraph evaluate` on PolNeAR dev and the seed gold
for each scope (quotes, all, model), float and int8: minutes, hence a flag. Packaging needs the
`learn` extra (the export); the shipped model runs without it.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from quotegraph import models
from quotegraph.errors import QuotegraphError
from quotegraph.models import CARD_FILE, SUMS_FILE, file_sha256, write_sums
from quotegraph.train.onnx_export import export_onnx

SHARED = Path(__file__).resolve().parents[4] / "shared"
POLNEAR = SHARED / "eval" / "polnear"
SEED_GOLD = sorted((SHARED / "examples").glob("*.gold.json")) if (SHARED / "examples").is_dir() else []
SCOPES = ("quotes", "all", "model")
LIMIT_MB = 40  # issue 29: the shipped folder, all files
LICENCE = """PolNeAR (Newell, Margolin, Ruths, LREC 2018) states no licence, and its texts belong to their
publishers: they never enter the repository, and this folder holds none. A tagger's weights hold no
article text; shipping weights trained on it follows spaCy's own pipelines, trained on OntoNotes (whose
text is not redistributable) and distributed under MIT. The model is distributed with quotegraph under
its MIT licence. The encoder it was fine-tuned from keeps its own licence (all-MiniLM-L6-v2: Apache 2.0)."""


def package(source: Path, into: Path, command: str, figures: dict[str, Any] | None = None) -> dict[str, str]:
    """Export `source` int8 into `into` (its files replaced), write MODEL.md and SHA256SUMS; the sums."""
    into.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".package.", dir=into.parent))
    try:
        export = scratch / "export"
        meta = export_onnx(source, export, "int8")
        for old in into.iterdir() if into.exists() else []:
            shutil.rmtree(old) if old.is_dir() else old.unlink()
        into.mkdir(parents=True, exist_ok=True)
        for item in export.iterdir():
            shutil.move(str(item), into / item.name)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    meta = portable(meta)  # what goes into the repository names no folder of this machine
    (into / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    (into / CARD_FILE).write_text(card(into, meta, command, figures), encoding="utf-8")
    return write_sums(into)


def portable(value: Any) -> Any:
    """`value` with each absolute path shortened: from its shared/ folder on (../shared/...), else its
    last folder's name, so a committed meta.json or card holds no path of the machine it was made on."""
    if isinstance(value, dict):
        return {key: portable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [portable(item) for item in value]
    if isinstance(value, str) and value.startswith("/"):
        _, shared, after = value.partition("/shared/")
        return f"../shared/{after}" if shared else Path(value).name
    return value


def card(folder: Path, meta: dict[str, Any], command: str, figures: dict[str, Any] | None) -> str:
    """The model card: what, from what, how, how well, how big, which bytes, under what licence."""
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.name not in (SUMS_FILE, CARD_FILE))
    total = sum(p.stat().st_size for p in files)
    settings = meta.get("settings", {})
    lines = [
        "# The shipped attribution model",
        "",
        f"Packaged {datetime.now(UTC).date().isoformat()} by `{command}` (train/package.py), from the",
        f"torch model `{meta.get('onnx', {}).get('exported_from')}`: architecture onnx, int8 matrices,",
        "float16 embedding tables (train/onnx_export.py). quotegraph analyzes with it by default, scope",
        f"`{models.SHIPPED_SCOPE}` (models/__init__.py SHIPPED_SCOPE); `--rules-only` sets it aside.",
        "",
        "## Training",
        "",
        f"- Data: {json.dumps(meta.get('data', {}))}",
        f"- PolNeAR: {polnear_version()}",
        f"- Settings: {json.dumps(settings)}",
        f"- Base spaCy pipeline: {json.dumps(meta.get('base_model', {}))}",
        f"- quotegraph: {meta.get('quotegraph')}",
        "- Rebuild: `make model` (train on ../shared/eval/polnear train, all annotators, dev for selection,",
        "  then `make model-package`); docs/training.md gives the command.",
        "",
        "## Figures",
        "",
        *(figure_lines(figures) if figures else ["Not measured here: `make model-package MEASURE=1`."]),
        "",
        f"## Files ({total / 1e6:.1f} MB in all, at most {LIMIT_MB} MB)",
        "",
        "| file | bytes | SHA-256 |",
        "|---|---|---|",
        *(f"| {p.relative_to(folder).as_posix()} | {p.stat().st_size} | {file_sha256(p)} |" for p in files),
        "",
        f"SHA256SUMS lists the same hashes (`sha256sum -c {SUMS_FILE}` in this folder checks them).",
        "",
        "## Licence",
        "",
        LICENCE,
        "",
    ]
    return "\n".join(lines)


def polnear_version() -> str:
    """The PolNeAR release and commit ../shared/eval/polnear/ABOUT.md names."""
    try:
        about = (POLNEAR / "ABOUT.md").read_text(encoding="utf-8")
    except OSError:
        return "unknown (../shared/eval/polnear/ABOUT.md not found)"
    version = re.search(r"corpus (v[\d.]+)", about)
    commit = re.search(r"commit ([0-9a-f]{40})", about)
    return (
        f"networkdynamics/PolNeAR {version.group(1) if version else '?'}, "
        f"commit {commit.group(1) if commit else '?'}"
    )


def measure(model_dirs: dict[str, Path]) -> dict[str, Any]:
    """`quotegraph evaluate --json` of each model (float, int8) and scope on PolNeAR dev and each seed
    gold file, with its time; run as the user runs it, so the figures are the command's."""
    figures: dict[str, Any] = {}
    golds = [POLNEAR / "dev", *SEED_GOLD]
    for label, folder in model_dirs.items():
        for scope in SCOPES:
            for gold in golds:
                arguments = ["evaluate", str(gold), "--json", "--attribution-model", str(folder)]
                started = time.perf_counter()
                done = subprocess.run(
                    [sys.executable, "-m", "quotegraph", *arguments, "--attribution-scope", scope],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                figures[f"{label} {scope} {gold.name}"] = {
                    "seconds": round(time.perf_counter() - started, 1),
                    "result": json.loads(done.stdout),
                }
    return figures


def figure_lines(figures: dict[str, Any]) -> list[str]:
    """Each measured run as a line: which, how long, then its scores as `quotegraph evaluate` gave them."""
    lines = []
    for name, entry in figures.items():
        lines.append(f"- {name} ({entry['seconds']} s):")
        lines.append(f"  `{json.dumps(_headline(entry['result']))}`")
    return lines


def _headline(result: dict[str, Any]) -> dict[str, Any]:
    """Exact F1 per part, attribution and fragment level (PolNeAR); the quote, speaker and role counts
    of a seed gold file."""
    if "scores" in result:
        return {level: round(modes["exact"]["f1"] * 100, 1) for level, modes in result["scores"].items()}
    quotes, roles = result.get("quotes", {}), result.get("roles", {})
    return {
        "required found": f"{quotes.get('required_found')}/{quotes.get('required')}",
        "wrong speaker": quotes.get("wrong_speaker"),
        "unmatched quotes": quotes.get("unmatched_quotes"),
        "roles given": f"{roles.get('given')}/{roles.get('people')}",
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m quotegraph.train.package", description=__doc__)
    parser.add_argument(
        "model_dir", type=Path, help="A transformer model directory `quotegraph train` wrote."
    )
    parser.add_argument("--into", type=Path, default=models.SHIPPED_DIR, help="Default: the shipped folder.")
    parser.add_argument("--measure", action="store_true", help="Evaluate float and int8 per scope (minutes).")
    options = parser.parse_args(argv)
    where = portable(str(options.model_dir.resolve()))
    command = f"make model-package MODEL_DIR=…/{where}" + (" MEASURE=1" if options.measure else "")
    started = time.perf_counter()
    try:
        package(options.model_dir, options.into, command)
        if options.measure:
            figures = measure({"float (torch)": options.model_dir, "int8 (shipped)": options.into})
            (options.into / CARD_FILE).write_text(
                card(options.into, json.loads((options.into / "meta.json").read_text()), command, figures),
                encoding="utf-8",
            )
            write_sums(options.into)
    except QuotegraphError as error:
        print(f"error: {error}", file=sys.stderr)
        return error.exit_code
    size = sum(p.stat().st_size for p in options.into.rglob("*") if p.is_file())
    seconds = time.perf_counter() - started
    print(f"packaged {options.model_dir} into {options.into}: {size / 1e6:.1f} MB, {seconds:.0f} s")
    return 0 if size <= LIMIT_MB * 1_000_000 else 9


if __name__ == "__main__":
    sys.exit(main())
