"""GDELT loads with DuckDB: the check of a file's lines, the prefiltered copy, events and their
raw lines, mentions, and the ``gdelt_raw`` view.

How a file is read (the order :mod:`dipwatch.api.ingest_events` follows):

1. :func:`check_lines` reads every line as one text column: a line that is not UTF-8 is
   rejected with its number, and with a scope the lines containing one of its tokens are
   copied, unparsed, to a smaller file. A file this reader cannot split into lines (a stray
   carriage return) raises :class:`LinesUnreadable`: the caller cleans it first. Only lines
   that passed this check ever reach the typed reader (see :func:`clean_copy`).
2. :func:`load_gdelt_events` parses the file (or the copy) with the layout's types, inserts
   the rows in scope as events, moves the rows that fail a check to quarantine, and stores
   the kept rows' lines in ``gdelt_lines``.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from dipwatch.errors import SourceFormatError
from dipwatch.layout import Column, EventMap, Expr, Layout, mapped_columns
from dipwatch.store import bulk
from dipwatch.store.database import EVENT_COLUMNS, Load, Store
from dipwatch.store.dialect import (
    REJECTS,
    Compiler,
    contains_any,
    identifier,
    path_literal,
    read_csv,
    read_lines,
)

#: The GlobalEventID of a raw line ``l`` (its first column), NULL if it is not a number.
LINE_ID_SQL = "TRY_CAST(split_part(l, chr(9), 1) AS BIGINT)"

Finder = Callable[..., Mapping[int | str, list[tuple[int, str]]]]


class LinesUnreadable(Exception):
    """DuckDB's reader cannot split the file into lines: it must be cleaned first."""


@dataclass(frozen=True, slots=True)
class GdeltRead:
    """One GDELT events file to read: ``path`` is what DuckDB reads (the input, or a file
    holding some of its lines: then ``renumber``), ``find_lines`` searches the input the
    user named, so that quarantine gives its line numbers."""

    path: Path
    layout: Layout
    event_map: EventMap
    scope: Expr | None
    version: int
    find_lines: Finder
    crlf: bool = False
    renumber: bool = False


def check_lines(
    store: Store,
    path: Path,
    where: str,
    *,
    crlf: bool = False,
    tokens: Sequence[str] = (),
    target: Path | None = None,
) -> list[tuple[int, str, str]]:
    """Read every line of ``path`` as text; with ``target``, copy there the lines holding one
    of ``tokens``. Return (line, reason, text) of the lines that are not UTF-8.

    One fast pass over a big file: only the lines copied are parsed into columns. A reader of
    some columns only would not see the bad bytes of the others.
    """
    con = store.connection
    bulk.drop_rejects(con)
    lines = read_lines(path, crlf=crlf)
    try:
        if target is None:
            con.execute(f"SELECT count(*) FROM {lines}").fetchall()
        else:
            con.execute(
                f"COPY (SELECT l FROM {lines} WHERE {contains_any('l', tokens)}) TO "
                f"{path_literal(target)} (FORMAT csv, HEADER false, QUOTE '', ESCAPE '', "
                "DELIMITER '\\x01')"
            )
    except duckdb.InvalidInputException:
        bulk.drop_rejects(con)
        raise LinesUnreadable from None
    except duckdb.Error as err:
        if isinstance(err, duckdb.FatalException | duckdb.InternalException):
            raise
        raise SourceFormatError(where, f"cannot read: {str(err).splitlines()[0]}") from None
    return bulk.rejected_rows(con)


def copy_readable_lines(store: Store, path: Path, target: Path, *, crlf: bool = False) -> None:
    """Copy the lines of ``path`` that :func:`check_lines` accepted to ``target``, unparsed."""
    store.connection.execute(
        f"COPY (SELECT l FROM {read_lines(path, crlf=crlf, rejects=None)}) TO "
        f"{path_literal(target)} (FORMAT csv, HEADER false, QUOTE '', ESCAPE '', DELIMITER '\\x01')"
    )


