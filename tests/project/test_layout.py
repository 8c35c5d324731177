"""The tests' own layout: each test module sits in the folder of the package it tests (tests/read,
tests/analyze, …, tests/project for the whole), and shares helpers only through tests/support — a
test module never imports another."""

from __future__ import annotations

import ast

from tests.support.paths import ROOT

TESTS = ROOT / "tests"
FOLDERS = {"read", "analyze", "store", "scale", "serve", "train", "evaluate", "cli", "project"}


def test_every_test_module_sits_in_a_package_folder() -> None:
    misplaced = [
        str(path.relative_to(TESTS))
        for path in TESTS.rglob("test_*.py")
        if path.parent.name not in FOLDERS or path.parent.parent != TESTS
    ]
    assert misplaced == []


def test_no_test_module_imports_another() -> None:
    offenders = []
    for path in TESTS.rglob("test_*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else []
            )
            offenders += [
                f"{path.relative_to(TESTS)}: {name}"
                for name in names
                if name.split(".")[-1].startswith("test_") or name.startswith(("conftest", "tests.conftest"))
            ]
    assert offenders == []
