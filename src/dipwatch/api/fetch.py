"""``fetch gdelt``: download GDELT 2.0 export files for a date range, and ingest them as they
arrive.

Downloads run in a thread pool; ingest happens in the calling thread (the store has one
connection), one transaction per file, so a run stopped midway keeps every file it finished
and the next run skips them (complete downloads by size and MD5, loaded files by sha256).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dipwatch.api.ingest import FileResult, IngestOptions, ingest_file
from dipwatch.errors import InputError
from dipwatch.sources.fetch import (
    DEFAULT_BASE_URL,
    Download,
    download,
    read_master_list,
    select_exports,
)
from dipwatch.store import Store

#: progress(file name, done, total)
FetchProgress = Callable[[str, int, int], None]


@dataclass(slots=True)
class FetchReport:
    """Every file of the range with what became of it, and the ingest results."""

    files: list[Download] = field(default_factory=list)
    ingested: list[FileResult] = field(default_factory=list)
    run_id: str | None = None

    @property
    def totals(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for d in self.files:
            out[d.status] = out.get(d.status, 0) + 1
        for r in self.ingested:
            for k, v in r.counts.items():
                out[k] = out.get(k, 0) + v
        return out


@dataclass(frozen=True, slots=True)
class FetchOptions:
    base_url: str = DEFAULT_BASE_URL
    workers: int = 4
    retries: int = 3
    timeout: float = 60.0
    backoff: float = 1.0
    keep: str = "prc"


def fetch_gdelt(
    start: date,
    end: date,
    dest: Path,
    *,
    store: Store | None = None,
    options: FetchOptions | None = None,
    progress: FetchProgress | None = None,
) -> FetchReport:
    """Download the export files of [start, end] into ``dest``; ingest each good one into
    ``store`` when given.
    """
    if end < start:
        raise InputError(f"--end {end} is before --start {start}")
    opts = options or FetchOptions()
    if opts.workers < 1:
        raise InputError("--workers must be at least 1")
    dest.mkdir(parents=True, exist_ok=True)
    wanted = select_exports(read_master_list(opts.base_url, opts.timeout), start, end)
    report = FetchReport()
    ingest_opts = IngestOptions(keep=opts.keep)
    if store is not None:
        report.run_id = store.start_run("fetch gdelt", [str(dest)])
    try:
        with ThreadPoolExecutor(max_workers=opts.workers) as pool:
            futures = [
                pool.submit(
                    download,
                    f,
                    dest,
                    timeout=opts.timeout,
                    retries=opts.retries,
                    backoff=opts.backoff,
                )
                for f in wanted
            ]
            for done, future in enumerate(as_completed(futures), 1):
                result = future.result()
                report.files.append(result)
                if progress:
                    progress(result.remote.name, done, len(wanted))
                if (
                    store is not None
                    and report.run_id
                    and result.status in ("downloaded", "present")
                ):
                    report.ingested.append(
                        ingest_file(store, report.run_id, result.path, "gdelt", ingest_opts)
                    )
    finally:
        if store is not None and report.run_id:
            bad = any(f.status in ("failed", "missing") for f in report.files)
            store.finish_run(report.run_id, report.totals, "done_with_errors" if bad else "done")
    report.files.sort(key=lambda d: d.remote.name)
    return report
