"""Loading a Parquet dataset (``dipwatch export parquet``'s, or a Spark job's) into the store.

The whole dataset is one input: one transaction, recorded by the hash of its files, so the
same dataset twice is skipped and a grown one adds only its new rows (the store skips keys
it holds; see ``dipwatch.store.dataset_ingest``).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from dipwatch.store import Store
from dipwatch.store.dataset_ingest import dataset_hash, load_dataset


def load_parquet_dataset(store: Store, run_id: str, path: Path, opts: Any) -> Counter[str] | None:
    """Load the dataset at ``path``; None when these very files were loaded before."""
    sha = dataset_hash(path)
    if store.is_loaded(sha, "parquet"):
        return None
    with store.load(run_id, path=str(path), sha256=sha, kind="parquet") as load:
        load_dataset(load, path)
    return load.counts
