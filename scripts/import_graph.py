"""The import graph of src/quotegraph: which module imports which, its cycles, and the layers it breaks.

Read from the source with ast (nothing is imported, so a module whose imports fail is still read).
An edge A → B is any import of B in A: at the top, inside a function (a cycle hidden in a function
still ties the two modules together) or under ``if TYPE_CHECKING:`` (a type B owns is a dependency on
B). ``from pkg import x`` is an edge to pkg (its __init__ runs first) and to pkg.x when that is a
module. A cycle is a
strongly connected component of more than one module (or a module importing itself).

The layers, lowest first; a module may import its own layer and those below it, never above (see
docs/architecture.md):

    records, errors, formats, models → read → analyze (its runtime/ inside) → store
        → scale, serve, evaluate, train → cli

    python scripts/import_graph.py            # every module and what it imports, then the cycles
    python scripts/import_graph.py --dot      # Graphviz: dot -Tsvg -o graph.svg
    python scripts/import_graph.py --check    # only the cycles and layer breaks; exit 1 when any
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterator
from pathlib import Path

import networkx as nx

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = "quotegraph"

# Each top-level module or package of quotegraph, by layer (0 the lowest). A name not listed is an error
# of the check: a new package must say where it sits.
LAYERS: dict[str, int] = {
    "errors": 0,
    "records": 0,
    "models": 0,  # the shipped model's folder and its checks (hashlib, errors, records)
    "defaults": 0,  # which attribution model a command analyzes with: options, environment, shipped
    "data": 0,
    "lazy": 0,  # the packages' lazily imported names (PEP 562)
    "cache": 0,  # where derived data is cached on the user's machine (gazetteer, pint, encoders)
    "read": 1,
    "analyze": 2,
    "formats": 3,  # the analysis as JSON, CSV and the readable view
    "store": 3,
    "scale": 4,
    "serve": 4,
    "evaluate": 4,
    "train": 4,
    "cli": 5,
    "api": 5,  # the Python API (quotegraph/__init__.py names it): load, analyze
    "__main__": 5,
}
# Packages of one layer that still may not import each other: analysis never depends on what trains,
# scores, stores or serves it.
FORBIDDEN: dict[str, frozenset[str]] = {
    "analyze": frozenset({"train", "evaluate", "store", "serve", "scale", "cli", "defaults"}),
    "read": frozenset({"analyze", "train", "evaluate", "store", "serve", "scale", "cli"}),
}


def module_name(path: Path, src: Path = SRC) -> str:
    parts = path.relative_to(src).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules(src: Path = SRC) -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its __init__)."""
    return {module_name(p, src): p for p in sorted((src / PACKAGE).rglob("*.py"))}


def _imports(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    return (node for node in ast.walk(tree) if isinstance(node, ast.Import | ast.ImportFrom))


def imported(name: str, path: Path, known: set[str]) -> set[str]:
    """The package's modules that module `name` (at `path`) imports."""
    found: set[str] = set()
    is_package = path.name == "__init__.py"
    for node in _imports(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name in known)
            continue
        base = node.module or ""
        if node.level:  # relative: from . import x, from ..y import z
            here = name.split(".") if is_package else name.split(".")[:-1]
            here = here[: len(here) - (node.level - 1)]
            base = ".".join([*here, base] if base else here)
        if base in known and base != PACKAGE:  # a package's __init__ runs first, whatever the names
            found.add(base)  # (quotegraph's own runs before any of its modules: no edge says more)
        found.update(f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" in known)
    found.discard(name)
    return found


def graph(src: Path = SRC) -> nx.DiGraph:
    found = modules(src)
    known = set(found)
    edges = nx.DiGraph()
    edges.add_nodes_from(known)
    for name, path in found.items():
        edges.add_edges_from((name, target) for target in imported(name, path, known))
    return edges


def cycles(edges: nx.DiGraph) -> list[list[str]]:
    """The strongly connected components of more than one module, each sorted, largest first."""
    found = [sorted(c) for c in nx.strongly_connected_components(edges) if len(c) > 1]
    return sorted(found, key=lambda c: (-len(c), c))


def top(module: str) -> str:
    """The top-level module or package under quotegraph ("" for quotegraph/__init__ itself)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def layer_breaks(edges: nx.DiGraph) -> list[str]:
    """Each import that runs up the layers or into a forbidden package, as "A → B (why)"."""
    breaks = []
    for source, target in sorted(edges.edges):
        above, below = top(source), top(target)
        if not above or above == below:  # quotegraph/__init__ names the public API of every layer
            continue
        for part in (above, below):
            if part not in LAYERS:
                breaks.append(f"{source} → {target} ({part} has no layer in LAYERS)")
        if above not in LAYERS or below not in LAYERS:
            continue
        if LAYERS[below] > LAYERS[above]:
            breaks.append(f"{source} → {target} ({below} is above {above})")
        elif below in FORBIDDEN.get(above, ()):
            breaks.append(f"{source} → {target} ({above} may not import {below})")
    return breaks


def _short(module: str) -> str:
    return module.removeprefix(f"{PACKAGE}.")


def text(edges: nx.DiGraph) -> str:
    lines = [f"{_short(m)} → {', '.join(_short(t) for t in sorted(edges[m])) or '-'}" for m in sorted(edges)]
    return "\n".join(lines)


def dot(edges: nx.DiGraph) -> str:
    body = "".join(f'  "{_short(a)}" -> "{_short(b)}";\n' for a, b in sorted(edges.edges))
    return f"digraph quotegraph {{\n  rankdir=LR;\n{body}}}"


def report(edges: nx.DiGraph) -> tuple[str, bool]:
    """The cycles and layer breaks in words, and whether there are none."""
    found, breaks = cycles(edges), layer_breaks(edges)
    lines = [f"cycles: {len(found)}"]
    lines += [f"  {' ↔ '.join(_short(m) for m in cycle)}" for cycle in found]
    lines += [f"layer breaks: {len(breaks)}"]
    lines += [f"  {_short(b)}" for b in breaks]
    return "\n".join(lines), not found and not breaks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    shown = parser.add_mutually_exclusive_group()
    shown.add_argument("--dot", action="store_true", help="print the graph in Graphviz's dot language")
    shown.add_argument("--check", action="store_true", help="print only the cycles and layer breaks")
    arguments = parser.parse_args()
    edges = graph()
    if arguments.dot:
        print(dot(edges))
        return 0
    summary, clean = report(edges)
    print(summary if arguments.check else f"{text(edges)}\n\n{summary}")
    return 0 if clean else 1


if __name__ == "__main__":
    sys.exit(main())
