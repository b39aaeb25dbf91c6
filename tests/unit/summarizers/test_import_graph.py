"""The summarizers package has no import cycle (facets runs the extractors; they never import it)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def import_graph(package: Path) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in package.rglob("*.py"):
        name = ".".join(path.relative_to(package.parent).with_suffix("").parts).removesuffix(".__init__")
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(package.name):
                deps.add(node.module)
            elif isinstance(node, ast.Import):
                deps.update(a.name for a in node.names if a.name.startswith(package.name))
        graph[name] = deps
    return graph


def cycles(graph: dict[str, set[str]]) -> list[str]:
    def reach(start: str) -> set[str]:
        seen: set[str] = set()
        todo = list(graph.get(start, ()))
        while todo:
            mod = todo.pop()
            if mod not in seen:
                seen.add(mod)
                todo.extend(graph.get(mod, ()))
        return seen

    return sorted(m for m in graph if m in reach(m))


def test_summarizers_has_no_import_cycle() -> None:
    graph = import_graph(ROOT / "summarizers")
    assert "summarizers.facets" in graph and "summarizers.actors" in graph["summarizers.facets"]
    assert cycles(graph) == []


def test_a_cycle_is_found(tmp_path: Path) -> None:  # positive control for the check itself
    pkg = tmp_path / "pkgx"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from pkgx.b import f\n")
    (pkg / "b.py").write_text("def f() -> None:\n    from pkgx.a import g\n")
    assert cycles(import_graph(pkg)) == ["pkgx.a", "pkgx.b"]
