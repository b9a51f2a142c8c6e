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

from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import duckdb
import pyarrow as pa

from dipwatch.errors import SourceFormatError
from dipwatch.store.database import EVENT_COLUMNS, Load, Store, sql_text

#: The temporary tables DuckDB's reader fills with rejected rows (``<name>`` and ``<name>_scan``).
REJECTS = "_rejects"
_EVENT_NAMES = ", ".join((*EVENT_COLUMNS, "run_id"))


class Input(Protocol):
    """One file to load: DuckDB reads ``path`` (maybe an unzipped copy); ``where`` is what the
    user named, for locations; ``digest`` its sha256, ``lines`` its number of lines (both
    may be computed while the file is read: they are asked for late)."""

    @property
    def path(self) -> Path: ...
    @property
    def where(self) -> str: ...
    @property
    def digest(self) -> str: ...
    @property
    def lines(self) -> int: ...


@dataclass(frozen=True, slots=True)
class BulkInput:
    """An :class:`Input` whose facts are known."""

    path: Path
    where: str
    digest: str
    lines: int


@dataclass(frozen=True, slots=True)
class GdeltSql:
    """What a GDELT events file needs, as SQL over its columns."""

    read: str  # read_csv(...) of the columns, storing rejects in REJECTS
    lines: str  # read_csv(...) of the same file's lines as one column ``l``
    line_id: str  # the GlobalEventID of a line ``l``
    version: int
    code_ok: str  # over an events row: its code is usable
    bad_code: str  # why not, when it is not
    short: str | None  # over a row read: it is too short (GDELT 1.0, padded); None: cannot be
    short_reason: str
    scope: str  # the row is kept
    every_row: bool  # the scope keeps every row (``--keep all``)
    select: str  # the events columns in order, ``?`` for the run id; FIPS table joined as f
    # (ids, texts) -> every (line, text) in the input the user named, in file order
    find_lines: Callable[..., Mapping[int | str, list[tuple[int, str]]]]
    renumber: bool = False  # the file read holds some of the input's lines (prefiltered)


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
    _drop_rejects(load.connection)
    try:
        return _scalar(load, sql, params)
    except duckdb.Error as err:
        raise SourceFormatError(where, f"cannot read: {str(err).splitlines()[0]}") from None


def _drop(con: duckdb.DuckDBPyConnection, *tables: str) -> None:
    for t in tables:
        con.execute(f"DROP TABLE IF EXISTS {t}")


def _drop_rejects(con: duckdb.DuckDBPyConnection) -> None:
    _drop(con, REJECTS, REJECTS + "_scan")


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
    con = load.connection
    first = _first_rejects(skip)
    reason = "error_type || coalesce(' in column ' || column_name, '') || ': ' || error_message"
    if find_lines is None:
        lines = [int(r[0]) for r in con.execute(f"SELECT line FROM {first}").fetchall()]
        con.execute(
            f"INSERT INTO quarantine SELECT ?, ?, ? || ':' || CAST(line AS VARCHAR), {reason}, "
            f"csv_line FROM {first}",
            [load.run_id, load.path, where],
        )
        load.counts["quarantined"] += len(lines)
        _drop_rejects(load.connection)
        return lines
    rows = con.execute(f"SELECT line, {reason}, csv_line FROM {first} ORDER BY line").fetchall()
    _drop_rejects(load.connection)
    # Identical lines are rejected in the same order in the copy as in the input.
    texts = {str(r[2]) for r in rows}
    found = {k: iter(v) for k, v in find_lines(texts=texts).items()} if texts else {}
    numbers = []
    for line, why, raw in rows:
        number = next(found.get(str(raw), iter(())), (int(line), ""))[0]
        load.quarantine(f"{where}:{number}", str(why), raw)
        numbers.append(number)
    load.counts["quarantined"] += 0  # reported even when none
    return numbers


# -- GDELT ----------------------------------------------------------------------------------


