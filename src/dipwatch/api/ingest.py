"""``ingest``: load files of any kind into the store, one transaction per file, idempotently.

A kind's loader is ``(store, run_id, path, options) -> Counter`` in the module named in
``LOADERS``; it opens ``store.load(...)`` itself, so that a file lands whole or not at all.
"""

from __future__ import annotations

import contextlib
import importlib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from dipwatch.errors import InputError, SourceFormatError, StoreError
from dipwatch.sources.detect import KINDS, detect_kind
from dipwatch.sources.files import expand_paths
from dipwatch.store import Store, is_interruption
from dipwatch.store.dataset import is_dataset

#: kind -> "module:function" of its loader, imported on first use.
LOADERS: dict[str, str] = {
    "text": "dipwatch.api.ingest_text:load_text_file",
    "gdelt": "dipwatch.api.ingest_events:load_gdelt_file",
    "icews": "dipwatch.api.ingest_events:load_icews_file",
    "events": "dipwatch.api.ingest_exports:load_events_file",
    "unvotes": "dipwatch.api.ingest_unvotes:load_unvotes_file",
    "parquet": "dipwatch.api.ingest_dataset:load_parquet_dataset",
}
#: Every kind a user may name: the file kinds, and a Parquet dataset (a directory).
ALL_KINDS = (*KINDS, "parquet")

#: progress(file name, files done, files in all, rows read so far)
Progress = Callable[[str, int, int, int], None]


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """What the user asked for beyond the paths (see ``dipwatch ingest --help``)."""

    keep: str | None = None  # None: each kind's default (prc for event datasets)
    source: str | None = None
    date: date | None = None
    lang: str | None = None
    genre: str | None = None  # news | narrative; decided per document when not given
    progress: Progress | None = None


@dataclass(slots=True)
class FileResult:
    path: str
    kind: str
    status: str  # loaded | skipped (already loaded) | ignored (not data) | failed
    counts: dict[str, int] = field(default_factory=dict)
    error: str | None = None


@dataclass(slots=True)
class IngestReport:
    run_id: str
    files: list[FileResult] = field(default_factory=list)
    status: str = "running"

    @property
    def totals(self) -> dict[str, int]:
        total: Counter[str] = Counter()
        for f in self.files:
            total.update(f.counts)
            total[f"files_{f.status}"] += 1
        return dict(total)

    @property
    def complete(self) -> bool:
        """Every file loaded (or skipped) and no row quarantined."""
        totals = self.totals
        return not totals.get("files_failed") and not totals.get("quarantined")


def resolve_loader(kind: str) -> Callable[..., Any]:
    if kind not in LOADERS:
        raise InputError(f"unknown kind {kind!r}; choose one of: auto, {', '.join(ALL_KINDS)}")
    module_name, func = LOADERS[kind].split(":")
    return getattr(importlib.import_module(module_name), func)


def ingest(
    store: Store,
    paths: Sequence[str | Path],
    *,
    kind: str = "auto",
    options: IngestOptions | None = None,
    command: str = "ingest",
) -> IngestReport:
    """Load every file under ``paths``; a bad file is quarantined and the rest go on.

    The run is recorded in ``runs`` with its status: ``done``, ``done_with_errors`` (a file
    failed or rows were quarantined), ``interrupted`` (Ctrl-C: the file being loaded is not
    kept) or ``failed`` (the database could not be written).

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "2021-12-15-readout.txt").write_text("习近平同普京通电话。", encoding="utf-8")
    >>> with Store(":memory:") as store:
    ...     report = ingest(store, [folder])
    >>> [(Path(f.path).name, f.kind, f.status, f.counts["events"]) for f in report.files]
    [('2021-12-15-readout.txt', 'text', 'loaded', 1)]
    """
    if kind != "auto" and kind not in ALL_KINDS:
        raise InputError(f"unknown kind {kind!r}; choose one of: auto, {', '.join(ALL_KINDS)}")
    opts = options or IngestOptions()
    ignored: list[Path] = []
    datasets = [Path(p) for p in paths if kind in ("auto", "parquet") and is_dataset(Path(p))]
    files = [*datasets, *expand_paths([p for p in paths if Path(p) not in datasets], ignored)]
    report = IngestReport(store.start_run(command, [str(p) for p in paths]))
    report.files += [FileResult(str(p), "-", "ignored", {}, NOT_DATA_NOTE) for p in ignored]
    try:
        rows = 0
        for file_kind, group in _runs(files, kind, set(datasets)):
            for result in _load_group(store, report.run_id, file_kind, group, opts):
                report.files.append(result)
                rows += sum(result.counts.get(k, 0) for k in ROW_COUNTS)
                if opts.progress:
                    done = len(report.files) - len(ignored)
                    opts.progress(result.path, done, len(files), rows)
        report.status = "done" if report.complete else "done_with_errors"
    except KeyboardInterrupt:
        report.status = "interrupted"
        raise
    except RuntimeError as err:
        report.status = "interrupted" if is_interruption(err) else "failed"
        if is_interruption(err):
            raise KeyboardInterrupt from None
        raise
    except BaseException:
        report.status = "failed"
        raise
    finally:
        _finish(store, report)
    return report