def load_gdelt_events(
    load: Load,
    src: bulk.Input,
    read: GdeltRead,
    rejected: Sequence[tuple[int, str, str]] = (),
) -> None:
    """GDELT 1.0/2.0 events: rows in scope into ``events``, their lines into ``gdelt_lines``.

    ``rejected`` are lines the line check refused (line, reason, text): ``read.path`` does
    not hold them (it is a copy without them). The rows the reader
    refuses (wrong width, a value not of its type, an empty id or date) and the rows in scope
    that fail a check are quarantined; a GlobalEventID stored before, or repeated in the file,
    is counted in ``events_known``.

    The file is read once for the events and once for their lines; the checks run in the
    same read, and a failing row is inserted with its reason in ``text`` (empty for GDELT
    events) and moved to quarantine before the commit.
    """
    for line, reason, raw in rejected:
        load.quarantine(f"{src.where}:{line}", reason, raw)
    short = _short_rows(load, src, read)
    before = bulk.last_rowid(load)
    added = _insert(load, src, read, set(short))
    renumber = read.find_lines if read.renumber else None
    unread = _ids_of(
        r[0] for r in load.connection.execute(f"SELECT csv_line FROM {REJECTS}").fetchall()
    )
    rejects = bulk.quarantine_rejects(load, src.where, renumber)
    bad = _quarantine_failures(load, src, read, before)
    for line, reason, raw in short.values():
        load.quarantine(f"{src.where}:{line}" if line else src.where, reason, raw)
    stored, repeated = _drop_known(load, before)
    every_row = read.scope is None
    left_out = {*short, *unread, *bad} if every_row and not stored else None
    _insert_lines(load, src, read, before, repeated > 0, left_out)
    kept = added - len(bad)
    quarantined = len(rejected) + len(rejects) + len(bad) + len(short)
    load.counts["read"] += src.lines
    load.counts["kept"] += kept
    load.counts["events"] += kept - stored - repeated
    load.counts["events_known"] += stored + repeated
    load.counts["duplicates"] += bulk.count_story_duplicates(load, before)
    load.counts["out_of_scope"] += max(src.lines - kept - quarantined, 0)


def _ids_of(lines: Any) -> set[int]:
    """GlobalEventIDs at the head of raw lines (those that have one)."""
    return {int(i) for raw in lines if (i := str(raw).split("\t", 1)[0]).isdigit()}


def _reader(read: GdeltRead) -> str:
    typed = mapped_columns(read.event_map) | set(read.layout.required)
    return read_csv(read.path, read.layout, crlf=read.crlf, typed=typed)


def _insert(load: Load, src: bulk.Input, read: GdeltRead, skip: set[int]) -> int:
    """Insert the rows in scope as events, each failing one with its reason in ``text``."""
    comp = Compiler(lambda name: f"r.{identifier(name)}")
    values, failure = bulk.event_select(read.event_map, comp)
    values[EVENT_COLUMNS.index("text")] = failure
    keep = bulk.scope_sql(read.event_map, comp, read.scope)
    if skip:
        keep = f"({keep}) AND r.GlobalEventID NOT IN ({', '.join(map(str, sorted(skip)))})"
    con = load.connection
    registered = bulk.register_tables(con, read.event_map.tables, comp)
    try:
        return bulk.run_reader(
            load,
            f"INSERT INTO events ({bulk.event_names()}) SELECT {', '.join(values)}, ? "
            f"FROM {_reader(read)} r {' '.join(comp.joins)} WHERE {keep}",
            src.where,
            [load.run_id],
        )
    finally:
        for name in registered:
            con.unregister(name)


def _short_rows(load: Load, src: bulk.Input, read: GdeltRead) -> dict[int, tuple[int, str, str]]:
    """Rows padded to the layout's width (GDELT 1.0's 57 or 58) though shorter than its
    narrowest: id -> (line, reason, text). Checked on every row, in scope or not."""
    lo, hi = read.layout.width_range
    if lo == hi:
        return {}
    last: Column = read.layout.columns[lo - 1]
    try:
        rows = load.connection.execute(
            f"SELECT GlobalEventID FROM {_reader(read)} WHERE {identifier(last.name)} IS NULL"
        ).fetchall()
    except duckdb.Error as err:
        if isinstance(err, duckdb.FatalException | duckdb.InternalException):
            raise
        raise SourceFormatError(src.where, f"cannot read: {str(err).splitlines()[0]}") from None
    bulk.drop_rejects(load.connection)  # the main read rejects them again
    ids = [int(r[0]) for r in rows]
    lines = read.find_lines(ids=set(ids)) if ids else {}
    reason = f"too few columns: {last.name} is empty"
    out = {}
    for i in ids:
        line, text = lines.get(i, [(0, "")])[0]
        out[i] = (line, reason, text)
    return out


