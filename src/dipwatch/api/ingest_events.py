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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dipwatch.sources import events_csv, gdelt, icews
from dipwatch.sources.scope import Scope, fips_to_iso3
from dipwatch.sources.tabular import Tabular, open_tabular, scan_file
from dipwatch.store import Store, bulk


def _scope(options: Any) -> Scope:
    return Scope.parse(getattr(options, "keep", None))


@dataclass(frozen=True, slots=True)
class GdeltPlan:
    """How to read a GDELT events file: the SQL, the lines already refused as not text, and
    whether the plan proved sound (see :func:`gdelt_plan`)."""

    sql: bulk.GdeltSql
    rejected: list[tuple[int, str, str]]
    sound: Callable[[], bool] = lambda: True


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
                if not layout.is_events:
                    return _load(store, run_id, t, size, scope, None)
                plan = gdelt_plan(store, t, layout, scope, Path(tmp))
                if plan.sql.renumber:
                    try:
                        return _load(store, run_id, t, size, scope, plan)
                    except _Unsound:
                        pass
                whole = gdelt_plan(store, t, layout, scope)
                return _load(store, run_id, t, size, scope, whole)
            except _Known:
                return None


def _load(
    store: Store, run_id: str, t: Tabular, size: int, scope: Scope, plan: GdeltPlan | None
) -> Counter[str]:
    """One transaction: the events file of ``plan`` (mentions without a plan); undone if the
    plan proves unsound or the bytes were loaded before."""
    with (
        bulk.unordered_inserts(store),
        store.load(run_id, path=t.where, sha256=lambda: t.digest, kind="gdelt", size=size) as load,
    ):
        if plan is None:
            read = gdelt.read_csv_sql(t.path, gdelt.LAYOUTS["mentions"], crlf=t.crlf)
            bulk.load_gdelt_mentions(load, t, read, keep_all=scope.mode == "all")
        else:
            bulk.load_gdelt_events(load, t, plan.sql, fips_to_iso3(), plan.rejected)
            if not plan.sound():
                raise _Unsound
        if store.is_loaded(t.digest, "gdelt"):
            raise _Known
        return load.counts


def gdelt_plan(
    store: Store, t: Tabular, layout: gdelt.Layout, scope: Scope, tmp: Path | None = None
) -> GdeltPlan:
    """How to read an events file: with ``tmp`` and a scope, its lines that can be in scope,
    copied unparsed to a file in ``tmp``; else the whole file.

    The copy is sound only if the lines left out all have the layout's width (their tabs
    add up) and are UTF-8: then every malformed line was copied and is quarantined from
    there. ``sound`` waits for the count of the file's tabs, so it is asked last.
    """
    where = scope.where_sql(
        gdelt.actor_country_sql(1), gdelt.actor_country_sql(2), gdelt.prc_action_sql()
    )
    tokens = gdelt.scope_tokens(scope)
    lines = gdelt.lines_sql(t.path, crlf=t.crlf)
    # GDELT 1.0 files mix 57 and 58 columns: the tabs of the lines left out cannot be checked.
    if tmp is None or not tokens or layout.name != "v2":
        rejected = bulk.prefilter(store, lines, t.where)
        return GdeltPlan(gdelt.gdelt_sql(t.path, layout, where, crlf=t.crlf), rejected)
    copy = tmp / "lines.tsv"
    rejected = bulk.prefilter(store, lines, t.where, gdelt.prefilter_sql(tokens), copy)
    kept = scan_file(copy, digest=False)

    def sound() -> bool:
        left_lines = t.lines - kept.lines - len(rejected)
        left_tabs = t.tabs - kept.tabs - sum(raw.count("\t") for _, _, raw in rejected)
        return left_tabs == (len(layout.columns) - 1) * left_lines

    return GdeltPlan(gdelt.gdelt_sql(copy, layout, where, original=t.path), rejected, sound)


def load_icews_file(
    store: Store, run_id: str, path: Path, options: Any = None
) -> Counter[str] | None:
    """Load one ICEWS events file (tab-separated with a header; plain or ``.zip``)."""
    return _load_staged(store, run_id, Path(path), options, "icews", icews.icews_sql)


def load_events_csv(
    store: Store, run_id: str, path: Path, options: Any = None
) -> Counter[str] | None:
    """Load one plain events CSV (``date,source_actor,target_actor,code[,goldstein,issues,
    source,text,url]``; see README).
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
        with store.load(
            run_id, path=str(path), sha256=t.digest, kind=kind, size=path.stat().st_size
        ) as load:
            bulk.load_staged_events(
                load, t, plan(t), scope.where_sql("_src", "_tgt", "_action = 'CHN'")
            )
            return load.counts
