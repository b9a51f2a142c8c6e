"""Opening the store's file: what may be opened as a dipwatch store, and the connection.

Before DuckDB sees a path, its first bytes are read: a SQLite file or any other file that is
not a DuckDB database is refused (DuckDB would try to download an extension for some), and a
DuckDB database of another application (tables, but no dipwatch schema) is refused unless
the user asks to add dipwatch's tables to it. DuckDB never installs or loads an extension.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from dipwatch.errors import StoreError
from dipwatch.store.dialect import literal

#: Rows per row group of the store (DuckDB's default is 122,880). A load's rows are written
#: out in full row groups while it runs, in parallel; what is left is written at commit, on
#: one core. Smaller groups leave less for the commit: a GDELT load of 130k rows committed
#: in 0.5 s with the default, 0.01 s with this, for the same file size. The cost: full scans
#: of 10M events (benchmarks/bench_analysis.py) take about a tenth longer.
ROW_GROUP_SIZE = 30_720

#: DuckDB settings of every connection: nothing is fetched from the network.
CONFIG = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}

_DUCKDB_MAGIC = b"DUCK"  # bytes 8-11 of a DuckDB database file
_SQLITE_MAGIC = b"SQLite format 3\x00"


def check_file(path: Path, *, read_only: bool) -> None:
    """Refuse a path that cannot hold a dipwatch store, in one line naming it."""
    if path.is_dir():
        raise StoreError(
            f"--db {path} is a directory; give a file name, e.g. {path / 'dipwatch.duckdb'}"
        )
    if path.exists():
        _check_kind(path)
        return
    if read_only:
        raise StoreError(f"no database at {path}; load something first with `dipwatch ingest`")
    parent = path.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StoreError(f"cannot make the directory for --db {path}: {err.strerror}") from None
    if not parent.is_dir():
        raise StoreError(f"cannot make the directory for --db {path}: {parent} is a file")


def _check_kind(path: Path) -> None:
    try:
        with path.open("rb") as f:
            head = f.read(16)
    except OSError as err:
        raise StoreError(f"cannot read --db {path}: {err.strerror}") from None
    if not head:
        return  # an empty file: DuckDB makes a database of it
    if head.startswith(_SQLITE_MAGIC):
        raise StoreError(f"{path} is a SQLite database, not a dipwatch store; use another --db")
    if head[8:12] != _DUCKDB_MAGIC:
        raise StoreError(f"{path} is not a DuckDB database (a dipwatch store); use another --db")


def connect(path: str, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    """A connection whose default database is the store's file (attached with our row group
    size; ``:memory:`` is used as it is)."""
    try:
        con = duckdb.connect(":memory:", config=CONFIG)
    except duckdb.Error as err:
        raise StoreError(f"cannot start DuckDB: {err}") from None
    if path == ":memory:":
        return con
    try:
        mode = ", READ_ONLY" if read_only else ""
        con.execute(f"ATTACH {literal(path)} AS store (ROW_GROUP_SIZE {ROW_GROUP_SIZE}{mode})")
        con.execute("USE store")
    except duckdb.Error as err:
        con.close()
        raise _open_error(path, err) from None
    return con


def _open_error(path: str, err: duckdb.Error) -> StoreError:
    msg = str(err).splitlines()[0]
    if "lock" in msg.lower():
        return StoreError(
            f"{path} is open in another dipwatch process that is writing to it; "
            "wait for it to finish, or use another --db"
        )
    if "read-only" in msg.lower() or "permission" in msg.lower():
        return StoreError(f"cannot write to {path}: {msg}; use another --db")
    return StoreError(f"cannot open database {path}: {msg}")


def foreign_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Tables of a database that is not a dipwatch store (no ``meta`` table): empty for a
    new file or a dipwatch store."""
    names = [
        r[0]
        for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_catalog = "
            "current_database() ORDER BY 1"
        ).fetchall()
    ]
    return [] if not names or "meta" in names else names
