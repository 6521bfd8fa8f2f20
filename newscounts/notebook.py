"""Run a notebook through papermill so that the same inputs give the same file, byte for byte.

papermill stamps every run with start and end times and durations; nbval
does not compare them, but a reproducible build must not differ by them
either. The run goes to a temporary file beside the target: a notebook that
fails leaves the previous good one in place.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from .atomic import atomic_path, atomic_write_text

__all__ = ["clean_notebook", "run_notebook"]

_VOLATILE_NOTEBOOK_KEYS = ("start_time", "end_time", "duration", "exception")
_VOLATILE_CELL_KEYS = ("start_time", "end_time", "duration", "exception", "status")


def clean_notebook(notebook: dict, input_path: str, output_path: str) -> dict:
    """Drop run timestamps and temporary file names from a papermill notebook (in place).

    >>> nb = {"metadata": {"papermill": {"duration": 1.5, "output_path": "/tmp/.x.tmp.ipynb"}},
    ...       "cells": [{"metadata": {"papermill": {"start_time": "t"}, "execution": {"a": 1}}}]}
    >>> clean_notebook(nb, "notebooks/x.ipynb", "notebooks/x.ipynb")["metadata"]["papermill"]
    {'output_path': 'notebooks/x.ipynb', 'input_path': 'notebooks/x.ipynb'}
    >>> nb["cells"][0]["metadata"]
    {}
    >>> cell = {"id": "3f2a", "metadata": {"tags": ["injected-parameters"]}}
    >>> clean_notebook({"cells": [cell]}, "a", "a")["cells"][0]["id"]
    'injected-parameters'

    """
    meta = notebook.setdefault("metadata", {}).setdefault("papermill", {})
    for key in _VOLATILE_NOTEBOOK_KEYS:
        meta.pop(key, None)
    meta["output_path"] = output_path
    meta["input_path"] = input_path
    for cell in notebook.get("cells", []):
        cell_meta = cell.setdefault("metadata", {})
        if "injected-parameters" in cell_meta.get("tags", []):
            cell["id"] = "injected-parameters"  # papermill gives the cell a random id
        cell_meta.pop("execution", None)
        papermill = cell_meta.get("papermill")
        if isinstance(papermill, dict):
            for key in _VOLATILE_CELL_KEYS:
                papermill.pop(key, None)
            if not papermill:
                cell_meta.pop("papermill")
    return notebook


def run_notebook(
    source: str | os.PathLike,
    output: str | os.PathLike,
    parameters: dict[str, str] | None = None,
    cwd: str | os.PathLike | None = None,
) -> None:
    """Execute ``source`` with papermill into ``output`` (which may be ``source`` itself).

    Raises papermill's execution error when a cell fails; ``output`` is then untouched.
    """
    import papermill

    output = Path(output)
    with atomic_path(output) as tmp:
        papermill.execute_notebook(
            str(source),
            str(tmp),
            parameters=parameters or None,
            cwd=str(cwd) if cwd else None,
            progress_bar=False,
            log_output=False,
            kernel_name="python3",
            # saving after every cell rewrites a report notebook of megabytes twenty times
            request_save_on_cell_execute=False,
        )
        notebook = json.loads(tmp.read_text(encoding="utf-8"))
    clean_notebook(notebook, os.path.relpath(source), os.path.relpath(output))
    atomic_write_text(output, json.dumps(notebook, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
