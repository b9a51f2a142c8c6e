"""Loading a Parquet dataset (docs/dataset.md), from ``dipwatch export`` or a Spark job, into
the store, idempotently.

Each table's rows are checked against the store's columns: a column of the wrong kind (a
CAMEO code written as a number) refuses the dataset, naming the table and column; a row that
lacks a required value, or whose value does not fit its column, goes to quarantine with its
file, row number and reason. Rows whose key is stored already are skipped, so loading the same
dataset twice, or a dataset that grew, adds only what is new.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from dipwatch.errors import SourceFormatError
from dipwatch.store.dataset import (
    LAYOUTS,
    TableLayout,
    has_files,
    read_sql,
    store_columns,
    table_glob,
)

if TYPE_CHECKING:
    import duckdb

    from dipwatch.store.database import Load

_INTEGERS = {"TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT",
             "UINTEGER", "UBIGINT"}  # fmt: skip


def family(duck_type: str) -> str:
    """The kind of a DuckDB type, for deciding what a dataset column may be cast from.

    >>> family("VARCHAR[]"), family("DECIMAL(10,2)"), family("INTEGER")
    ('list of text', 'number', 'integer')
    """
    t = duck_type.upper()
    if t.endswith("[]"):
        return "list of " + family(t[:-2])
    if t in _INTEGERS:
        return "integer"
    if t in {"FLOAT", "DOUBLE", "REAL"} or t.startswith("DECIMAL"):
        return "number"
    return {"VARCHAR": "text", "DATE": "date", "BOOLEAN": "boolean", "JSON": "text"}.get(t, t)


def _fits(have: str, want: str) -> bool:
    """A dataset column of kind ``have`` may be loaded into a store column of kind ``want``."""
    return have == want or (have == "integer" and want == "number")


def dataset_hash(root: Path) -> str:
    """sha256 over every data file of the dataset (names and bytes, in name order)."""
    h = hashlib.sha256()
    for layout in LAYOUTS:
        for f in sorted(root.glob(table_glob("", layout).lstrip("/"))):
            h.update(str(f.relative_to(root)).encode() + b"\0")
            with f.open("rb") as stream:
                while chunk := stream.read(1 << 20):
                    h.update(chunk)
    return h.hexdigest()


def load_dataset(load: Load, root: Path) -> None:
    """Add every table of the dataset at ``root`` to the store inside ``load``'s transaction;
    ``load.counts`` gets ``<table>`` (new rows), ``<table>_known`` and ``quarantined``."""
    con = load.connection
    for layout in LAYOUTS:
        if has_files(root, layout) and not layout.derived:
            _load_table(con, load, root, layout)


def _load_table(
    con: duckdb.DuckDBPyConnection, load: Load, root: Path, layout: TableLayout
) -> None:
    want = store_columns(con, layout.name)
    described = con.execute(f"DESCRIBE SELECT * FROM {read_sql(root, layout)}").fetchall()
    have = {r[0]: r[1] for r in described}
    required, defaults = _constraints(con, layout.name)
    _check_columns(root, layout, want, have, required)
    values = [_value(n, t, n in have, defaults.get(n)) for n, t in want]
    problems = [_problem(n, t, n in have, n in required) for n, t in want]
    reason = f"concat_ws('; ', {', '.join(p for p in problems if p)})"
    source = read_sql(root, layout, "filename = true, file_row_number = true")
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE _dataset AS SELECT {', '.join(values)}, "
        f"{reason} AS _reason, filename AS _file, file_row_number AS _row, "
        f"to_json(s) AS _raw FROM {source} s"
    )
    try:
        _quarantine_rows(con, load, layout)
        _insert_rows(con, load, layout, [n for n, _ in want])
    finally:
        con.execute("DROP TABLE IF EXISTS _dataset")


def _constraints(con: duckdb.DuckDBPyConnection, table: str) -> tuple[set[str], dict[str, str]]:
    """The columns every row needs (NOT NULL, no default), and the defaults of the others."""
    rows = con.execute(
        "SELECT column_name, is_nullable, column_default FROM duckdb_columns() "
        "WHERE table_name = ?",
        [table],
    ).fetchall()
    required = {n for n, nullable, default in rows if not nullable and default is None}
    return required, {n: default for n, _, default in rows if default is not None}


def _check_columns(root: Path, layout: TableLayout, want: list[tuple[str, str]],
                   have: dict[str, str], required: set[str]) -> None:  # fmt: skip
    where = f"{root}/{layout.name}"
    for name, duck_type in want:
        if name not in have:
            if name in required:
                raise SourceFormatError(where, f"no column {name!r}, which every row needs")
            continue
        if not _fits(family(have[name]), family(duck_type)):
            raise SourceFormatError(
                where, f"column {name!r} holds {family(have[name])} ({have[name]}); the "
                f"layout has {family(duck_type)} ({duck_type}): see docs/dataset.md",
            )  # fmt: skip


def _value(name: str, duck_type: str, present: bool, default: str | None) -> str:
    """SQL for a stored column's value: the dataset's, cast, else the column's default."""
    value = f'TRY_CAST("{name}" AS {duck_type})' if present else "NULL"
    if default is not None:
        value = f"coalesce({value}, CAST({default} AS {duck_type}))"
    return f'{value} AS "{name}"'