NOT_DATA_NOTE = "a read-me or licence file of a data folder: not data (name it to load it)"
#: The counts that say how many rows (or documents) a file held, for the progress bar.
ROW_COUNTS = ("read", "documents", "documents_known")


def _runs(files: list[Path], kind: str, datasets: set[Path]) -> Iterator[tuple[str, list[Path]]]:
    """Consecutive files of one kind, in order (texts and GDELT files are loaded many at a
    time)."""
    run: list[Path] = []
    run_kind = ""
    for path in files:
        file_kind = "parquet" if path in datasets else detect_kind(path) if kind == "auto" else kind
        if run and (file_kind != run_kind or file_kind not in ("text", "gdelt")):
            yield run_kind, run
            run = []
        run_kind = file_kind
        run.append(path)
    if run:
        yield run_kind, run


def _load_group(
    store: Store, run_id: str, kind: str, paths: list[Path], opts: IngestOptions
) -> Iterator[FileResult]:
    if kind == "gdelt" and len(paths) > 1:
        from dipwatch.api.ingest_gdelt import load_gdelt_files

        yield from load_gdelt_files(
            store, run_id, paths, opts, lambda p: ingest_file(store, run_id, p, kind, opts)
        )
        return
    if kind != "text":
        for path in paths:
            yield ingest_file(store, run_id, path, kind, opts)
        return
    from dipwatch.api.ingest_text import SMALL_FILE, load_text_files

    small: list[Path] = []
    for path in [*paths, None]:
        if path is not None and path.stat().st_size <= SMALL_FILE:
            small.append(path)
            continue
        for done, counts, error in load_text_files(store, run_id, small, opts):
            status = "failed" if error else "loaded" if counts else "skipped"
            yield FileResult(str(done), kind, status, dict(counts or {}), error)
        small = []
        if path is not None:  # a big file streams on its own
            yield ingest_file(store, run_id, path, kind, opts)


def _finish(store: Store, report: IngestReport) -> None:
    """Record how the run ended, whatever happened (a run never stays 'running')."""
    with contextlib.suppress(StoreError):
        store.finish_run(report.run_id, report.totals, report.status)


def ingest_file(
    store: Store, run_id: str, path: Path, kind: str, opts: IngestOptions
) -> FileResult:
    """Load one file of ``kind`` in its own transaction; a file that cannot be read is
    quarantined and reported as failed, and the run goes on."""
    loader = resolve_loader(kind)
    try:
        counts: Counter[str] | dict[str, int] | None = loader(store, run_id, path, opts)
    except (SourceFormatError, OSError, UnicodeError, MemoryError, RecursionError) as err:
        where, reason = _what_failed(err, path)
        _quarantine_file(store, run_id, path, kind, where, reason)
        return FileResult(str(path), kind, "failed", {"quarantined": 1}, f"{where}: {reason}")
    if counts is None:
        return FileResult(str(path), kind, "skipped", {})
    return FileResult(str(path), kind, "loaded", dict(counts))


def _what_failed(err: BaseException, path: Path) -> tuple[str, str]:
    """(location, reason) of a file's failure, in one line."""
    if isinstance(err, SourceFormatError):
        return err.location, err.reason
    if isinstance(err, OSError):
        return str(path), f"cannot read: {err.strerror or err}"
    if isinstance(err, MemoryError | RecursionError):
        return str(path), "too large or too deeply nested to read"
    return str(path), f"cannot decode: {err}"


def _quarantine_file(
    store: Store, run_id: str, path: Path, kind: str, location: str, reason: str
) -> None:
    """A whole file that cannot be read goes to quarantine in a transaction of its own."""
    store.quarantine_file(run_id, str(path), location, f"{kind}: {reason}")
