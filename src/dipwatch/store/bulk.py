"""Bulk loads of event datasets (GDELT, ICEWS, plain CSV) with DuckDB, inside a :class:`Load`.

The sources build the SQL that reads and maps a file (``dipwatch.sources.gdelt``, ``icews``,
``events_csv``) as the plain data of :class:`GdeltSql` and :class:`StagedSql`; this module runs
it against the store's tables, so that no other package touches the database. Everything runs
inside the load's transaction: a file lands whole or not at all.

Counts kept in ``load.counts``: ``read`` (data rows in the file), ``kept`` (rows in scope that
made an event, new or stored before), ``out_of_scope``, ``duplicates`` (events whose story,
date x source x target x code, was stored already or came earlier in the file),
``quarantined``, ``events`` (new rows in ``events``), ``events_known`` (rows whose event was
stored before, e.g. by an overlapping file).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from dipwatch.errors import SourceFormatError
from dipwatch.store.database import EVENT_COLUMNS, Load, Store

#: The temporary tables DuckDB's reader fills with rejected rows (``<name>`` and ``<name>_scan``).
REJECTS = "_rejects"
_EVENT_NAMES = ", ".join((*EVENT_COLUMNS, "run_id"))


@dataclass(frozen=True, slots=True)
class BulkInput:
    """One file to load: DuckDB reads ``path`` (maybe an unzipped copy); ``where`` is what the
    user named, for locations; ``lines`` its number of lines."""

    path: Path
    where: str
    digest: str
    lines: int


@dataclass(frozen=True, slots=True)
class GdeltSql:
    """What a GDELT events file needs, as SQL over its raw columns."""

    read: str  # read_csv(...) storing rejects in REJECTS
    version: int
    valid: str  # the row can be an event (date, code)
    reason: str  # why not, when it cannot
    scope: str  # the row is kept
    select: str  # the events columns in order, ``?`` for the run id; FIPS table joined as f
    find_lines: Callable[[set[int]], dict[int, tuple[int, str]]]  # GlobalEventID -> line, text


@dataclass(frozen=True, slots=True)
class StagedSql:
    """What an ICEWS or events CSV file needs: read into ``_staged`` (alias ``s``), then mapped
    by ``select`` (events columns in order, ``?`` for the run id) with the extra columns
    ``_valid``, ``_reason``, ``_src``, ``_tgt`` (countries) and ``_action`` (ISO3)."""

    read: str
    select: str
    joins: str = ""  # after ``FROM _staged s``
    lookup_columns: tuple[str, ...] = ()  # staged columns whose values go through ``lookup``
    lookup: Callable[[Sequence[str]], Mapping[str, str]] | None = None
    header_lines: int = 1
    tables: Mapping[str, pa.Table] = field(default_factory=dict)  # registered while mapping


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
        con.execute(f"SET preserve_insertion_order = {bool(row and row[0])}")


def _scalar(load: Load, sql: str, params: Sequence[Any] = ()) -> int:
    row = load.connection.execute(sql, list(params)).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def _read(load: Load, sql: str, where: str, params: Sequence[Any] = ()) -> int:
    """Run a statement that reads the file; an unreadable file is a SourceFormatError."""
    _drop(load, REJECTS, REJECTS + "_scan")
    try:
        return _scalar(load, sql, params)
    except duckdb.Error as err:
        raise SourceFormatError(where, f"cannot read: {str(err).splitlines()[0]}") from None


def _drop(load: Load, *tables: str) -> None:
    for t in tables:
        load.connection.execute(f"DROP TABLE IF EXISTS {t}")


def quarantine_rejects(load: Load, where: str) -> list[int]:
    """Move the rows DuckDB's reader rejected into ``quarantine``; return their line numbers."""
    con = load.connection
    # A short row is reported once per missing column: keep one reason per line.
    first = f"(SELECT DISTINCT ON (line) * FROM {REJECTS} ORDER BY line, column_idx)"
    lines = [int(r[0]) for r in con.execute(f"SELECT line FROM {first}").fetchall()]
    con.execute(
        "INSERT INTO quarantine SELECT ?, ?, ? || ':' || CAST(line AS VARCHAR), "
        "error_type || coalesce(' in column ' || column_name, '') || ': ' || error_message, "
        f"csv_line FROM {first}",
        [load.run_id, load.path, where],
    )
    _drop(load, REJECTS, REJECTS + "_scan")
    load.counts["quarantined"] += len(lines)
    return lines


# -- GDELT ----------------------------------------------------------------------------------


