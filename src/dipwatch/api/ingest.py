"""``ingest``: load files of any kind into the store, one transaction per file, idempotently.

A kind's loader is ``(store, run_id, path, options) -> Counter`` in the module named in
``LOADERS``; it opens ``store.load(...)`` itself, so that a file lands whole or not at all.
"""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from dipwatch.errors import DipwatchError, InputError, SourceFormatError
from dipwatch.sources.detect import KINDS, detect_kind
from dipwatch.sources.files import expand_paths
from dipwatch.store import Store
from dipwatch.store.dataset import is_dataset

#: kind -> "module:function" of its loader, imported on first use.
LOADERS: dict[str, str] = {
    "text": "dipwatch.api.ingest_text:load_text_file",
    "gdelt": "dipwatch.api.ingest_events:load_gdelt_file",
    "icews": "dipwatch.api.ingest_events:load_icews_file",
    "events": "dipwatch.api.ingest_events:load_events_csv",
    "unvotes": "dipwatch.api.ingest_unvotes:load_unvotes_file",
    "parquet": "dipwatch.api.ingest_dataset:load_parquet_dataset",
}
#: Every kind a user may name: the file kinds, and a Parquet dataset (a directory).
ALL_KINDS = (*KINDS, "parquet")

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """What the user asked for beyond the paths (see ``dipwatch ingest --help``)."""

    keep: str = "prc"
    source: str | None = None
    date: date | None = None
    lang: str | None = None
    genre: str | None = None  # news | narrative; decided per document when not given
    progress: Progress | None = None


@dataclass(slots=True)
class FileResult:
    path: str
    kind: str
    status: str  # loaded | skipped (already loaded) | failed
    counts: dict[str, int] = field(default_factory=dict)
    error: str | None = None


@dataclass(slots=True)
class IngestReport:
    run_id: str
    files: list[FileResult] = field(default_factory=list)

    @property
    def totals(self) -> dict[str, int]:
        total: Counter[str] = Counter()
        for f in self.files:
            total.update(f.counts)
            total[f"files_{f.status}"] += 1
        return dict(total)


def resolve_loader(kind: str) -> Callable[..., Any]:
    if kind not in LOADERS:
        raise InputError(f"unknown kind {kind!r}; choose one of: auto, {', '.join(ALL_KINDS)}")
    module_name, func = LOADERS[kind].split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as err:
        raise InputError(
            f"kind {kind!r} is not available in this version of dipwatch ({err})"
        ) from None
    return getattr(module, func)


def ingest(
    store: Store,
    paths: Sequence[str | Path],
    *,
    kind: str = "auto",
    options: IngestOptions | None = None,
) -> IngestReport:
    """Load every file under ``paths``; a bad file is quarantined and the rest go on.

    >>> # ingest(Store("my.duckdb"), ["examples/"])  # -> IngestReport with counts per file
    """
    if kind != "auto" and kind not in ALL_KINDS:
        raise InputError(f"unknown kind {kind!r}; choose one of: auto, {', '.join(ALL_KINDS)}")
    opts = options or IngestOptions()
    datasets = [Path(p) for p in paths if kind in ("auto", "parquet") and is_dataset(Path(p))]
    files = [*datasets, *expand_paths([p for p in paths if Path(p) not in datasets])]
    run_id = store.start_run("ingest", [str(p) for p in paths])
    report = IngestReport(run_id)
    try:
        for i, path in enumerate(files):
            if opts.progress:
                opts.progress(str(path), i, len(files))
            file_kind = (
                "parquet" if path in datasets else detect_kind(path) if kind == "auto" else kind
            )
            report.files.append(ingest_file(store, run_id, path, file_kind, opts))
    finally:
        status = "done" if all(f.status != "failed" for f in report.files) else "done_with_errors"
        store.finish_run(run_id, report.totals, status)
    return report


def ingest_file(
    store: Store, run_id: str, path: Path, kind: str, opts: IngestOptions
) -> FileResult:
    """Load one file of ``kind`` in its own transaction; a file that cannot be read is
    quarantined and reported as failed, and the run goes on."""
    loader = resolve_loader(kind)
    try:
        counts: Counter[str] | dict[str, int] | None = loader(store, run_id, path, opts)
    except SourceFormatError as err:
        _quarantine_file(store, run_id, path, kind, err.location, err.reason)
        return FileResult(str(path), kind, "failed", {"quarantined": 1}, str(err))
    except DipwatchError:
        raise
    if counts is None:
        return FileResult(str(path), kind, "skipped", {})
    return FileResult(str(path), kind, "loaded", dict(counts))


def _quarantine_file(
    store: Store, run_id: str, path: Path, kind: str, location: str, reason: str
) -> None:
    """A whole file that cannot be read goes to quarantine in a transaction of its own."""
    store.quarantine_file(run_id, str(path), location, f"{kind}: {reason}")
