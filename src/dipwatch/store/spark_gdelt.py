"""Raw GDELT event files loaded by Spark into the dataset (docs/dataset.md), from the same
data the DuckDB load reads: the source's :class:`~dipwatch.layout.Layout`, its
:class:`~dipwatch.layout.EventMap` (fields, checks, lookup tables), the scope rule and its
prefilter tokens, compiled by :class:`~dipwatch.store.spark_dialect.SparkCompiler`.

Each line is split on tabs; a line of the wrong width, with an empty required column or a
value not of its column's type is quarantined with the reason; a row in scope that fails a
check is quarantined with the check's reason; the others become ``events`` and their lines
``gdelt_lines``. A GlobalEventID already in the dataset, or earlier in the input, is not
written again, so loading the same files twice adds nothing.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dipwatch.layout import EventMap, Expr, Layout, mapped_columns
from dipwatch.store import bulk
from dipwatch.store.database import EVENT_COLUMNS
from dipwatch.store.dialect import table_rows
from dipwatch.store.spark_dialect import (
    SparkCompiler,
    column_of,
    spark_literal,
    type_failure,
    typed_columns,
)  # fmt: skip

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession


#: Spark keeps a line's bytes as they are: one that is not UTF-8 is quarantined.
NOT_UTF8 = "the line is not valid UTF-8"


@dataclass(frozen=True, slots=True)
class SparkGdeltFiles:
    """GDELT files of one layout: their URIs and each one's content hash (``input``)."""

    layout: Layout
    event_map: EventMap
    version: int
    inputs: dict[str, str]  # URI -> sha256
    scope: Expr | None = None
    tokens: tuple[str, ...] | None = None


def load_gdelt(spark: SparkSession, files: SparkGdeltFiles, root: str) -> Counter[str]:
    """Load ``files`` into the dataset at ``root``; counts like ``dipwatch ingest``'s."""
    rows = _rows(spark, files)
    rows.persist()
    try:
        counts = Counter({k: v for k, v in _count(rows).items() if v})
        fresh = _new_only(spark, rows.filter("_kind = 'event'"), root)
        from dipwatch.store.spark import append_table, spark_schema

        typed = spark_schema("events", partition=False)
        events = fresh.select(*(fresh[c.name].cast(c.dataType).alias(c.name) for c in typed))
        counts["events"] = append_table(events, root, "events")
        lines = fresh.selectExpr(
            "GlobalEventID", "line", f"CAST({files.version} AS TINYINT) AS gdelt_version",
            "input", "date_format(date, 'yyyy-MM') AS month",
        )  # fmt: skip
        append_table(lines, root, "gdelt_lines")
        bad = rows.filter("_kind = 'quarantine'").selectExpr(
            "file AS input", "location", "reason", "make_valid_utf8(line) AS raw"
        )
        append_table(bad, root, "quarantine")
        counts["events_known"] = counts["kept"] - counts["events"]
        return counts
    finally:
        rows.unpersist()


def _rows(spark: SparkSession, files: SparkGdeltFiles) -> DataFrame:
    """Every line of the files, typed, with its event, kind (event, quarantine, out) and reason."""
    from pyspark.sql import functions as f

    raw = spark.read.text(list(files.inputs)).select(
        f.input_file_name().alias("file"), f.col("value").alias("line")
    )
    hashes = spark.createDataFrame(list(files.inputs.items()), "file STRING, input STRING")
    raw = raw.join(f.broadcast(hashes), "file", "left")
    # Lines without a scope token are out of scope: checked for shape and UTF-8, not parsed.
    tokens = files.tokens or ()
    pre = " OR ".join(f"instr(line, {spark_literal(t)}) > 0" for t in tokens) or "true"
    typed = mapped_columns(files.event_map) | set(files.layout.required)
    split = raw.selectExpr("file", "input", "line", "split(line, '\\t', -1) AS f")
    parsed = split.selectExpr(
        "file",
        "input",
        "line",
        f"CASE WHEN NOT is_valid_utf8(line) THEN '{NOT_UTF8}' "
        "WHEN instr(line, '\\u0000') > 0 THEN 'a NUL byte in the line' "
        f"WHEN NOT ({pre}) THEN {type_failure(files.layout, 'f', typed, values=False)} "
        f"ELSE {type_failure(files.layout, 'f', typed)} END AS _unread",
        f"({pre}) AS _pre",
        *typed_columns(files.layout, "f", typed),
    )
    parsed.createOrReplaceTempView("_gdelt_rows")
    comp = SparkCompiler(column_of)
    values, failure = bulk.event_select(files.event_map, comp)
    keep = bulk.scope_sql(files.event_map, comp, files.scope)
    for name, table in table_rows(files.event_map.tables).items():
        fields = ["key", *sorted(comp.fields.get(name, ()))]
        schema = ", ".join(f"`{x}` STRING" for x in fields)
        spark.createDataFrame([tuple(r.get(x) for x in fields) for r in table], schema)\
            .createOrReplaceTempView(f"_lk_{name}")  # fmt: skip
    selected = ", ".join(f"{v} AS `{c}`" for v, c in zip(values, EVENT_COLUMNS, strict=True))
    return spark.sql(
        f"SELECT r.file, r.input, r.line, r.GlobalEventID, {selected}, "
        f"CASE WHEN r._unread IS NOT NULL THEN 'quarantine' WHEN NOT r._pre THEN 'out' "
        f"WHEN NOT ({keep}) THEN 'out' "
        f"WHEN ({failure}) IS NOT NULL THEN 'quarantine' ELSE 'event' END AS _kind, "
        f"coalesce(r._unread, {failure}) AS reason, "
        f"concat(r.file, '#GlobalEventID=', coalesce(CAST(r.GlobalEventID AS STRING), '?')) AS location "
        f"FROM _gdelt_rows r {' '.join(comp.joins)}"
    )


def _count(rows: DataFrame) -> dict[str, int]:
    got = {r["_kind"]: r["count"] for r in rows.groupBy("_kind").count().collect()}
    read = sum(got.values())
    return {"read": read, "kept": got.get("event", 0),
            "quarantined": got.get("quarantine", 0), "out_of_scope": got.get("out", 0)}  # fmt: skip


def _new_only(spark: SparkSession, events: DataFrame, root: str) -> DataFrame:
    """One row per GlobalEventID (its first line, by file and text), none already stored."""
    from pyspark.sql import Window
    from pyspark.sql import functions as f

    first = Window.partitionBy("GlobalEventID").orderBy("file", "line")
    events = events.withColumn("_n", f.row_number().over(first)).filter("_n = 1").drop("_n")
    from dipwatch.store.spark import read_table

    stored = read_table(spark, root, "gdelt_lines").select("GlobalEventID")
    return events.join(stored, "GlobalEventID", "left_anti")
