"""The built wheel, installed into a fresh venv, runs from another directory.

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


def test_wheel_carries_the_example_and_runs_the_embedded_default(tmp_path: Path) -> None:
    # Built from a copy of what the sdist holds, so the build leaves nothing in this checkout and
    # nothing of it (an egg-info, PYTHONPATH) can stand in for the installed wheel.
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE", "newsbrief.py", "config.example.yaml"):
        shutil.copy2(ROOT / name, src / name)
    for name in ("bot", "summarizers"):
        shutil.copytree(ROOT / name, src / name, symlinks=True, ignore=shutil.ignore_patterns("__pycache__"))
    env = {
        k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "NEWSBRIEF_LOG_LEVEL", "XDG_DATA_HOME")
    }
    env["HOME"] = str(tmp_path / "home")

    def run(*cmd: str | Path, **kw: object) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(c) for c in cmd],
            capture_output=True,
            text=True,
            timeout=300,
            env=env,
            **kw,  # type: ignore[call-overload]
        )

    dist = tmp_path / "dist"
    build = run(
        sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", dist, src
    )
    assert build.returncode == 0, build.stderr
    (wheel,) = dist.glob("newsbrief-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "bot/data/config.example.yaml" in names
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert "bot/store/alembic.ini" in names
    top_level = {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")}
    assert top_level == {"bot", "summarizers", "newsbrief.py"}  # newsbrief.py: python -m newsbrief

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    py = env_dir / "bin" / "python"
    purelib = run(py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").stdout.strip()
    deps = [p for p in site.getsitepackages() if Path(p).is_dir()]
    (Path(purelib) / "borrowed_deps.pth").write_text("\n".join(deps) + "\n")
    install = run(sys.executable, "-m", "pip", "--python", py, "install", "--no-deps", "-q", wheel)
    assert install.returncode == 0, install.stderr

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    where = run(py, "-c", "import bot; print(bot.__file__)", cwd=elsewhere)
    assert where.stdout.startswith(purelib), where.stdout + where.stderr  # the wheel's copy

    as_module = run(py, "-m", "newsbrief", "--version", cwd=elsewhere)
    assert as_module.returncode == 0 and as_module.stdout.startswith("newsbrief "), as_module.stderr

    exe = env_dir / "bin" / "newsbrief"
    init = run(exe, "init", "-", cwd=elsewhere)
    assert init.stdout == (ROOT / "config.example.yaml").read_text()

    bot_run = run(exe, "run", input="sources\n", cwd=elsewhere)
    assert bot_run.returncode == 0, bot_run.stderr
    assert "News digest for terminal" in bot_run.stdout
    assert "Northern Wire [world] package:bot/data/feeds/world.xml: ok" in bot_run.stdout
    assert (tmp_path / "home" / ".local" / "share" / "newsbrief" / "newsbrief.db").exists()