def prefilter(
    store: Store, lines: str, where: str, condition: str = "", target: Path | None = None
) -> list[tuple[int, str, str]]:
    """Check the lines of ``lines`` (a :func:`dipwatch.sources.gdelt.lines_sql` read) are text;
    with ``target``, copy those that meet ``condition`` there, unparsed. Return (line, reason,
    text) of the lines the reader rejected (bytes that are not UTF-8), numbered in the input.

    One fast pass over a big file: only the lines copied are parsed into columns. A reader of
    some columns only would not see the bad bytes of the others.
    """
    con = store.connection
    _drop_rejects(con)
    try:
        if target is None:
            con.execute(f"SELECT count(*) FROM {lines}").fetchall()
        else:
            con.execute(
                f"COPY (SELECT l FROM {lines} WHERE {condition}) TO '{sql_text(str(target))}' "
                "(FORMAT csv, HEADER false, QUOTE '', ESCAPE '', DELIMITER '\\x01')"
            )
    except duckdb.Error as err:
        raise SourceFormatError(where, f"cannot read: {str(err).splitlines()[0]}") from None
    rows = con.execute(
        f"SELECT line, error_type || ': ' || error_message, csv_line FROM {_first_rejects()} "
        "ORDER BY line"
    ).fetchall()
    _drop_rejects(con)
    return [(int(line), str(reason), str(raw)) for line, reason, raw in rows]


def load_gdelt_events(
    load: Load,
    src: Input,
    sql: GdeltSql,
    fips: Mapping[str, str],
    rejected: Sequence[tuple[int, str, str]] = (),
) -> None:
    """GDELT 1.0/2.0 events: rows in scope into ``events``, their lines into ``gdelt_lines``.

    ``rejected`` are lines a prefilter already refused (line, reason, text). The rows the
    reader refuses (wrong width, a date that is no day, a number that is not one) and the
    rows in scope whose event code is unusable are quarantined; a GlobalEventID stored
    before, or repeated in the file, is counted in ``events_known``.

    The file is read once for the events and once for their lines; what needs checking is
    checked afterwards on the few hundred thousand rows inserted, not on every row read.
    """
    for line, reason, raw in rejected:
        load.quarantine(f"{src.where}:{line}", reason, raw)
    keep = f"({sql.scope})"
    # A line the text check refused may still parse in the columns read: leave its id out.
    refused = {int(i) for _, _, raw in rejected if (i := raw.split("\t", 1)[0]).isdigit()}
    short = _short_rows(load, src, sql) if sql.short else {}
    if refused or short:
        keep += f" AND GlobalEventID NOT IN ({', '.join(map(str, sorted({*refused, *short})))})"
    before = _scalar(load, "SELECT coalesce(max(rowid), -1) FROM events")
    con = load.connection
    con.register("_fips", _pairs("fips", "iso3", fips))
    try:
        _drop_rejects(load.connection)
        try:
            added = _scalar(
                load,
                f"INSERT INTO events ({_EVENT_NAMES}) SELECT {sql.select} FROM {sql.read} r "
                f"LEFT JOIN _fips f ON f.fips = r.ActionGeo_CountryCode WHERE {keep}",
                [load.run_id],
            )
        except duckdb.Error as err:
            raise SourceFormatError(src.where, f"cannot read: {str(err).splitlines()[0]}") from None
    finally:
        con.unregister("_fips")
    renumber = sql.find_lines if sql.renumber else None
    unread = _rejected_ids(load)
    rejects = quarantine_rejects(load, src.where, renumber, skip={n for n, _, _ in rejected})
    bad = _quarantine_bad_codes(load, src, sql, before)
    for line, reason, raw in short.values():
        load.quarantine(f"{src.where}:{line}" if line else src.where, reason, raw)
    stored, repeated = _drop_known(load, before)
    left_out = {*refused, *short, *unread, *bad} if sql.every_row and not stored else None
    _insert_lines(load, src, sql, before, repeated > 0, left_out)
    kept = added - len(bad)
    quarantined = len(rejected) + len(rejects) + len(bad) + len(short)
    load.counts["read"] += src.lines
    load.counts["kept"] += kept
    load.counts["events"] += kept - stored - repeated
    load.counts["events_known"] += stored + repeated
    load.counts["duplicates"] += count_story_duplicates(load, before)
    load.counts["out_of_scope"] += max(src.lines - kept - quarantined, 0)


