"""Loading many GDELT export files: small ones in batches read as one (a day of 15-minute
files costs about what one file of the same rows does), the others one by one.

A batch is consecutive GDELT 2.0 export files, each at most :data:`SMALL_FILE`, with LF line
ends; it lands whole or not at all, and when it fails its files are loaded one by one, so a
bad file fails alone (see :mod:`dipwatch.store.gdelt_batch`).
"""

from __future__ import annotations

import tempfile
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dipwatch.api.ingest import FileResult
from dipwatch.api.ingest_events import GdeltPlan, Unsound, gdelt_plan, scope_of
from dipwatch.errors import SourceFormatError
from dipwatch.sources import gdelt
from dipwatch.sources.scope import Scope
from dipwatch.sources.tabular import Part, concatenate, snapshot, survey
from dipwatch.store import Store, bulk
from dipwatch.store.gdelt import load_gdelt_events
from dipwatch.store.gdelt_batch import BatchFile, settle
from dipwatch.store.load import Load

#: Files above this size are loaded on their own (a file's fixed cost, some 30 ms, is then
#: small beside its rows'); a batch holds at most so many files, or bytes.
SMALL_FILE = 8 << 20
FILES_PER_BATCH, BYTES_PER_BATCH = 128, 256 << 20

Single = Callable[[Path], FileResult]


@dataclass(frozen=True, slots=True)
class Combined:
    """The batch's one file, as the GDELT plan reads an input."""

    path: Path
    where: str
    lines: int
    tabs: int
    crlf: bool = False
    digest: str = ""


def load_gdelt_files(
    store: Store, run_id: str, paths: Sequence[Path], options: Any, single: Single
) -> Iterator[FileResult]:
    """Load GDELT files, in order; ``single(path)`` loads one on its own."""
    batch: list[Path] = []
    size = 0
    for path in map(Path, paths):
        small = path.stat().st_size <= SMALL_FILE
        if batch and (not small or len(batch) >= FILES_PER_BATCH or size >= BYTES_PER_BATCH):
            yield from _batch(store, run_id, batch, options, single)
            batch, size = [], 0
        if small:
            batch.append(path)
            size += path.stat().st_size
        else:
            yield single(path)
    yield from _batch(store, run_id, batch, options, single)


def _batch(
    store: Store, run_id: str, paths: list[Path], options: Any, single: Single
) -> Iterator[FileResult]:
    """The files of a batch: loaded as one when they qualify, else (or on failure) singly."""
    if len(paths) < 2:
        yield from map(single, paths)
        return
    parts: dict[Path, Part] = {}
    with ThreadPoolExecutor(2) as pool:  # hashing lets go of the GIL: two at a time
        for path, part in zip(paths, pool.map(_survey, paths), strict=True):
            line = part.first_line if part else b""
            if (
                part
                and not line.endswith(b"\r\n")
                and gdelt.BY_WIDTH.get(line.count(b"\t") + 1) == "v2"
            ):
                parts[path] = part
    known = store.loaded({p.digest for p in parts.values()}, "gdelt")
    todo, firsts = [], {}
    for path, part in parts.items():  # the same bytes twice: the second is "loaded before"
        if part.digest not in known and firsts.setdefault(part.digest, path) == path:
            todo.append(part)
    done: dict[Path, Counter[str]] = {}
    if len(todo) > 1:
        with tempfile.TemporaryDirectory(prefix="dipwatch-gdelt-") as tmp:
            counts = _load(store, run_id, todo, scope_of(options), Path(tmp))
        done = dict(zip([p.path for p in todo], counts, strict=True)) if counts else {}
    for path in paths:
        part = parts.get(path)
        if part and (
            part.digest in known or (firsts.get(part.digest) != path and path not in done)
        ):
            yield FileResult(str(path), "gdelt", "skipped", {})
        elif path in done:
            yield FileResult(str(path), "gdelt", "loaded", dict(done[path]))
        else:
            yield single(path)


def _survey(path: Path) -> Part | None:
    """The file surveyed, or None when it cannot be (read alone, it will fail alone)."""
    try:
        return survey(path)
    except (SourceFormatError, OSError):
        return None


def _load(
    store: Store, run_id: str, todo: list[Part], scope: Scope, tmp: Path
) -> list[Counter[str]] | None:
    """Load the files as one; None when the batch fails (they are then loaded one by one)."""
    combined = tmp / "batch.tsv"
    try:
        counts, tabs = concatenate([p.path for p in todo], combined)
    except (SourceFormatError, OSError):
        return None
    firsts = [1 + sum(counts[:n]) for n in range(len(counts))]
    files = [
        BatchFile(str(p.path), p.digest, p.stamp[0], first, lines)
        for p, first, lines in zip(todo, firsts, counts, strict=True)
    ]
    c = Combined(combined, f"{todo[0].path} and {len(todo) - 1} more", sum(counts), tabs)
    inputs = {n: f.digest for n, f in enumerate(files)}
    layout = gdelt.BATCH_LAYOUT
    try:
        plan = gdelt_plan(store, c, layout, scope, _dir(tmp, "plan"), inputs=inputs)  # type: ignore[arg-type]
        try:
            return _write(store, run_id, c, plan, files, todo)
        except Unsound:
            pass
        whole = gdelt_plan(store, c, layout, scope, _dir(tmp, "whole"), whole=True, inputs=inputs)  # type: ignore[arg-type]
        return _write(store, run_id, c, whole, files, todo)
    except SourceFormatError:
        return None


def _dir(tmp: Path, name: str) -> Path:
    (tmp / name).mkdir(exist_ok=True)
    return tmp / name


def _write(
    store: Store,
    run_id: str,
    c: Combined,
    plan: GdeltPlan,
    files: list[BatchFile],
    todo: list[Part],
) -> list[Counter[str]]:
    """One transaction: the batch's events, then each file's share of them."""
    with bulk.unordered_inserts(store), store.transaction(c.where):
        load = Load(store, run_id, c.where)
        before = bulk.last_rowid(load)
        by_file = load_gdelt_events(load, c, plan.read, plan.rejected)
        if not plan.sound():
            raise Unsound
        if any(snapshot(p.path) != p.stamp for p in todo):
            raise SourceFormatError(c.where, "a file changed while the batch was read")
        return settle(load, files, by_file, before)
