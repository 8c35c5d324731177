"""Libraries without the optional parts analysis never uses, so that one article starts quickly.

Three libraries import more than analysis needs, whenever it is installed, and offer no switch:

* thinc (spaCy's machine-learning library) imports torch in thinc.compat when torch is installed
  (the `learn` extra installs it): 2.7 s of the 3.5 s that importing spaCy cost. Analysis never hands
  thinc a torch tensor: the spaCy pipeline runs on numpy, the attribution model on ONNX Runtime or on
  torch directly.
* pint imports dask in pint.compat when dask is installed (the `scale` extra): 0.1 s, for dask arrays
  that analysis never converts.
* spaCy imports its command line (spacy.cli: typer apps, weasel, requests, jinja2) to export one
  function, `spacy.info`: a quarter of a second. While spaCy's package runs, spacy.cli and
  spacy.cli.info are stand-ins whose `info` imports the real one when called; afterwards they are
  gone, so `import spacy.cli` anywhere loads the real command line.

The rule for the optional imports: when the importing module is first imported and the optional
module is not loaded yet, importing it there (and only there) fails as if it were absent. A process
that loaded it before (training imports torch first and keeps thinc's torch; the dask runner imports
dask) gets the library as usual, and the optional module imports anywhere else whatever came first.
A loader that wraps the module's own is the narrowest way. Installed by quotegraph.analyze's package
import, before any stage imports spaCy or pint.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from importlib.abc import Loader, MetaPathFinder
from importlib.machinery import ModuleSpec, PathFinder
from pathlib import Path
from types import ModuleType
from typing import Any

# Module -> the optional modules hidden from it while it is first imported.
HIDDEN: dict[str, tuple[str, ...]] = {"thinc.compat": ("torch",), "pint.compat": ("dask",)}
# The package whose command line is stood in for while the package runs.
SPACY = "spacy"


@contextmanager
def _absent(names: Sequence[str]) -> Iterator[None]:
    """`import NAME` fails with ImportError (and importlib.util.find_spec gives None) for each name
    not loaded yet; loaded ones are left as they are."""
    hidden = [name for name in names if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        yield
    finally:
        for name in hidden:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]


def _real_spacy_info(*args: Any, **kwargs: Any) -> Any:
    """spacy.info as spaCy exports it: imports spaCy's command line when first called."""
    return importlib.import_module("spacy.cli.info").info(*args, **kwargs)


@contextmanager
def _without_spacy_cli(package: ModuleSpec) -> Iterator[None]:
    """spacy.cli and spacy.cli.info stood in for while spaCy's package runs (it imports `info` from
    them and nothing else), then removed from sys.modules."""
    if "spacy.cli" in sys.modules or not package.submodule_search_locations:
        yield
        return
    cli = ModuleType("spacy.cli")
    cli.__path__ = [str(Path(location) / "cli") for location in package.submodule_search_locations]
    info = ModuleType("spacy.cli.info")
    info.info = _real_spacy_info  # type: ignore[attr-defined]
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = cli, info
    try:
        yield
    finally:
        for name, stand_in in (("spacy.cli.info", info), ("spacy.cli", cli)):
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]


class _Lean(Loader):
    """A module's own loader, run inside `context`."""

    def __init__(self, loader: Loader, context: Callable[[], Any]) -> None:
        self._loader = loader
        self._context = context

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return self._loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        with self._context():
            self._loader.exec_module(module)


class _Finder(MetaPathFinder):
    """Finds the modules above as the path finder would, with their loaders wrapped."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname not in HIDDEN and fullname != SPACY:
            return None
        spec = PathFinder.find_spec(fullname, path, target)
        if spec is None or spec.loader is None:
            return spec
        if fullname == SPACY:
            found = spec
            spec.loader = _Lean(spec.loader, lambda: _without_spacy_cli(found))
        else:
            spec.loader = _Lean(spec.loader, lambda: _absent(HIDDEN[fullname]))
        return spec


def install() -> None:
    """Keep the optional parts out from now on (idempotent; nothing changes for a library that is
    imported already)."""
    if not any(isinstance(finder, _Finder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _Finder())
