"""``dipwatch --engine spark ingest FILES``: raw GDELT event files loaded by a Spark job into
the Parquet dataset, with the GDELT reader's own layouts, event mapping, checks and scope
(:mod:`dipwatch.sources.gdelt`, :mod:`dipwatch.sources.scope`), not a rewrite of them.

Files are plain or gzip/bzip2-compressed (what Spark reads); each file's layout (GDELT 1.0 or
2.0) is told from its first line, as ``dipwatch ingest`` does, and its content hash becomes
the ``input`` of its lines. GDELT's own ``.zip`` files must be unzipped first; mentions files
are not loaded by Spark yet.
"""

from __future__ import annotations

import bz2
import gzip
import hashlib
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from dipwatch.errors import InputError, SourceFormatError
from dipwatch.sources import gdelt
from dipwatch.sources.files import expand_paths
from dipwatch.sources.scope import Scope, fips_to_iso3

_OPEN = {".gz": gzip.open, ".bz2": bz2.open}


def ingest_gdelt_on_spark(
    paths: Sequence[str | Path], dataset: str, keep: str = "prc"
) -> Counter[str]:
    """Load the GDELT files under ``paths`` into the dataset ``dataset``; the counts."""
    from dipwatch.store.spark import session
    from dipwatch.store.spark_gdelt import SparkGdeltFiles, load_gdelt

    scope = Scope.parse(keep)
    groups: dict[str, dict[str, str]] = {}
    for path in expand_paths(paths):
        layout = _layout(path)
        groups.setdefault(layout.name, {})[path.resolve().as_uri()] = _sha256(path)
    counts: Counter[str] = Counter()
    for name, inputs in sorted(groups.items()):
        layout = gdelt.LAYOUTS[name]
        files = SparkGdeltFiles(
            layout, gdelt.event_map(layout, fips_to_iso3()), gdelt.VERSIONS[name], inputs,
            scope.rule(), scope.tokens(),
        )  # fmt: skip
        counts.update(load_gdelt(session(), files, dataset))
        counts["files"] += len(inputs)
    return counts


def _layout(path: Path) -> gdelt.Layout:
    if path.suffix.lower() == ".zip":
        raise InputError(f"{path}: Spark does not read .zip; unzip it (or gzip it) first")
    with _OPEN.get(path.suffix.lower(), open)(path, "rb") as f:
        layout = gdelt.layout_of(f.readline(), str(path))
    if layout.name == "mentions":
        raise SourceFormatError(str(path), "GDELT mentions are loaded by the DuckDB engine only")
    return layout


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()
