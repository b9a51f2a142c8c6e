"""Loading UN General Assembly votes (``dipwatch ingest --kind unvotes``).

Each of the unvotes package's three CSVs (or Voeten's single file) is one input, loaded in one
transaction and skipped when the same bytes were loaded before.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from dipwatch.sources.files import file_sha256
from dipwatch.sources.unvotes import VOETEN_ISSUES, detect_layout
from dipwatch.store import Store
from dipwatch.store import unvotes as sql


def load_unvotes_file(
    store: Store, run_id: str, path: Path, options: Any = None
) -> Counter[str] | None:
    """Load one UN votes CSV; return its counts, or None when it was already loaded."""
    path = Path(path)
    layout = detect_layout(path)
    digest = file_sha256(path)
    if store.is_loaded(digest, "unvotes"):
        return None
    with store.load(
        run_id, path=str(path), sha256=digest, kind="unvotes", size=path.stat().st_size
    ) as load:
        if layout == "voeten":
            sql.load_voeten(load, path, VOETEN_ISSUES)
        else:
            sql.load_table(load, path, layout)
        sql.drop_staging(load)
        return load.counts