def _problem(name: str, duck_type: str, present: bool, required: bool) -> str | None:
    """SQL giving the reason a row's value of ``name`` cannot be stored, or NULL."""
    col = f'"{name}"'
    checks = []
    if required:
        checks.append(f"WHEN {col} IS NULL THEN 'no {name}'")
    if present:
        checks.append(
            f"WHEN TRY_CAST({col} AS {duck_type}) IS NULL AND {col} IS NOT NULL "
            f"THEN '{name}: not a {duck_type}'"
        )
    return f"CASE {' '.join(checks)} END" if checks else None


def _quarantine_rows(con: duckdb.DuckDBPyConnection, load: Load, layout: TableLayout) -> None:
    row = con.execute(
        "INSERT INTO quarantine SELECT ?, _file, concat('row ', _row + 1), "
        "concat(?, ': ', _reason), _raw FROM _dataset WHERE _reason <> ''",
        [load.run_id, layout.name],
    ).fetchone()
    if row and row[0]:
        load.counts["quarantined"] += int(row[0])


def _insert_rows(con: duckdb.DuckDBPyConnection, load: Load, layout: TableLayout,
                 cols: list[str]) -> None:  # fmt: skip
    names = [f'"{c}"' for c in cols]
    keys = ", ".join(f'"{k}"' for k in layout.key)
    same = " AND ".join(f'n."{k}" IS NOT DISTINCT FROM s."{k}"' for k in layout.key)
    run = _has_run_id(con, layout.name)
    into = ", ".join(names + (["run_id"] if run else []))
    total = con.execute("SELECT count(*) FROM _dataset WHERE _reason = ''").fetchone()
    row = con.execute(
        f"INSERT INTO {layout.name} ({into}) SELECT {', '.join('n.' + c for c in names)}"
        f"{', ?' if run else ''} "
        f"FROM (SELECT * FROM _dataset WHERE _reason = '' QUALIFY row_number() OVER "
        f"(PARTITION BY {keys} ORDER BY _file, _row) = 1) n "
        f"ANTI JOIN {layout.name} s ON {same}",
        [load.run_id] if run else [],
    ).fetchone()
    added = int(row[0]) if row else 0
    known = (int(total[0]) if total else 0) - added
    if added:
        load.counts[layout.name] += added
    if known:
        load.counts[f"{layout.name}_known"] += known


def _has_run_id(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    row = con.execute(
        "SELECT count(*) FROM information_schema.columns WHERE table_name = ? AND column_name = 'run_id'",
        [table],
    ).fetchone()
    return bool(row and row[0])
