"""Where things live: the one module that knows the project's layout.

Notebooks and the command line build every other path from these names, so
moving a folder means changing one line here.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent
SEEDS = ROOT / "seeds"
NOTEBOOKS = ROOT / "notebooks"
FIGURES = ROOT / "figures"
REPORT = ROOT / "report"
TESTS = ROOT / "tests"
TEMPLATES = ROOT / "templates"
PRESETS = PACKAGE / "presets"
CORRECTIONS = ROOT / "corrections.csv"

__all__ = [
    "PACKAGE",
    "ROOT",
    "SEEDS",
    "NOTEBOOKS",
    "FIGURES",
    "REPORT",
    "TESTS",
    "TEMPLATES",
    "PRESETS",
    "CORRECTIONS",
]
