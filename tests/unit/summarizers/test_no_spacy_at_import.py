"""The summarizers name spaCy's types only for the type checker: importing them loads no spaCy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

MODULES = [
    "newsbrief.summarizers.actors",
    "newsbrief.summarizers.facets",
    "newsbrief.summarizers.figures",
    "newsbrief.summarizers.next_steps",
    "newsbrief.summarizers.parse",
    "newsbrief.summarizers.text",
    "newsbrief.summarizers.qa",
    "newsbrief.summarizers.qa.extract",
    "newsbrief.summarizers.qa.rerank",
    "newsbrief.summarizers.qa.words",
]


def test_importing_the_summarizers_loads_no_spacy() -> None:
    code = f"import sys\nfor m in {MODULES!r}:\n    __import__(m)\nprint('spacy' in sys.modules)\n"
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[3],
    )
    assert out.stdout.strip() == "False"


def test_the_check_sees_spacy_when_it_is_loaded() -> None:
    # positive control: the same check reports spaCy once something imports it
    code = "import sys\nimport spacy.tokens\nprint('spacy' in sys.modules)\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"