def _quarantine_failures(load: Load, src: bulk.Input, read: GdeltRead, before: int) -> set[int]:
    """New events flagged by a check: quarantined with their line, then removed; their
    GlobalEventIDs returned."""
    con = load.connection
    rows = con.execute(
        "SELECT event_id, text FROM events WHERE rowid > ? AND text IS NOT NULL", [before]
    ).fetchall()
    if not rows:
        return set()
    ids = {int(str(e)[1:]) for e, _ in rows if str(e)[1:].isdigit()}
    lines = read.find_lines(ids=ids)
    for event_id, reason in rows:
        gid = str(event_id)[1:]
        line, text = lines.get(int(gid), [(0, None)])[0] if gid.isdigit() else (0, None)
        where = f"{src.where}:{line}" if line else f"{src.where}#GlobalEventID={gid}"
        load.quarantine(where, str(reason), text)
    con.execute("DELETE FROM events WHERE rowid > ? AND text IS NOT NULL", [before])
    return ids


def _drop_known(load: Load, before: int) -> tuple[int, int]:
    """New GDELT events whose GlobalEventID is stored already (an overlapping file) or came
    earlier in this file: removed, one of each kept. Returns how many of each."""
    con = load.connection
    new = "(SELECT CAST(substr(event_id, 2) AS BIGINT) AS id FROM events WHERE rowid > ?)"
    # GDELT's ids grow with time: only stored lines in the new ids' range can repeat them.
    stored = bulk.scalar(
        load,
        f"SELECT count(*) FROM {new} n WHERE id IN (SELECT GlobalEventID FROM gdelt_lines, "
        f"(SELECT min(id), max(id) FROM {new}) AS r(lo, hi) WHERE GlobalEventID BETWEEN lo AND hi)",
        [before, before],
    )
    if stored:
        con.execute(
            "DELETE FROM events WHERE rowid > ? AND CAST(substr(event_id, 2) AS BIGINT) IN "
            "(SELECT GlobalEventID FROM gdelt_lines)",
            [before],
        )
    repeated = bulk.scalar(
        load, "SELECT count(*) - count(DISTINCT event_id) FROM events WHERE rowid > ?", [before]
    )
    if repeated:
        con.execute(
            "DELETE FROM events WHERE rowid > ? AND rowid NOT IN "
            "(SELECT min(rowid) FROM events WHERE rowid > ? GROUP BY event_id)",
            [before, before],
        )
    return stored, repeated


def _insert_lines(
    load: Load,
    src: bulk.Input,
    read: GdeltRead,
    before: int,
    repeated: bool,
    left_out: set[int] | None,
) -> None:
    """The lines of the new events into ``gdelt_lines``, one per GlobalEventID.

    When every row was to be kept (``--keep all``), the lines are all but the few ids
    ``left_out`` (rejected or quarantined rows) -- cheaper than matching millions of new
    events -- unless a kept event shares one of those ids.
    """
    new = "(SELECT CAST(substr(event_id, 2) AS BIGINT) FROM events WHERE rowid > ?)"
    params: list[Any] = [src.digest, before]
    where = f"id IN {new}"
    if left_out is not None and len(left_out) <= 10_000:
        listed = ", ".join(map(str, sorted(left_out)))
        clash = listed and bulk.scalar(
            load,
            f"SELECT count(*) FROM events WHERE rowid > ? AND "
            f"CAST(substr(event_id, 2) AS BIGINT) IN ({listed})",
            [before],
        )
        if not clash:
            where = f"id IS NOT NULL AND id NOT IN ({listed})" if listed else "id IS NOT NULL"
            params = [src.digest]
    once = " QUALIFY row_number() OVER (PARTITION BY id) = 1" if repeated else ""
    lines = read_lines(read.path, crlf=read.crlf, rejects=None)
    load.connection.execute(
        f"INSERT INTO gdelt_lines SELECT id, l, {read.version}, ? FROM "
        f"(SELECT {LINE_ID_SQL} AS id, l FROM {lines}) WHERE {where}{once}",
        params,
    )


