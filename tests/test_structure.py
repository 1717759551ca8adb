"""The package's layering, checked from its source: no import cycle, no private cross-imports.

Every ``import`` / ``from ... import`` statement in ``lossviz/`` counts, including the lazy ones
inside functions: a lazy import still ties two modules together. Importing a module also runs
its package's ``__init__``, so ``from lossviz.core.x import y`` from outside ``lossviz.core`` is an
edge to ``lossviz.core`` too.

One lazy import closes a loop on purpose: ``surface(executor=...)`` (in ``lossviz.core.evaluate``)
hands the grid to the tiled driver in ``lossviz.distributed``, which itself evaluates tiles with the
core. That edge is allowed only as a lazy import inside a function (``LAZY_DISPATCH``), so
importing the core never imports the distributed layer; docs/architecture.md says so.

Private *modules* (``_util``, ``render/_common`` ...) are package-internal helpers and may be
imported anywhere inside lossviz; private *names* (functions, classes, constants starting with an
underscore) may not be imported from another module.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "lossviz"

#: the layers of DESIGN.md, lowest first; a module may import only from its own layer or below.
#: ``landscape`` is numpy only (the core returns it, renderers draw it); applications (cli, demo,
#: distributed, specs, zoo) sit on top and are not layered here.
LAYERS = [
    ("lossviz._util",),
    ("lossviz.landscape",),
    ("lossviz.core",),
    ("lossviz.render",),
    ("lossviz.widgets",),
]


#: the one allowed back edge, taken lazily: surface(executor=...) -> the tiled path
LAZY_DISPATCH = {("lossviz.core.evaluate", "lossviz.distributed")}


def _module_name(path: Path, root: Path = PKG) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _modules(root: Path = PKG) -> dict[str, Path]:
    return {_module_name(p, root): p for p in sorted(root.rglob("*.py"))}


def _resolve(current: str, is_package: bool, level: int, module: str | None) -> str:
    if level == 0:
        return module or ""
    base = current.split(".")
    if not is_package:
        base = base[:-1]
    base = base[: len(base) - (level - 1)]
    return ".".join(base + ([module] if module else []))


def import_graph(root: Path = PKG) -> tuple[dict[str, set[str]], list[tuple[str, str, str]]]:
    """Edges ``module -> imported lossviz modules`` and the private names imported across modules.

    Parameters
    ----------
    root : Path
        The package folder.

    Returns
    -------
    edges : dict
        For each module, the lossviz modules it imports (directly or lazily), plus the packages
        whose ``__init__`` such an import runs; the edges of `LAZY_DISPATCH` are left out when
        they are lazy only.
    private : list of (module, source module, name)
        Underscore names imported from another module.
    """
    mods = _modules(root)
    edges: dict[str, set[str]] = {m: set() for m in mods}
    lazy_only: dict[str, set[str]] = {m: set() for m in mods}
    private: list[tuple[str, str, str]] = []
    for mod, path in mods.items():
        is_package = path.name == "__init__.py"
        tree = ast.parse(path.read_text(), str(path))
        nested = {
            id(n)
            for f in ast.walk(tree)
            if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))
            for n in ast.walk(f)
        }
        eager: set[str] = set()
        for node in ast.walk(tree):
            targets: list[str] = []
            if isinstance(node, ast.ImportFrom):
                source = _resolve(mod, is_package, node.level, node.module)
                if not source.startswith("lossviz"):
                    continue
                for alias in node.names:
                    sub = f"{source}.{alias.name}"
                    if sub in mods:
                        targets.append(sub)
                        continue
                    targets.append(source)
                    if alias.name.startswith("_") and source != mod:
                        private.append((mod, source, alias.name))
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names if a.name.startswith("lossviz")]
            for target in targets:
                parts = target.split(".")
                # importing a.b.c runs a/__init__ and a/b/__init__ (unless we are inside them)
                for k in range(1, len(parts) + 1):
                    name = ".".join(parts[:k])
                    if name in mods and name != mod and not mod.startswith(name + "."):
                        edges[mod].add(name)
                        if id(node) not in nested:
                            eager.add(name)
        lazy_only[mod] = edges[mod] - eager
    for mod, target in LAZY_DISPATCH:
        if mod in edges and target in lazy_only.get(mod, ()):
            edges[mod].discard(target)
    return edges, private


def find_cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan).

    Parameters
    ----------
    edges : dict
        Module -> imported modules.

    Returns
    -------
    list of list of str
        Each import cycle, as the sorted modules taking part in it.
    """
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                cycles.append(sorted(comp))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return cycles


def _layer(mod: str) -> int | None:
    for k, prefixes in enumerate(LAYERS):
        if any(mod == p or mod.startswith(p + ".") for p in prefixes):
            return k
    return None


def test_checker_finds_a_cycle_and_a_private_import(tmp_path):
    # the checker itself must be able to fail: a two-module cycle through a lazy import and a
    # private cross-import in a throwaway package
    pkg = tmp_path / "lossviz"
    (pkg / "core").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "core" / "__init__.py").write_text("")
    (pkg / "core" / "a.py").write_text("from .b import _helper\n")
    (pkg / "core" / "b.py").write_text("def _helper():\n    from . import a\n")
    edges, private = import_graph(pkg)
    assert find_cycles(edges) == [["lossviz.core.a", "lossviz.core.b"]]
    assert private == [("lossviz.core.a", "lossviz.core.b", "_helper")]


@functools.cache
def _package_graph() -> tuple[dict[str, set[str]], list[tuple[str, str, str]]]:
    return import_graph()


def test_no_import_cycle():
    edges, _ = _package_graph()
    assert find_cycles(edges) == []


def test_no_private_name_imported_across_modules():
    _, private = _package_graph()
    assert private == []


@pytest.mark.parametrize("mod", sorted(m for m in _modules() if _layer(m) is not None))
def test_imports_go_downward(mod):
    edges, _ = _package_graph()
    mine = _layer(mod)
    upward = sorted(t for t in edges[mod] if (_layer(t) or 0) > mine)
    assert upward == [], f"{mod} imports from a higher layer: {upward}"


@pytest.mark.parametrize("mod", sorted(m for m in _modules() if _layer(m) == 3))
def test_renderers_never_import_the_torch_core(mod):
    edges, _ = _package_graph()
    assert not [t for t in edges[mod] if _layer(t) == 2], f"{mod} imports lossviz.core"