def _short_rows(load: Load, src: Input, sql: GdeltSql) -> dict[int, tuple[int, str, str]]:
    """GDELT 1.0 rows too short to be events: id -> (line, reason, text)."""
    _drop_rejects(load.connection)
    try:
        ids = [
            int(r[0])
            for r in load.connection.execute(
                f"SELECT GlobalEventID FROM {sql.read} WHERE {sql.short}"
            ).fetchall()
        ]
    except duckdb.Error as err:
        raise SourceFormatError(src.where, f"cannot read: {str(err).splitlines()[0]}") from None
    _drop_rejects(load.connection)  # the main read rejects them again
    lines = sql.find_lines(ids=set(ids)) if ids else {}
    out = {}
    for i in ids:
        line, text = lines.get(i, [(0, "")])[0]
        out[i] = (line, sql.short_reason, text)
    return out


def _rejected_ids(load: Load) -> set[int]:
    """GlobalEventIDs at the head of the lines the reader rejected (those that have one)."""
    rows = load.connection.execute(f"SELECT DISTINCT csv_line FROM {REJECTS}").fetchall()
    return {int(i) for (raw,) in rows if (i := str(raw).split("\t", 1)[0]).isdigit()}


def _insert_lines(
    load: Load,
    src: Input,
    sql: GdeltSql,
    before: int,
    repeated: bool,
    left_out: set[int] | None,
) -> None:
    """The lines of the new events into ``gdelt_lines``, one per GlobalEventID.

    When every row was to be kept (``--keep all``), the lines are all but the few ids
    ``left_out`` (rejected or quarantined rows) -- cheaper than matching millions of new
    events -- unless a kept event shares one of those ids.
    """
    con = load.connection
    new = "(SELECT CAST(substr(event_id, 2) AS BIGINT) FROM events WHERE rowid > ?)"
    params: list[Any] = [src.digest, before]
    if left_out is not None and len(left_out) <= 10_000:
        listed = ", ".join(map(str, sorted(left_out)))
        clash = listed and _scalar(
            load,
            f"SELECT count(*) FROM events WHERE rowid > ? AND "
            f"CAST(substr(event_id, 2) AS BIGINT) IN ({listed})",
            [before],
        )
        if not clash:
            where = f"id IS NOT NULL AND id NOT IN ({listed})" if listed else "id IS NOT NULL"
            params = [src.digest]
    if len(params) == 2:
        where = f"id IN {new}"
    once = " QUALIFY row_number() OVER (PARTITION BY id) = 1" if repeated else ""
    con.execute(
        f"INSERT INTO gdelt_lines SELECT id, l, {sql.version}, ? FROM "
        f"(SELECT {sql.line_id} AS id, l FROM {sql.lines}) WHERE {where}{once}",
        params,
    )


def _quarantine_bad_codes(load: Load, src: Input, sql: GdeltSql, before: int) -> set[int]:
    """New events whose code is unusable: quarantined with their line, then removed; their
    GlobalEventIDs returned."""
    con = load.connection
    rows = con.execute(
        f"SELECT event_id, {sql.bad_code} FROM events WHERE rowid > ? AND NOT {sql.code_ok}",
        [before],
    ).fetchall()
    if not rows:
        return set()
    ids = {int(str(e)[1:]) for e, _ in rows}
    lines = sql.find_lines(ids=ids)
    for event_id, reason in rows:
        line, text = lines.get(int(str(event_id)[1:]), [(0, None)])[0]
        where = f"{src.where}:{line}" if line else f"{src.where}#GlobalEventID={event_id[1:]}"
        load.quarantine(where, str(reason), text)
    con.execute(f"DELETE FROM events WHERE rowid > ? AND NOT {sql.code_ok}", [before])
    return ids


