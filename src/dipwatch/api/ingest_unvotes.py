"""Loading UN General Assembly votes (``dipwatch ingest --kind unvotes``).

Each of the unvotes package's three CSVs (or Voeten's single file) is one input, loaded in one
transaction and skipped when the same bytes were loaded before.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from dipwatch.sources import unvotes
from dipwatch.sources.files import file_sha256
from dipwatch.sources.records import read_records
from dipwatch.store import Store
from dipwatch.store.unvotes import load_tables


def load_unvotes_file(
    store: Store, run_id: str, path: Path, options: Any = None
) -> Counter[str] | None:
    """Load one UN votes CSV; return its counts, or None when it was already loaded.

    >>> # load_unvotes_file(store, store.start_run("ingest"), Path("un_votes.csv"))
    """
    path = Path(path)
    layout = unvotes.detect_layout(path)
    digest = file_sha256(path)
    if store.is_loaded(digest, "unvotes"):
        return None
    checks, maps = unvotes.plan(layout)
    header, items = read_records(path, unvotes.DELIMITER, unvotes.QUOTE)
    not_voting = unvotes.NOT_VOTING if layout == "voeten" else None
    with store.load(
        run_id, path=str(path), sha256=digest, kind="unvotes", size=path.stat().st_size
    ) as load:
        load_tables(load, str(path), header, items, checks, maps, not_voting)
        return load.counts
