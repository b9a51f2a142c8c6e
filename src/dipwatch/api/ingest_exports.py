"""Loading ``--kind events`` files: dipwatch's own exports (CSV, JSONL, Parquet), or the plain
events CSV of the README.

An export loads as it was exported: every event keeps its id, origin and provenance, so a
store rebuilt from an export exports the same file again. One file is one transaction.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from dipwatch.errors import InputError
from dipwatch.models import Rejected
from dipwatch.sources.exports import looks_like_export, read_export
from dipwatch.sources.files import file_sha256
from dipwatch.store import Store


def load_events_file(
    store: Store, run_id: str, path: Path, options: Any = None
) -> Counter[str] | None:
    """Load one events file; return its counts, or None when the same bytes were loaded before."""
    path = Path(path)
    if not looks_like_export(path):
        from dipwatch.api.ingest_events import load_events_csv

        return load_events_csv(store, run_id, path, options)
    if getattr(options, "keep", None) not in (None, "all"):
        raise InputError(
            f"{path}: --keep applies to event datasets; a dipwatch export loads as it was "
            "exported (filter with `dipwatch events` before exporting)"
        )
    digest = file_sha256(path)
    if store.is_loaded(digest, "events"):
        return None
    with store.load(
        run_id, path=str(path), sha256=digest, kind="events", size=path.stat().st_size
    ) as load:
        for key in ("events", "quarantined"):
            load.counts[key] += 0  # always reported, even when zero
        for item in read_export(path):
            if isinstance(item, Rejected):
                load.quarantine(item.location, item.reason, item.raw)
            else:
                load.add_events(item)
        return load.counts
