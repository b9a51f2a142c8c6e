"""Loading event datasets: GDELT 1.0/2.0 events and mentions, ICEWS, and plain events CSV.

Each file is one input: skipped when the same bytes were loaded before, else loaded in one
transaction (bulk, with DuckDB), its bad rows quarantined with file:line and reason, and its
counts returned (read, kept, out_of_scope, duplicates, quarantined, events …; see
``dipwatch.store.bulk``). The scope (``--keep``) decides which events are kept.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dipwatch.sources import events_csv, gdelt, icews
from dipwatch.sources.scope import Scope, fips_to_iso3
from dipwatch.sources.tabular import Tabular, open_tabular, scan_file
from dipwatch.store import Store, bulk


def _scope(options: Any) -> Scope:
    return Scope.parse(getattr(options, "keep", None))


def _bulk_input(t: Tabular) -> bulk.BulkInput:
    return bulk.BulkInput(t.path, t.where, t.digest, t.lines)


def load_gdelt_file(
    store: Store, run_id: str, path: Path, options: Any = None
) -> Counter[str] | None:
    """Load one GDELT events or mentions file (plain or ``.zip``); None if loaded before.

    >>> # load_gdelt_file(store, store.start_run("ingest"), Path("20211210.export.CSV.zip"))
    """
    path = Path(path)
    scope = _scope(options)
    size = path.stat().st_size
    with open_tabular(path) as t:
        # The file is hashed in a thread while DuckDB reads it; a file seen before is hashed
        # first, as it is likely to be skipped.
        if store.seen(str(path), size, "gdelt") and store.is_loaded(t.digest, "gdelt"):
            return None
        layout = gdelt.layout_of(t.first_line, t.where)
        with tempfile.TemporaryDirectory(prefix="dipwatch-gdelt-") as tmp:
            if layout.is_events:
                sql, rejected = _gdelt_plan(store, t, layout, scope, Path(tmp))
            if store.is_loaded(t.digest, "gdelt"):
                return None
            src = _bulk_input(t)
            with (
                bulk.unordered_inserts(store),
                store.load(
                    run_id, path=str(path), sha256=t.digest, kind="gdelt", size=size
                ) as load,
            ):
                if not layout.is_events:
                    read = gdelt.read_csv_sql(t.path, layout, crlf=t.crlf)
                    bulk.load_gdelt_mentions(load, src, read, keep_all=scope.mode == "all")
                else:
                    bulk.load_gdelt_events(load, src, sql, fips_to_iso3(), rejected)
                return load.counts


def _gdelt_plan(
    store: Store, t: Tabular, layout: gdelt.Layout, scope: Scope, tmp: Path
) -> tuple[bulk.GdeltSql, list[tuple[int, str, str]]]:
    """How to read an events file: its lines that can be in scope, copied unparsed to a file
    in ``tmp`` when that is sound, else the whole file.

    The copy is used only if the lines left out all have the layout's width (their tabs add
    up) and are UTF-8; then every malformed line was copied, and is quarantined from there.
    """
    where = scope.where_sql(
        gdelt.actor_country_sql(1), gdelt.actor_country_sql(2), gdelt.prc_action_sql()
    )
    tokens = gdelt.scope_tokens(scope)
    lines = gdelt.lines_sql(t.path, crlf=t.crlf)
    # GDELT 1.0 files mix 57 and 58 columns: the tabs of the lines left out cannot be checked.
    if tokens and layout.name == "v2":
        copy = tmp / "lines.tsv"
        rejected = bulk.prefilter(store, lines, t.where, gdelt.prefilter_sql(tokens), copy)
        kept = scan_file(copy, digest=False)
        left_lines = t.lines - kept.lines - len(rejected)
        left_tabs = t.tabs - kept.tabs - sum(raw.count("\t") for _, _, raw in rejected)
        if left_tabs == (len(layout.columns) - 1) * left_lines:
            return gdelt.gdelt_sql(copy, layout, where, original=t.path), rejected
    rejected = bulk.prefilter(store, lines, t.where)
    return gdelt.gdelt_sql(t.path, layout, where, crlf=t.crlf), rejected


def load_icews_file(
    store: Store, run_id: str, path: Path, options: Any = None
) -> Counter[str] | None:
    """Load one ICEWS events file (tab-separated with a header; plain or ``.zip``).

    >>> # load_icews_file(store, store.start_run("ingest"), Path("events.2021.tab"))
    """
    return _load_staged(store, run_id, Path(path), options, "icews", icews.icews_sql)


def load_events_csv(
    store: Store, run_id: str, path: Path, options: Any = None
) -> Counter[str] | None:
    """Load one plain events CSV (``date,source_actor,target_actor,code[,goldstein,issues,
    source,text,url]``; see README).

    >>> # load_events_csv(store, store.start_run("ingest"), Path("q4_events.csv"))
    """
    return _load_staged(store, run_id, Path(path), options, "events", events_csv.events_sql)


def _load_staged(
    store: Store,
    run_id: str,
    path: Path,
    options: Any,
    kind: str,
    plan: Callable[[Tabular], bulk.StagedSql],
) -> Counter[str] | None:
    scope = _scope(options)
    with open_tabular(path) as t:
        if store.is_loaded(t.digest, kind):
            return None
        src = _bulk_input(t)
        with store.load(
            run_id, path=str(path), sha256=t.digest, kind=kind, size=path.stat().st_size
        ) as load:
            bulk.load_staged_events(
                load, src, plan(t), scope.where_sql("_src", "_tgt", "_action = 'CHN'")
            )
            return load.counts
