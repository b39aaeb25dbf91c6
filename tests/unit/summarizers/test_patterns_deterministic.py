"""Every module-level pattern of the summarizers is built the same under any hash seed.

A pattern joined from a set (or sorted on a key with ties) changes its text with ``PYTHONHASHSEED``; the
alternatives of one pattern may then be tried in another order, and an output may differ from run to run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]

_RUN = """
import hashlib, importlib, pkgutil, re
import summarizers
lines = []
for mod in sorted(m.name for m in pkgutil.walk_packages(summarizers.__path__, "summarizers.")):
    module = importlib.import_module(mod)
    for name, value in sorted(vars(module).items()):
        if isinstance(value, re.Pattern):
            lines.append(f"{mod}.{name} {hashlib.md5(value.pattern.encode()).hexdigest()}")
print(len(lines))
print("\\n".join(lines))
"""


def test_module_patterns_are_the_same_under_any_hash_seed() -> None:
    runs = []
    for seed in ("0", "1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)}
        proc = subprocess.run(
            [sys.executable, "-c", _RUN], capture_output=True, text=True, env=env, timeout=300
        )
        assert proc.returncode == 0, proc.stderr[-2000:]
        runs.append(proc.stdout.splitlines())
    assert int(runs[0][0]) > 50, "the summarizers' patterns were found"
    differ = sorted({line for run in runs for line in run[1:]} - set(runs[0][1:]))
    assert not differ, differ
