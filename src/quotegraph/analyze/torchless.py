"""spaCy without torch: thinc (spaCy's machine-learning library) imports torch in thinc.compat
whenever torch is installed (the `learn` extra installs it), which was 2.7 s of the 3.5 s that
importing spaCy costs, in every analysis. Analysis never hands thinc a torch tensor: the spaCy
pipeline runs on numpy, the attribution model on ONNX Runtime or on torch directly.

The rule: when thinc.compat is first imported and torch is not loaded yet, `import torch` inside
it (and only there) fails as if torch were absent, so thinc's optional torch support stays off.
A process that loaded torch before spaCy (training's transformer loop imports torch first) gets
thinc with torch as usual, and `import torch` anywhere else works whatever was imported first.
thinc offers no switch for this (no environment variable); a loader that wraps thinc.compat's
own is the narrowest way. Installed by quotegraph.analyze's package import, before any stage
imports spaCy.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib.abc import Loader, MetaPathFinder
from importlib.machinery import ModuleSpec, PathFinder
from types import ModuleType

HIDDEN_FROM = "thinc.compat"


class _WithoutTorch(Loader):
    """thinc.compat's own loader, run while `import torch` raises ImportError."""

    def __init__(self, loader: Loader) -> None:
        self._loader = loader

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return self._loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        if "torch" in sys.modules:  # loaded already: thinc may as well use it
            self._loader.exec_module(module)
            return
        sys.modules["torch"] = None  # type: ignore[assignment]  # import torch: ImportError
        try:
            self._loader.exec_module(module)
        finally:
            if "torch" in sys.modules and sys.modules["torch"] is None:
                del sys.modules["torch"]


class _Finder(MetaPathFinder):
    """Finds thinc.compat as the path finder would, with its loader wrapped."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname != HIDDEN_FROM:
            return None
        spec = PathFinder.find_spec(fullname, path, target)
        if spec is not None and spec.loader is not None:
            spec.loader = _WithoutTorch(spec.loader)
        return spec


def install() -> None:
    """Keep torch out of thinc from now on (idempotent; nothing changes once thinc is imported)."""
    if not any(isinstance(finder, _Finder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _Finder())
