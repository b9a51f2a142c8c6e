"""The DuckDB file: opening, schema migrations, runs, and transactional, idempotent loads."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa

from dipwatch.errors import SourceFormatError, StoreError
from dipwatch.store import opening
from dipwatch.store.dialect import literal
from dipwatch.store.load import (
    DOCUMENT_COLUMNS,
    EVENT_COLUMNS,
    EVENT_SCHEMA,
    Load,
    events_to_arrow,
    shown,
)

__all__ = [
    "DOCUMENT_COLUMNS", "EVENT_COLUMNS", "EVENT_SCHEMA", "SCHEMA_VERSION", "TABLES", "Load",
    "Store", "events_to_arrow", "failure", "is_interruption",
]  # fmt: skip

if TYPE_CHECKING:
    import ibis.backends.duckdb


def _migration_scripts() -> list[tuple[int, Any]]:
    """(number, file) of every ``migrations/NNN_name.sql``, in order."""
    files = resources.files("dipwatch.store.migrations").iterdir()
    found = [(int(p.name.split("_", 1)[0]), p) for p in files if p.name.endswith(".sql")]
    return sorted(found, key=lambda t: t[0])


#: The schema version is the number of the newest migration script.
SCHEMA_VERSION = max(n for n, _ in _migration_scripts())

#: Every table of the schema, in the order counts and exports list them.
TABLES = (
    "documents", "events", "quarantine", "inputs", "runs", "unvotes_votes",
    "unvotes_roll_calls", "unvotes_issues", "gdelt_lines", "gdelt_raw", "gdelt_mentions",
    "coverage",
)  # fmt: skip

#: What a load covers, from the rows it added above the events' and documents' old rowids:
#: per origin, source and day, the events dated and the documents published that day.
_COVERAGE_SQL = """
INSERT INTO coverage
SELECT ?, origin, source, day, sum(events), sum(documents) FROM (
    SELECT e.origin, coalesce(nullif(d.source, ''), e.origin) AS source, e.date AS day,
           count(*) AS events, 0 AS documents
    FROM events e LEFT JOIN documents d ON d.doc_id = e.doc_id WHERE e.rowid > ?
    GROUP BY ALL
    UNION ALL
    SELECT 'text', coalesce(nullif(source, ''), 'text'), published, 0, count(*)
    FROM documents WHERE rowid > ? AND published IS NOT NULL
    GROUP BY ALL
) GROUP BY ALL
"""


def is_interruption(err: BaseException) -> bool:
    """Whether ``err`` is DuckDB reporting that Ctrl-C interrupted its query."""
    return isinstance(err, RuntimeError) and "interrupted" in str(err).lower()


def failure(err: BaseException, path: str, db: str) -> BaseException:
    """What a load's failure means to the user: DuckDB's errors become one-line errors (the
    file is quarantined and the run goes on, or the run stops for the database), an
    interrupted query a KeyboardInterrupt; anything else as it was."""
    if is_interruption(err) or isinstance(err, duckdb.InterruptException):
        return KeyboardInterrupt()
    if not isinstance(err, duckdb.Error):
        return err
    msg = str(err).splitlines()[0]
    if isinstance(err, duckdb.IOException | duckdb.OutOfMemoryException):
        return StoreError(f"cannot write to {db}: {msg}; nothing of {path} was loaded")
    if isinstance(err, duckdb.FatalException | duckdb.InternalException):
        msg = (
            f"DuckDB failed on this file ({msg}); nothing of it was loaded, the store is as it was"
        )
    return SourceFormatError(path, f"cannot load: {msg}")


def _alive(pid: int) -> bool:
    """Whether a process of this id runs on this machine."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, owned by someone else
    return True


def new_run_id() -> str:
    return datetime.now().strftime("r%Y%m%dT%H%M%S-") + secrets.token_hex(3)


