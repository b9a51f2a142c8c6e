"""The Parquet dataset: the store's tables in a layout every engine reads (docs/dataset.md).

One directory per table, named as the store's table, holding Parquet files whose columns are
the store's (its bookkeeping ``run_id`` left out). Tables of dated rows are Hive-partitioned by
the month of their date (``events/month=2021-12/part-….parquet``; a row without a date sits in
``month=__HIVE_DEFAULT_PARTITION__``); small tables are one file each. DuckDB
(``read_parquet(…, hive_partitioning = true)``), Spark (``spark.read.parquet``), pyarrow and
the rest read it as it is, and Spark jobs write it with ``partitionBy``.

:func:`export_dataset` writes the store into such a directory incrementally (see its doc);
:mod:`dipwatch.store.dataset_ingest` loads one, from any writer, back into a store.

>>> [(t.name, t.partition) for t in LAYOUTS][:3]
[('events', 'month'), ('documents', 'month'), ('gdelt_lines', 'month')]
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

from dipwatch.errors import InputError
from dipwatch.store.database import SCHEMA_VERSION
from dipwatch.store.dialect import path_literal

if TYPE_CHECKING:
    import duckdb

    from dipwatch.store.database import Store

#: Version of the layout itself (directories, partitions, manifest), not of the columns.
LAYOUT_VERSION = 1
MANIFEST = "_dipwatch.json"
#: Columns of the store that stay with it: which local run loaded a row.
LOCAL_COLUMNS = ("run_id",)


@dataclass(frozen=True, slots=True)
class TableLayout:
    """How one table lies in the dataset.

    ``key``: the columns that identify a row (an export skips rows whose key is already there;
    an ingest skips rows whose key is already stored). ``dated_by``: DuckDB SQL for the DATE a
    row belongs to; such a table is Hive-partitioned by its month (``month=2021-12``, a column
    of the dataset only), and a table without one is kept as one file, rewritten when it
    changes. ``date_column``: the column that SQL reads, when it is one column as it is (a
    Spark job derives the month from it).
    """

    name: str
    key: tuple[str, ...]
    dated_by: str | None = None
    date_column: str | None = None
    derived: bool = False

    @property
    def partition(self) -> str | None:
        return PARTITION if self.dated_by else None

    @property
    def derive(self) -> str | None:
        """DuckDB SQL for the partition value, ``YYYY-MM``."""
        return f"strftime({self.dated_by}, '%Y-%m')" if self.dated_by else None


#: The partition column of dated tables. By month, not day: four years of a PRC-scoped store
#: by day is 1,461 small files per table, and Spark's cost grows with the files (see
#: docs/dataset.md); a month of GDELT at full scale is a few hundred megabytes.
PARTITION = "month"

#: Every table of the dataset, in the order exports and ingests take them.
LAYOUTS = (
    TableLayout("events", ("event_id",), "date", "date"),
    TableLayout("documents", ("doc_id",), "published", "published"),
    TableLayout(
        "gdelt_lines", ("GlobalEventID",),
        "try_strptime(split_part(line, chr(9), 2), '%Y%m%d')",
    ),
    TableLayout(
        "gdelt_mentions", ("GlobalEventID", "MentionIdentifier", "MentionTimeDate"),
        "try_strptime(CAST(EventTimeDate AS VARCHAR), '%Y%m%d%H%M%S')",
    ),
    TableLayout("coverage", ("input", "origin", "source", "day"), "day", "day", derived=True),
    TableLayout("unvotes_roll_calls", ("rcid",)),
    TableLayout("unvotes_votes", ("rcid", "country_code")),
    TableLayout("unvotes_issues", ("rcid", "short_name", "issue")),
    TableLayout("quarantine", ("input", "location", "reason")),
)  # fmt: skip
LAYOUT = {t.name: t for t in LAYOUTS}


@dataclass(frozen=True, slots=True)
class Written:
    """What an export did to one table: rows written now, rows there after it."""

    table: str
    written: int
    total: int


def store_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[str, str]]:
    """(name, DuckDB type) of a store table's columns that the dataset holds, in order."""
    rows = con.execute(
        "SELECT column_name, data_type FROM information_schema.columns "
        "WHERE table_name = ? ORDER BY ordinal_position",
        [table],
    ).fetchall()
    return [(n, t) for n, t in rows if n not in LOCAL_COLUMNS]


