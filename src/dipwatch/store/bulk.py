"""What the bulk loads of event datasets share: the events a mapping makes, the rows a reader
rejected, and counting.

The sources describe their files and mappings as data (:mod:`dipwatch.layout`); the
modules of this package compile them (:mod:`dipwatch.store.dialect`) and run the SQL against the
store's tables inside a :class:`~dipwatch.store.database.Load`: a file lands whole or not at all.

Counts kept in ``load.counts``: ``read`` (data rows in the file), ``kept`` (rows in scope that
made an event, new or stored before), ``out_of_scope``, ``duplicates`` (events whose story,
date x source x target x code, was stored already or came earlier in the file),
``quarantined``, ``events`` (new rows in ``events``), ``events_known`` (rows whose event was
stored before, e.g. by an overlapping file).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, Protocol

import duckdb
import pyarrow as pa

from dipwatch.errors import SourceFormatError
from dipwatch.layout import EventMap, Expr
from dipwatch.store.database import EVENT_COLUMNS, Load, Store
from dipwatch.store.dialect import REJECTS, Compiler, table_rows

_EVENT_NAMES = ", ".join((*EVENT_COLUMNS, "run_id"))

#: Events columns that may not be NULL, and the placeholder a failing row gets until it is
#: moved to quarantine (it never stays).
NOT_NULL = {
    "event_id": "''", "date": "DATE '0001-01-01'", "date_precision": "'day'", "code": "''",
    "root": "''", "origin": "''",
}  # fmt: skip
#: Events columns narrower than what a reader may give: values that do not fit are NULL.
NARROW = {"quad_class": "TINYINT", "sentence": "INTEGER", "span_start": "INTEGER",
          "span_end": "INTEGER", "num_mentions": "INTEGER", "num_sources": "INTEGER",
          "num_articles": "INTEGER"}  # fmt: skip


class Input(Protocol):
    """One file to load: ``where`` is what the user named, for locations; ``digest`` its
    sha256, ``lines`` its number of lines (both may be computed while the file is read: they
    are asked for late)."""

    @property
    def where(self) -> str: ...
    @property
    def digest(self) -> str: ...
    @property
    def lines(self) -> int: ...


@contextmanager
def unordered_inserts(store: Store) -> Iterator[None]:
    """Let DuckDB insert rows in any order (ids identify them), which lowers peak memory on
    big files; the setting is restored afterwards, after a rollback too (it is not
    transactional), so put this outside :meth:`Store.load`."""
    con = store.connection
    row = con.execute("SELECT current_setting('preserve_insertion_order')").fetchone()
    con.execute("SET preserve_insertion_order = false")
    try:
        yield
    finally:
        if store.usable:
            con.execute(f"SET preserve_insertion_order = {bool(row and row[0])}")


def scalar(load: Load, sql: str, params: Sequence[Any] = ()) -> int:
    row = load.connection.execute(sql, list(params)).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def run_reader(load: Load, sql: str, where: str, params: Sequence[Any] = ()) -> int:
    """Run a statement that reads a file; a file DuckDB cannot read is a SourceFormatError."""
    drop_rejects(load.connection)
    try:
        return scalar(load, sql, params)
    except duckdb.Error as err:
        if isinstance(err, duckdb.FatalException | duckdb.InternalException):
            raise
        raise SourceFormatError(where, f"cannot read: {str(err).splitlines()[0]}") from None


def drop(con: duckdb.DuckDBPyConnection, *tables: str) -> None:
    for t in tables:
        con.execute(f"DROP TABLE IF EXISTS {t}")


def drop_rejects(con: duckdb.DuckDBPyConnection) -> None:
    drop(con, REJECTS, REJECTS + "_scan")


def _first_rejects(skip: Collection[int] = ()) -> str:
    """The rejected rows, one per line: a short row is reported once per missing column, and
    a wrong width comes before a value of the wrong type (which the width explains)."""
    first = (
        f"(SELECT DISTINCT ON (line) * FROM {REJECTS} ORDER BY line, "
        "error_type NOT IN ('MISSING COLUMNS', 'TOO MANY COLUMNS'), column_idx)"
    )
    if skip:
        first = f"(SELECT * FROM {first} WHERE line NOT IN ({', '.join(map(str, skip))}))"
    return first


#: Why a row was rejected: an empty required field says so, else DuckDB's own message.
_REASON = (
    "CASE WHEN error_type = 'CAST' AND coalesce(split_part(csv_line, chr(9), CAST(column_idx AS BIGINT)), '') = '' "
    "THEN 'CAST in column ' || column_name || ': ' || column_name || ' is empty' "
    "ELSE error_type || coalesce(' in column ' || column_name, '') || ': ' || error_message END"
)


def rejected_rows(con: duckdb.DuckDBPyConnection, skip: Collection[int] = ()) -> list[tuple]:
    """(line, reason, raw line) of every row the last read rejected, then forgets them."""
    rows = con.execute(
        f"SELECT line, {_REASON}, csv_line FROM {_first_rejects(skip)} ORDER BY line"
    ).fetchall()
    drop_rejects(con)
    return [(int(line), str(reason), str(raw)) for line, reason, raw in rows]


def quarantine_rejects(
    load: Load,
    where: str,
    find_lines: Callable[..., Mapping[int | str, list[tuple[int, str]]]] | None = None,
    skip: Collection[int] = (),
) -> list[int]:
    """Move the rows DuckDB's reader rejected into ``quarantine``; return their line numbers.

    With ``find_lines`` the file read held only some of the input's lines: each rejected
    line's number in the input is looked up by its text. Lines in ``skip`` were quarantined
    already.
    """
    rows = rejected_rows(load.connection, skip)
    # Identical lines are rejected in the same order in the copy as in the input.
    texts = {raw for _, _, raw in rows}
    found = {k: iter(v) for k, v in find_lines(texts=texts).items()} if find_lines and texts else {}
    numbers = []
    for line, why, raw in rows:
        number = next(found.get(raw, iter(())), (line, ""))[0]
        load.quarantine(f"{where}:{number}", why, raw)
        numbers.append(number)
    load.counts["quarantined"] += 0  # reported even when none
    return numbers


def register_tables(
    con: duckdb.DuckDBPyConnection,
    tables: Mapping[str, Mapping[str, Mapping[str, Any]]],
    comp: Compiler,
) -> list[str]:
    """Register the lookup tables a compiled map reads as ``_lk_<name>``; return the names
    to unregister. An empty table still has the fields read from it."""
    names = []
    for name, rows in table_rows(tables).items():
        if rows:
            table = pa.Table.from_pylist(rows)
        else:
            fields = ["key", *sorted(comp.fields.get(name, ()))]
            table = pa.table({f: pa.array([], pa.string()) for f in fields})
        con.register(f"_lk_{name}", table)
        names.append(f"_lk_{name}")
    return names


def event_select(event_map: EventMap, comp: Compiler) -> tuple[list[str], str]:
    """(SQL of each events column in order, SQL of the reason a row fails a check or NULL).

    Values are fitted to the events table, so that a failing row never aborts the insert:
    it is flagged by the reason (a missing required value is one too)."""
    values = []
    for column in EVENT_COLUMNS:
        expr: Expr | None = event_map.fields.get(column)
        sql = comp.sql(expr) if expr is not None else "NULL"
        if column in NARROW and expr is not None:
            sql = f"TRY_CAST({sql} AS {NARROW[column]})"
        values.append(sql)
    guard = " ".join(
        f"WHEN {values[EVENT_COLUMNS.index(c)]} IS NULL THEN 'no value for {c}'" for c in NOT_NULL
    )
    failure = f"coalesce({comp.failure(event_map.checks)}, CASE {guard} END)"
    for column, placeholder in NOT_NULL.items():
        i = EVENT_COLUMNS.index(column)
        values[i] = f"coalesce({values[i]}, {placeholder})"
    return values, failure


def scope_sql(event_map: EventMap, comp: Compiler, rule: Expr | None) -> str:
    """The scope's condition over a row, through the map's ``countries``."""
    if rule is None:
        return "true"
    countries = {k: comp.sql(v) for k, v in event_map.countries.items()}
    return Compiler(lambda name: countries.get(name, "NULL")).sql(rule)


def count_story_duplicates(load: Load, before: int) -> int:
    """Events above rowid ``before`` whose story was stored already or came earlier."""
    # A story includes its date: only stored events of the new rows' days can share one.
    days = "(SELECT min(date), max(date) FROM events WHERE rowid > ?)"
    return scalar(
        load,
        "SELECT count(*) - count(DISTINCT story_id) FILTER (WHERE story_id NOT IN "
        f"(SELECT story_id FROM events, {days} AS d(lo, hi) WHERE rowid <= ? "
        "AND date BETWEEN lo AND hi AND story_id IS NOT NULL)) FROM events WHERE rowid > ?",
        [before, before, before],
    )


def last_rowid(load: Load) -> int:
    """The largest rowid of ``events``: rows appended later, in this transaction too, have
    larger ones, and stored events are never deleted."""
    return scalar(load, "SELECT coalesce(max(rowid), -1) FROM events")


def insert_events(load: Load, select: str, params: Sequence[Any]) -> int:
    """Insert the rows of ``select`` (the events columns in order, then the run id) and count
    ``events`` and ``duplicates``: new rows whose story was stored already or came earlier."""
    before = last_rowid(load)
    added = scalar(load, f"INSERT INTO events ({_EVENT_NAMES}) {select}", params)
    load.counts["events"] += added
    load.counts["duplicates"] += count_story_duplicates(load, before)
    return added


def event_names() -> str:
    """The events columns and ``run_id``, in the order of :func:`event_select`."""
    return _EVENT_NAMES