class Store:
    """One DuckDB database file.

    >>> with Store(":memory:") as store:
    ...     store.count("events")
    0
    """

    def __init__(self, path: Path | str, *, read_only: bool = False, adopt: bool = False) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            opening.check_file(Path(self.path), read_only=read_only)
        self.read_only = read_only
        self._ibis: Any = None
        self._con = self._connect()
        foreign = opening.foreign_tables(self._con)
        if foreign and not adopt:
            self._con.close()
            raise StoreError(
                f"{self.path} is a DuckDB database of another application (tables: "
                f"{', '.join(foreign[:5])}{'…' if len(foreign) > 5 else ''}); dipwatch will not add "
                "its tables to it: use another --db, or --adopt-db to add them"
            )
        self._migrate()
        if not read_only:
            self._mark_dead_runs()

    def _connect(self) -> opening.Connection:
        con = opening.connect(self.path, read_only=self.read_only)
        # DuckDB draws its own progress bar on stderr during long queries: ours is enough
        con.execute("SET enable_progress_bar = false")
        if not self.read_only:
            # Each input is one transaction: checkpointing at every commit (DuckDB does past
            # 16 MB of log) costs more than the load of a small file. The log is replayed if
            # the process dies; the file is checkpointed on close.
            con.execute("SET checkpoint_threshold = '1GB'")
        return con

    @property
    def usable(self) -> bool:
        """False once DuckDB has invalidated the connection (until :meth:`recover`)."""
        try:
            self._con.raw.execute("SELECT 1").fetchall()
            return True
        except duckdb.Error:
            return False

    def recover(self) -> None:
        """Open the file again after DuckDB invalidated the connection (a fatal or internal
        error): what was not committed is gone, so the store is as it was before the load
        that failed, and the run goes on."""
        with contextlib.suppress(duckdb.Error):
            self._con.close()
        self._ibis = None
        self._con = self._connect()

    # -- lifecycle -------------------------------------------------------------------------
    def close(self) -> None:
        """Close the file (a checkpoint that fails, on a full disk, leaves the log to be
        replayed next time: nothing committed is lost)."""
        with contextlib.suppress(duckdb.Error):
            self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def connection(self) -> opening.Connection:
        """The connection, for modules inside ``dipwatch.store`` only."""
        return self._con

    def ibis(self) -> ibis.backends.duckdb.Backend:
        """An Ibis backend over this connection, for the analyses."""
        if self._ibis is None:
            from dipwatch.store.engines import duckdb_backend

            self._ibis = duckdb_backend(self._con.raw)
        return self._ibis

    def reader(self) -> ibis.backends.duckdb.Backend:
        """Another Ibis backend over the same database, on a connection of its own, for use
        in another thread (one DuckDB connection must not run two queries at once)."""
        from dipwatch.store.engines import duckdb_backend

        cursor = self._con.cursor()
        if self.path != ":memory:":
            cursor.execute("USE store")
        return duckdb_backend(cursor)

    # -- schema ----------------------------------------------------------------------------
    def schema_version(self) -> int:
        row = self._con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'"
        ).fetchone()
        if not row or not row[0]:
            return 0
        got = self._con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(got[0]) if got else 0

    def _migrate(self) -> None:
        have = self.schema_version()
        if have > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has schema version {have}, newer than this dipwatch ({SCHEMA_VERSION}); "
                "upgrade dipwatch"
            )
        if have == SCHEMA_VERSION:
            return
        if self.read_only:
            raise StoreError(f"{self.path} needs a schema upgrade; open it once for writing")
        self._con.execute("BEGIN TRANSACTION")
        try:
            self._con.execute(
                "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)"
            )
            for number, script in _migration_scripts():
                if have < number <= SCHEMA_VERSION:
                    self._con.execute(script.read_text(encoding="utf-8"))
            self._con.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
            )
            self._con.execute("COMMIT")
        except Exception:
            self._con.execute("ROLLBACK")
            raise

    # -- runs ------------------------------------------------------------------------------
    def start_run(self, command: str, inputs: Sequence[str] = ()) -> str:
        opening.INTERRUPTED.clear()  # a Ctrl-C of an earlier run is not this run's
        run_id = new_run_id()
        self._con.execute(
            "INSERT INTO runs (run_id, started, command, inputs, pid) VALUES (?, now(), ?, ?, ?)",
            [run_id, command, list(inputs), os.getpid()],
        )
        return run_id

    def _mark_dead_runs(self) -> None:
        """Runs left 'running' by a process that is gone (killed, crashed) become 'crashed'."""
        rows = self._con.execute("SELECT run_id, pid FROM runs WHERE status = 'running'").fetchall()
        dead = [run for run, pid in rows if pid is None or not _alive(int(pid))]
        if dead:
            self._con.execute(
                "UPDATE runs SET status = 'crashed', finished = coalesce(finished, now()) "
                "WHERE list_contains(?, run_id)",
                [dead],
            )

    def finish_run(self, run_id: str, counts: dict[str, int], status: str = "done") -> None:
        """Record how a run ended (after a failure too: the connection is reopened if DuckDB
        invalidated it)."""
        if not self.usable:
            self.recover()
        try:
            self._con.raw.execute(
                "UPDATE runs SET finished = now(), counts = ?, status = ? WHERE run_id = ?",
                [json.dumps(counts), status, run_id],
            )
        except duckdb.Error as err:
            raise StoreError(f"cannot record the run in {self.path}: {err}") from None

    # -- loads -----------------------------------------------------------------------------
    def is_loaded(self, sha256: str, kind: str) -> bool:
        row = self._con.execute(
            "SELECT 1 FROM inputs WHERE sha256 = ? AND kind = ?", [sha256, kind]
        ).fetchone()
        return row is not None

    def loaded(self, digests: Iterable[str], kind: str) -> set[str]:
        """Which of these sha256s were loaded before (one statement for many files)."""
        wanted = sorted(set(digests))
        if not wanted:
            return set()
        rows = self._con.execute(
            "SELECT sha256 FROM inputs WHERE kind = ? AND list_contains(?, sha256)", [kind, wanted]
        ).fetchall()
        return {r[0] for r in rows}

    def seen(self, path: str, size: int, kind: str) -> bool:
        """Whether an input of this path and size was loaded before (maybe other bytes): a
        hint to hash it before any other work, as it is likely to be skipped."""
        row = self._con.execute(
            "SELECT 1 FROM inputs WHERE path = ? AND bytes = ? AND kind = ?", [path, size, kind]
        ).fetchone()
        return row is not None

    @contextmanager
    def transaction(self, what: str) -> Iterator[None]:
        """One transaction: committed whole, or rolled back (``what`` names it in errors)."""
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        self._con.execute("BEGIN TRANSACTION")
        try:
            yield
            self._con.execute("COMMIT")
        except BaseException as err:
            self._undo(err)
            raise failure(err, what, self.path) from None

    @contextmanager
    def load(
        self,
        run_id: str,
        *,
        path: str,
        sha256: str | Callable[[], str],
        kind: str,
        size: int = 0,
    ) -> Iterator[Load]:
        """One input's load, in one transaction: all of it lands, or none of it.

        ``sha256`` may be a function, asked at the end (the hash may still be computing)."""
        with self.transaction(path):
            load = Load(self, run_id, path)
            marks = self._rowid_marks()
            yield load
            digest = sha256 if isinstance(sha256, str) else sha256()
            self._con.execute(_COVERAGE_SQL, [digest, *marks])
            self.record_input(digest, kind, path, size, run_id, load.counts)

    def record_input(
        self, sha256: str, kind: str, path: str, size: int, run_id: str, counts: Counter[str]
    ) -> None:
        """Note that these bytes loaded (inside the load's transaction)."""
        self.record_inputs([(sha256, kind, path, size, run_id, counts)])

    def record_inputs(self, rows: Sequence[tuple[str, str, str, int, str, Counter[str]]]) -> None:
        """Note that these inputs loaded, in one statement (sha256, kind, path, size, run, counts)."""
        if not rows:
            return
        columns = list(zip(*rows, strict=True))
        table = pa.table({
            "sha256": pa.array(columns[0], pa.string()), "kind": pa.array(columns[1], pa.string()),
            "path": pa.array(columns[2], pa.string()), "bytes": pa.array(columns[3], pa.int64()),
            "run_id": pa.array(columns[4], pa.string()),
            "counts": pa.array([json.dumps(dict(c)) for c in columns[5]], pa.string()),
        })  # fmt: skip
        self._con.register("_inputs_new", table)
        try:
            self._con.execute(
                "INSERT OR REPLACE INTO inputs SELECT sha256, kind, path, bytes, run_id, now(), "
                "counts FROM _inputs_new"
            )
        finally:
            self._con.unregister("_inputs_new")

    def _undo(self, err: BaseException) -> None:
        """Roll back the open transaction; reopen the file if DuckDB invalidated it."""
        try:
            self._con.raw.execute("ROLLBACK")
        except duckdb.Error:
            self.recover()
            return
        if isinstance(err, duckdb.FatalException | duckdb.InternalException):
            self.recover()

    def _rowid_marks(self) -> tuple[int, int]:
        """The largest rowids of events and documents: a load's rows are those above them."""
        row = self._con.execute(
            "SELECT (SELECT coalesce(max(rowid), -1) FROM events), "
            "(SELECT coalesce(max(rowid), -1) FROM documents)"
        ).fetchone()
        return (int(row[0]), int(row[1])) if row else (-1, -1)

    def quarantine_file(
        self, run_id: str, path: str, location: str, reason: str, raw: str | None = None
    ) -> None:
        """Quarantine a whole input that could not be read (its own small transaction)."""
        try:
            self._con.raw.execute(
                "INSERT INTO quarantine VALUES (?, ?, ?, ?, ?)",
                [run_id, path, location, reason, shown(raw)],
            )
        except duckdb.Error as err:
            raise StoreError(f"cannot write to {self.path}: {str(err).splitlines()[0]}") from None

    # -- reads -----------------------------------------------------------------------------
    def count(self, table: str) -> int:
        if table not in TABLES:
            raise StoreError(f"no table {table!r}; the tables are: {', '.join(TABLES)}")
        row = self._con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def counts(self) -> dict[str, int]:
        return {t: self.count(t) for t in ("documents", "events", "quarantine", "inputs", "runs")}

    def query_arrow(self, sql: str, params: Sequence[Any] = ()) -> pa.Table:
        """A read query's result as Arrow (for named queries inside ``dipwatch.store``)."""
        return self._con.execute(sql, list(params)).to_arrow_table()

    def export_parquet(self, directory: Path) -> list[Path]:
        """Write every table to ``directory/<table>.parquet``."""
        directory.mkdir(parents=True, exist_ok=True)
        out = []
        for table in TABLES:
            target = directory / f"{table}.parquet"
            self._con.execute(f"COPY {table} TO {literal(str(target))} (FORMAT parquet)")
            out.append(target)
        return out