@cache
def layout_schema(table: str) -> pa.Schema:
    """The Arrow schema of ``table`` in the dataset (the current store schema's columns, and a
    derived partition column last), read from an empty store of this version.

    >>> str(layout_schema("events").field("issues").type)
    'list<l: string>'
    >>> layout_schema("gdelt_lines").names
    ['GlobalEventID', 'line', 'gdelt_version', 'input', 'month']
    """
    from dipwatch.store.database import Store

    layout = LAYOUT[table]
    with Store(":memory:") as store:
        cols = [n for n, _ in store_columns(store.connection, table)]
        schema = store.connection.execute(f"SELECT {', '.join(cols)} FROM {table} LIMIT 0")
        schema = schema.to_arrow_table().schema
    if layout.partition:
        schema = schema.append(pa.field(layout.partition, pa.string()))
    return schema


def file_schema(table: str) -> pa.Schema:
    """The columns of ``table`` inside its files: :func:`layout_schema` less the partition."""
    schema = layout_schema(table)
    partition = LAYOUT[table].partition
    return schema.remove(schema.get_field_index(partition)) if partition else schema


def is_dataset(path: Path) -> bool:
    """A directory with a manifest or a table directory of Parquet files."""
    if not path.is_dir():
        return False
    if (path / MANIFEST).is_file():
        return True
    return any(next((path / t.name).rglob("*.parquet"), None) for t in LAYOUTS)


def table_glob(root: str | Path, layout: TableLayout) -> str:
    """The files of a table: one level of partitions, or the files of a one-file table."""
    return f"{root}/{layout.name}/{'*/' if layout.partition else ''}*.parquet"


def has_files(root: Path, layout: TableLayout) -> bool:
    return next(root.glob(table_glob("", layout).lstrip("/")), None) is not None


def read_sql(root: str | Path, layout: TableLayout, options: str = "") -> str:
    """A DuckDB ``read_parquet`` over a table of the dataset (with its partition column)."""
    hive = f", {options}" if options else ""
    if layout.partition:
        hive += f", hive_partitioning = true, hive_types = {{'{layout.partition}': 'VARCHAR'}}"
    return f"read_parquet({path_literal(table_glob(root, layout))}, union_by_name = true{hive})"


# -- export -----------------------------------------------------------------------------------
def export_dataset(store: Store, directory: Path) -> list[Written]:
    """Write the store's tables into ``directory`` as the dataset layout, incrementally.

    A dated table gets only rows whose key is not in the dataset yet: the dataset itself says
    what it holds, so a second export writes only what is new, whoever wrote the first, and an
    export that died midway is finished by the next. New files are written aside and renamed
    into place whole, so a reader never sees half a file. A one-file table is rewritten when
    its fingerprint (count and sum of row hashes) differs from the manifest's.
    """
    directory.mkdir(parents=True, exist_ok=True)
    _remove_stale_staging(directory)
    manifest = read_manifest(directory)
    export_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + secrets.token_hex(3)
    staging = directory / f"_staging-{export_id}"
    con = store.connection
    done = []
    try:
        for layout in LAYOUTS:
            if layout.partition:
                done.append(_append(con, layout, directory, staging, export_id))
            else:
                done.append(_replace(con, layout, directory, staging, manifest))
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    _write_manifest(directory, manifest, done)
    return done


def _source_sql(con: duckdb.DuckDBPyConnection, layout: TableLayout) -> str:
    cols = ", ".join(f'"{n}"' for n, _ in store_columns(con, layout.name))
    derived = f", {layout.derive} AS {layout.partition}" if layout.derive else ""
    return f"SELECT {cols}{derived} FROM {layout.name}"