def load_gdelt_mentions(
    load: Load,
    src: bulk.Input,
    path: Path,
    layout: Layout,
    *,
    crlf: bool,
    keep_all: bool,
    rejected: Sequence[tuple[int, str, str]] = (),
    find_lines: Finder | None = None,
) -> None:
    """GDELT 2.0 mentions into ``gdelt_mentions``: those of kept events (all of them with
    ``--keep all``). A mention stored before is counted (``mentions_known``), not stored twice;
    each mention of a stored event is one more report of its story (``duplicates``).

    ``rejected`` are lines the line check refused; with ``find_lines``, ``path`` holds some of
    the input's lines (see :class:`GdeltRead`)."""
    for line, reason, raw in rejected:
        load.quarantine(f"{src.where}:{line}", reason, raw)
    bulk.run_reader(
        load,
        f"CREATE OR REPLACE TEMP TABLE _mentions AS SELECT * FROM {read_csv(path, layout, crlf=crlf)}",
        src.where,
    )
    refused = len(bulk.quarantine_rejects(load, src.where, find_lines)) + len(rejected)
    keep = "true" if keep_all else "GlobalEventID IN (SELECT GlobalEventID FROM gdelt_lines)"
    key = "(GlobalEventID, MentionIdentifier, SentenceID, MentionTimeDate)"
    stored_keys = f"(SELECT {key} FROM gdelt_mentions)"
    known = bulk.scalar(
        load, f"SELECT count(*) FROM _mentions WHERE {keep} AND {key} IN {stored_keys}"
    )
    added = bulk.scalar(
        load,
        f"INSERT INTO gdelt_mentions BY NAME SELECT *, ? AS input FROM _mentions "
        f"WHERE {keep} AND {key} NOT IN {stored_keys}",
        [src.digest],
    )
    reports = bulk.scalar(
        load,
        "SELECT count(*) FROM _mentions WHERE GlobalEventID IN (SELECT GlobalEventID FROM gdelt_lines)",
    )
    read_rows = bulk.scalar(load, "SELECT count(*) FROM _mentions")
    bulk.drop(load.connection, "_mentions")
    load.counts["read"] += read_rows + refused
    load.counts["kept"] += added + known
    load.counts["out_of_scope"] += read_rows - added - known
    load.counts["duplicates"] += reports
    load.counts["mentions"] += added
    load.counts["mentions_known"] += known


# -- the gdelt_raw view ---------------------------------------------------------------------

#: How the view types a column of each layout type (GDELT writes SQLDATE as a number).
VIEW_TYPES = {"text": "VARCHAR", "int32": "INTEGER", "int64": "BIGINT", "float64": "DOUBLE",
               "yyyymmdd": "INTEGER", "date": "DATE"}  # fmt: skip


def raw_view_sql(v1: Collection[Column], v2: Sequence[Column]) -> str:
    """The ``gdelt_raw`` view: every GDELT 2.0 column, typed, parsed from ``gdelt_lines``.

    GDELT 1.0 lines have no ADM2 columns (NULL here) and the columns after them shift.
    """
    v1_at = {c.name: i for i, c in enumerate(v1, 1)}
    out = []
    for i, column in enumerate(v2, 1):
        kind = VIEW_TYPES[column.type]
        j = v1_at.get(column.name)
        field = f"f[{i}]" if j == i else f"f[CASE WHEN gdelt_version = 1 THEN {j} ELSE {i} END]"
        if j is None:
            field = f"CASE WHEN gdelt_version = 2 THEN f[{i}] END"
        value = f"nullif({field}, '')"
        out.append(
            f"    {value if kind == 'VARCHAR' else f'TRY_CAST({value} AS {kind})'} AS {column.name}"
        )
    columns = ",\n".join(out)
    return (
        "CREATE OR REPLACE VIEW gdelt_raw AS\nSELECT\n"
        f"{columns},\n    gdelt_version,\n    input\n"
        "FROM (SELECT *, string_split(line, chr(9)) AS f FROM gdelt_lines)"
    )


def lines_from_columns_sql(v1: Sequence[Column], v2: Sequence[Column]) -> str:
    """A ``gdelt_raw`` table row (schema 3) written back as its tab-separated line."""

    def line(columns: Sequence[Column]) -> str:
        fields = ", ".join(f"coalesce(CAST({c.name} AS VARCHAR), '')" for c in columns)
        return f"concat_ws(chr(9), {fields})"

    return f"CASE WHEN gdelt_version = 1 THEN {line(v1)} ELSE {line(v2)} END"
