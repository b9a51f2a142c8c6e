"""``fetch gdelt``: download GDELT 2.0 export files for a date range, and ingest them as they
arrive.

Downloads run in a thread pool; ingest happens in the calling thread (the store has one
connection), one transaction per file, so a run stopped midway keeps every file it finished
and the next run skips them (complete downloads by size and MD5, loaded files by sha256).
"""

from __future__ import annotations

import contextlib
import time
import urllib.parse
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dipwatch.api.ingest import FileResult, IngestOptions, ingest_file
from dipwatch.api.outputs import output_folder
from dipwatch.errors import InputError, StoreError
from dipwatch.sources.fetch import (
    DEFAULT_BASE_URL,
    Download,
    RemoteFile,
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

    @property
    def complete(self) -> bool:
        """Every file downloaded (or present) and, when ingested, loaded without quarantine."""
        downloads = all(d.status in ("downloaded", "present") for d in self.files)
        loads = all(r.status in ("loaded", "skipped") for r in self.ingested)
        return downloads and loads and not self.totals.get("quarantined")


@dataclass(frozen=True, slots=True)
class FetchOptions:
    base_url: str = DEFAULT_BASE_URL
    workers: int = 4
    retries: int = 3
    timeout: float = 60.0
    backoff: float = 1.0
    keep: str = "prc"

    def check(self) -> None:
        """InputError naming the first option that cannot work."""
        scheme = urllib.parse.urlsplit(self.base_url).scheme
        if scheme not in ("http", "https", "file"):
            raise InputError(f"--base-url {self.base_url!r}: give an http:// or https:// URL")
        if not 0 < self.timeout <= 86_400:
            raise InputError("--timeout must be a number of seconds above 0 (at most a day)")
        if not 1 <= self.workers <= 64:
            raise InputError("--workers must be from 1 to 64")
        if not 0 <= self.retries <= 100:
            raise InputError("--retries must be from 0 to 100")


#: A Store, or a function that opens one: then the store is open only while a file is
#: ingested, and other processes may use it meanwhile.
StoreLike = Store | Callable[[], Store]


def fetch_gdelt(
    start: date,
    end: date,
    dest: Path,
    *,
    store: StoreLike | None = None,
    options: FetchOptions | None = None,
    progress: FetchProgress | None = None,
) -> FetchReport:
    """Download the export files of [start, end] into ``dest``; ingest each good one into
    ``store`` when given.
    """
    if end < start:
        raise InputError(f"--end {end} is before --start {start}")
    opts = options or FetchOptions()
    opts.check()
    output_folder(dest, "--dest")
    wanted = select_exports(read_master_list(opts.base_url, opts.timeout), start, end)
    report = FetchReport()
    if store is not None:
        with _opened(store) as s:
            report.run_id = s.start_run("fetch gdelt", [str(dest)])
    status = "failed"
    try:
        _download_all(wanted, dest, opts, report, store, progress)
        status = "done" if report.complete else "done_with_errors"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        if store is not None and report.run_id:
            with contextlib.suppress(StoreError), _opened(store) as s:
                s.finish_run(report.run_id, report.totals, status)
    report.files.sort(key=lambda d: d.remote.name)
    return report


def _download_all(
    wanted: list[RemoteFile],
    dest: Path,
    opts: FetchOptions,
    report: FetchReport,
    store: StoreLike | None,
    progress: FetchProgress | None,
) -> None:
    """Download in a pool; ingest each good file in this thread as it arrives."""
    ingest_opts = IngestOptions(keep=opts.keep)
    with ThreadPoolExecutor(max_workers=opts.workers) as pool:
        futures = [
            pool.submit(download, f, dest, timeout=opts.timeout, retries=opts.retries,
                        backoff=opts.backoff)
            for f in wanted
        ]  # fmt: skip
        try:
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
                    with _opened(store) as s:
                        file = ingest_file(s, report.run_id, result.path, "gdelt", ingest_opts)
                    report.ingested.append(file)
        except KeyboardInterrupt:
            for f in futures:
                f.cancel()
            raise


@contextlib.contextmanager
def _opened(store: StoreLike) -> Iterator[Store]:
    """The store itself, or one opened for the moment (waiting a little while another
    process writes to it)."""
    if isinstance(store, Store):
        yield store
        return
    for wait in (0.5, 1, 2, 4, 8, 0):
        try:
            opened = store()
            break
        except StoreError as err:
            if "another" not in str(err) or not wait:
                raise
            time.sleep(wait)
    try:
        yield opened
    finally:
        opened.close()
