"""Loading event datasets: GDELT 1.0/2.0 events and mentions, ICEWS, and plain events CSV.

Each file is one input: skipped when the same bytes were loaded before, else loaded in one
transaction (bulk, with DuckDB), its bad rows quarantined with file:line and reason, and its
counts returned (read, kept, out_of_scope, duplicates, quarantined, events …; see
``dipwatch.store.bulk``). The scope (``--keep``) decides which events are kept.

No line reaches DuckDB's typed reader unchecked: every line is first read as text (a line
that is not UTF-8 is quarantined); a file that reader cannot split into lines is cleaned in
Python first (:func:`dipwatch.sources.records.clean_lines`), and a whole-file read of a file
with rejected lines reads a copy without them. A file that changes while it is read is not
loaded.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from dipwatch.errors import SourceFormatError
from dipwatch.layout import EventMap, Layout
from dipwatch.models import Batch, Rejected
from dipwatch.sources import events_csv, gdelt, icews
from dipwatch.sources.records import clean_lines, read_records
from dipwatch.sources.scope import Scope, fips_to_iso3
from dipwatch.sources.tabular import Tabular, open_tabular, scan_file
from dipwatch.store import Store, bulk, staged
from dipwatch.store import gdelt as gdelt_store


def _scope(options: Any) -> Scope:
    return Scope.parse(getattr(options, "keep", None))


@dataclass(frozen=True, slots=True)
class GdeltPlan:
    """How to read a GDELT events file: what to read, the lines already refused, and whether
    the plan proved sound (see :func:`gdelt_plan`)."""

    read: gdelt_store.GdeltRead
    rejected: list[tuple[int, str, str]]
    sound: Callable[[], bool] = lambda: True
    prefiltered: bool = False  # reads the copy of the lines that can be in scope


@dataclass(frozen=True, slots=True)
class Checked:
    """A file whose lines were checked: ``path`` holds the lines to parse (the input, or a
    cleaned copy: then ``copied``); ``rejected`` the lines refused, numbered in the input."""

    path: Path
    rejected: list[tuple[int, str, str]]
    crlf: bool
    copied: bool = False


class _Unsound(Exception):
    """The copy of the lines in scope left out a malformed line: read the whole file."""


class _Known(Exception):
    """The file's bytes were loaded before (under another name)."""


def load_gdelt_file(
    store: Store, run_id: str, path: Path, options: Any = None
) -> Counter[str] | None:
    """Load one GDELT events or mentions file (plain or ``.zip``); None if loaded before.

    The file is hashed and counted in a thread while DuckDB reads it (a file seen before
    under this name and size is hashed first, as it is likely to be skipped).

    >>> # load_gdelt_file(store, store.start_run("ingest"), Path("20211210.export.CSV.zip"))
    """
    path = Path(path)
    scope = _scope(options)
    size = path.stat().st_size
    with open_tabular(path) as t:
        if store.seen(str(path), size, "gdelt") and store.is_loaded(t.digest, "gdelt"):
            return None
        layout = gdelt.layout_of(t.first_line, t.where)
        with tempfile.TemporaryDirectory(prefix="dipwatch-gdelt-") as tmp:
            try:
                if not layout.name.startswith("v"):
                    return _load_mentions(store, run_id, t, size, scope, layout, Path(tmp))
                plan = gdelt_plan(store, t, layout, scope, Path(tmp))
                if plan.prefiltered:
                    try:
                        return _load(store, run_id, t, size, plan)
                    except _Unsound:
                        pass
                whole = gdelt_plan(store, t, layout, scope, Path(tmp), whole=True)
                return _load(store, run_id, t, size, whole)
            except _Known:
                return None


def _load(store: Store, run_id: str, t: Tabular, size: int, plan: GdeltPlan) -> Counter[str]:
    """One transaction: the events file of ``plan``; undone if the plan proves unsound, the
    file changed meanwhile, or its bytes were loaded before."""
    with (
        bulk.unordered_inserts(store),
        store.load(run_id, path=t.where, sha256=lambda: t.digest, kind="gdelt", size=size) as load,
    ):
        gdelt_store.load_gdelt_events(load, t, plan.read, plan.rejected)
        if not plan.sound():
            raise _Unsound
        _check_unchanged(t)
        if store.is_loaded(t.digest, "gdelt"):
            raise _Known
        return load.counts


def _check_unchanged(t: Tabular) -> None:
    if t.changed():
        raise SourceFormatError(
            t.where,
            "the file changed while it was read (still being written?); nothing of it was "
            "loaded: load it again once it is complete",
        )


def check(
    store: Store, t: Tabular, tmp: Path, tokens: tuple[str, ...] = (), copy: Path | None = None
) -> Checked:
    """Read every line of the input as text (copying those with a token to ``copy``); a
    file DuckDB cannot split into lines is cleaned in Python first."""
    try:
        rejected = gdelt_store.check_lines(
            store, t.path, t.where, crlf=t.crlf, tokens=tokens, target=copy
        )
        return Checked(t.path, rejected, t.crlf)
    except gdelt_store.LinesUnreadable:
        clean = tmp / "clean.tsv"
        dropped = clean_lines(t.path, clean)
        gdelt_store.check_lines(store, clean, t.where, tokens=tokens, target=copy)
        return Checked(clean, dropped, False, copied=True)


def readable(store: Store, checked: Checked, tmp: Path) -> Checked:
    """``checked`` itself, or, when lines were rejected from the input, a copy without them:
    the typed reader never sees a line the check refused."""
    if checked.copied or not checked.rejected:
        return checked
    target = tmp / "readable.tsv"
    gdelt_store.copy_readable_lines(store, checked.path, target, crlf=checked.crlf)
    return Checked(target, checked.rejected, False, copied=True)


