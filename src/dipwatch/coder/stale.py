"""Refuse a compiled coder module older than its source (the opt-in ``make compile``).

Python imports an extension module (``name.*.so``) before the ``name.py`` beside it, so after
an edit, a pull or a change of branch a stale compiled module would run the old code without
a word. ``dipwatch.coder`` imports this module first; with no compiled module (the default) it
costs one listing of the folder. Never compiled itself (``make compile`` leaves it out).
"""

from __future__ import annotations

import os


def stale_extensions(folder: str) -> list[str]:
    """The extension modules in ``folder`` whose ``.py`` source was written after them."""
    stale = []
    for entry in os.scandir(folder):
        if entry.name.endswith((".so", ".pyd")):
            source = os.path.join(folder, entry.name.split(".", 1)[0] + ".py")
            if os.path.exists(source) and os.stat(source).st_mtime > entry.stat().st_mtime:
                stale.append(entry.name)
    return sorted(stale)


_STALE = stale_extensions(os.path.dirname(__file__))
if _STALE:
    raise ImportError(
        f"compiled coder modules older than their source ({', '.join(_STALE[:3])}…): "
        "run `make compile` again, or `make clean-compiled` for the pure-Python coder"
    )