def load_gdelt_events(load: Load, src: BulkInput, sql: GdeltSql, fips: Mapping[str, str]) -> None:
    """GDELT 1.0/2.0 events: raw columns into ``gdelt_raw``, mapped rows into ``events``."""
    # Rows that cannot be events are let through whatever their scope, to be quarantined.
    taken = _read(
        load,
        f"INSERT INTO gdelt_raw BY NAME SELECT *, {sql.version} AS gdelt_version, ? AS input "
        f"FROM {sql.read} WHERE {sql.scope} OR NOT {sql.valid}",
        src.where,
        [src.digest],
    )
    rejected = len(quarantine_rejects(load, src.where))
    bad = _quarantine_bad_gdelt(load, src, sql)
    known = _drop_known(load, src.digest)
    load.counts["read"] += src.lines
    load.counts["out_of_scope"] += max(src.lines - taken - rejected, 0)
    load.counts["kept"] += taken - bad
    load.counts["events_known"] += known
    con = load.connection
    con.register("_fips", _pairs("fips", "iso3", fips))
    try:
        insert_events(
            load,
            f"SELECT {sql.select} FROM gdelt_raw r "
            "LEFT JOIN _fips f ON f.fips = r.ActionGeo_CountryCode WHERE r.input = ?",
            [load.run_id, src.digest],
        )
    finally:
        con.unregister("_fips")


def _pairs(key: str, value: str, mapping: Mapping[str, str]) -> pa.Table:
    return pa.table(
        {key: list(mapping), value: list(mapping.values())},
        schema=pa.schema([(key, pa.string()), (value, pa.string())]),
    )


def _quarantine_bad_gdelt(load: Load, src: BulkInput, sql: GdeltSql) -> int:
    """Rows whose date or event code is unusable: to quarantine with their line, out of raw."""
    con = load.connection
    rows = con.execute(
        f"SELECT GlobalEventID, {sql.reason} FROM gdelt_raw WHERE input = ? AND NOT {sql.valid}",
        [src.digest],
    ).fetchall()
    if not rows:
        return 0
    lines = sql.find_lines({int(r[0]) for r in rows})
    for event_id, reason in rows:
        line, text = lines.get(int(event_id), (0, None))
        location = f"{src.where}:{line}" if line else f"{src.where}#GlobalEventID={event_id}"
        load.quarantine(location, str(reason), text)
    con.execute(f"DELETE FROM gdelt_raw WHERE input = ? AND NOT {sql.valid}", [src.digest])
    return len(rows)


def _drop_known(load: Load, digest: str) -> int:
    """Rows of this file whose GlobalEventID is stored already (an overlapping file) or came
    earlier in the file: the first is kept, the others counted and dropped from raw."""
    repeated = _scalar(
        load,
        "SELECT count(*) - count(DISTINCT GlobalEventID) FROM gdelt_raw WHERE input = ?",
        [digest],
    )
    if repeated:
        load.connection.execute(
            "DELETE FROM gdelt_raw WHERE input = ? AND rowid NOT IN "
            "(SELECT min(rowid) FROM gdelt_raw WHERE input = ? GROUP BY GlobalEventID)",
            [digest, digest],
        )
    # GDELT's ids grow with time: only stored rows in this file's id range can repeat it.
    span = "(SELECT min(GlobalEventID), max(GlobalEventID) FROM gdelt_raw WHERE input = ?)"
    others = (
        "(SELECT GlobalEventID FROM gdelt_raw, "
        f"{span} AS s(lo, hi) WHERE input <> ? AND GlobalEventID BETWEEN lo AND hi)"
    )
    params = [digest, digest, digest]
    stored = _scalar(
        load,
        f"SELECT count(*) FROM gdelt_raw WHERE input = ? AND GlobalEventID IN {others}",
        params,
    )
    if stored:
        load.connection.execute(
            f"DELETE FROM gdelt_raw WHERE input = ? AND GlobalEventID IN {others}", params
        )
    return repeated + stored


def insert_events(load: Load, select: str, params: Sequence[Any]) -> int:
    """Insert the rows of ``select`` (the events columns in order, then the run id) and count
    ``events`` and ``duplicates``: new rows whose story was stored already or came earlier."""
    # Rows appended later have larger rowids (inside the transaction too); events are never
    # deleted, so the rows above the old maximum are exactly this insert's.
    before = _scalar(load, "SELECT coalesce(max(rowid), -1) FROM events")
    added = _scalar(load, f"INSERT INTO events ({_EVENT_NAMES}) {select}", params)
    # A story includes its date: only stored events of the new rows' days can share one.
    days = "(SELECT min(date), max(date) FROM events WHERE rowid > ?)"
    dups = _scalar(
        load,
        "SELECT count(*) - count(DISTINCT story_id) FILTER (WHERE story_id NOT IN "
        f"(SELECT story_id FROM events, {days} AS d(lo, hi) WHERE rowid <= ? "
        "AND date BETWEEN lo AND hi AND story_id IS NOT NULL)) FROM events WHERE rowid > ?",
        [before, before, before],
    )
    load.counts["events"] += added
    load.counts["duplicates"] += dups
    return added