def gdelt_plan(
    store: Store, t: Tabular, layout: Layout, scope: Scope, tmp: Path, *, whole: bool = False
) -> GdeltPlan:
    """How to read an events file: with a scope, its lines that can be in scope, copied
    unparsed to a file in ``tmp``; else (or ``whole``) the whole file.

    The copy is sound only if the lines left out all have the layout's width (their tabs
    add up): then every malformed line was copied and is quarantined from there. ``sound``
    waits for the count of the file's tabs, so it is asked last.
    """
    event_map = gdelt.event_map(layout, fips_to_iso3())
    tokens = scope.tokens()
    find = partial(gdelt.find_lines, t.path)
    # GDELT 1.0 files mix 57 and 58 columns: the tabs of the lines left out cannot be checked.
    if whole or not tokens or layout.name != "v2":
        checked = readable(store, check(store, t, tmp), tmp)
        read = _read(checked, layout, event_map, scope, find)
        return GdeltPlan(read, checked.rejected)
    copy = tmp / "lines.tsv"
    checked = check(store, t, tmp, tokens, copy)
    kept = scan_file(copy, digest=False)
    whole_scan = scan_file(checked.path, digest=False) if checked.copied else None

    def sound() -> bool:
        if whole_scan is not None:
            lines, tabs = whole_scan.lines - kept.lines, whole_scan.tabs - kept.tabs
        else:
            lines = t.lines - kept.lines - len(checked.rejected)
            tabs = t.tabs - kept.tabs - sum(raw.count("\t") for _, _, raw in checked.rejected)
        return tabs == (len(layout.columns) - 1) * lines

    copied = Checked(copy, checked.rejected, False, copied=True)
    read = _read(copied, layout, event_map, scope, find)
    return GdeltPlan(read, checked.rejected, sound, prefiltered=True)


def _read(
    checked: Checked, layout: Layout, event_map: EventMap, scope: Scope, find: Callable
) -> gdelt_store.GdeltRead:
    return gdelt_store.GdeltRead(
        path=checked.path,
        layout=layout,
        event_map=event_map,
        scope=scope.rule(),
        version=gdelt.VERSIONS[layout.name],
        find_lines=find,
        crlf=checked.crlf,
        renumber=checked.copied,
    )


def _load_mentions(
    store: Store, run_id: str, t: Tabular, size: int, scope: Scope, layout: Layout, tmp: Path
) -> Counter[str]:
    checked = readable(store, check(store, t, tmp), tmp)
    find = partial(gdelt.find_lines, t.path) if checked.copied else None
    with (
        bulk.unordered_inserts(store),
        store.load(run_id, path=t.where, sha256=lambda: t.digest, kind="gdelt", size=size) as load,
    ):
        gdelt_store.load_gdelt_mentions(
            load, t, checked.path, layout, crlf=checked.crlf, keep_all=scope.keeps_all,
            rejected=checked.rejected, find_lines=find,
        )  # fmt: skip
        _check_unchanged(t)
        if store.is_loaded(t.digest, "gdelt"):
            raise _Known
        return load.counts


def load_icews_file(
    store: Store, run_id: str, path: Path, options: Any = None
) -> Counter[str] | None:
    """Load one ICEWS events file (tab-separated with a header; plain or ``.zip``).

    >>> # load_icews_file(store, store.start_run("ingest"), Path("events.2021.tab"))
    """
    return _load_staged(store, run_id, Path(path), options, "icews")


def load_events_csv(
    store: Store, run_id: str, path: Path, options: Any = None
) -> Counter[str] | None:
    """Load one plain events CSV (``date,source_actor,target_actor,code[,goldstein,issues,
    source,text,url]``; see README).

    >>> # load_events_csv(store, store.start_run("ingest"), Path("q4_events.csv"))
    """
    return _load_staged(store, run_id, Path(path), options, "events")


def _load_staged(
    store: Store, run_id: str, path: Path, options: Any, kind: str
) -> Counter[str] | None:
    scope = _scope(options)
    module: Any = icews if kind == "icews" else events_csv
    with open_tabular(path) as t:
        if store.is_loaded(t.digest, kind):
            return None
        header, items = read_records(t.path, module.DELIMITER, module.QUOTE, t.where)
        names: set[str] = set()
        if kind == "icews":
            icews.event_map(header, t.where, {})  # refuses a file without the columns first
            items = _collect(items, header, icews.COUNTRY_COLUMNS, names)
        else:
            events_csv.check_header(header, t.where)

        def event_map() -> EventMap:
            if kind == "icews":
                return icews.event_map(header, t.where, icews.country_table(names))
            return events_csv.event_map(header, t.where)

        with store.load(
            run_id, path=str(path), sha256=t.digest, kind=kind, size=t.stamp[0]
        ) as load:
            staged.load_staged_events(load, t.where, header, items, event_map, scope.rule())
            _check_unchanged(t)
            return load.counts


def _collect(
    items: Iterable[Batch | Rejected], header: list[str], columns: tuple[str, ...], into: set[str]
) -> Iterator[Batch | Rejected]:
    """The items, noting the values of ``columns`` on the way (for a lookup table)."""
    at = [header.index(c) for c in columns if c in header]
    for item in items:
        if isinstance(item, Batch) and item.table is not None:
            for i in at:
                values = item.table.column(f"c{i + 1}").unique().to_pylist()
                into.update(v.strip() for v in values if v and v.strip())
        elif isinstance(item, Batch):
            into.update(v for row in item.rows for i in at if (v := row[i].strip()))
        yield item
