"""Loads of event files read record by record (ICEWS, the events CSV), inside a :class:`Load`.

The records, already checked line by line (:mod:`dipwatch.sources.records`), are staged as
text in ``_staged`` (columns ``c1``... for the header's names, and ``_line``), mapped by the
source's :class:`~dipwatch.layout.EventMap` into ``_mapped`` with the reason a row
fails a check, and the good rows in scope inserted. Every row is checked, in scope or not; a
repeated event id keeps its first row and quarantines the others.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Sequence

import pyarrow as pa

from dipwatch.layout import EventMap, Expr
from dipwatch.models import Batch, Rejected
from dipwatch.store import bulk
from dipwatch.store.database import EVENT_COLUMNS, Load
from dipwatch.store.dialect import Compiler


def stage(load: Load, header: Sequence[str], items: Iterable[Batch | Rejected]) -> int:
    """Rows into ``_staged``; rejected lines straight to quarantine. Returns how many
    were rejected."""
    con = load.connection
    keep = [i for i, name in enumerate(header) if name]
    columns = ", ".join(f"c{i + 1} VARCHAR" for i in keep)
    con.execute(f"CREATE OR REPLACE TEMP TABLE _staged (_line BIGINT, {columns})")
    rejected = []
    # Millions of small lists and tuples would set off the cycle collector again and again
    # (it took most of the time); none of them is part of a cycle.
    collecting = gc.isenabled()
    gc.disable()
    try:
        for item in items:
            if isinstance(item, Rejected):
                rejected.append(item)
            elif item.table is not None or item.rows:
                _write(load, item, keep)
    finally:
        if collecting:
            gc.enable()
    load.quarantine_many(rejected)
    return len(rejected)


def _write(load: Load, batch: Batch, keep: list[int]) -> None:
    data = {"_line": pa.array(batch.lines, pa.int64())}
    if batch.table is not None:
        data.update({f"c{i + 1}": batch.table.column(f"c{i + 1}") for i in keep})
    else:
        fields = list(zip(*batch.rows, strict=True))
        data.update({f"c{i + 1}": pa.array(fields[i], pa.string()) for i in keep})
    load.connection.register("_batch", pa.table(data))
    empty_as_null = ", ".join(f"nullif(c{i + 1}, '')" for i in keep)
    try:
        load.connection.execute(f"INSERT INTO _staged SELECT _line, {empty_as_null} FROM _batch")
    finally:
        load.connection.unregister("_batch")


def load_staged_events(
    load: Load,
    where: str,
    header: Sequence[str],
    items: Iterable[Batch | Rejected],
    make_map: Callable[[], EventMap],
    scope: Expr | None,
) -> None:
    """Stage, map, check and insert one file's records (see the module docstring);
    ``make_map`` is asked once the records are staged (its lookup tables may depend on
    their values)."""
    rejected = stage(load, header, items)
    event_map = make_map()
    con = load.connection
    position = {name: f"s.c{i + 1}" for i, name in enumerate(header) if name}
    comp = Compiler(lambda name: position.get(name, "NULL"), order="s._line")
    values, failure = bulk.event_select(event_map, comp)
    in_scope = bulk.scope_sql(event_map, comp, scope)
    raw = "concat_ws(' | ', " + ", ".join(position.values()) + ")"
    named = ", ".join(f"{v} AS {c}" for v, c in zip(values, EVENT_COLUMNS, strict=True))
    registered = bulk.register_tables(con, event_map.tables, comp)
    try:
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE _mapped AS SELECT s._line, {named}, "
            f"{failure} AS _reason, {in_scope} AS _in_scope, {raw} AS _raw "
            f"FROM _staged s {' '.join(comp.joins)}"
        )
    finally:
        for name in registered:
            con.unregister(name)
    bad = _quarantine(load, where)
    staged = bulk.scalar(load, "SELECT count(*) FROM _mapped")
    kept = bulk.scalar(load, "SELECT count(*) FROM _mapped WHERE _reason IS NULL AND _in_scope")
    added = bulk.insert_events(
        load,
        f"SELECT {', '.join(EVENT_COLUMNS)}, ? FROM _mapped WHERE _reason IS NULL AND _in_scope "
        "AND event_id NOT IN (SELECT event_id FROM events)",
        [load.run_id],
    )
    bulk.drop(con, "_staged", "_mapped")
    load.counts["read"] += staged + rejected
    load.counts["kept"] += kept
    load.counts["out_of_scope"] += staged - bad - kept
    load.counts["events_known"] += kept - added
    load.counts["quarantined"] += 0  # reported even when none


def _quarantine(load: Load, where: str) -> int:
    """Rows that fail a check, and later rows repeating an event id, to quarantine."""
    con = load.connection
    con.execute(
        "UPDATE _mapped SET _reason = 'repeats the event id ' || m.event_id || ' of line ' || "
        "m.first FROM (SELECT _line, event_id, first(_line) OVER (PARTITION BY event_id "
        "ORDER BY _line) AS first FROM _mapped WHERE _reason IS NULL) m "
        "WHERE _mapped._line = m._line AND m._line <> m.first"
    )
    rows = con.execute(
        "SELECT _line, _reason, _raw FROM _mapped WHERE _reason IS NOT NULL ORDER BY _line"
    ).fetchall()
    for line, reason, raw in rows:
        load.quarantine(f"{where}:{line}", str(reason), raw)
    return len(rows)
