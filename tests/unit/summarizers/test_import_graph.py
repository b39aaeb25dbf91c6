"""The summarizers package has no import cycle (facets runs the extractors; they never import it),
and it never imports the bot: the pure core stays free of I/O, chat and storage."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
NAMESPACE = "newsbrief"  # bot/ and summarizers/ are installed as newsbrief.bot and newsbrief.summarizers


def imports_of(path: Path) -> set[str]:
    """Every module ``path`` imports (absolute imports only; the code uses no relative ones)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


def import_graph(package: Path, prefix: str = NAMESPACE) -> dict[str, set[str]]:
    """Module -> the modules of the same package it imports, named as installed (``prefix.`` +
    the folder's dotted path)."""
    own = f"{prefix}.{package.name}" if prefix else package.name
    graph: dict[str, set[str]] = {}
    modules = {
        ".".join((own, *p.relative_to(package).with_suffix("").parts)).removesuffix(".__init__")
        for p in package.rglob("*.py")
    }
    for path in package.rglob("*.py"):
        name = ".".join((own, *path.relative_to(package).with_suffix("").parts)).removesuffix(".__init__")
        graph[name] = {m for m in imports_of(path) if m in modules}
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


def bot_imports(package: Path) -> list[str]:
    """``file: module`` for every import of the bot (installed name or the old top-level one)."""
    hits = []
    for path in sorted(package.rglob("*.py")):
        for module in sorted(imports_of(path)):
            if module.split(".")[:2] == [NAMESPACE, "bot"] or module.split(".")[0] == "bot":
                hits.append(f"{path.relative_to(package.parent)}: {module}")
    return hits


def test_summarizers_has_no_import_cycle() -> None:
    graph = import_graph(ROOT / "summarizers")
    facets = f"{NAMESPACE}.summarizers.facets"
    assert facets in graph and f"{NAMESPACE}.summarizers.actors" in graph[facets]
    assert cycles(graph) == []


def test_a_cycle_is_found(tmp_path: Path) -> None:  # positive control for the check itself
    pkg = tmp_path / "pkgx"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from ns.pkgx.b import f\n")
    (pkg / "b.py").write_text("def f() -> None:\n    from ns.pkgx.a import g\n")
    assert cycles(import_graph(pkg, "ns")) == ["ns.pkgx.a", "ns.pkgx.b"]


def test_summarizers_never_imports_the_bot() -> None:
    assert bot_imports(ROOT / "summarizers") == []
    assert bot_imports(ROOT / "bot")  # positive control: the bot's own imports are seen


def test_an_import_of_the_bot_is_found(tmp_path: Path) -> None:  # positive control
    pkg = tmp_path / "summarizers"
    pkg.mkdir()
    (pkg / "a.py").write_text("from newsbrief.summarizers.b import x\n")
    (pkg / "b.py").write_text("def f() -> None:\n    from newsbrief.bot import config\n")
    (pkg / "c.py").write_text("import newsbrief.bot.store as store\n")
    (pkg / "d.py").write_text("from newsbrief import bot\n")
    assert bot_imports(pkg) == [
        "summarizers/b.py: newsbrief.bot",
        "summarizers/b.py: newsbrief.bot.config",
        "summarizers/c.py: newsbrief.bot.store",
        "summarizers/d.py: newsbrief.bot",
    ]