def load_gdelt_mentions(load: Load, src: BulkInput, read: str, keep_all: bool) -> None:
    """GDELT 2.0 mentions into ``gdelt_mentions``: those of kept events (all of them with
    ``--keep all``). A mention stored before is counted (``mentions_known``), not stored twice;
    each mention of a stored event is one more report of its story (``duplicates``)."""
    _read(load, f"CREATE OR REPLACE TEMP TABLE _mentions AS SELECT * FROM {read}", src.where)
    rejected = len(quarantine_rejects(load, src.where))
    keep = "true" if keep_all else "GlobalEventID IN (SELECT GlobalEventID FROM gdelt_raw)"
    key = "(GlobalEventID, MentionIdentifier, SentenceID, MentionTimeDate)"
    stored_keys = f"(SELECT {key} FROM gdelt_mentions)"
    known = _scalar(load, f"SELECT count(*) FROM _mentions WHERE {keep} AND {key} IN {stored_keys}")
    added = _scalar(
        load,
        f"INSERT INTO gdelt_mentions BY NAME SELECT *, ? AS input FROM _mentions "
        f"WHERE {keep} AND {key} NOT IN {stored_keys}",
        [src.digest],
    )
    reports = _scalar(
        load,
        "SELECT count(*) FROM _mentions WHERE GlobalEventID IN (SELECT GlobalEventID FROM gdelt_raw)",
    )
    read_rows = _scalar(load, "SELECT count(*) FROM _mentions")
    _drop(load, "_mentions")
    load.counts["read"] += read_rows + rejected
    load.counts["kept"] += added + known
    load.counts["out_of_scope"] += read_rows - added - known
    load.counts["duplicates"] += reports
    load.counts["mentions"] += added
    load.counts["mentions_known"] += known


# -- ICEWS and plain CSV --------------------------------------------------------------------


def load_staged_events(load: Load, src: BulkInput, sql: StagedSql, scope: str) -> None:
    """Read a file with a header into ``_staged``, map it, quarantine what cannot be an event,
    keep what is in ``scope`` (a condition over ``_src``, ``_tgt`` and ``_action``)."""
    con = load.connection
    _read(
        load,
        f"CREATE OR REPLACE TEMP TABLE _staged AS SELECT row_number() OVER () AS _row, * "
        f"FROM {sql.read}",
        src.where,
    )
    rejected_lines = quarantine_rejects(load, src.where)
    tables = dict(sql.tables)
    if sql.lookup is not None and sql.lookup_columns:
        union = " UNION ".join(f'SELECT "{c}" FROM _staged' for c in sql.lookup_columns)
        names = [r[0] for r in con.execute(union).fetchall() if r[0]]
        tables["_names"] = _pairs("name", "iso3", sql.lookup(names))
    for name, table in tables.items():
        con.register(name, table)
    try:
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE _mapped AS SELECT s._row, {sql.select} "
            f"FROM _staged s {sql.joins}"
        )
    finally:
        for name in tables:
            con.unregister(name)
    bad = _quarantine_bad_staged(load, src, rejected_lines, sql.header_lines)
    staged = _scalar(load, "SELECT count(*) FROM _staged")
    kept_where = f"_valid AND ({scope})"
    kept = _scalar(load, f"SELECT count(*) FROM _mapped WHERE {kept_where}")
    added = insert_events(
        load,
        f"SELECT {', '.join(EVENT_COLUMNS)}, ? FROM _mapped m WHERE {kept_where} "
        "AND m.event_id NOT IN (SELECT event_id FROM events)",
        [load.run_id],
    )
    _drop(load, "_staged", "_mapped")
    load.counts["read"] += staged + len(rejected_lines)
    load.counts["kept"] += kept
    load.counts["out_of_scope"] += staged - bad - kept
    load.counts["events_known"] += kept - added


def _quarantine_bad_staged(
    load: Load, src: BulkInput, rejected_lines: list[int], header_lines: int
) -> int:
    rows = load.connection.execute(
        "SELECT m._row, m._reason, r.raw FROM _mapped m JOIN (SELECT _row, "
        "CAST(struct_pack(*COLUMNS(c -> c <> '_row')) AS VARCHAR) AS raw FROM _staged) r "
        "USING (_row) WHERE NOT m._valid ORDER BY m._row"
    ).fetchall()
    for row, reason, raw in rows:
        load.quarantine(
            f"{src.where}:{line_of(int(row), rejected_lines, header_lines)}", reason, raw
        )
    return len(rows)


def line_of(row: int, rejected_lines: list[int], header_lines: int = 1) -> int:
    """The file line of the ``row``-th accepted data row, given the lines the reader rejected.

    >>> line_of(3, [3])  # header on line 1, rows on 2, (rejected 3), 4, 5
    5
    """
    line = header_lines + row
    for rejected in rejected_lines:
        if rejected <= line:
            line += 1
    return line
