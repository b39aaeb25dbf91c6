"""The built wheel, installed into a fresh venv, runs from another directory; it installs one
import namespace (``newsbrief``) and nothing else, and so does an editable install.

The wheel is installed without its dependencies, which the venv borrows from the test's own
environment (a path line in a .pth file: no editable install of this checkout comes along), so
what is tested is the wheel's own contents: code, package data and the console script.
"""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _sdist_like_copy(tmp_path: Path) -> Path:
    """What the sdist holds: the build leaves nothing in this checkout and nothing of it (an
    egg-info, PYTHONPATH, the checkout's newsbrief/bot links) can stand in for the package."""
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE", "config.example.yaml"):
        shutil.copy2(ROOT / name, src / name)
    for name in ("bot", "summarizers"):
        shutil.copytree(ROOT / name, src / name, symlinks=True, ignore=shutil.ignore_patterns("__pycache__"))
    (src / "newsbrief").mkdir()
    for path in (ROOT / "newsbrief").iterdir():  # not the links (the sdist has no newsbrief/bot)
        if path.is_file() and not path.is_symlink():
            shutil.copy2(path, src / "newsbrief" / path.name)
    assert not (src / "newsbrief" / "bot").exists()
    return src


def _clean_env(tmp_path: Path) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "NEWSBRIEF_LOG_LEVEL", "XDG_DATA_HOME")
    }
    env["HOME"] = str(tmp_path / "home")
    return env


def _run(env: dict[str, str], *cmd: str | Path, **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(c) for c in cmd],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        **kw,  # type: ignore[call-overload]
    )


def _fresh_venv(tmp_path: Path, env: dict[str, str]) -> tuple[Path, str]:
    """A venv without pip whose only extra is a path line to this environment's dependencies."""
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    py = env_dir / "bin" / "python"
    purelib = _run(env, py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").stdout.strip()
    deps = [p for p in site.getsitepackages() if Path(p).is_dir()]
    (Path(purelib) / "borrowed_deps.pth").write_text("\n".join(deps) + "\n")
    return py, purelib


# Prints which of the names import, and from where: the installed names must, the generic ones must not.
_WHICH = (
    "import importlib.util as u\n"
    "for n in ('newsbrief', 'newsbrief.bot', 'newsbrief.summarizers', 'bot', 'summarizers'):\n"
    "    s = u.find_spec(n)\n"
    "    print(n, s.origin if s else None)\n"
)


def _which(env: dict[str, str], py: Path, cwd: Path) -> dict[str, str | None]:
    out = _run(env, py, "-c", _WHICH, cwd=cwd)
    assert out.returncode == 0, out.stderr
    found: dict[str, str | None] = {}
    for line in out.stdout.splitlines():
        name, origin = line.split(" ", 1)
        found[name] = None if origin == "None" else origin
    return found


def test_wheel_carries_the_example_and_runs_the_embedded_default(tmp_path: Path) -> None:
    src = _sdist_like_copy(tmp_path)
    env = _clean_env(tmp_path)

    def run(*cmd: str | Path, **kw: object) -> subprocess.CompletedProcess[str]:
        return _run(env, *cmd, **kw)

    dist = tmp_path / "dist"
    build = run(
        sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", dist, src
    )
    assert build.returncode == 0, build.stderr
    (wheel,) = dist.glob("newsbrief-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "newsbrief/bot/data/config.example.yaml" in names
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert "newsbrief/bot/store/alembic.ini" in names
    assert "newsbrief/bot/store/migrations/env.py" in names
    assert {"newsbrief/__init__.py", "newsbrief/__main__.py", "newsbrief/py.typed"} <= set(names)
    assert {
        "newsbrief/bot/cli.py",
        "newsbrief/summarizers/types.py",
        "newsbrief/summarizers/qa/__init__.py",
    } <= set(names)
    # One import namespace: nothing but newsbrief/ (and the metadata) is installed.
    top_level = {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")}
    assert top_level == {"newsbrief"}

    py, purelib = _fresh_venv(tmp_path, env)
    install = run(sys.executable, "-m", "pip", "--python", py, "install", "--no-deps", "-q", wheel)
    assert install.returncode == 0, install.stderr

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    found = _which(env, py, elsewhere)
    assert found["newsbrief.bot"] == str(
        Path(purelib) / "newsbrief" / "bot" / "__init__.py"
    )  # the wheel's copy
    assert found["newsbrief.summarizers"] == str(Path(purelib) / "newsbrief" / "summarizers" / "__init__.py")
    assert found["bot"] is None and found["summarizers"] is None, found
    no_bot = run(py, "-c", "import bot", cwd=elsewhere)
    assert no_bot.returncode != 0 and "No module named 'bot'" in no_bot.stderr

    as_module = run(py, "-m", "newsbrief", "--version", cwd=elsewhere)
    assert as_module.returncode == 0 and as_module.stdout.startswith("newsbrief "), as_module.stderr

    exe = py.parent / "newsbrief"
    init = run(exe, "init", "-", cwd=elsewhere)
    assert init.stdout == (ROOT / "config.example.yaml").read_text()

    bot_run = run(exe, "run", input="sources\n", cwd=elsewhere)
    assert bot_run.returncode == 0, bot_run.stderr
    assert "News digest for terminal" in bot_run.stdout
    assert "Northern Wire [world] package:newsbrief.bot/data/feeds/world.xml: ok" in bot_run.stdout
    assert (tmp_path / "home" / ".local" / "share" / "newsbrief" / "newsbrief.db").exists()


def test_editable_install_maps_the_folders_under_newsbrief(tmp_path: Path) -> None:
    # What tests/run.sh and the README's first command do (pip install -e .), from a tree without
    # the checkout's newsbrief/bot links: setuptools' editable finder maps the folders itself.
    src = _sdist_like_copy(tmp_path)
    env = _clean_env(tmp_path)
    py, _ = _fresh_venv(tmp_path, env)
    install = _run(
        env,
        sys.executable,
        "-m",
        "pip",
        "--python",
        py,
        "install",
        "--no-deps",
        "--no-build-isolation",
        "-q",
        "-e",
        src,
    )
    assert install.returncode == 0, install.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    found = _which(env, py, elsewhere)
    assert found["newsbrief"] == str(src / "newsbrief" / "__init__.py")
    assert found["newsbrief.bot"] == str(src / "bot" / "__init__.py")
    assert found["newsbrief.summarizers"] == str(src / "summarizers" / "__init__.py")
    assert found["bot"] is None and found["summarizers"] is None, found
    as_module = _run(env, py, "-m", "newsbrief", "--version", cwd=elsewhere)
    assert as_module.returncode == 0 and as_module.stdout.startswith("newsbrief "), as_module.stderr
    init = _run(env, py.parent / "newsbrief", "init", "-", cwd=elsewhere)
    assert init.stdout == (ROOT / "config.example.yaml").read_text(), init.stderr