def _append(con: duckdb.DuckDBPyConnection, layout: TableLayout, root: Path, staging: Path,
            export_id: str) -> Written:  # fmt: skip
    query = _source_sql(con, layout)
    if has_files(root, layout):
        keys = ", ".join(layout.key)
        same = " AND ".join(f"n.{k} IS NOT DISTINCT FROM d.{k}" for k in layout.key)
        query = (
            f"SELECT n.* FROM ({query}) n ANTI JOIN "
            f"(SELECT {keys} FROM {read_sql(root, layout)}) d ON {same}"
        )
    out = staging / layout.name
    out.mkdir(parents=True)
    row = con.execute(
        f"COPY ({query}) TO {path_literal(out)} (FORMAT parquet, COMPRESSION zstd, "
        f"PARTITION_BY ({layout.partition}), FILENAME_PATTERN 'part-{export_id}-{{i}}')"
    ).fetchone()
    for file in sorted(out.rglob("*.parquet")):
        target = root / layout.name / file.relative_to(out)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(file, target)
    return Written(layout.name, int(row[0]) if row else 0, _count(con, root, layout))


def _replace(con: duckdb.DuckDBPyConnection, layout: TableLayout, root: Path, staging: Path,
             manifest: dict) -> Written:  # fmt: skip
    cols = [n for n, _ in store_columns(con, layout.name)]
    row = con.execute(
        f"SELECT count(*), coalesce(sum(hash({', '.join(cols)})::HUGEINT), 0)::VARCHAR "
        f"FROM {layout.name}"
    ).fetchone()
    fingerprint = f"{row[0]}:{row[1]}" if row else ""
    target = root / layout.name / "part-0.parquet"
    known = manifest.get("tables", {}).get(layout.name, {}).get("fingerprint")
    if known == fingerprint and target.is_file():
        return Written(layout.name, 0, int(row[0]) if row else 0)
    staging.mkdir(parents=True, exist_ok=True)
    tmp = staging / f"{layout.name}.parquet"
    con.execute(
        f"COPY ({_source_sql(con, layout)}) TO {path_literal(tmp)} (FORMAT parquet, COMPRESSION zstd)"
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(tmp, target)
    for other in target.parent.glob("*.parquet"):
        if other != target:
            other.unlink()
    manifest.setdefault("fingerprints", {})[layout.name] = fingerprint
    return Written(layout.name, int(row[0]) if row else 0, int(row[0]) if row else 0)


def _count(con: duckdb.DuckDBPyConnection, root: Path, layout: TableLayout) -> int:
    if not has_files(root, layout):
        return 0
    row = con.execute(f"SELECT count(*) FROM {read_sql(root, layout)}").fetchone()
    return int(row[0]) if row else 0


def _remove_stale_staging(directory: Path) -> None:
    """Remove what a killed export left aside (never read: names starting ``_`` are hidden)."""
    for old in directory.glob("_staging-*"):
        shutil.rmtree(old, ignore_errors=True)


# -- manifest ---------------------------------------------------------------------------------
def read_manifest(directory: Path) -> dict:
    """The dataset's manifest (empty when there is none); InputError when it is not ours."""
    path = directory / MANIFEST
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise InputError(f"{path}: not a dipwatch dataset manifest ({err})") from None
    if not isinstance(data, dict) or data.get("layout", 0) > LAYOUT_VERSION:
        raise InputError(f"{path}: written by a newer dipwatch (layout {data.get('layout')})")
    return data


def _write_manifest(directory: Path, manifest: dict, done: list[Written]) -> None:
    """Record the layout, the schema and each table's rows; replaced whole, never half-written."""
    prints = manifest.pop("fingerprints", {})
    tables = manifest.get("tables", {})
    for w in done:
        entry = {"rows": w.total, "partition": LAYOUT[w.table].partition}
        fingerprint = prints.get(w.table, tables.get(w.table, {}).get("fingerprint"))
        if fingerprint:
            entry["fingerprint"] = fingerprint
        tables[w.table] = entry
    manifest.update(
        layout=LAYOUT_VERSION, schema_version=SCHEMA_VERSION, tables=tables,
        exported=datetime.now(UTC).isoformat(timespec="seconds"),
        last_export={w.table: w.written for w in done},
    )  # fmt: skip
    tmp = directory / f"{MANIFEST}.tmp"
    tmp.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(tmp, directory / MANIFEST)
