"""One import namespace: pyproject.toml installs bot/ and summarizers/ as newsbrief.bot and
newsbrief.summarizers, and lists every package folder (a folder left out would be missing from
the wheel while every test run from the checkout still passes)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = {"newsbrief.bot": "bot", "newsbrief.summarizers": "summarizers"}


def package_folders(root: Path) -> set[str]:
    """Every package the repository holds, named as installed: a folder with an __init__.py."""
    names = {"newsbrief"}
    for name, folder in FOLDERS.items():
        for init in (root / folder).rglob("__init__.py"):
            if "__pycache__" not in init.parts:
                names.add(".".join((name, *init.parent.relative_to(root / folder).parts)))
    return names


def test_pyproject_lists_every_package_folder_under_newsbrief() -> None:
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert setuptools["package-dir"] == FOLDERS
    assert set(setuptools["packages"]) == package_folders(ROOT)
    assert all(name == "newsbrief" or name.startswith("newsbrief.") for name in setuptools["packages"])


def test_every_folder_with_an_init_is_counted(tmp_path: Path) -> None:  # positive control
    for folder in ("bot/store", "summarizers"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "__init__.py").write_text("")
    (tmp_path / "bot" / "__init__.py").write_text("")
    assert package_folders(tmp_path) == {
        "newsbrief",
        "newsbrief.bot",
        "newsbrief.bot.store",
        "newsbrief.summarizers",
    }


def test_the_checkout_links_resolve_to_the_folders() -> None:
    # newsbrief/bot and newsbrief/summarizers let the checkout import the installed names (tests,
    # benchmarks, PYTHONPATH=. runs) and let mypy check them; the wheel is built from the folders.
    for name, folder in FOLDERS.items():
        link = ROOT / name.replace(".", "/")
        assert link.is_symlink() and link.resolve() == (ROOT / folder).resolve()


def test_the_checkout_imports_under_newsbrief() -> None:
    import newsbrief.bot.cli
    import newsbrief.summarizers.types

    assert Path(newsbrief.bot.cli.__file__).resolve() == ROOT / "bot" / "cli.py"
    assert Path(newsbrief.summarizers.types.__file__).resolve() == ROOT / "summarizers" / "types.py"