def _drop_known(load: Load, before: int) -> tuple[int, int]:
    """New GDELT events whose GlobalEventID is stored already (an overlapping file) or came
    earlier in this file: removed, one of each kept. Returns how many of each."""
    con = load.connection
    new = "(SELECT CAST(substr(event_id, 2) AS BIGINT) AS id FROM events WHERE rowid > ?)"
    # GDELT's ids grow with time: only stored lines in the new ids' range can repeat them.
    stored = _scalar(
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
    repeated = _scalar(
        load, "SELECT count(*) - count(DISTINCT event_id) FROM events WHERE rowid > ?", [before]
    )
    if repeated:
        con.execute(
            "DELETE FROM events WHERE rowid > ? AND rowid NOT IN "
            "(SELECT min(rowid) FROM events WHERE rowid > ? GROUP BY event_id)",
            [before, before],
        )
    return stored, repeated


def _pairs(key: str, value: str, mapping: Mapping[str, str]) -> pa.Table:
    return pa.table(
        {key: list(mapping), value: list(mapping.values())},
        schema=pa.schema([(key, pa.string()), (value, pa.string())]),
    )


def insert_events(load: Load, select: str, params: Sequence[Any]) -> int:
    """Insert the rows of ``select`` (the events columns in order, then the run id) and count
    ``events`` and ``duplicates``: new rows whose story was stored already or came earlier."""
    # Rows appended later have larger rowids (inside the transaction too); stored events are
    # never deleted, so the rows above the old maximum are exactly this insert's.
    before = _scalar(load, "SELECT coalesce(max(rowid), -1) FROM events")
    added = _scalar(load, f"INSERT INTO events ({_EVENT_NAMES}) {select}", params)
    load.counts["events"] += added
    load.counts["duplicates"] += count_story_duplicates(load, before)
    return added


def count_story_duplicates(load: Load, before: int) -> int:
    """Events above rowid ``before`` whose story was stored already or came earlier."""
    # A story includes its date: only stored events of the new rows' days can share one.
    days = "(SELECT min(date), max(date) FROM events WHERE rowid > ?)"
    return _scalar(
        load,
        "SELECT count(*) - count(DISTINCT story_id) FILTER (WHERE story_id NOT IN "
        f"(SELECT story_id FROM events, {days} AS d(lo, hi) WHERE rowid <= ? "
        "AND date BETWEEN lo AND hi AND story_id IS NOT NULL)) FROM events WHERE rowid > ?",
        [before, before, before],
    )


def load_gdelt_mentions(load: Load, src: Input, read: str, keep_all: bool) -> None:
    """GDELT 2.0 mentions into ``gdelt_mentions``: those of kept events (all of them with
    ``--keep all``). A mention stored before is counted (``mentions_known``), not stored twice;
    each mention of a stored event is one more report of its story (``duplicates``)."""
    _read(load, f"CREATE OR REPLACE TEMP TABLE _mentions AS SELECT * FROM {read}", src.where)
    rejected = len(quarantine_rejects(load, src.where))
    keep = "true" if keep_all else "GlobalEventID IN (SELECT GlobalEventID FROM gdelt_lines)"
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
        "SELECT count(*) FROM _mentions WHERE GlobalEventID IN (SELECT GlobalEventID FROM gdelt_lines)",
    )
    read_rows = _scalar(load, "SELECT count(*) FROM _mentions")
    _drop(load.connection, "_mentions")
    load.counts["read"] += read_rows + rejected
    load.counts["kept"] += added + known
    load.counts["out_of_scope"] += read_rows - added - known
    load.counts["duplicates"] += reports
    load.counts["mentions"] += added
    load.counts["mentions_known"] += known


# -- ICEWS and plain CSV --------------------------------------------------------------------


def load_staged_events(load: Load, src: Input, sql: StagedSql, scope: str) -> None:
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
    _drop(load.connection, "_staged", "_mapped")
    load.counts["read"] += staged + len(rejected_lines)
    load.counts["kept"] += kept
    load.counts["out_of_scope"] += staged - bad - kept
    load.counts["events_known"] += kept - added


def _quarantine_bad_staged(
    load: Load, src: Input, rejected_lines: list[int], header_lines: int
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
