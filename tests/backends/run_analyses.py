"""Every analysis over one backend, as JSON on stdout: run in a fresh process (another hash
seed) to check that results do not depend on the run.

    python -m tests.backends.run_analyses DB [ENGINE [DATASET]]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from dipwatch.analysis.frames import reference_context
from dipwatch.api.analyze import ANALYSES, analyze
from dipwatch.config import Settings
from dipwatch.models import to_plain
from dipwatch.store import open_backend
from tests.backends.data import PERIOD


def run_all(settings: Settings) -> dict[str, Any]:
    """Plain results of every registered analysis over ``settings``' backend."""
    ctx = reference_context()
    with open_backend(settings) as backend:
        return {name: to_plain(analyze(backend, name, PERIOD, ctx=ctx)) for name in ANALYSES}


if __name__ == "__main__":
    args = sys.argv[1:]
    settings = Settings(Path(args[0]), *args[1:])
    json.dump(run_all(settings), sys.stdout, ensure_ascii=False)
