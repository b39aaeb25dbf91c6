"""``newsbrief brief --json`` starts without importing what only the terminal renderer needs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _store_imported(tmp_path: Path, *flags: str) -> bool:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")  # an input error: nothing is briefed, no model loads
    code = (
        "import sys\n"
        "from newsbrief.bot.cli import main\n"
        "try:\n"
        f"    main(['brief', *{list(flags)!r}, {str(empty)!r}])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('sqlalchemy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return out.stdout.strip().splitlines()[-1] == "True"


def test_brief_json_imports_no_store(tmp_path: Path) -> None:
    assert not _store_imported(tmp_path, "--json")


def test_brief_for_the_terminal_still_renders_with_it(tmp_path: Path) -> None:
    # control: the terminal output's renderer (and with it the store) is what --json leaves out
    assert _store_imported(tmp_path)
