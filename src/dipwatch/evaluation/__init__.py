"""Measuring the text coder against the annotated gold sets in ``eval/`` (``dipwatch evaluate``).

- ``gold``: load ``eval/xwlb.jsonl`` (sentences by reference into ``../shared/data/xwlb``,
  checked by sha1) and ``eval/zh_hant.jsonl``;
- ``plover``: the PLOVER gold records and the CAMEO → PLOVER mapping;
- ``scoring``: one-to-one matching, P/R/F1 by root and actor, date, PLOVER accuracy.
"""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]


def default_gold_dir() -> Path:
    """``eval/`` at the root of the checkout this package runs from."""
    return REPO / "eval"


def default_data_dir() -> Path:
    """``$DIPWATCH_SHARED_DATA`` if set, else ``../shared/data`` beside the checkout."""
    env = os.environ.get("DIPWATCH_SHARED_DATA")
    return Path(env).expanduser() if env else REPO.parent / "shared" / "data"
