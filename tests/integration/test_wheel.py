"""The built wheel, installed into a fresh venv, runs from another directory.

The wheel is installed without its dependencies, which the venv borrows from the test's own
environment (a path line in a .pth file: no editable install of this checkout comes along), so
what is tested is the wheel's own contents: code, package data and the console script.
"""

from __future__ import annotations

import os
import site
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_carries_the_example_and_runs_the_embedded_default(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(dist),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert build.returncode == 0, build.stderr
    (wheel,) = dist.glob("newsbrief-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "bot/data/config.example.yaml" in names
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert "bot/store/alembic.ini" in names

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    py = env_dir / "bin" / "python"
    purelib = subprocess.run(
        [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    deps = [p for p in site.getsitepackages() if Path(p).is_dir()]
    (Path(purelib) / "borrowed_deps.pth").write_text("\n".join(deps) + "\n")
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps", "-q", str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "NEWSBRIEF_LOG_LEVEL")}
    env["HOME"] = str(tmp_path / "home")
    env.pop("XDG_DATA_HOME", None)
    exe = env_dir / "bin" / "newsbrief"

    where = subprocess.run(
        [str(py), "-c", "import bot; print(bot.__file__)"],
        capture_output=True,
        text=True,
        env=env,
        cwd=elsewhere,
    )
    assert where.stdout.startswith(purelib), where.stdout  # the wheel's copy, not this checkout

    init = subprocess.run([str(exe), "init", "-"], capture_output=True, text=True, env=env, cwd=elsewhere)
    assert init.stdout == (ROOT / "config.example.yaml").read_text()

    run = subprocess.run(
        [str(exe), "run"],
        input="sources\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=elsewhere,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert "News digest for terminal" in run.stdout
    assert "Northern Wire [world] package:bot/data/feeds/world.xml: ok" in run.stdout
    assert (tmp_path / "home" / ".local" / "share" / "newsbrief" / "newsbrief.db").exists()
