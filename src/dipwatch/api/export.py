"""``export``: the store as a Parquet dataset that Spark, DuckDB and others read (docs/dataset.md).

>>> import tempfile
>>> from pathlib import Path
>>> from dipwatch.store import Store
>>> out = Path(tempfile.mkdtemp()) / "ds"
>>> with Store(":memory:") as store:
...     [(w.table, w.written) for w in export_parquet(store, out)][:2]
[('events', 0), ('documents', 0)]
"""

from __future__ import annotations

from pathlib import Path

from dipwatch.errors import InputError
from dipwatch.store import Store
from dipwatch.store.dataset import Written, export_dataset


def export_parquet(store: Store, directory: Path) -> list[Written]:
    """Write what is new in ``store`` into the dataset at ``directory`` (made if missing)."""
    if directory.exists() and not directory.is_dir():
        raise InputError(f"{directory} is a file; give a directory for the dataset")
    return export_dataset(store, directory)
