"""Names a package exports without importing their modules until first used (PEP 562).

`import quotegraph` and `from quotegraph import analyze` stay cheap this way: spaCy, the database
drivers and each stage's libraries load only when a name that needs them is looked up. Both packages
build their module `__getattr__` and `__dir__` here, so the rule is written once.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterable, Mapping
from typing import Any


def lazy_exports(
    package: str, exports: Mapping[str, str], public: Iterable[str], renamed: Mapping[str, str] | None = None
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The `__getattr__` and `__dir__` of `package`.

    `exports` maps each lazy name to its module (absolute, or relative to `package` with a leading
    dot); `renamed` maps a name to the defining module's own name where they differ. A name is looked
    up once: its value is then set on the package, and Python no longer calls `__getattr__` for it.
    """
    namespace = sys.modules[package].__dict__
    names = sorted(public)
    aliases = dict(renamed or {})

    def __getattr__(name: str) -> Any:
        if name not in exports:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(exports[name], package), aliases.get(name, name))
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return names

    return __getattr__, __dir__
