"""The scripts in eval/ are not a package: tests load them by path, one module each."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

EVAL = Path(__file__).resolve().parents[2] / "eval"


def load(name: str) -> ModuleType:
    """``eval/NAME.py`` as the module NAME, registered so that the scripts' own imports of
    one another (``import sample_days``) find the same module; a module of that name from
    elsewhere (an installed ``coverage``) is left where it is."""
    path = EVAL / f"{name}.py"
    known = sys.modules.get(name)
    if known is not None and getattr(known, "__file__", None) == str(path):
        return known
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module
