"""The Python a sandbox runs: this process's interpreter (the real one behind a venv), its standard
library, and NumPy, found once."""

from __future__ import annotations

import importlib.util
import os
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Runtime:
    python: str  # the real interpreter, symlinks resolved
    prefix: str  # where its standard library lives (sys.base_prefix)
    numpy: tuple[str, ...]  # directories: numpy itself, and numpy.libs where wheels keep OpenBLAS


def find_runtime() -> Runtime:
    python = os.path.realpath(sys.executable)
    prefix = os.path.realpath(sys.base_prefix)
    spec = importlib.util.find_spec("numpy")
    dirs: list[str] = []
    if spec is not None and spec.submodule_search_locations:
        pkg = Path(next(iter(spec.submodule_search_locations))).resolve()
        dirs.append(str(pkg))
        libs = pkg.parent / "numpy.libs"
        if libs.is_dir():
            dirs.append(str(libs))
    return Runtime(python, prefix, tuple(dirs))


def minimal_env() -> dict[str, str]:
    """All the environment the harness gets: none of the bot's (tokens, database URL)."""
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": "/tmp",
        "LANG": "C.UTF-8",
        "OPENBLAS_NUM_THREADS": "1",  # NumPy's BLAS starts no threads: one process, one thread
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
    }
