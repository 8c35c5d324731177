"""Where the tests' inputs live: the repository, its fixtures, and ../shared beside it (optional)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
SHARED = ROOT.parent / "shared"
# A tiny invented brat corpus (text/, attributions/) that `quotegraph train` learns from in the suite.
TRAIN_FIXTURE = FIXTURES / "train"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a skip when that folder is not beside the repository."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path
