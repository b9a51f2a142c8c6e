"""Loads of UN votes files into the ``unvotes_*`` tables, inside a :class:`Load`.

The records, checked line by line, are staged as text (:func:`dipwatch.store.staged.stage`);
a row that fails one of the file's checks goes to quarantine with its line and reason; the
others are mapped by each :class:`~dipwatch.layout.TableMap` and replace the stored rows of
the same key only (a partial file corrects what it names and keeps the rest).

Counts: ``read``, ``quarantined``, and per table ``<table>`` (new rows),
``<table>_replaced`` (stored rows it changed) and ``<table>_known`` (rows stored already).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from dipwatch.layout import Check, Expr, TableMap
from dipwatch.models import Batch, Rejected
from dipwatch.store import bulk, staged
from dipwatch.store.database import Load
from dipwatch.store.dialect import Compiler, identifier


def load_tables(
    load: Load,
    where: str,
    header: Sequence[str],
    items: Iterable[Batch | Rejected],
    checks: Sequence[Check],
    maps: Sequence[TableMap],
    not_voting: Expr | None = None,
) -> None:
    """Stage one file's records, quarantine the rows failing ``checks``, fill each table."""
    rejected = staged.stage(load, header, items)
    position = {name: f"s.c{i + 1}" for i, name in enumerate(header) if name}
    comp = Compiler(lambda name: position.get(name, "NULL"), order="s._line")
    raw = "concat_ws(' | ', " + ", ".join(position.values()) + ")"
    con = load.connection
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE _checked AS SELECT s.*, {comp.failure(checks)} AS _reason "
        "FROM _staged s"
    )
    bad = con.execute(
        f"SELECT _line, _reason, {raw} FROM _checked s WHERE _reason IS NOT NULL ORDER BY _line"
    ).fetchall()
    load.quarantine_many(Rejected(f"{where}:{line}", str(why), raw) for line, why, raw in bad)
    read = bulk.scalar(load, "SELECT count(*) FROM _checked")
    if not_voting is not None:
        load.counts["unvotes_not_voting"] += bulk.scalar(
            load,
            f"SELECT count(*) FROM _checked s WHERE _reason IS NULL AND {comp.sql(not_voting)}",
        )
    for table_map in maps:
        _replace(load, table_map, position)
    bulk.drop(con, "_staged", "_checked", "_rows")
    load.counts["read"] += read + rejected
    load.counts["quarantined"] += 0  # reported even when none


def _replace(load: Load, table_map: TableMap, position: dict[str, str]) -> None:
    """The map's rows replace the stored rows of their keys (a file's first row of a key
    wins); counts new, replaced and known rows."""
    con = load.connection
    comp = Compiler(lambda name: position.get(name, "NULL"), order="s._line")
    columns = list(table_map.fields)
    values = ", ".join(f"{comp.sql(e)} AS {identifier(c)}" for c, e in table_map.fields.items())
    keys = ", ".join(identifier(k) for k in table_map.key)
    where = f"s._reason IS NULL AND {comp.sql(table_map.where) if table_map.where else 'true'}"
    registered = bulk.register_tables(con, table_map.tables, comp)
    try:
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE _rows AS SELECT s._line, {values} FROM _checked s "
            f"{' '.join(comp.joins)} WHERE {where}"
        )
    finally:
        for name in registered:
            con.unregister(name)
    if bulk.scalar(
        load, f"SELECT count(*) FROM (SELECT {keys} FROM _rows GROUP BY ALL HAVING count(*) > 1)"
    ):
        con.execute(
            f"DELETE FROM _rows WHERE _line NOT IN (SELECT min(_line) FROM _rows GROUP BY {keys})"
        )
    table = table_map.table
    on = " AND ".join(f"t.{identifier(k)} = r.{identifier(k)}" for k in table_map.key)
    same = " AND ".join(
        f"t.{identifier(c)} IS NOT DISTINCT FROM r.{identifier(c)}" for c in columns
    )
    known = replaced = 0
    stored = bulk.scalar(load, f"SELECT count(*) FROM (SELECT 1 FROM {table} LIMIT 1)")
    if stored:
        known = bulk.scalar(
            load, f"SELECT count(*) FROM _rows r JOIN {table} t ON {on} WHERE {same}"
        )
        replaced = bulk.scalar(
            load, f"DELETE FROM {table} t USING _rows r WHERE {on} AND NOT ({same})"
        )
    names = ", ".join(identifier(c) for c in columns)
    new = f"_rows r ANTI JOIN {table} t ON {on}" if stored else "_rows r"
    added = bulk.scalar(
        load,
        f"INSERT INTO {table} ({names}) SELECT {', '.join(f'r.{identifier(c)}' for c in columns)} "
        f"FROM {new}",
    )
    load.counts[table] += added - replaced
    load.counts[f"{table}_replaced"] += replaced
    load.counts[f"{table}_known"] += known
